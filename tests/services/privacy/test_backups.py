"""Which backups still hold an erased client, and when they go."""

from __future__ import annotations

import json
from datetime import timedelta

from jobhunter.services import backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.privacy.backups import (
    backups_holding,
    describe_held,
    remove_backups,
)
from jobhunter.services.privacy.erasure import ErasureService
from jobhunter.services.restore import restore_backup
from jobhunter.services.store import Store


def test_backups_holding_an_erased_client_are_named_with_when_they_go(
    store: Store, clock: FixedClock
) -> None:
    # Given a backup holding Zoë, a day later one holding both, and a copy before a migration
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir")
    first = backup.maybe_backup(store, clock).path
    clock.advance(timedelta(days=1))
    bram = clients.create("Bram", "de Vries")
    second = backup.maybe_backup(store, clock).path
    pre = backup.copy_before_migration(store.data_dir, "0007", clock)

    # When Zoë is erased
    report = ErasureService(store, clock).erase(zoe.id)

    # Then those still kept are named, oldest first, each with the day the schedule removes
    # it: the one of today went by the schedule when the backup after the erasure was made
    held = report.backups
    assert not second.exists()
    assert {h.path for h in held} == {first, pre}
    assert held[0].path == first
    by_path = {info.path: info for info in backup.list_backups(store.data_dir, clock)}
    assert [h.expires_on for h in held] == [by_path[h.path].expires_on for h in held]
    assert all(h.expires_on is None or h.expires_on > clock.today() for h in held)
    latest = max(h.expires_on for h in held if h.expires_on is not None)
    sentence = describe_held(held)
    assert sentence.startswith("2 reservekopieën bevatten deze cliënt nog")
    assert latest.strftime("%d-%m-%Y") in sentence or "nieuwste blijft bewaard" in sentence
    assert backups_holding(store, bram.id, clock) != []

    # And removing them leaves none that holds her
    assert remove_backups([h.path for h in held]) == 2
    assert backups_holding(store, zoe.id, clock) == []
    assert describe_held([]) == "Geen reservekopie bevat deze cliënt nog."


def test_one_backup_is_described_with_its_own_day(store: Store, clock: FixedClock) -> None:
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    backup.maybe_backup(store, clock)
    (held,) = backups_holding(store, zoe.id, clock)
    assert held.expires_on is not None and held.expires_on > clock.today()
    assert describe_held([held]) == (
        f"1 reservekopie bevat deze cliënt nog; die wordt uiterlijk "
        f"{held.expires_on.strftime('%d-%m-%Y')} verwijderd."
    )


def test_an_unreadable_backup_is_listed_as_possibly_holding(store: Store, clock: FixedClock):
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    folder = backup.backup_dir(store.data_dir)
    folder.mkdir(exist_ok=True)
    (folder / "auto-20260301T000000Z.sqlite").write_bytes(b"not a database" * 100)
    (held,) = backups_holding(store, zoe.id, clock)
    assert held.unreadable


def test_after_an_erasure_a_fresh_backup_remains_when_the_older_ones_are_removed(
    store: Store, clock: FixedClock
) -> None:
    # Given two backups holding Zoë, one a copy before a migration
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    backup.maybe_backup(store, clock)
    backup.copy_before_migration(store.data_dir, "0007", clock)
    clock.advance(timedelta(minutes=5))
    # When she is erased and the user removes every backup that holds her
    report = ErasureService(store, clock).erase(zoe.id)
    assert report.backups != []
    remove_backups([h.path for h in report.backups], store.data_dir)
    # Then the backup made right after the erasure remains, verified, without her
    newest = backup.newest_verified(store.data_dir, clock)
    assert newest is not None and newest.path == report.fresh_backup
    assert backups_holding(store, zoe.id, clock) == []
    # and the listing's manifest forgets the removed ones
    manifest = json.loads((backup.backup_dir(store.data_dir) / "manifest.json").read_text())
    assert set(manifest) == {newest.path.name}


def test_a_store_set_aside_by_a_restore_is_named_as_holding_the_client(
    store: Store, clock: FixedClock
) -> None:
    # Given a restore set aside the store while Zoë was in it
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    backup.make_backup(store, clock)
    store.engine.dispose()
    aside = restore_backup(store.data_dir, clock=clock).set_aside
    store.reopen()
    # When she is erased
    report = ErasureService(store, clock).erase(zoe.id)
    # Then the set-aside store is named too, as staying until the user removes it
    held = {h.path: h for h in report.backups}
    assert aside in held and held[aside].set_aside
    assert "apart gezet" in describe_held(report.backups)
    remove_backups(list(held), store.data_dir)
    assert not aside.exists()
    assert backups_holding(store, zoe.id, clock) == []
