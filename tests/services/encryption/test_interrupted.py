"""A switch that fails or is killed at any step leaves a working store with every record, and
the next start finishes what is left (the old file's wipe, the backups' conversion)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from jobhunter.services import backup
from jobhunter.services.clock import FixedClock
from jobhunter.services.encryption import cipher, keys, switch
from jobhunter.services.store import Store
from tests.conftest import FIXED_NOW
from tests.services.encryption.conftest import (
    FileKeyring,
    client_forms,
    database_files,
    raw_traces,
    table_rows,
    with_backups,
)
from tests.services.privacy.conftest import build_sensitive_client

#: every step of a switch, in order; "keyring" only when switching on
STEPS = [
    "keyring",
    "checkpoint",
    "copy",
    "verify",
    "mark",
    "close",
    "swap",
    "wipe",
    "backup",
    "backups",
    "convert",
]
#: from this step on the store has its new form
SWAPPED = STEPS.index("wipe")


class InjectedError(Exception):
    """The failure a test makes happen at a step."""


@dataclass
class Template:
    folder: Path
    keyring: str  # the keyring file's content (the encrypted template's key)
    rows: dict[str, list[tuple[object, ...]]]


def _no_recovery_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "lock_key", lambda key, passphrase: b"(no recovery copy)")


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Template]:
    """A plain and an encrypted store, each with a sensitive client file, three backups of
    earlier days and a set-aside store; made once for the module."""
    base = tmp_path_factory.mktemp("templates")
    clock = FixedClock(FIXED_NOW)
    monkeypatch = pytest.MonkeyPatch()
    original = keyring.get_keyring()
    made: dict[str, Template] = {}
    try:
        _no_recovery_copy(monkeypatch)
        for form in ("plain", "encrypted"):
            backend = FileKeyring(base / f"{form}-keyring.json")
            keyring.set_keyring(backend)
            folder = base / form
            store = Store.open(folder)
            build_sensitive_client(store, clock, base)
            copies = with_backups(store, clock)
            aside = folder / "set-aside" / "jobhunter-2026-03-01-120000.sqlite"
            aside.parent.mkdir()
            shutil.copy(copies[0], aside)
            if form == "encrypted":
                switch.encrypt(store, switch.prepare(folder), clock=clock)
            store.close()
            keys._cache.clear()
            text = backend.path.read_text() if backend.path.exists() else "{}"
            made[form] = Template(folder, text, table_rows(folder / "jobhunter.sqlite"))
    finally:
        keyring.set_keyring(original)
        monkeypatch.undo()
        keys._cache.clear()
    return made


def _copy(template: Template, tmp_path: Path, file_keyring: FileKeyring) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template.folder, folder)
    file_keyring.path.write_text(template.keyring)
    return folder


def _steps(direction: str) -> list[str]:
    return STEPS if direction == "on" else [s for s in STEPS if s != "keyring"]


CASES = [(d, s) for d in ("on", "off") for s in _steps(d)]


def _assert_recovered(folder: Path, template: Template, direction: str, step: str) -> None:
    """The store opens, with every record; the next start finished the wipe; resuming
    finishes the backups; then nothing in the folder is in the old form."""
    store = Store.open(folder)
    try:
        swapped = STEPS.index(step) >= SWAPPED
        encrypted = (direction == "on") == swapped
        assert cipher.is_encrypted_file(store.db_path) == encrypted
        rows = table_rows(store.db_path)
        for table, before in template.rows.items():
            if table not in ("audit_event", "change_counter"):
                assert rows[table] == before, table
        assert not list(folder.rglob("*.to-wipe")), "the next start wipes what is left"
        assert not list(folder.glob(".*.tmp"))
        # When the interrupted switch is resumed (the window does it after it opens)
        switch.resume(store)
        state = switch.status(folder)
        assert not state.interrupted and state.other_form == 0
        assert all(b.verified for b in backup.list_backups(folder))
        if encrypted:
            assert raw_traces(database_files(folder), client_forms()) == []
    finally:
        store.close()


@pytest.mark.parametrize(("direction", "step"), CASES)
def test_a_switch_that_fails_at_any_step_leaves_a_working_store(
    templates, tmp_path: Path, file_keyring, monkeypatch, direction: str, step: str
) -> None:
    _no_recovery_copy(monkeypatch)
    template = templates["plain" if direction == "on" else "encrypted"]
    folder = _copy(template, tmp_path, file_keyring)
    store = Store.open(folder)

    def fail(name: str) -> None:
        if name == step:
            raise InjectedError(step)

    monkeypatch.setattr(switch, "step_hook", fail)
    # When the switch fails at the step (anything: a full disk, a bug)
    with pytest.raises(InjectedError):
        if direction == "on":
            switch.encrypt(store, switch.prepare(folder))
        else:
            switch.decrypt(store)
    monkeypatch.setattr(switch, "step_hook", None)
    # Then the store in this window keeps working
    assert len(table_rows(store.db_path)["client"]) == len(template.rows["client"])
    store.close()
    keys._cache.clear()
    # And after a restart everything is there, and what is left is finished
    _assert_recovered(folder, template, direction, step)


_CHILD = """
import os, sys
from pathlib import Path
import keyring
sys.path.insert(0, {root!r})
from tests.services.encryption.conftest import FileKeyring
keyring.set_keyring(FileKeyring(Path({keyring_file!r})))
from jobhunter.services.encryption import keys, switch
from jobhunter.services.store import Store
keys.lock_key = lambda key, passphrase: b"(no recovery copy)"
store = Store.open(Path({folder!r}))
switch.step_hook = lambda name: os._exit(3) if name == {step!r} else None
if {direction!r} == "on":
    switch.encrypt(store, switch.prepare(store.data_dir))
else:
    switch.decrypt(store)
os._exit(0)
"""


@pytest.mark.parametrize(("direction", "step"), CASES)
def test_a_switch_killed_at_any_step_leaves_a_working_store(
    templates, tmp_path: Path, file_keyring, direction: str, step: str
) -> None:
    template = templates["plain" if direction == "on" else "encrypted"]
    folder = _copy(template, tmp_path, file_keyring)
    script = _CHILD.format(
        root=str(Path(__file__).parents[3]),
        keyring_file=str(file_keyring.path),
        folder=str(folder),
        step=step,
        direction=direction,
    )
    # When the program is killed at the step (no clean-up runs, as with a power cut)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 3, child.stderr
    # Then the next start opens a working store with every record
    _assert_recovered(folder, template, direction, step)
