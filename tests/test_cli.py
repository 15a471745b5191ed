"""The command line end to end: a real process for start-up paths, main() for the rest."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from jobhunter import __version__
from jobhunter.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobhunter", *args], capture_output=True, text=True, timeout=120
    )


def test_version_is_printed() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"jobhunter {__version__}"


def test_demo_then_list_every_kind_as_json(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "demo", "--clients", "30", "--employers", "8")
    assert result.returncode == 0, result.stderr
    expected_fields = {
        "clients": {"id", "name", "phase"},
        "employers": {"id", "name", "sector"},
        "matches": {"id", "client_id", "employer_id", "stage"},
        "appointments": {"id", "start", "client_id", "employer_id", "kind"},
    }
    listed: dict[str, list[dict[str, object]]] = {}
    for kind, fields in expected_fields.items():
        out = run("--data-dir", str(tmp_path), "list", kind, "--json")
        assert out.returncode == 0, out.stderr
        items = json.loads(out.stdout)
        assert items, f"no {kind} listed"
        for item in items:
            assert fields <= set(item)
            uuid.UUID(str(item["id"]))
        listed[kind] = items
    assert len(listed["clients"]) == 30
    client_ids = {c["id"] for c in listed["clients"]}
    assert {m["client_id"] for m in listed["matches"]} <= client_ids
    from datetime import datetime

    for appointment in listed["appointments"]:
        assert datetime.fromisoformat(str(appointment["start"])).tzinfo is not None


def test_demo_refuses_a_store_that_has_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--data-dir", str(tmp_path), "demo", "--clients", "5", "--employers", "2"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "demo", "--clients", "5"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "niet leeg" in err


def test_check_passes_on_a_healthy_store(tmp_path: Path, capsys) -> None:
    main(["--data-dir", str(tmp_path), "demo", "--clients", "5", "--employers", "2"])
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    assert "in orde" in capsys.readouterr().out


def test_check_fails_on_a_damaged_store(tmp_path: Path, capsys) -> None:
    main(["--data-dir", str(tmp_path), "demo", "--clients", "5", "--employers", "2"])
    import sqlite3

    with sqlite3.connect(tmp_path / "jobhunter.sqlite") as conn:
        conn.execute("DELETE FROM search_index WHERE kind = 'client'")
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    captured = capsys.readouterr()
    assert "zoekindex" in captured.out
    assert captured.err.count("\n") == 1


def test_a_file_that_is_not_a_database_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "jobhunter.sqlite").write_bytes(b"\x00garbage" * 100)
    result = run("--data-dir", str(tmp_path), "list", "clients", "--json")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert "geen Jobhunter-database" in result.stderr


def test_bad_arguments_exit_nonzero_without_traceback() -> None:
    result = run("demo", "--clients", "nul")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "geen geheel getal" in result.stderr


def test_the_environment_variable_chooses_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("JOBHUNTER_DATA_DIR", str(tmp_path / "env"))
    assert main(["demo", "--clients", "3", "--employers", "2"]) == 0
    assert (tmp_path / "env" / "jobhunter.sqlite").exists()
    capsys.readouterr()
    assert main(["list", "clients", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


# --- never lose a record: backup, restore, check, and what goes wrong ----------------------
def _one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text and "SELECT" not in text


def _demo(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--clients", "5", "--employers", "2"]) == 0


def test_backup_makes_and_verifies_a_copy(tmp_path: Path, capsys) -> None:
    _demo(tmp_path)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "backup"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Reservekopie gemaakt en gecontroleerd: ")
    made = Path(out.split(": ", 1)[1].splitlines()[0])
    assert made.parent == tmp_path / "backups" and made.exists()


def test_restore_brings_back_the_newest_or_the_given_backup(tmp_path: Path, capsys) -> None:
    import sqlite3

    _demo(tmp_path)
    main(["--data-dir", str(tmp_path), "backup"])
    first = Path(capsys.readouterr().out.split(": ", 1)[1].splitlines()[0])
    with sqlite3.connect(tmp_path / "jobhunter.sqlite") as conn:
        conn.execute("DELETE FROM contact_moment")
    # the newest verified backup by default
    assert main(["--data-dir", str(tmp_path), "restore"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Teruggezet: ") and "gecontroleerd" in out
    assert "De vorige database staat apart als" in out
    with sqlite3.connect(tmp_path / "jobhunter.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM contact_moment").fetchone()[0] > 0
    # or the one named
    assert main(["--data-dir", str(tmp_path), "restore", str(first)]) == 0
    assert str(first) in capsys.readouterr().out
    assert len(list((tmp_path / "set-aside").glob("*.sqlite"))) == 2


def test_restore_without_a_backup_is_one_line(tmp_path: Path, capsys) -> None:
    _demo(tmp_path)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "restore"]) == 1
    err = capsys.readouterr().err
    assert _one_line(err) and "geen gecontroleerde reservekopie" in err


def test_check_reports_a_damaged_file_in_one_line(tmp_path: Path, capsys, faults) -> None:
    _demo(tmp_path)
    main(["--data-dir", str(tmp_path), "backup"])
    faults.damage(tmp_path / "jobhunter.sqlite", "ix_client_last_name")
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    captured = capsys.readouterr()
    assert _one_line(captured.err)
    assert "beschadigd" in captured.err and "jobhunter restore" in captured.err
    assert "btree" not in captured.out.lower() and "page" not in captured.out.lower()


def test_check_on_a_store_the_probe_finds_damaged_is_one_line(tmp_path: Path, faults) -> None:
    _demo(tmp_path)
    faults.damage(tmp_path / "jobhunter.sqlite", "client")
    result = run("--data-dir", str(tmp_path), "check")
    assert result.returncode == 1 and _one_line(result.stderr)
    assert "beschadigd" in result.stderr and "onverwachte fout" not in result.stderr


@pytest.mark.parametrize("damaged", ["client", "ix_client_last_name", "contact_moment"])
def test_list_never_returns_data_from_a_damaged_store(tmp_path: Path, faults, damaged: str) -> None:
    _demo(tmp_path)
    faults.damage(tmp_path / "jobhunter.sqlite", damaged)
    result = run("--data-dir", str(tmp_path), "list", "clients", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert _one_line(result.stderr) and "beschadigd" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_calendar_to_a_device_is_refused_and_the_device_left_alone(tmp_path: Path) -> None:
    import os
    import stat

    _demo(tmp_path)
    before = os.stat("/dev/full")
    result = run("--data-dir", str(tmp_path), "calendar", "--out", "/dev/full")
    assert result.returncode == 1 and _one_line(result.stderr)
    assert "geen gewoon bestand" in result.stderr
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_second_copy_cannot_write_but_can_read(tmp_path: Path) -> None:
    _demo(tmp_path)
    script = (
        "import time\n"
        "from jobhunter.services.store import Store\n"
        f"store = Store.open({str(tmp_path)!r})\n"
        "print('open', flush=True)\n"
        "time.sleep(120)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        refused = run("--data-dir", str(tmp_path), "demo", "--clients", "3")
        assert refused.returncode == 1 and _one_line(refused.stderr)
        assert "al geopend" in refused.stderr and str(holder.pid) in refused.stderr
        assert run("--data-dir", str(tmp_path), "restore").returncode == 1
        listed = run("--data-dir", str(tmp_path), "list", "clients", "--json")
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 5
        assert run("--data-dir", str(tmp_path), "check").returncode == 0
        assert run("--data-dir", str(tmp_path), "backup").returncode == 0
    finally:
        holder.kill()
        holder.wait()


def test_a_busy_store_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    import sqlite3

    from jobhunter.services import store as store_module

    _demo(tmp_path)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    # another program takes the store for itself (even readers wait, in WAL mode too)
    other = sqlite3.connect(tmp_path / "jobhunter.sqlite")
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    capsys.readouterr()
    try:
        code = main(["--data-dir", str(tmp_path), "list", "clients", "--json"])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and _one_line(err) and "bezet" in err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_the_lists_say_what_the_rules_need(tmp_path: Path, capsys) -> None:
    """list workplaces; employers with discrimination; matches with their failed hard
    requirements and the reason they were proposed anyway."""
    data = str(tmp_path)
    assert main(["--data-dir", data, "demo", "--clients", "60", "--employers", "25"]) == 0
    workplaces = _json(capsys, "--data-dir", data, "list", "workplaces", "--json")
    assert workplaces and all(
        set(w) == {"id", "employer_id", "title", "status"} for w in workplaces
    )
    assert {w["status"] for w in workplaces} <= {"open", "filled", "closed"}
    employers = _json(capsys, "--data-dir", data, "list", "employers", "--json")
    assert {e["id"] for e in employers} == {w["employer_id"] for w in workplaces}
    assert all(isinstance(e["discrimination"], bool) for e in employers)
    (ended,) = [e for e in employers if e["discrimination"]]
    assert ended["status"] == "ended"
    assert all(w["status"] != "open" for w in workplaces if w["employer_id"] == ended["id"])
    matches = _json(capsys, "--data-dir", data, "list", "matches", "--json")
    assert all(isinstance(m["failed_hard_requirements"], int) for m in matches)
    argued = [m for m in matches if m["failed_hard_requirements"]]
    assert argued and all(m["override_reason"] for m in argued)
    assert all(m["override_reason"] is None for m in matches if not m["failed_hard_requirements"])


def test_suggest_ranks_workplaces_for_a_client_and_clients_for_a_workplace(
    tmp_path: Path, capsys
) -> None:
    data = str(tmp_path)
    assert main(["--data-dir", data, "demo", "--clients", "60", "--employers", "25"]) == 0
    clients = _json(capsys, "--data-dir", data, "list", "clients", "--json")
    workplaces = {w["id"]: w for w in _json(capsys, "--data-dir", data, "list", "workplaces",
                                             "--json")}  # fmt: skip
    ended = {e["id"] for e in _json(capsys, "--data-dir", data, "list", "employers", "--json")
             if e["status"] == "ended"}  # fmt: skip
    client = next(c for c in clients if c["phase"] == "matching")
    for_client = _json(capsys, "--data-dir", data, "suggest", "--client", client["id"], "--json")
    assert for_client
    for item in for_client:
        assert set(item) == {"workplace_id", "employer_id", "score", "reasons",
                             "failed_hard_requirements"}  # fmt: skip
        place = workplaces[item["workplace_id"]]
        assert place["status"] == "open" and place["employer_id"] == item["employer_id"]
        assert item["employer_id"] not in ended
        assert 0 <= item["score"] <= 100
        assert all(
            isinstance(r, str) for r in [*item["reasons"], *item["failed_hard_requirements"]]
        )
    # failing a hard requirement sorts last
    failing = [bool(i["failed_hard_requirements"]) for i in for_client]
    assert failing == sorted(failing)

    workplace = next(w for w in workplaces.values() if w["status"] == "open")
    for_workplace = _json(
        capsys, "--data-dir", data, "suggest", "--workplace", workplace["id"], "--json"
    )
    matching = {c["id"] for c in clients if c["phase"] == "matching"}
    assert for_workplace
    for item in for_workplace:
        assert set(item) == {"client_id", "employer_id", "score", "reasons",
                             "failed_hard_requirements"}  # fmt: skip
        assert item["client_id"] in matching and item["employer_id"] == workplace["employer_id"]


def test_suggest_for_an_unknown_or_malformed_id_is_one_dutch_line(tmp_path: Path, capsys) -> None:
    data = str(tmp_path)
    assert main(["--data-dir", data, "demo", "--clients", "5", "--employers", "2"]) == 0
    capsys.readouterr()
    missing = str(uuid.uuid4())
    assert main(["--data-dir", data, "suggest", "--client", missing, "--json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cliënt {missing} bestaat niet" in err
    assert main(["--data-dir", data, "suggest", "--workplace", missing, "--json"]) == 1
    assert "werkplek" in capsys.readouterr().err
    result = run("--data-dir", data, "suggest", "--workplace", "geen-id", "--json")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "geen geldig id" in result.stderr and "Traceback" not in result.stderr
