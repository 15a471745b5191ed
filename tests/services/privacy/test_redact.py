"""Error texts for dialogs, the command line and the log carry no record values and no SQL."""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError

from jobhunter.cli import main
from jobhunter.services.logs import configure_logging, log_path
from jobhunter.services.privacy.redact import describe_error, safe_traceback
from jobhunter.services.store import Store

NOTE = "Schulden bij de gemeente; depressie"


def _db_error(kind: type[Exception], orig: Exception) -> Exception:
    return kind("INSERT INTO barrier (note) VALUES (?)", (NOTE,), orig)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_db_error(IntegrityError, sqlite3.IntegrityError("CHECK constraint failed")),
         "breekt een regel"),
        (_db_error(OperationalError, sqlite3.OperationalError("database is locked")),
         "databasefout"),
        (StatementError("naive datetime given: 2026-03-16 Özdemir", "UPDATE x", (NOTE,),
                        ValueError(NOTE)), "een waarde kon niet worden verwerkt"),
        (ValueError(f"invalid literal for int(): {NOTE!r}"), "interne fout (ValueError)"),
        (FileNotFoundError(2, "No such file", "/home/jan/CV Özdemir.pdf"), "de map bestaat niet"),
    ],
)  # fmt: skip
def test_an_error_is_described_without_its_values_or_sql(error: Exception, expected: str):
    described = describe_error(error)
    assert expected in described
    for leak in (NOTE, "Özdemir", "INSERT", "UPDATE", "SQL", "\n"):
        assert leak not in described


def test_a_real_database_error_hides_the_statements_values(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON client BEGIN "
                          "SELECT RAISE(ABORT, 'geweigerd'); END"))  # fmt: skip
    from jobhunter.services.clients import ClientService

    with pytest.raises(IntegrityError) as raised:
        ClientService(store).create("Zoë", "Özdemir", notes=NOTE)
    assert NOTE not in str(raised.value), "hide_parameters is off"
    assert "Özdemir" not in str(raised.value)
    assert describe_error(raised.value) == (
        "databasefout: de wijziging breekt een regel van de database"
    )


def test_the_support_traceback_has_frames_and_kinds_but_no_messages() -> None:
    def save() -> None:
        try:
            raise sqlite3.IntegrityError(f"value {NOTE}")
        except sqlite3.IntegrityError as exc:
            raise _db_error(IntegrityError, exc) from exc

    with pytest.raises(IntegrityError) as raised:
        save()
    out = (
        safe_traceback(*sys.exc_info())
        if sys.exc_info()[0]
        else safe_traceback(type(raised.value), raised.value, raised.value.__traceback__)
    )
    assert "in save" in out and "sqlalchemy.exc.IntegrityError" in out
    assert "sqlite3.IntegrityError" in out and "direct cause" in out
    assert NOTE not in out and "INSERT" not in out


def test_the_command_lines_last_resort_shows_and_logs_no_values_or_sql(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a store that refuses every new client (a database error during "demo")
    store = Store.open(tmp_path)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON client BEGIN "
                          "SELECT RAISE(ABORT, 'geweigerd'); END"))  # fmt: skip
    store.close()
    assert main(["--data-dir", str(tmp_path), "demo", "--clients", "3"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "databasefout" in err
    for handler in logging.getLogger("jobhunter").handlers:
        handler.flush()
    logged = log_path(tmp_path).read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "Traceback" in logged
    for leak in ("INSERT", "[SQL:", "[parameters", "geweigerd"):
        assert leak not in err and leak not in logged
    configure_logging(tmp_path / "elsewhere")  # leave the test's log handler behind
