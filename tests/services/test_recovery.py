"""A damaged store is found and set aside, a backup brought back; a full disk, a busy store
and a second copy of the program are each named for what they are."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from jobhunter.models import AuditEvent
from jobhunter.services import store as store_module
from jobhunter.services import store_errors
from jobhunter.services.backup import list_backups, make_backup, maybe_backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.integrity import check_store, file_damage
from jobhunter.services.restore import RestoreError, restore_backup
from jobhunter.services.store import Store
from jobhunter.services.store_errors import (
    StoreBusyError,
    StoreDamagedError,
    StoreDiskFullError,
    StoreLockedError,
)
from jobhunter.services.writer_lock import LOCK_FILENAME, WriterLock


def _names(store: Store) -> list[str]:
    return [row.name for row in ClientService(store).list_rows()]


@pytest.fixture
def backed_up(data_dir: Path, clock: FixedClock, form: str, encrypt) -> Path:
    """A closed store with two clients, and a verified backup holding only the first; plain,
    and encrypted."""
    store = Store.open(data_dir)
    if form == "encrypted":
        encrypt(store)
    service = ClientService(store, clock)
    service.create("Zoë", "Özdemir")
    make_backup(store, clock)
    clock.advance(timedelta(hours=1))
    service.create("Bram", "de Vries")
    store.close()
    return data_dir


# --- finding damage ------------------------------------------------------------------------
def test_a_damaged_table_is_found_when_the_store_opens(backed_up: Path, faults) -> None:
    faults.damage(backed_up / "jobhunter.sqlite", "client")
    with pytest.raises(StoreDamagedError) as info:
        Store.open(backed_up)
    message = str(info.value)
    assert "beschadigd" in message and "\n" not in message
    assert "SELECT" not in message and "sqlite" not in message.lower().replace(".sqlite", "")


def test_a_cut_off_file_is_found_when_the_store_opens(backed_up: Path) -> None:
    db = backed_up / "jobhunter.sqlite"
    with db.open("r+b") as fh:
        fh.truncate(db.stat().st_size // 2)
    with pytest.raises(StoreDamagedError):
        Store.open(backed_up)


def test_damage_the_quick_probe_misses_is_found_by_the_full_check(backed_up: Path, faults) -> None:
    # Given damage to an index only (the probe reads the tables' first and last rows)
    faults.damage(backed_up / "jobhunter.sqlite", "ix_client_last_name")
    store = Store.open(backed_up, writer=False)
    try:
        # When the full check runs, then it finds it, and says so without SQL
        assert file_damage(store.db_path) > 0
        report = check_store(store)
    finally:
        store.close()
    assert report.damaged and not report.healthy
    assert report.problems[0].startswith("De database is beschadigd")


def test_a_healthy_store_passes_the_full_check(store: Store) -> None:
    ClientService(store).create("Zoë", "Özdemir")
    assert file_damage(store.db_path) == 0
    assert check_store(store).healthy


# --- restoring -----------------------------------------------------------------------------
def test_restore_sets_the_damaged_store_aside_and_brings_back_the_newest_backup(
    backed_up: Path, clock: FixedClock, faults
) -> None:
    db = backed_up / "jobhunter.sqlite"
    faults.damage(db, "client")
    damaged_bytes = db.read_bytes()
    clock.advance(timedelta(days=1))

    # When the newest verified backup is restored
    result = restore_backup(backed_up, clock=clock)

    # Then the damaged file is set aside under a dated name, byte for byte
    assert result.set_aside is not None and result.set_aside.parent.name == "set-aside"
    assert "2026-03-17" in result.set_aside.name
    assert result.set_aside.read_bytes() == damaged_bytes
    # and the store holds the backup's data again, with the restore in the audit trail
    store = Store.open(backed_up)
    assert _names(store) == ["Zoë Özdemir"]
    with store.session() as session:
        actions = [e.action for e in session.query(AuditEvent).all()]
    assert "restore_backup" in actions
    store.close()


def test_the_set_aside_store_keeps_its_last_transactions(data_dir: Path, clock: FixedClock) -> None:
    # Given a store whose newest client is only in its write-ahead log (a crash, not closed)
    store = Store.open(data_dir)
    ClientService(store, clock).create("Zoë", "Özdemir")
    make_backup(store, clock)
    holder = sqlite3.connect(store.db_path)  # keeps the WAL from being folded in
    holder.execute("SELECT count(*) FROM client").fetchone()
    ClientService(store, clock).create("Bram", "de Vries")
    store.engine.dispose()
    assert (data_dir / "jobhunter.sqlite-wal").stat().st_size > 0

    # When a backup is restored over it
    with WriterLock.acquire(data_dir):
        result = restore_backup(data_dir, clock=clock)
    holder.close()
    store.close()

    # Then the set-aside copy still has Bram, and the restored store does not
    assert result.set_aside is not None
    with sqlite3.connect(f"file:{result.set_aside}?mode=ro", uri=True) as conn:
        names = {r[0] for r in conn.execute("SELECT last_name FROM client")}
    assert names == {"Özdemir", "de Vries"}
    reopened = Store.open(data_dir)
    assert _names(reopened) == ["Zoë Özdemir"]
    reopened.close()

    # When the set-aside store is restored in its turn
    restore_backup(data_dir, result.set_aside, clock=clock)
    # Then it comes back with its last transactions: Bram is there
    reopened = Store.open(data_dir)
    assert _names(reopened) == ["Bram de Vries", "Zoë Özdemir"]
    reopened.close()


def test_a_restored_store_is_backed_up_again_after_its_next_change(
    backed_up: Path, clock: FixedClock
) -> None:
    restore_backup(backed_up, clock=clock)
    store = Store.open(backed_up)
    clock.advance(timedelta(minutes=5))
    # the restore itself started a new epoch: its state is in no backup yet
    assert maybe_backup(store, clock).path is not None
    ClientService(store, clock).create("Ahmed", "Yilmaz")
    clock.advance(timedelta(minutes=5))
    assert maybe_backup(store, clock).path is not None
    store.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(
    backed_up: Path, clock: FixedClock, faults
) -> None:
    newest = list_backups(backed_up, clock)[0]
    faults.damage(newest.path, "client")
    before = (backed_up / "jobhunter.sqlite").read_bytes()
    with pytest.raises(RestoreError, match="beschadigd"):
        restore_backup(backed_up, newest.path, clock)
    assert (backed_up / "jobhunter.sqlite").read_bytes() == before
    assert not (backed_up / "set-aside").exists()


def test_a_file_that_is_no_backup_is_refused(backed_up: Path, tmp_path: Path) -> None:
    note = tmp_path / "boodschappen.sqlite"
    note.write_text("melk, brood")
    with pytest.raises(RestoreError, match="geen bruikbare reservekopie"):
        restore_backup(backed_up, note)
    with pytest.raises(RestoreError, match="bestaat niet"):
        restore_backup(backed_up, tmp_path / "weg.sqlite")


def test_without_a_verified_backup_restore_says_so(data_dir: Path) -> None:
    Store.open(data_dir).close()
    with pytest.raises(RestoreError, match="geen gecontroleerde reservekopie"):
        restore_backup(data_dir)


def test_a_restore_that_fails_half_way_leaves_the_store_as_it_was(
    backed_up: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the final rename fails (the disk is pulled out at that moment)
    real_replace = os.replace

    def failing(src, dst):
        if Path(dst).name == "jobhunter.sqlite":
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(RestoreError, match="Terugzetten mislukt"):
        restore_backup(backed_up, clock=clock)
    monkeypatch.undo()
    # Then the store still opens with everything in it, and no temporary file is left
    store = Store.open(backed_up)
    assert sorted(_names(store)) == ["Bram de Vries", "Zoë Özdemir"]
    store.close()
    assert not [p for p in backed_up.iterdir() if p.name.endswith(".tmp")]


def test_restore_is_refused_while_another_copy_has_the_store_open(
    backed_up: Path, tmp_path: Path
) -> None:
    holder = _hold_store(backed_up)
    try:
        with pytest.raises(StoreLockedError, match="al geopend"):
            restore_backup(backed_up)
    finally:
        holder.kill()
        holder.wait()


# --- one writer ----------------------------------------------------------------------------
def _hold_store(data_dir: Path) -> subprocess.Popen[str]:
    """Another copy of the program with the store open for writing, until killed."""
    from jobhunter.services.encryption import keys

    known = [(key.key_id, key.raw.hex()) for key in keys.remembered()]  # an encrypted store's
    script = (
        "import sys, time\n"
        "from jobhunter.services.encryption import keys\n"
        "from jobhunter.services.store import Store\n"
        f"for key_id, raw in {known!r}: keys.remember(keys.StoreKey(key_id, bytes.fromhex(raw)))\n"
        f"store = Store.open({str(data_dir)!r})\n"
        "print('open', flush=True)\n"
        "time.sleep(120)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    return process


def test_a_second_copy_of_the_program_is_refused_with_who_holds_it(data_dir: Path) -> None:
    Store.open(data_dir).close()
    holder = _hold_store(data_dir)
    try:
        with pytest.raises(StoreLockedError) as info:
            Store.open(data_dir)
        message = str(info.value)
        assert f"proces {holder.pid}" in message and "deze computer" in message
        assert "\n" not in message
        # reading beside it works: the window does not stop `jobhunter list`
        reader = Store.open(data_dir, writer=False)
        assert _names(reader) == []
        reader.close()
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_of_a_killed_copy_is_taken_over(data_dir: Path) -> None:
    Store.open(data_dir).close()
    holder = _hold_store(data_dir)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    # the killed process's record is still in the file, but its lock died with it
    assert str(holder.pid) in (data_dir / LOCK_FILENAME).read_text()
    store = Store.open(data_dir)
    assert str(os.getpid()) in (data_dir / LOCK_FILENAME).read_text()
    store.close()


def test_without_os_locks_a_dead_holder_is_recognised_by_its_record(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a network drive without file locks the recorded process decides."""
    from jobhunter.services import writer_lock

    monkeypatch.setattr(writer_lock, "_os_lock", lambda fd: None)
    Store.open(data_dir).close()
    holder = _hold_store(data_dir)  # (its own OS lock is ignored by this process)
    try:
        with pytest.raises(StoreLockedError):
            Store.open(data_dir)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    store = Store.open(data_dir)  # the record names a process that no longer runs
    store.close()


def test_one_process_may_open_its_own_store_twice(data_dir: Path) -> None:
    first = Store.open(data_dir)
    second = Store.open(data_dir)
    second.close()
    assert WriterLock.is_held(data_dir)
    first.close()
    assert not WriterLock.is_held(data_dir)


# --- a busy store, a full disk ------------------------------------------------------------
def test_a_store_held_busy_too_long_says_so_in_one_line(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given another program holds a write transaction on the store
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    store.engine.dispose()  # new connections take the short wait
    other = sqlite3.connect(store.db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusyError) as info:
            ClientService(store).create("Zoë", "Özdemir")
        assert time.monotonic() - started >= 0.2  # it waited before giving up
    finally:
        other.rollback()
        other.close()
    message = str(info.value)
    assert "bezet" in message and "\n" not in message and "INSERT" not in message
    # and once the other program lets go, the same action works
    ClientService(store).create("Zoë", "Özdemir")


def test_opening_on_a_full_disk_says_the_disk_is_full(
    backed_up: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    """SQLite reports a full disk at opening as an I/O error of its shared-memory file."""
    from jobhunter.services.encryption import cipher

    driver = cipher.driver() if form == "encrypted" else sqlite3
    error = driver.OperationalError("disk I/O error")
    error.sqlite_errorcode = 4874  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"  # type: ignore[attr-defined]

    def full_disk_connect(*args, **kwargs):
        raise error

    monkeypatch.setattr(store_module, "connect", full_disk_connect)
    monkeypatch.setattr(store_errors, "nearly_full", lambda folder: True)
    with pytest.raises(StoreDiskFullError, match="is vol"):
        Store.open(backed_up)


def test_opening_on_a_real_full_disk_says_full_not_damaged(small_disk) -> None:
    out = small_disk(
        """
        from jobhunter.services.store import Store, StoreError
        from jobhunter.services.clients import ClientService
        store = Store.open(DISK / "data")
        for i in range(20):
            ClientService(store).create("Cliënt", f"Nummer {i}")
        store.close()
        fill_disk(DISK)
        try:
            Store.open(DISK / "data")
            print("opened")
        except StoreError as exc:
            print(type(exc).__name__, exc)
        """
    )
    assert out.startswith("StoreDiskFullError") and "is vol" in out
    assert "beschadigd" not in out


def test_writing_on_a_real_full_disk_says_full_and_loses_nothing(small_disk) -> None:
    out = small_disk(
        """
        from jobhunter.services.store import Store, StoreError
        from jobhunter.services.clients import ClientService
        store = Store.open(DISK / "data")
        for i in range(20):
            ClientService(store).create("Cliënt", f"Nummer {i}")
        fill_disk(DISK)
        try:
            ClientService(store).create("Nog", "Eén")
        except StoreError as exc:
            print(type(exc).__name__, exc)
        (DISK / "filler").unlink()
        print(len(ClientService(store).list_rows()))
        store.close()
        """
    )
    first, count = out.strip().splitlines()
    assert first.startswith("StoreDiskFullError") and "is vol" in first
    assert count == "20"


def test_leftovers_of_interrupted_writes_are_removed_when_the_store_opens(
    data_dir: Path,
) -> None:
    crashed = Store.open(data_dir)  # a writer that never closed the store (killed)
    docs = data_dir / "documents" / "abc123"
    docs.mkdir(parents=True)
    left = [
        data_dir / ".jobhunter.sqlite.x1y2.tmp",
        docs / ".4f5e.pdf.q9w8.tmp",
    ]
    for path in left:
        path.write_bytes(b"half a cv")
    kept = docs / "4f5e.pdf"
    kept.write_bytes(b"a whole cv")
    Store.open(data_dir).close()
    assert not any(path.exists() for path in left)
    assert kept.exists()
    crashed.close()


def test_after_a_clean_close_the_clients_document_folders_are_not_walked(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a store with a client's document folder, closed cleanly
    (data_dir / "documents" / "abc123").mkdir(parents=True)
    Store.open(data_dir).close()
    swept: list[Path] = []
    monkeypatch.setattr(
        store_module, "remove_temporaries", lambda folder: swept.append(folder) or []
    )
    # When it opens again, then only the top folders are swept (a start costs no walk
    # through every client's folder)
    Store.open(data_dir).close()
    assert data_dir / "documents" / "abc123" not in swept
    assert data_dir / "documents" in swept


@pytest.mark.parametrize("damaged", ["barrier", "ix_client_list", "requirement"])
def test_lists_read_past_the_orm_name_a_damaged_store_as_damaged(
    tmp_path: Path, clock: FixedClock, faults, damaged: str
) -> None:
    """The Caseload's keys and lines and the suggestions' facts are read on SQLite's own
    connection (fast, past SQLAlchemy's result handling): damage found there is the store's
    "damaged" as well (which the window answers with the offer of a backup), never a raw
    SQLite error shown as an unexpected one."""
    from jobhunter.services.demo import generate_demo
    from jobhunter.services.matching.suggestions import SuggestionService

    store = Store.open(tmp_path)
    generate_demo(store, clients=300, employers=60, seed=4, today=clock.today())
    first = ClientService(store, clock).list_keys()[0].id
    store.close()
    faults.damage_deep(tmp_path / "jobhunter.sqlite", damaged)
    store = Store.open(tmp_path)
    reads = {
        "barrier": lambda: ClientService(store, clock).list_rows(),
        "ix_client_list": lambda: ClientService(store, clock).list_keys(),
        "requirement": lambda: SuggestionService(store, clock).for_client(first),
    }
    try:
        with pytest.raises(StoreDamagedError, match="beschadigd"):
            reads[damaged]()
    finally:
        store.close()
