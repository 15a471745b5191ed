"""Switching encryption on and off: every row kept, nothing readable left, backups along."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from jobhunter.services import backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.encryption import keys, switch
from jobhunter.services.encryption.switch import BackupChoice
from jobhunter.services.privacy.audit import AuditService
from jobhunter.services.restore import restore_backup
from jobhunter.services.store import Store
from tests.services.encryption.conftest import (
    client_forms,
    database_files,
    raw_traces,
    same_records,
    table_rows,
    with_backups,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def header(path: Path) -> bytes:
    return path.read_bytes()[:16]


def test_encryption_on_keeps_every_row_and_leaves_nothing_readable(
    store: Store, clock: FixedClock, sensitive, encrypt, tmp_path: Path
) -> None:
    # Given a store with a sensitive client file, three older backups and a set-aside store
    made = with_backups(store, clock)
    aside = store.data_dir / "set-aside" / "jobhunter-2026-03-01-120000.sqlite"
    aside.parent.mkdir()
    shutil.copy(made[0], aside)
    forms = client_forms() | {sensitive.note}
    assert raw_traces(database_files(store.data_dir), forms), "the scan must see plain data"
    before = table_rows(store.db_path)

    # When encryption is switched on
    result = encrypt(store)

    # Then every row is there, the store and every copy are encrypted, none is readable
    same_records(before, table_rows(store.db_path), "encrypt_store")
    assert result.converted == 4 and not result.problems  # 3 backups, 1 set-aside store
    files = database_files(store.data_dir)
    assert store.db_path in files and len(files) >= 6
    assert raw_traces(files, forms) == []
    for path in files:
        if path.suffix == ".sqlite":
            assert header(path) != SQLITE_HEADER, path
    assert not list(store.data_dir.rglob("*.to-wipe")) and not list(store.data_dir.glob(".*.tmp"))
    # And the backups are listed, verified, and open with the key
    listed = backup.list_backups(store.data_dir, clock)
    assert {b.path for b in listed} >= set(made) and all(b.verified for b in listed)
    for info in listed:
        assert backup.verify(info.path).rows["client"] >= 2
    # And the switch is in the audit trail
    assert "encrypt_store" in {e.action for e in AuditService(store).events(limit=None)}


def test_encrypted_store_keeps_working_and_writes_an_encrypted_wal(
    store: Store, clock: FixedClock, encrypt
) -> None:
    encrypt(store)
    # When a client is added to the encrypted store (the change sits in the WAL)
    ClientService(store, clock).create("Zoë", "Özdemir", email="zoe.ozdemir@example.nl")
    wal = store.db_path.with_name(store.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    # Then neither the store nor its WAL hold the name, in any form
    assert raw_traces([store.db_path, wal], client_forms()) == []
    # And a backup made now is encrypted with the same key and verifies
    result = backup.make_backup(store, clock)
    assert result.path is not None and header(result.path) != SQLITE_HEADER
    assert backup.verify(result.path).rows["client"] == 1
    assert raw_traces([result.path], client_forms()) == []


@pytest.mark.parametrize("choice", [BackupChoice.CONVERT, BackupChoice.REMOVE])
def test_encryption_off_keeps_every_row_and_takes_the_backups_along(
    store: Store, clock: FixedClock, sensitive, encrypt, memory_keyring, choice
) -> None:
    made = with_backups(store, clock)
    encrypt(store)
    before = table_rows(store.db_path)

    result = switch.decrypt(store, choice, clock)

    assert header(store.db_path) == SQLITE_HEADER
    same_records(before, table_rows(store.db_path), "decrypt_store")
    remaining = [b.path for b in backup.list_backups(store.data_dir, clock)]
    if choice is BackupChoice.CONVERT:
        assert result.converted == 3 and set(made) <= set(remaining)
    else:
        assert result.removed == 3 and not set(made) & set(remaining)
    assert remaining and all(header(p) == SQLITE_HEADER for p in remaining)
    # Then no encrypted file is left: the key leaves the keyring and the marker goes
    assert memory_keyring.secrets == {}
    assert not keys.has_marker(store.data_dir)
    assert "decrypt_store" in {e.action for e in AuditService(store).events(limit=None)}


def test_plain_backups_are_removed_when_asked_and_wiped_first(
    store: Store, clock: FixedClock, sensitive, memory_keyring, monkeypatch
) -> None:
    made = with_backups(store, clock)
    monkeypatch.setattr(keys, "lock_key", lambda key, passphrase: b"(no recovery copy)")
    wiped: list[Path] = []
    original = switch.wipe.overwrite_and_unlink

    def spy(path: Path) -> None:
        wiped.append(path)
        original(path)

    monkeypatch.setattr(switch.wipe, "overwrite_and_unlink", spy)
    result = switch.encrypt(store, switch.prepare(store.data_dir), BackupChoice.REMOVE, clock)

    assert result.removed == 3 and set(made) <= set(wiped)
    assert [b.path for b in backup.list_backups(store.data_dir, clock)] == [result.backup]


def test_the_old_plain_store_is_overwritten_before_it_is_unlinked(
    store: Store, clock: FixedClock, sensitive, encrypt, monkeypatch
) -> None:
    # Given we can see what the wipe finds in the old file just before it is unlinked
    seen: dict[str, bytes] = {}
    unlink = Path.unlink

    def watching_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(".to-wipe") and self.exists():
            seen[self.name] = self.read_bytes()
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", watching_unlink)
    encrypt(store)
    # Then the store and its WAL were zeros by then
    assert {"jobhunter.sqlite.to-wipe", "jobhunter.sqlite-wal.to-wipe"} <= set(seen)
    for name, data in seen.items():
        assert data and data.count(0) == len(data), name


def test_a_restore_keeps_the_store_encrypted(
    store: Store, clock: FixedClock, sensitive, encrypt
) -> None:
    # Given a plain backup made before encryption was on (kept for this test)
    plain = with_backups(store, clock, days=1)[0]
    kept = store.data_dir / "kept-plain.sqlite"
    shutil.copy(plain, kept)
    encrypt(store)
    store.close()
    # When that plain backup is restored
    result = restore_backup(store.data_dir, kept, clock)
    # Then the restored store is encrypted all the same, and opens with the key
    assert header(store.db_path) != SQLITE_HEADER
    assert raw_traces([store.db_path], client_forms()) == []
    again = Store.open(store.data_dir)
    try:
        names = {c.name for c in ClientService(again).list_rows()}
        assert any("Kees" in n for n in names)
    finally:
        again.close()
    assert result.set_aside is not None and header(result.set_aside) != SQLITE_HEADER


def test_switching_needs_the_writer(store: Store, encrypt, tmp_path: Path) -> None:
    encrypt(store)
    store.close()
    reader = Store.open(store.data_dir, writer=False)
    try:
        with pytest.raises(switch.SwitchError, match="venster"):
            switch.decrypt(reader)
    finally:
        reader.close()


def test_status_says_what_is_encrypted(store: Store, clock: FixedClock, encrypt) -> None:
    with_backups(store, clock, days=1)
    assert switch.status(store.data_dir) == switch.EncryptionStatus(False, None, 0, False)
    encrypt(store)
    state = switch.status(store.data_dir)
    assert state.encrypted and state.other_form == 0 and not state.interrupted
    assert state.recovery_made == clock.now()
    # a copy that cannot be converted (damaged) is counted, and said
    other = store.data_dir / "set-aside" / "broken.sqlite"
    other.parent.mkdir(exist_ok=True)
    other.write_bytes(SQLITE_HEADER + os.urandom(4000))
    assert switch.status(store.data_dir).other_form == 1


def test_a_set_aside_store_with_its_log_is_converted_whole_and_its_log_leaves_no_trace(
    store: Store, clock: FixedClock, encrypt, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from jobhunter.services.encryption import cipher

    # Given a store set aside by a restore after a crash: its last client only in its -wal
    ClientService(store, clock).create("Anna", "Eerst")
    taken = backup.make_backup(store, clock).path
    store.close()
    crash = (
        "import os\nfrom jobhunter.services.store import Store\n"
        "from jobhunter.services.clients import ClientService\n"
        f"store = Store.open({str(store.data_dir)!r})\n"
        "ClientService(store).create('Bram', 'Wintervogel')\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=120)
    aside = restore_backup(store.data_dir, taken, clock).set_aside
    assert aside is not None and backup.has_wal(aside)
    assert backup.verify(aside).rows["client"] == 2
    store = Store.open(store.data_dir)

    # When encryption is switched on
    result = encrypt(store)

    # Then the set-aside store is encrypted with both clients, and no log of it is left
    assert not result.problems
    assert cipher.is_encrypted_file(aside) and backup.verify(aside).rows["client"] == 2
    assert not aside.with_name(aside.name + "-wal").exists()
    assert raw_traces(database_files(store.data_dir), {"Wintervogel"}) == []
    assert not list(store.data_dir.rglob("*.to-wipe"))
    store.close()
