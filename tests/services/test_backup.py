"""Backups that catch every change, verify on their own terms, follow a schedule and leave
nothing behind."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from jobhunter.models import Base
from jobhunter.models.enums import ArrangementKind, ConsentParty, Sector
from jobhunter.services import backup, files
from jobhunter.services.backup import (
    BackupError,
    Kind,
    Verification,
    clean_leftovers,
    list_backups,
    make_backup,
    maybe_backup,
    newest_verified,
    reverify,
)
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.change_counter import OPERATIONS, UNCOUNTED, trigger_name
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.demo import generate_demo
from jobhunter.services.employers import EmployerService
from jobhunter.services.store import Store, connect


def _changes(store: Store) -> int:
    return store.change_state().changes


def test_a_backup_is_taken_only_when_something_changed(
    store: Store, clock: FixedClock, form: str, encrypt
) -> None:
    if form == "encrypted":
        encrypt(store)
    service = ClientService(store, clock)
    service.create("Zoë", "Özdemir")
    first = maybe_backup(store, clock)
    assert first.path is not None
    clock.advance(timedelta(minutes=1))
    assert maybe_backup(store, clock).path is None
    service.create("Bram", "de Vries")
    clock.advance(timedelta(minutes=1))
    second = maybe_backup(store, clock)
    assert second.path is not None and second.path != first.path


def test_a_backup_holds_the_data_and_says_so_itself(
    store: Store, clock: FixedClock, form: str, encrypt
) -> None:
    if form == "encrypted":
        encrypt(store)
    ClientService(store, clock).create("Zoë", "Özdemir")
    result = maybe_backup(store, clock)
    assert result.info is not None
    conn = connect(result.info.path, immutable=True)  # with the store's key when encrypted
    try:
        assert conn.execute("SELECT first_name FROM client").fetchall() == [("Zoë",)]
    finally:
        conn.close()
    plain = result.info.path.read_bytes().startswith(b"SQLite format 3\x00")
    assert plain == (form == "plain")
    # what the listing says was read from the copy itself
    assert result.info.verified and result.info.clients == 1
    assert result.info.state == store.change_state()


@pytest.mark.parametrize(
    "change",
    ["consent", "document", "reflection", "visit", "arrangement", "setting_only_audit"],
)
def test_a_change_to_any_kind_of_record_alone_is_in_the_next_backup(
    store: Store, clock: FixedClock, tmp_path: Path, change: str
) -> None:
    # Given a client with a learning goal and an employer, all in a backup
    clients, caseload = ClientService(store, clock), CaseloadService(store, clock)
    employers = EmployerService(store, clock)
    client = clients.create("Zoë", "Özdemir")
    goal = caseload.add_goal(client.id, "Op tijd komen")
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    assert maybe_backup(store, clock).path is not None
    clock.advance(timedelta(hours=1))

    # When only one record of one kind changes
    if change == "consent":
        caseload.give_consent(client.id, next(iter(ConsentParty)), "cv delen")
    elif change == "document":
        cv = tmp_path / "cv.pdf"
        cv.write_bytes(b"%PDF-1.4 cv")
        caseload.attach(client.id, cv, "cv")
    elif change == "reflection":
        caseload.reflect(goal.id, "Twee keer op tijd")
    elif change == "visit":
        employers.log_visit(employer.id, clock.today(), relationship="Rondleiding")
    elif change == "arrangement":
        employers.save_arrangement(employer.id, next(iter(ArrangementKind)))
    else:  # an event in the audit trail only (an export, a print)
        with store.session() as session:
            clients._audit_event(session, "export_vcard", "export", None, "alle contacten")

    # Then the next automatic backup is taken
    assert maybe_backup(store, clock).path is not None


def _insert_row(conn: sqlite3.Connection, table: str) -> None:
    """A row for any table, whatever its columns: a value for every required column."""
    columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    names, values = [], []
    for _cid, name, type_, notnull, default, pk in columns:
        if not (notnull or pk) or default is not None:
            continue
        names.append(f'"{name}"')
        kind = (type_ or "").upper()
        values.append(2 if "INT" in kind or "BOOL" in kind else uuid.uuid4().hex)
    marks = ", ".join("?" for _ in values)
    conn.execute(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({marks})', values)


def test_every_table_counts_its_inserts_updates_and_deletes(store: Store) -> None:
    """A table whose changes are not counted would be missing from the backups: this fails
    for any table of the store (ours, or one another branch adds) that is not covered."""
    tables = {t.name for t in Base.metadata.sorted_tables} - UNCOUNTED
    store.close()
    conn = sqlite3.connect(store.db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for table in sorted(tables):
        for operation in OPERATIONS:
            assert trigger_name(table, operation) in triggers, f"{table} {operation} not counted"

    def count() -> int:
        return int(conn.execute("SELECT changes FROM change_counter").fetchone()[0])

    for table in sorted(tables):
        before = count()
        _insert_row(conn, table)
        assert count() == before + 1, f"an insert into {table} is not counted"
        conn.execute(f'UPDATE "{table}" SET rowid = rowid WHERE rowid = last_insert_rowid()')
        assert count() == before + 2, f"an update of {table} is not counted"
        conn.execute(f'DELETE FROM "{table}" WHERE rowid = last_insert_rowid()')
        assert count() == before + 3, f"a delete from {table} is not counted"
    conn.commit()
    conn.close()


def test_a_table_added_later_is_counted_from_the_next_opening(data_dir: Path) -> None:
    # Given a store to which a later version (or another branch's migration) adds a table
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir / "jobhunter.sqlite") as conn:
        conn.execute("CREATE TABLE reminder (id INTEGER PRIMARY KEY, text VARCHAR NOT NULL)")
    # When the store opens again, then a change to that table alone is counted
    store = Store.open(data_dir)
    before = _changes(store)
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO reminder (text) VALUES ('bellen')"))
    assert _changes(store) == before + 1
    store.close()


def test_writes_during_a_backup_do_not_spoil_it(store: Store, clock: FixedClock) -> None:
    """The old fingerprint compared the live store before the copy with the copy after it:
    a write in between threw the backup away. Twenty backups under a stream of writes."""
    generate_demo(store, clients=40, employers=10, seed=3, today=clock.today())
    service = ClientService(store, clock)
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        number = 0
        while not stop.is_set():
            service.create("Schrijver", f"Nummer {number}")
            number += 1
        written.append(number)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        results = []
        for _ in range(20):
            clock.advance(timedelta(minutes=1))
            results.append(maybe_backup(store, clock))
    finally:
        stop.set()
        writer.join()
    assert written[0] > 20, "the writer did not run alongside"
    assert all(r.info is not None and r.info.verified for r in results)
    # each copy's own count matches what it holds: 40 demo clients and the writer's ones
    for result in results:
        assert result.info is not None and result.info.clients is not None
        assert result.info.clients >= 40


def test_a_copy_that_fails_its_check_is_not_kept(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, faults
) -> None:
    # Given a verified backup
    ClientService(store, clock).create("Zoë", "Özdemir")
    good = make_backup(store, clock).info
    assert good is not None
    ClientService(store, clock).create("Bram", "de Vries")
    clock.advance(timedelta(hours=1))

    # When the next copy comes out damaged (a disk error while writing it)
    real = backup.snapshot

    def damaging(source: Path, target: Path, cancel=None) -> None:
        real(source, target, cancel)
        faults.damage(target, "client")

    monkeypatch.setattr(backup, "snapshot", damaging)
    with pytest.raises(BackupError, match="beschadigd"):
        make_backup(store, clock)

    # Then it is removed, and the good backup is still the newest verified one
    assert [b.path for b in list_backups(store.data_dir, clock)] == [good.path]
    assert newest_verified(store.data_dir, clock) == list_backups(store.data_dir, clock)[0]


def test_a_backup_damaged_later_is_found_by_the_recheck(
    store: Store, clock: FixedClock, faults
) -> None:
    # Given two verified backups, the older of which the disk spoils afterwards
    service = ClientService(store, clock)
    service.create("Zoë", "Özdemir")
    older = make_backup(store, clock).info
    clock.advance(timedelta(days=1))
    service.create("Bram", "de Vries")
    newer = make_backup(store, clock).info
    assert older is not None and newer is not None
    faults.damage(older.path, "client")

    # When a month passes and the re-check runs
    clock.advance(timedelta(days=31))
    checked = reverify(store.data_dir, clock, limit=5)

    # Then the spoiled one is marked damaged, the other still verified
    state = {b.path: b.verification for b in checked}
    assert state == {older.path: Verification.FAILED, newer.path: Verification.OK}
    assert newest_verified(store.data_dir, clock).path == newer.path
    # and the next prune removes the damaged copy
    assert older.path in backup.prune(store.data_dir, clock)


def test_backups_are_rechecked_only_when_due(store: Store, clock: FixedClock) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    make_backup(store, clock)
    clock.advance(timedelta(days=3))
    assert reverify(store.data_dir, clock) == []
    clock.advance(timedelta(days=30))
    (checked,) = reverify(store.data_dir, clock)
    assert checked.checked_at == clock.now()


@pytest.mark.slow
def test_backups_follow_the_schedule_over_a_year(store: Store, clock: FixedClock) -> None:
    """A change and a backup every day for 400 days, four times a day for the last week."""
    service = ClientService(store, clock)
    client = service.create("Zoë", "Özdemir")
    start = clock.now()
    for day in range(400):
        for hour in (0, 3, 6, 9) if day >= 393 else (0,):
            clock.at = start + timedelta(days=day, hours=hour)
            service.update(client.id, notes=f"dag {day} uur {hour}")
            assert maybe_backup(store, clock).path is not None
    today = clock.today()
    days = [b.taken_at.astimezone(LOCAL_TZ).date() for b in list_backups(store.data_dir, clock)]
    # one a day for two weeks
    assert [d for d in days if (today - d).days < 14] == [
        today - timedelta(days=n) for n in range(14)
    ]
    # at least one a week for two months (a month's last one may share its week)
    weeks = {}
    for d in days:
        if 14 <= (today - d).days < 56:
            weeks.setdefault(d.isocalendar()[:2], []).append(d)
    assert len(weeks) >= 6 and all(1 <= len(ds) <= 2 for ds in weeks.values())
    # one a month for a year, nothing older
    months = {(d.year, d.month) for d in days}
    assert len(months) == 13 and min(days) > today - timedelta(days=366)
    assert all(
        len([d for d in days if (d.year, d.month) == month]) == 1
        for month in months
        if (today - max(d for d in days if (d.year, d.month) == month)).days > 70
    )
    assert len(days) <= 14 + 9 + 13


def test_the_listing_says_when_each_backup_rotates_out(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    client = service.create("Zoë", "Özdemir")
    for _ in range(3):
        service.update(client.id, notes=str(clock.now()))
        make_backup(store, clock)
        clock.advance(timedelta(days=1))
    newest, middle, oldest = list_backups(store.data_dir, clock)
    assert newest.expires_on is not None and newest.expires_on > clock.today()
    # a backup that is the newest of its month stays a year (at the latest)
    assert oldest.taken_at.month == clock.now().month
    assert middle.expires_on == middle.taken_at.astimezone(LOCAL_TZ).date() + timedelta(days=14)


def test_copies_before_migrations_are_pruned_too(data_dir: Path, clock: FixedClock) -> None:
    # Given copies before migrations from long ago and from last week
    store = Store.open(data_dir)
    folder = data_dir / "backups"
    for days_ago in (900, 500, 7):
        clock.at = datetime(2026, 3, 16, 9, 30, tzinfo=LOCAL_TZ) - timedelta(days=days_ago)
        backup.copy_before_migration(data_dir, "0007", clock)
    clock.at = datetime(2026, 3, 16, 9, 30, tzinfo=LOCAL_TZ)
    # When the schedule prunes
    backup.prune(data_dir, clock)
    # Then only last week's copy is left
    left = [b for b in list_backups(data_dir, clock) if b.kind is Kind.PRE_MIGRATION]
    assert [b.taken_at.date() for b in left] == [(clock.now() - timedelta(days=7)).date()]
    assert len(list(folder.glob("pre-migration-*.sqlite"))) == 1
    store.close()


def test_no_wal_or_shm_files_are_left_beside_backups(store: Store, clock: FixedClock) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    made = make_backup(store, clock).info
    assert made is not None
    list_backups(store.data_dir, clock)
    clock.advance(timedelta(days=40))
    reverify(store.data_dir, clock)
    names = sorted(p.name for p in (store.data_dir / "backups").iterdir())
    assert names == sorted([".backup.lock", made.path.name, "manifest.json"])


def test_leftovers_of_interrupted_backups_are_removed(store: Store, clock: FixedClock) -> None:
    # Given what killed backups of this and older versions leave behind
    ClientService(store, clock).create("Zoë", "Özdemir")
    kept = make_backup(store, clock).info
    assert kept is not None
    folder = store.data_dir / "backups"
    leftovers = [
        ".auto-20260316T093000000000Z.sqlite.k3j4h5.tmp",
        ".auto-20260316T093000000000Z.sqlite.k3j4h5.tmp-journal",
        "auto-20260315T093000000000Z.sqlite.part",
        "auto-20260315T093000000000Z.sqlite.part-journal",
        "auto-20260314T093000000000Z.sqlite-wal",
        "auto-20260314T093000000000Z.sqlite-shm",
        f"{kept.path.name}-wal",
        "last-fingerprint",
    ]
    for name in leftovers:
        (folder / name).write_bytes(b"x" * 1000)
    # When the next start cleans up
    removed = clean_leftovers(store.data_dir)
    # Then they are gone, and the backup and its manifest are not
    assert sorted(p.name for p in removed) == sorted(leftovers)
    assert kept.path.exists() and newest_verified(store.data_dir, clock) is not None


def test_a_backup_killed_half_way_leaves_only_what_the_next_start_removes(
    store: Store, clock: FixedClock
) -> None:
    # Given a store with data and a backup process killed after copying, before renaming
    generate_demo(store, clients=30, employers=8, seed=2, today=clock.today())
    store.close()
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from jobhunter.services import files\n"
        "def stall(path):\n"
        "    print('copied', flush=True)\n"
        "    time.sleep(60)\n"
        "files._fsync_file = stall\n"
        "from jobhunter.cli import main\n"
        f"main(['--data-dir', {str(store.data_dir)!r}, 'backup'])\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "copied"
    process.send_signal(signal.SIGKILL)
    process.wait()
    folder = store.data_dir / "backups"
    assert any(files.is_temporary(p) for p in folder.iterdir()), "nothing was half-written"

    # When the program starts again, then the half-written copy is removed
    reopened = Store.open(store.data_dir)
    clean_leftovers(reopened.data_dir)
    assert not any(files.is_temporary(p) for p in folder.iterdir())
    assert list_backups(reopened.data_dir, clock) == []
    # and the next backup works (the killed one's lock was released by its death)
    assert make_backup(reopened, clock).info is not None
    reopened.close()


def test_a_full_disk_during_a_backup_is_named_and_leaves_nothing(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    good = make_backup(store, clock).info
    ClientService(store, clock).create("Bram", "de Vries")
    clock.advance(timedelta(hours=1))

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_fsync_file", full)
    with pytest.raises(BackupError, match="de schijf is vol"):
        make_backup(store, clock)
    folder = store.data_dir / "backups"
    assert not any(files.is_temporary(p) for p in folder.iterdir())
    assert [b.path for b in list_backups(store.data_dir, clock)] == [good.path]


def test_a_full_disk_during_a_backup_on_a_real_small_disk(small_disk) -> None:
    out = small_disk(
        """
        import json
        from jobhunter.services.store import Store, connect
        from jobhunter.services.clients import ClientService
        from jobhunter.services.backup import BackupError, make_backup, list_backups
        store = Store.open(DISK / "data")
        for i in range(200):
            ClientService(store).create("Cliënt", f"Nummer {i}", notes="x" * 200)
        first = make_backup(store).info
        fill_disk(DISK)
        try:
            make_backup(store)
            print(json.dumps({"error": None}))
        except BackupError as exc:
            names = sorted(p.name for p in (DISK / "data" / "backups").iterdir())
            print(json.dumps({"error": str(exc), "names": names, "first": first.path.name}))
        store.close()
        """
    )
    result = json.loads(out.strip().splitlines()[-1])
    assert result["error"] is not None and "de schijf is vol" in result["error"]
    assert result["names"] == sorted([".backup.lock", "manifest.json", result["first"]])


def test_a_second_backup_at_the_same_time_waits_its_turn(store: Store, clock: FixedClock) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    lock = backup.FileLock(store.data_dir / "backups" / backup.LOCK_NAME)
    (store.data_dir / "backups").mkdir(exist_ok=True)
    lock.acquire()
    try:
        # the automatic backup steps aside, a requested one says why it cannot go on
        assert maybe_backup(store, clock).path is None
        with pytest.raises(BackupError, match="al een reservekopie"):
            make_backup(store, clock, wait=0.2)
    finally:
        lock.release()
    assert make_backup(store, clock).info is not None


def test_old_backups_from_the_previous_version_are_listed_and_pruned(
    store: Store, clock: FixedClock
) -> None:
    folder = store.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    ClientService(store, clock).create("Zoë", "Özdemir")
    for day in range(1, 4):
        moment = datetime(2025, 1, day, 8, tzinfo=UTC)
        backup.snapshot(store.db_path, folder / backup._file_name(Kind.AUTO, moment))
    listed = list_backups(store.data_dir, clock)
    assert [b.verification for b in listed] == [Verification.UNCHECKED] * 3
    # unchecked, they still count for the schedule: the newest of that January stays
    kept = {b.path for b in listed} - set(backup.prune(store.data_dir, clock))
    assert [p.name[5:13] for p in kept] == ["20250103"]


def test_the_manifest_survives_being_lost(store: Store, clock: FixedClock) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    made = make_backup(store, clock).info
    assert made is not None
    (store.data_dir / "backups" / "manifest.json").unlink()
    (listed,) = list_backups(store.data_dir, clock)
    assert listed.path == made.path and listed.verification is Verification.UNCHECKED
    clock.advance(timedelta(minutes=5))
    (checked,) = reverify(store.data_dir, clock)
    assert checked.verified and checked.state == store.change_state()


def test_a_newer_backup_same_day_replaces_the_earlier_one(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    client = service.create("Zoë", "Özdemir")
    make_backup(store, clock)
    clock.advance(timedelta(hours=2))
    service.update(client.id, city="Schiedam")
    make_backup(store, clock)
    (only,) = list_backups(store.data_dir, clock)
    assert only.taken_at == clock.now().astimezone(UTC)
    assert only.taken_at.astimezone(LOCAL_TZ).date() == date(2026, 3, 16)
    assert os.path.getsize(only.path) > 0


def test_a_backup_cancelled_when_the_window_closes_leaves_nothing(
    store: Store, clock: FixedClock
) -> None:
    from jobhunter.services.cancel import Cancel, CancelledError

    generate_demo(store, clients=30, employers=8, seed=2, today=clock.today())
    cancel = Cancel()
    real = backup.snapshot

    def cancelled_half_way(source: Path, target: Path, cancel_=None) -> None:
        cancel.cancel()  # the window closes while the copy is being written
        real(source, target, cancel_)

    backup.snapshot = cancelled_half_way  # type: ignore[assignment]
    try:
        with pytest.raises(CancelledError):
            make_backup(store, clock, cancel=cancel)
    finally:
        backup.snapshot = real  # type: ignore[assignment]
    folder = store.data_dir / "backups"
    assert not any(files.is_temporary(p) for p in folder.iterdir())
    assert list_backups(store.data_dir, clock) == []
