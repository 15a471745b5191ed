"""The privacy commands end to end: the exact forms scripts depend on, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from jobhunter.cli import main
from jobhunter.models.enums import DocumentKind, Phase
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, uuid.UUID, uuid.UUID]:
    """A store with Zoë (closed in 2021, long past her retention date) and Bram (active)."""
    folder = tmp_path / "data"
    store = Store.open(folder)
    past = FixedClock(datetime(2021, 2, 1, 10, 0, tzinfo=UTC))
    clients = ClientService(store, past)
    zoe = clients.create("Zoë", "Özdemir", city="Schiedam")
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4 cv")
    CaseloadService(store, past).attach(zoe.id, cv, DocumentKind.CV)
    clients.change_phase(zoe.id, Phase.CLOSED, "Werk gevonden")
    bram = clients.create("Bram", "de Vries")
    store.close()
    return folder, zoe.id, bram.id


def run(folder: Path, *args: str) -> int:
    try:
        return main(["--data-dir", str(folder), *args])
    except SystemExit as exc:  # argparse refuses a usage error this way
        return int(exc.code or 0)


def test_client_erase_needs_yes_and_then_erases(data, capsys) -> None:
    folder, zoe, bram = data
    assert run(folder, "client", "erase", str(zoe)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--yes" in err
    assert run(folder, "list", "clients", "--json") == 0
    assert str(zoe) in capsys.readouterr().out, "nothing erased without --yes"

    assert run(folder, "client", "erase", str(zoe), "--yes") == 0
    out = capsys.readouterr().out
    assert "gewist" in out and "gewist-" in out
    assert run(folder, "list", "clients", "--json") == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [str(bram)]
    assert list((folder / "documents").glob("*/*")) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("client", "erase", "geen-id", "--yes"), "geen geldig id"),
        (("client", "erase", str(uuid.UUID(int=7)), "--yes"), "bestaat niet"),
        (("client", "export", str(uuid.UUID(int=7)), "--out", "x"), "bestaat niet"),
        (("audit", "--client", "12"), "geen geldig id"),
        (("client",), "ACTIE"),
    ],
)
def test_errors_are_one_line_and_exit_1(data, capsys, args, message) -> None:
    folder, _zoe, _bram = data
    assert run(folder, *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_client_export_writes_pdf_json_and_documents(data, tmp_path, capsys) -> None:
    folder, zoe, _bram = data
    out = tmp_path / "inzage"
    assert run(folder, "client", "export", str(zoe), "--out", str(out)) == 0
    assert "inzage.pdf" in capsys.readouterr().out
    exported = json.loads((out / "inzage.json").read_text(encoding="utf-8"))
    assert exported["client"]["last_name"] == "Özdemir"
    assert exported["format"] == "jobhunter-inzage"
    (document,) = exported["documents"]
    assert (out / document["file"]).read_bytes() == b"%PDF-1.4 cv"
    text = "".join(page.extract_text() for page in PdfReader(out / "inzage.pdf").pages)
    assert "Zoë Özdemir" in text and "Uw rechten" in text
    # the export itself is in the record of processing
    assert run(folder, "audit", "--json", "--client", str(zoe)) == 0
    actions = [e["action"] for e in json.loads(capsys.readouterr().out)]
    assert actions[0] == "export_access"


def test_retention_lists_the_files_due_with_their_dates(data, capsys) -> None:
    folder, zoe, _bram = data
    assert run(folder, "retention", "--json") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["client_id"] == str(zoe) and item["name"] == "Zoë Özdemir"
    assert item["closed_on"] == "2021-02-01" and item["retain_until"] == "2023-02-01"
    assert item["days_over"] > 0
    assert run(folder, "retention") == 0
    assert "01-02-2023" in capsys.readouterr().out


def test_audit_lists_events_and_filters_by_client(data, capsys) -> None:
    folder, zoe, bram = data
    assert run(folder, "audit", "--json") == 0
    everything = json.loads(capsys.readouterr().out)
    assert {e["client_id"] for e in everything} == {str(zoe), str(bram)}
    assert {"at", "actor", "action", "entity", "entity_id", "client_id", "detail"} <= set(
        everything[0]
    )
    assert run(folder, "audit", "--client", str(bram)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("Bram de Vries" in line for line in lines)


def test_the_commands_run_as_a_real_process(data) -> None:
    folder, zoe, _bram = data
    result = subprocess.run(
        [sys.executable, "-m", "jobhunter", "--data-dir", str(folder), "client", "erase",
         str(zoe), "--yes"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_reading_privacy_commands_work_beside_the_open_window(data, capsys, tmp_path) -> None:
    # Given the window holds the writer lock
    folder, zoe, _bram = data
    script = (
        "import time\nfrom jobhunter.services.store import Store\n"
        f"store = Store.open({str(folder)!r})\nprint('open', flush=True)\ntime.sleep(120)\n"
    )
    window = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert window.stdout is not None and window.stdout.readline().strip() == "open"
    try:
        # When the audit log, the retention list and an access export are asked for
        # Then they answer; only the erasure, which writes, waits for the window to close
        assert run(folder, "audit", "--json") == 0
        assert run(folder, "retention", "--json") == 0
        assert run(folder, "client", "export", str(zoe), "--out", str(tmp_path / "uit")) == 0
        capsys.readouterr()
        assert run(folder, "client", "erase", str(zoe), "--yes") == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "geopend" in err
    finally:
        window.kill()
        window.wait()
    assert run(folder, "list", "clients", "--json") == 0
    assert str(zoe) in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["audit"],
        ["retention"],
        ["suggest", "--client", "{zoe}", "--json"],
        ["client", "export", "{zoe}"],
    ],
)
def test_no_command_answers_from_a_damaged_store(data, capsys, faults, tmp_path, command) -> None:
    # Given a store with a damaged page
    folder, zoe, _bram = data
    faults.damage(folder / "jobhunter.sqlite", "ix_client_last_name")
    args = [part.replace("{zoe}", str(zoe)) for part in command]
    if args[0] == "client":
        args += ["--out", str(tmp_path / "uit")]
    # When a command reads it, then it refuses in one line and answers nothing
    assert run(folder, *args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "beschadigd" in captured.err
    assert not (tmp_path / "uit").exists()


def test_a_restore_from_before_an_erasure_erases_the_client_again(data, capsys) -> None:
    # Given a backup, then Zoë's erasure
    folder, zoe, bram = data
    assert run(folder, "backup") == 0
    made = Path(capsys.readouterr().out.strip().rsplit(": ", 1)[1])
    kept = folder.parent / "usb-stick.sqlite"  # a copy kept elsewhere, as users do
    kept.write_bytes(made.read_bytes())
    assert run(folder, "client", "erase", str(zoe), "--yes") == 0
    capsys.readouterr()
    # When that copy is restored
    assert run(folder, "restore", str(kept)) == 0
    # Then the restore says it erased her again, and she is not back
    assert "1 cliënt(en) die na deze reservekopie gewist waren" in capsys.readouterr().out
    assert run(folder, "list", "clients", "--json") == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [str(bram)]
