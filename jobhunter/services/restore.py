"""Bringing back a backup. The current store is set aside under a dated name, never deleted.

The backup is checked first (a damaged one is refused), copied beside the store and synced;
then the store is set aside (a hard link under ``set-aside/``, with its ``-wal`` moved along
so the set-aside file keeps its last transactions) and the copy renamed over it in one step.
At no moment is there no store: a crash half-way leaves the old store or the restored one.
The restored store starts a new change-count epoch and records the restore in the audit
trail.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from jobhunter.services import change_counter
from jobhunter.services.backup import (
    BackupDamagedError,
    BackupError,
    has_wal,
    newest_verified,
    verify,
)
from jobhunter.services.base import Service
from jobhunter.services.clock import LOCAL_TZ, SYSTEM_CLOCK, Clock
from jobhunter.services.encryption.keys import StoreKey
from jobhunter.services.files import (
    SQLITE_SIDECARS,
    FileWriteError,
    atomic_path,
    make_private_dir,
    write_error,
)
from jobhunter.services.paths import DB_FILENAME
from jobhunter.services.store import Store, check_header, known_revisions, snapshot
from jobhunter.services.store_errors import StoreError
from jobhunter.services.writer_lock import WriterLock

log = logging.getLogger(__name__)

SET_ASIDE_DIR = "set-aside"


class RestoreError(BackupError):
    """The backup cannot be restored; nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    #: where the store that was replaced now is (None when there was none)
    set_aside: Path | None
    #: clients the backup still held but who had been erased since: erased again
    erased_again: int = 0


def restore_backup(
    data_dir: Path, backup: Path | None = None, clock: Clock = SYSTEM_CLOCK
) -> RestoreResult:
    """Replace the store by ``backup`` (by default the newest verified backup), setting the
    current store aside. Needs the writer lock: refused while another copy of Jobhunter has
    the store open (the window restores through the store it holds)."""
    data_dir = Path(data_dir)
    with WriterLock.acquire(data_dir):
        key = _folder_key(data_dir)
        source = _choose(data_dir, backup, clock)
        db_path = data_dir / DB_FILENAME
        try:
            with atomic_path(db_path) as temporary:
                _copy_keeping_form(source, temporary, db_path, key)
                aside = _set_aside(db_path, clock) if db_path.exists() else None
        except FileWriteError as exc:
            raise RestoreError(f"Terugzetten mislukt: {exc}") from exc
        except OSError as exc:
            raise RestoreError(f"Terugzetten mislukt: {write_error(exc, db_path)}") from exc
        log.info("restored %s; the previous store is set aside as %s", source, aside)
        erased_again = _mark_restored(data_dir, source, aside, clock)
    return RestoreResult(source, aside, erased_again)


def _copy_store(source: Path, target: Path) -> None:
    """Copy the database ``source`` to ``target`` with every committed transaction: a store
    set aside by an earlier restore keeps its last ones in its ``-wal``, which a copy of the
    main file alone would drop, so such a store is copied through SQLite (``VACUUM INTO``
    reads the log). A backup (one file, no log) is copied as it is."""
    if has_wal(source):
        snapshot(source, target)
    else:
        shutil.copyfile(source, target)


def _folder_key(data_dir: Path) -> StoreKey | None:
    """The data folder's key when it has one: it opens the folder's encrypted backups (and
    one brought from elsewhere that was made with it). None for a folder that never was
    encrypted; :class:`StoreKeyMissingError` when the key is not at hand."""
    from jobhunter.services.encryption import keys

    return keys.folder_key(data_dir) if keys.has_marker(data_dir) else None


def _copy_keeping_form(source: Path, temporary: Path, db_path: Path, key: StoreKey | None) -> None:
    """The restored store keeps the form of the store it replaces: an encrypted store is
    not replaced by a plain copy (nor the other way round). Without a store, the backup's
    form is kept."""
    from jobhunter.services.encryption import cipher

    encrypted = cipher.is_encrypted_file(source)
    wanted = cipher.is_encrypted_file(db_path) if db_path.exists() else encrypted
    if wanted == encrypted:
        _copy_store(source, temporary)  # (VACUUM INTO keeps an encrypted file's key)
        return
    if wanted and key is None:
        raise RestoreError("De sleutel van deze database ontbreekt; terugzetten kan niet.")
    from jobhunter.services.encryption.copies import copy_in_form

    copy_in_form(source, temporary, key if wanted else None)
    log.info("restored copy of %s %s", source, "encrypted" if wanted else "decrypted")


def _choose(data_dir: Path, backup: Path | None, clock: Clock) -> Path:
    if backup is None:
        newest = newest_verified(data_dir, clock)
        if newest is None:
            raise RestoreError(
                f"Er is geen gecontroleerde reservekopie in {data_dir / 'backups'} "
                "om terug te zetten."
            )
        backup = newest.path
    source = Path(backup)
    if not source.is_file():
        raise RestoreError(f"De reservekopie {source} bestaat niet of is geen bestand.")
    db_path = data_dir / DB_FILENAME
    if db_path.exists() and os.path.samefile(source, db_path):
        raise RestoreError(f"{source} is de database zelf, geen reservekopie.")
    try:
        check_header(source)
    except StoreError as exc:
        raise RestoreError(f"{source} is geen bruikbare reservekopie van Jobhunter.") from exc
    try:
        facts = verify(source)
    except BackupDamagedError as exc:
        raise RestoreError(f"{exc} Kies een andere reservekopie.") from exc
    if facts.revision is not None and facts.revision not in known_revisions():
        raise RestoreError(
            f"De reservekopie {source.name} is gemaakt met een nieuwere versie van Jobhunter."
        )
    if "client" not in facts.rows:
        raise RestoreError(f"{source} is geen reservekopie van Jobhunter.")
    return source


def _set_aside(db_path: Path, clock: Clock) -> Path:
    """Give the current store a dated name in ``set-aside/`` (with its -wal and -shm), while
    the store keeps its own name until the restored copy replaces it."""
    folder = make_private_dir(db_path.parent / SET_ASIDE_DIR)
    stamp = clock.now().astimezone(LOCAL_TZ).strftime("%Y-%m-%d-%H%M%S")
    aside = folder / f"{db_path.stem}-{stamp}.sqlite"
    number = 2
    while aside.exists():
        aside = folder / f"{db_path.stem}-{stamp}-{number}.sqlite"
        number += 1
    try:
        os.link(db_path, aside)
    except OSError:  # no hard links on this file system: copy instead
        shutil.copyfile(db_path, aside)
    for sidecar in SQLITE_SIDECARS:
        side = db_path.with_name(db_path.name + sidecar)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + sidecar))
    return aside


class _RestoreAudit(Service):
    def record(self, source: Path, aside: Path | None) -> None:
        with self.store.session() as session:
            change_counter.renew_epoch(session.connection())
            where = f"; vorige database apart gezet als {aside.name}" if aside else ""
            self._audit_event(session, "restore_backup", "store", None, f"{source.name}{where}")


def _mark_restored(data_dir: Path, source: Path, aside: Path | None, clock: Clock) -> int:
    """Record the restore, then erase again the clients erased since the backup was made
    (the erasure ledger knows them); returns how many."""
    from jobhunter.models import Client
    from jobhunter.services.privacy.erasure import ErasureService
    from jobhunter.services.privacy.ledger import erased_among

    store = Store.open(data_dir)
    try:
        _RestoreAudit(store, clock).record(source, aside)
        with store.session() as session:
            present = list(session.scalars(select(Client.id)))
        again = erased_among(data_dir, present)
        if again:
            ErasureService(store, clock).erase_many(again)
            log.info("restore: %d clients erased since the backup erased again", len(again))
        return len(again)
    finally:
        store.close()
