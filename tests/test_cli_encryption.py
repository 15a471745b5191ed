"""Encryption on the command line: switching it, every command on an encrypted store, and a
process without the key that asks for the recovery passphrase (one Dutch line on failure)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jobhunter.cli import main
from jobhunter.services.encryption import keys

SQLITE_HEADER = b"SQLite format 3\x00"


def cli(folder: Path, *args: str) -> int:
    try:
        return main(["--data-dir", str(folder), *args])
    except SystemExit as exc:
        return int(exc.code or 0)


def process(folder: Path, *args: str, passphrase: str | None = None):
    """A fresh process: no key at hand, and no keyring on this machine."""
    env = {k: v for k, v in os.environ.items() if k != "JOBHUNTER_RECOVERY_PASSPHRASE"}
    if passphrase is not None:
        env["JOBHUNTER_RECOVERY_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "jobhunter", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def one_dutch_line(err: str) -> bool:
    return (
        err.count("\n") == 1
        and "Traceback" not in err
        and "file is not a database" not in err
        and "SQLITE" not in err
    )


@pytest.fixture
def encrypted(tmp_path: Path, memory_keyring, capsys) -> tuple[Path, str]:
    """A demo store switched to encrypted with ``encryption on``; its recovery passphrase."""
    folder = tmp_path / "data"
    assert cli(folder, "demo", "--clients", "5", "--employers", "2") == 0
    capsys.readouterr()
    assert cli(folder, "encryption", "on") == 0
    out = capsys.readouterr().out
    (passphrase,) = re.findall(r"niet nog eens getoond\): (\S+)", out)
    assert "versleuteld opgeslagen en gecontroleerd" in out
    return folder, passphrase


def test_every_command_works_on_an_encrypted_store(encrypted, capsys) -> None:
    folder, _passphrase = encrypted
    assert (folder / "jobhunter.sqlite").read_bytes()[:16] != SQLITE_HEADER
    assert cli(folder, "encryption", "status") == 0
    assert "versleuteld (SQLCipher 4" in capsys.readouterr().out
    assert cli(folder, "list", "clients", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 5
    assert cli(folder, "check") == 0
    assert "in orde" in capsys.readouterr().out
    assert cli(folder, "backup") == 0
    made = Path(capsys.readouterr().out.split(": ", 1)[1].splitlines()[0])
    assert made.read_bytes()[:16] != SQLITE_HEADER
    assert cli(folder, "restore") == 0
    assert "Teruggezet" in capsys.readouterr().out
    assert (folder / "jobhunter.sqlite").read_bytes()[:16] != SQLITE_HEADER
    # switched on twice is refused in one line
    assert cli(folder, "encryption", "on") == 1
    assert "al versleuteld" in capsys.readouterr().err
    # and off again: plain, every backup with it
    assert cli(folder, "encryption", "off") == 0
    assert "niet meer versleuteld" in capsys.readouterr().out
    assert (folder / "jobhunter.sqlite").read_bytes()[:16] == SQLITE_HEADER
    assert all(p.read_bytes()[:16] == SQLITE_HEADER for p in (folder / "backups").glob("*.sqlite"))
    assert cli(folder, "list", "clients", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 5


def test_a_process_without_the_key_asks_for_the_recovery_passphrase(encrypted) -> None:
    folder, passphrase = encrypted
    # Without a passphrase (and no terminal to ask on): one Dutch line, exit 1
    refused = process(folder, "list", "clients", "--json")
    assert refused.returncode == 1 and refused.stdout == ""
    assert one_dutch_line(refused.stderr) and "JOBHUNTER_RECOVERY_PASSPHRASE" in refused.stderr
    # A wrong one: one Dutch line, exit 1
    wrong = process(folder, "check", passphrase="verkeerd-wachtwoord-hier")
    assert wrong.returncode == 1 and one_dutch_line(wrong.stderr) and "klopt niet" in wrong.stderr
    # The right one: the commands work (no keyring here: the key lasts the one command)
    listed = process(folder, "list", "clients", "--json", passphrase=passphrase)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 5
    backed_up = process(folder, "backup", passphrase=passphrase)
    assert backed_up.returncode == 0, backed_up.stderr
    restored = process(folder, "restore", passphrase=passphrase)
    assert restored.returncode == 0 and "Teruggezet" in restored.stdout, restored.stderr


def test_status_and_a_new_passphrase(encrypted, capsys) -> None:
    folder, old = encrypted
    assert cli(folder, "encryption", "new-passphrase") == 0
    (new,) = re.findall(r"werkt niet meer\): (\S+)", capsys.readouterr().out)
    assert new != old and len(new.split("-")) == 6
    assert keys.recover(folder, new).key.key_id == keys.read_marker(folder).key_id
