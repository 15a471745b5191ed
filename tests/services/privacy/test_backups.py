"""Which backups still hold an erased client, and when they go."""

from __future__ import annotations

from datetime import timedelta

from jobhunter.services import backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.privacy.backups import (
    backups_holding,
    describe_held,
    remove_backups,
    rotation,
)
from jobhunter.services.privacy.erasure import ErasureService
from jobhunter.services.store import Store, sqlite_backup


def test_backups_holding_an_erased_client_are_named_with_their_rotation(
    store: Store, clock: FixedClock
) -> None:
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir")
    backup.maybe_backup(store, clock)  # holds Zoë
    clock.advance(timedelta(days=1))
    bram = clients.create("Bram", "de Vries")
    backup.maybe_backup(store, clock)  # holds both
    pre = backup.backup_dir(store) / "pre-migration-0007-20260301T000000Z.sqlite"
    sqlite_backup(store.db_path, pre)

    report = ErasureService(store, clock).erase(zoe.id)

    held = report.backups
    assert len(held) == 3
    automatic = sorted((h for h in held if not h.rotation.never), key=lambda h: h.path.name)
    assert [h.rotation.after_backups for h in automatic] == [backup.KEEP - 1, backup.KEEP]
    assert [h.path for h in held if h.rotation.never] == [pre]
    sentence = describe_held(held)
    assert "2 automatische reservekopieën" in sentence and "na nog 10" in sentence
    assert "1 kopie van vóór een schema-update" in sentence
    assert backups_holding(store, bram.id) != []

    assert remove_backups([h.path for h in held]) == 3
    assert backups_holding(store, zoe.id) == []
    assert describe_held([]) == "Geen reservekopie bevat deze cliënt nog."


def test_rotation_follows_the_newest_ten_rule(tmp_path) -> None:
    paths = [tmp_path / f"{backup.PREFIX}{i:02d}.sqlite" for i in range(backup.KEEP)]
    rules = rotation(paths)
    assert rules[paths[-1]].after_backups == backup.KEEP  # the newest lasts longest
    assert rules[paths[0]].after_backups == 1
    assert rules[paths[0]].describe() == "wordt verwijderd na nog 1 nieuwe reservekopie"


def test_an_unreadable_backup_is_listed_as_possibly_holding(store: Store, clock: FixedClock):
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    folder = backup.backup_dir(store)
    folder.mkdir()
    (folder / f"{backup.PREFIX}broken.sqlite").write_bytes(b"not a database" * 100)
    (held,) = backups_holding(store, zoe.id)
    assert held.unreadable
