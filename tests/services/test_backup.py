from __future__ import annotations

import sqlite3
from datetime import timedelta

from jobhunter.services.backup import list_backups, maybe_backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store


def test_a_backup_is_taken_only_when_something_changed(store: Store, clock: FixedClock) -> None:
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


def test_a_backup_holds_the_data(store: Store, clock: FixedClock) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    result = maybe_backup(store, clock)
    assert result.path is not None
    with sqlite3.connect(result.path) as conn:
        assert conn.execute("SELECT first_name FROM client").fetchall() == [("Zoë",)]


def test_old_backups_are_pruned(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    for i in range(5):
        service.create("Cliënt", f"Nummer {i}")
        clock.advance(timedelta(minutes=1))
        maybe_backup(store, clock, keep=3)
    backups = list_backups(store)
    assert len(backups) == 3
    with sqlite3.connect(backups[-1]) as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone() == (5,)
