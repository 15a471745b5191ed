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
