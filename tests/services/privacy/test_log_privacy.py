"""A whole working session on the command line, errors included, leaves no client data in the
log: no name, e-mail address, phone number or note."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from jobhunter.cli import main
from jobhunter.services.logs import log_path
from jobhunter.services.store import Store


def run(folder: Path, *args: str) -> int:
    try:
        return main(["--data-dir", str(folder), *args])
    except SystemExit as exc:
        return int(exc.code or 0)


def client_data(folder: Path) -> set[str]:
    """Every name, e-mail, phone and free text of every client in the store."""
    conn = sqlite3.connect(folder / "jobhunter.sqlite")
    try:
        rows = conn.execute(
            "SELECT first_name, last_name, email, phone, notes, wishes, work_experience FROM client"
        ).fetchall()
        moments = conn.execute("SELECT summary, body FROM contact_moment").fetchall()
    finally:
        conn.close()
    values = {v for row in rows + moments for v in row if v and len(v) > 3}
    return values | {f"{first} {last}" for first, last, *_ in rows}


def test_a_session_with_errors_leaves_no_client_data_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "demo", "--clients", "12", "--employers", "4") == 0
    secrets = client_data(folder)
    assert len(secrets) > 40
    capsys.readouterr()
    assert run(folder, "list", "clients", "--json") == 0
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)]
    for args in (
        ("check",),
        ("calendar", "--out", str(tmp_path / "n.ics")),
        ("client", "export", ids[0], "--out", str(tmp_path / "inzage")),
        ("client", "erase", ids[1], "--yes"),
        ("retention", "--json"),
        ("audit", "--json"),
        ("client", "erase", "kapot-id", "--yes"),  # a refused argument
        ("calendar", "--out", str(tmp_path / "geen-map" / "n.ics")),  # a missing folder
    ):
        run(folder, *args)
    # and an unexpected database error in the middle of a write
    store = Store.open(folder)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER refuse BEFORE DELETE ON client BEGIN "
                          "SELECT RAISE(ABORT, 'geweigerd'); END"))  # fmt: skip
    store.close()
    assert run(folder, "client", "erase", ids[2], "--yes") == 1
    # and the same demo data refused half-way by another store, its rows' values in the
    # failing statement's parameters
    other = tmp_path / "other"
    store = Store.open(other)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON contact_moment BEGIN "
                          "SELECT RAISE(ABORT, 'geweigerd'); END"))  # fmt: skip
    store.close()
    assert run(other, "demo", "--clients", "12", "--employers", "4") == 1
    capsys.readouterr()

    for handler in logging.getLogger("jobhunter").handlers:
        handler.flush()
    for data in (folder, other):
        logged = log_path(data).read_text(encoding="utf-8")
        assert "unexpected error" in logged, "the failure itself is logged, for support"
        leaked = sorted(s for s in secrets if s in logged)
        assert leaked == []
