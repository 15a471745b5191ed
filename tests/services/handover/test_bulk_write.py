"""An import writes its records with the per-row triggers set aside (``services.bulk``): what
it leaves must be exactly what the triggers would have left: the search index, the change
count, and the triggers themselves."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jobhunter.services import bulk
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.handover import merge
from jobhunter.services.handover.service import HandoverService
from jobhunter.services.search import SearchService
from jobhunter.services.store import Store
from tests.services.handover.conftest import Key, client_ids, dump, export, read


def _triggers(store: Store) -> list[tuple[str, str]]:
    with sqlite3.connect(store.db_path) as conn:
        return conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()


def _entries(store: Store) -> set[tuple[str, str, str, str]]:
    with sqlite3.connect(store.db_path) as conn:
        return set(conn.execute("SELECT kind, ref, title, body FROM search_index").fetchall())


def _changes(store: Store) -> int:
    return store.change_state().changes


def test_the_bulk_indexing_is_the_triggers_own(receiver: Store) -> None:
    """The batch indexes with the very expressions of the store's insert triggers (as the
    newest migration left them), and indexes every kind they index."""
    live = dict(
        sqlite3.connect(receiver.db_path)
        .execute(
            "SELECT tbl_name, sql FROM sqlite_master WHERE name LIKE '%!_search!_ai' ESCAPE '!'"
        )
        .fetchall()
    )
    assert set(live) == {table for table, _title, _body in bulk.SEARCH_SOURCES.values()}
    for kind, (table, title, body) in bulk.SEARCH_SOURCES.items():
        expected = f"'{kind}', new.id, {title.format(r='new')}, {body.format(r='new')})"
        assert expected in live[table], kind


class _RecordByRecord:
    """What an import wrote before bulk writes: every insert through the triggers."""

    def __init__(self, connection: object) -> None:
        self.connection = connection

    def insert(self, table: object, rows: list) -> None:
        bulk.insert_many(self.connection, table, rows)  # type: ignore[arg-type]


@contextmanager
def _record_by_record(connection: object) -> Iterator[_RecordByRecord]:
    yield _RecordByRecord(connection)


def test_an_import_indexes_counts_and_keeps_its_triggers_as_record_by_record_writing_would(
    sender: Store,
    receiver: Store,
    clock: FixedClock,
    tmp_path: Path,
    key: Key,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given two receivers with a record of their own, and a packet of every kind of record
    other = Store.open(tmp_path / "other")
    for store in (receiver, other):
        ClientService(store, clock).create("Ans", "Verbeek", city="Vlaardingen")
    triggers = _triggers(receiver)
    own, others_own = _entries(receiver), _entries(other)
    packet = export(sender, clock, client_ids(sender), tmp_path / "p.age", key)
    # When one imports it in bulk and the other record by record, through the triggers
    counts = []
    for store in (receiver, other):
        if store is other:
            monkeypatch.setattr(merge, "bulk_write", _record_by_record)
        changes = _changes(store)
        _preview, result = HandoverService(store, clock).apply(read(store, clock, packet, key))
        counts.append(_changes(store) - changes)
    # Then both stores have the same search entries, and counted the same number of changes
    assert _entries(receiver) - own == _entries(other) - others_own
    assert counts[0] == counts[1]
    # And every imported record of a searched kind has its entry, as the sender's triggers
    # made it, and the receiver's own entries are untouched
    added = _entries(receiver) - own
    assert own <= _entries(receiver)
    assert added <= _entries(sender)
    searched = {table for table, _title, _body in bulk.SEARCH_SOURCES.values()}
    imported = {i.hex for t, ids in result.changed_ids.items() if t in searched for i in ids}
    assert {entry[1] for entry in added} == imported
    # And the search finds an imported contact moment by a word of its own
    _kind, ref, title, _body = next(e for e in sorted(added) if e[0] == "contact_moment")
    word = max(title.split(), key=len)
    assert ref in {hit.id.hex for hit in SearchService(receiver).search(word, limit=500)}
    # And the triggers are all back, as they were: a later edit is counted and indexed
    assert _triggers(receiver) == triggers
    before = _changes(receiver)
    ClientService(receiver, clock).create("Kees", "Zondervan")
    assert _changes(receiver) > before
    assert any(e[2] == "Kees Zondervan" for e in _entries(receiver))
    other.close()


def test_an_import_that_fails_half_way_leaves_the_store_and_its_triggers_as_they_were(
    sender: Store,
    receiver: Store,
    clock: FixedClock,
    tmp_path: Path,
    key: Key,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a packet, and a receiver
    packet = export(sender, clock, client_ids(sender), tmp_path / "p.age", key)
    read_packet = read(receiver, clock, packet, key)
    before = dump(receiver)

    # When the import fails after it has written part of its records
    real = merge.packet_version

    def failing(*args: object) -> str:
        raise OSError("de schijf hapert")

    monkeypatch.setattr(merge, "packet_version", failing)
    with pytest.raises(OSError):
        HandoverService(receiver, clock).apply(read_packet)
    monkeypatch.setattr(merge, "packet_version", real)
    # Then the store is exactly as before: no record, no index entry, its triggers all there
    assert dump(receiver) == before
    # And a retry imports everything
    _preview, result = HandoverService(receiver, clock).apply(read(receiver, clock, packet, key))
    assert result.new > 0


def test_a_bulk_write_outside_a_transaction_is_refused(receiver: Store) -> None:
    with receiver.engine.connect() as conn, pytest.raises(RuntimeError):  # noqa: SIM117
        with bulk.bulk_write(conn):
            pass
    assert _triggers(receiver)


@pytest.mark.parametrize("block_fails", [True, False], ids=["block fails", "block succeeds"])
def test_a_block_whose_triggers_cannot_be_made_again_cannot_be_committed(
    receiver: Store, monkeypatch: pytest.MonkeyPatch, block_fails: bool
) -> None:
    """Should making the triggers again fail, whether the block's own work failed or not,
    the connection is let go: no caller can commit the store without them."""
    from sqlalchemy import delete, false
    from sqlalchemy.exc import PendingRollbackError

    from jobhunter.models import AuditEvent

    triggers = _triggers(receiver)

    def broken(self: bulk.BulkWrite) -> None:
        raise OSError("de schijf is vol")

    monkeypatch.setattr(bulk.BulkWrite, "restore", broken)
    # When a caller swallows the block's error and goes on to commit
    expected = RuntimeError if block_fails else OSError
    with pytest.raises(PendingRollbackError), receiver.session() as session:
        session.execute(delete(AuditEvent).where(false()))  # the write lock, as an import
        connection = session.connection()
        with pytest.raises(expected), bulk.bulk_write(connection):
            connection.exec_driver_sql(f'DROP TRIGGER "{triggers[0][0]}"')  # one set aside
            if block_fails:
                raise RuntimeError("halverwege mis")
        assert connection.invalidated
    # Then the commit is refused and the store keeps every trigger
    assert _triggers(receiver) == triggers
