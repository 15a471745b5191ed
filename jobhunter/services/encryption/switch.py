"""Switching encryption on or off: a safe migration of the store, then of its backups.

With the writer lock (the window's store, or taken here) and the backup folder's lock:

1. every change in the write-ahead log is written into the store (a checkpoint), so the
   store file alone holds everything;
2. the store is copied into a new file in the other form (``sqlcipher_export``);
3. the copy is verified: SQLite's integrity check, the same schema, the same number of rows
   in every table (the search index's own tables and the bookkeeping ones included) and
   the same change count and epoch;
4. the old file (and its ``-wal``/``-shm``) get a second name for the wipe; the last
   connection closes; the copy is renamed over the store in one step;
5. the old file is overwritten and unlinked (see ``wipe`` for what that can and cannot do);
6. the store is opened anew, the switch recorded in the audit trail, a fresh backup made in
   the new form, and the older backups converted to it (or removed, as the user chose);
   databases set aside by a restore are converted too (they are never removed).

A switch killed at any step leaves a working store: before the rename the old store is
untouched (the copy is a temporary file the next start removes, and the second names are
only unlinked); after it the new store is complete and verified, and the next start wipes
the old file. The journal ``jobhunter-encryption-switch.json`` says that the backups of an
interrupted switch still wait for their conversion (:func:`resume`).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from jobhunter.services import backup, os_keyring
from jobhunter.services.base import Service
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.encryption import SWITCH_JOURNAL, cipher, copies, keys, wipe
from jobhunter.services.encryption.keys import StoreKey
from jobhunter.services.files import atomic_write, sync_dir, write_error
from jobhunter.services.os_keyring import KeyringUnavailableError
from jobhunter.services.paths import DB_FILENAME
from jobhunter.services.privacy import audit
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store import BUSY_TIMEOUT_MS, Store, connect
from jobhunter.services.store_errors import StoreBusyError, StoreError, from_sqlite

log = logging.getLogger(__name__)

JOURNAL = SWITCH_JOURNAL
#: audit actions (entity "store")
ENCRYPT_ACTION = audit.ENCRYPT_STORE
DECRYPT_ACTION = audit.DECRYPT_STORE
RENEW_ACTION = audit.RENEW_RECOVERY

#: called with each step's name before it runs; tests make a step fail or kill the process
step_hook: Callable[[str], None] | None = None
#: (what happens, in Dutch; done; total) for a progress bar
Progress = Callable[[str, int, int], None]


class SwitchError(StoreError):
    """The switch did not happen (or a copy could not be converted); the store is as it
    was. The message is Dutch, one line."""


class BackupChoice(StrEnum):
    """What becomes of the backups in the old form."""

    CONVERT = "convert"  # rewritten in the new form (verified), under their own names
    REMOVE = "remove"  # wiped; the fresh backup in the new form is made first


@dataclass(frozen=True, slots=True)
class EncryptionStatus:
    """What the settings show."""

    encrypted: bool
    #: when the recovery passphrase was made (None without a marker)
    recovery_made: datetime | None
    #: backups and set-aside databases not (yet) in the store's form
    other_form: int
    #: a switch was interrupted and its backups wait for their conversion
    interrupted: bool


@dataclass(frozen=True, slots=True)
class Preparation:
    """The key and recovery passphrase for switching encryption on, made before anything is
    written, so the user writes the passphrase down first."""

    key: StoreKey
    passphrase: str
    #: the data folder already had a key (from an earlier switch); it is used again
    reused_key: bool

    def with_passphrase(self, passphrase: str) -> Preparation:
        """The same, with the user's own passphrase (checked by the handover rule)."""
        return replace(self, passphrase=keys.check_passphrase(passphrase))


@dataclass
class SwitchResult:
    encrypted: bool
    #: the fresh backup in the new form (None when it could not be made; see ``problems``)
    backup: Path | None = None
    converted: int = 0
    removed: int = 0
    #: Dutch lines: copies that could not be converted, a backup that failed
    problems: list[str] = field(default_factory=list)
    #: seconds per phase ("copy", "verify", "swap", "backup", "backups")
    timings: dict[str, float] = field(default_factory=dict)


def _step(name: str) -> None:
    if step_hook is not None:
        step_hook(name)


def _report(progress: Progress | None, text: str, done: int = 0, total: int = 0) -> None:
    if progress is not None:
        progress(text, done, total)


# --- where things stand ------------------------------------------------------------------------
def is_encrypted(data_dir: Path) -> bool:
    """Whether the store file in ``data_dir`` is encrypted (by its first bytes)."""
    return cipher.is_encrypted_file(Path(data_dir) / DB_FILENAME)


def status(data_dir: Path) -> EncryptionStatus:
    data_dir = Path(data_dir)
    encrypted = is_encrypted(data_dir)
    marker = keys.read_marker(data_dir)
    made = None
    if marker is not None and marker.recovery_made:
        try:
            made = datetime.fromisoformat(marker.recovery_made)
        except ValueError:
            made = None
    return EncryptionStatus(
        encrypted=encrypted,
        recovery_made=made if encrypted else None,
        other_form=len(copies.in_other_form(data_dir, encrypted)),
        interrupted=(data_dir / JOURNAL).exists(),
    )


# --- switching on and off ----------------------------------------------------------------------
def prepare(data_dir: Path) -> Preparation:
    """A key (the folder's own, when an earlier switch left one at hand) and a new recovery
    passphrase. Raises :class:`KeyringUnavailableError` when there is no safe keyring: the
    key must live there, not in a file."""
    os_keyring.backend(keys.PURPOSE)
    key: StoreKey | None = None
    if keys.has_marker(data_dir):
        try:
            key = keys.folder_key(data_dir)
        except StoreError:
            key = None  # lost with its keyring: encrypted files of it stay unreadable
    return Preparation(key or StoreKey.generate(), keys.generate_passphrase(), key is not None)


def encrypt(
    store: Store,
    preparation: Preparation,
    choice: BackupChoice = BackupChoice.CONVERT,
    clock: Clock = SYSTEM_CLOCK,
    progress: Progress | None = None,
) -> SwitchResult:
    """Encrypt the store (see the module's docstring). The key goes into the keyring and the
    marker (with the key locked by ``preparation.passphrase``) into the data folder first."""
    data_dir = store.data_dir
    if is_encrypted(data_dir):
        raise SwitchError("De database is al versleuteld.")
    key = preparation.key
    _step("keyring")
    keys.to_keyring(key)  # KeyringUnavailableError: nothing written yet
    keys.remember(key)
    keys.write_marker(data_dir, keys.new_marker(key, preparation.passphrase, clock.now()))
    return _switch(store, key, choice, clock, progress)


def decrypt(
    store: Store,
    choice: BackupChoice = BackupChoice.CONVERT,
    clock: Clock = SYSTEM_CLOCK,
    progress: Progress | None = None,
) -> SwitchResult:
    """Store the database unencrypted again (see the module's docstring). When no encrypted
    file is left in the data folder, the key leaves the keyring and the marker goes."""
    if not is_encrypted(store.data_dir):
        raise SwitchError("De database is niet versleuteld.")
    keys.folder_key(store.data_dir)  # the key must be at hand to read the backups too
    result = _switch(store, None, choice, clock, progress)
    _forget_key_when_unused(store.data_dir)
    return result


def renew_recovery(store: Store, passphrase: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """Replace the recovery passphrase (the old one no longer opens the key)."""
    if not is_encrypted(store.data_dir):
        raise SwitchError("De database is niet versleuteld.")
    key = keys.folder_key(store.data_dir)
    passphrase = keys.check_passphrase(passphrase)
    keys.write_marker(store.data_dir, keys.new_marker(key, passphrase, clock.now()))
    _Audit(store, clock).record(RENEW_ACTION, "nieuw herstelwachtwoord gemaakt")


def resume(
    store: Store, clock: Clock = SYSTEM_CLOCK, progress: Progress | None = None
) -> SwitchResult | None:
    """Finish a switch that was interrupted after the store changed form: a fresh backup and
    the older backups in the new form. None when no switch was interrupted (or it stopped
    before the swap, and so did not happen: its journal is removed)."""
    data_dir = store.data_dir
    journal = _read_journal(data_dir)
    if journal is None:
        return None
    encrypted = is_encrypted(data_dir)
    if journal.get("to") != ("encrypted" if encrypted else "plain"):
        (data_dir / JOURNAL).unlink(missing_ok=True)
        log.info("an interrupted switch stopped before the swap; the store is as it was")
        return None
    try:
        choice = BackupChoice(journal.get("backups", BackupChoice.CONVERT))
    except ValueError:
        choice = BackupChoice.CONVERT
    key = keys.folder_key(data_dir) if encrypted else None
    result = SwitchResult(encrypted)
    _after_swap(store, key, choice, clock, progress, result, fresh_backup=True)
    if not encrypted:
        _forget_key_when_unused(data_dir)
    return result


# --- the migration -------------------------------------------------------------------------------
def _switch(
    store: Store,
    key: StoreKey | None,
    choice: BackupChoice,
    clock: Clock,
    progress: Progress | None,
) -> SwitchResult:
    if not store.writer:
        raise SwitchError(
            "Versleuteling kan alleen worden omgezet door het venster dat de database schrijft."
        )
    data_dir = store.data_dir
    result = SwitchResult(key is not None)
    _write_journal(data_dir, key is not None, choice, clock)
    try:
        with backup.folder_locked(data_dir):
            _swap_store(store, key, progress, result.timings)
    except BaseException:
        if is_encrypted(data_dir) != (key is not None):
            (data_dir / JOURNAL).unlink(missing_ok=True)  # the store is as it was
        _reopen(store)
        raise
    _reopen(store)
    what = "versleuteld" if key is not None else "niet meer versleuteld"
    _Audit(store, clock).record(
        ENCRYPT_ACTION if key is not None else DECRYPT_ACTION, f"database {what} opgeslagen"
    )
    _after_swap(store, key, choice, clock, progress, result, fresh_backup=True)
    return result


def _reopen(store: Store) -> None:
    store.reopen()


def _close_connections(store: Store) -> None:
    """Close every connection of this process to the store (the engine's pool): a
    connection left open would keep the old file in use."""
    store.engine.dispose()


def _swap_store(
    store: Store, key: StoreKey | None, progress: Progress | None, timings: dict[str, float]
) -> None:
    db_path = store.db_path
    temporary = db_path.with_name(f".{db_path.name}.{secrets.token_hex(4)}.tmp")
    sidecars = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
    # the log gets its second name while the pool still holds it: SQLite removes it when the
    # last connection closes, and its bytes must be wiped, not only forgotten
    marked = [m for m in (wipe.mark(p) for p in sidecars) if m is not None]
    try:
        _close_connections(store)
        conn = connect(db_path, cipher=True)
    except BaseException:
        copies.discard(temporary, marked)
        raise
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _step("checkpoint")
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        if busy:
            raise _in_use(db_path)
        source = copies.describe(conn)
        _report(progress, "De database wordt gekopieerd…")
        started = time.monotonic()
        _step("copy")
        cipher.export(conn, temporary, key)
        timings["copy"] = time.monotonic() - started
        _report(progress, "De kopie wordt gecontroleerd…")
        started = time.monotonic()
        _step("verify")
        copies.verify_copy(temporary, source, quick=False)
        copies.fsync(temporary)
        timings["verify"] = time.monotonic() - started
        _step("mark")
        marked += [m for m in (wipe.mark(db_path),) if m is not None]
    except drivers.Error as exc:
        conn.close()
        copies.discard(temporary, marked)
        raise from_sqlite(exc, db_path) or SwitchError(
            "De database kon niet worden gekopieerd; er is niets veranderd."
        ) from exc
    except BaseException:
        conn.close()
        copies.discard(temporary, marked)
        raise
    started = time.monotonic()
    try:
        _step("close")
    except BaseException:
        conn.close()
        copies.discard(temporary, marked)
        raise
    conn.close()  # the last connection: SQLite checkpoints and removes the -wal
    try:
        if sidecars[0].exists():  # another connection keeps the old store open
            raise _in_use(db_path)
        _step("swap")
        sidecars[1].unlink(missing_ok=True)  # the index of a log that is gone
        os.replace(temporary, db_path)
    except OSError as exc:
        copies.discard(temporary, marked)
        raise SwitchError(f"Omzetten mislukt: {write_error(exc, db_path)}") from exc
    except BaseException:
        copies.discard(temporary, marked)
        raise
    sync_dir(db_path.parent)
    _report(progress, "Het oude bestand wordt gewist…")
    _step("wipe")
    for extra in marked:
        wipe.finish(extra)
    timings["swap"] = time.monotonic() - started
    log.info("store %s is now %s", db_path, "encrypted" if key else "plain")


def _after_swap(
    store: Store,
    key: StoreKey | None,
    choice: BackupChoice,
    clock: Clock,
    progress: Progress | None,
    result: SwitchResult,
    *,
    fresh_backup: bool,
) -> None:
    """A fresh backup in the new form, then the older copies converted or removed."""
    data_dir = store.data_dir
    started = time.monotonic()
    if fresh_backup:
        _report(progress, "Een nieuwe reservekopie wordt gemaakt…")
        _step("backup")
        try:
            result.backup = backup.make_backup(store, clock, kind=backup.Kind.AUTO).path
        except StoreError as exc:
            result.problems.append(f"Nieuwe reservekopie mislukt: {exc}")
    result.timings["backup"] = time.monotonic() - started
    started = time.monotonic()
    _step("backups")
    if choice is BackupChoice.REMOVE and result.backup is None and fresh_backup:
        choice = BackupChoice.CONVERT  # never remove the old backups without a new one
    _convert_copies(data_dir, key, choice, clock, progress, result)
    result.timings["backups"] = time.monotonic() - started
    if not result.problems:
        (data_dir / JOURNAL).unlink(missing_ok=True)


def _convert_copies(
    data_dir: Path,
    key: StoreKey | None,
    choice: BackupChoice,
    clock: Clock,
    progress: Progress | None,
    result: SwitchResult,
) -> None:
    encrypted = key is not None
    others = copies.in_other_form(data_dir, encrypted)
    if not others:
        return
    with backup.folder_locked(data_dir) as folder:
        removed: list[Path] = []
        for number, path in enumerate(others, 1):
            is_backup = path.parent == folder
            if is_backup and choice is BackupChoice.REMOVE:
                _report(progress, "Oude reservekopieën worden gewist…", number, len(others))
                wipe.overwrite_and_unlink(path)
                removed.append(path)
                continue
            _report(
                progress, f"Kopie {number} van {len(others)} wordt omgezet…", number, len(others)
            )
            _step("convert")
            try:
                facts = copies.convert_file(path, key)
            except StoreError as exc:
                kind = "De reservekopie" if is_backup else "De apart gezette database"
                log.warning("cannot convert %s: %s", path, exc)
                result.problems.append(f"{kind} {path.name} kon niet worden omgezet: {exc}")
                continue
            if is_backup:
                backup.record_rewritten(folder, path, facts, clock)
            result.converted += 1
        if removed:
            backup.forget_removed(folder, removed)
            result.removed += len(removed)


def _in_use(db_path: Path) -> StoreBusyError:
    return StoreBusyError(
        f"De database {db_path} is nog geopend door een ander programma (bijvoorbeeld "
        "'jobhunter list' of 'check'); sluit dat en probeer het opnieuw. Er is niets veranderd."
    )


# --- the journal, the key's end, the audit -------------------------------------------------
def _write_journal(data_dir: Path, encrypted: bool, choice: BackupChoice, clock: Clock) -> None:
    atomic_write(
        data_dir / JOURNAL,
        json.dumps(
            {
                "to": "encrypted" if encrypted else "plain",
                "backups": choice.value,
                "started": clock.now().isoformat(),
            }
        ),
    )


def _read_journal(data_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((data_dir / JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _forget_key_when_unused(data_dir: Path) -> None:
    """After switching off: once no file in the data folder is encrypted any more, the key
    leaves the keyring and the marker goes (a copy that could not be converted keeps them)."""
    if is_encrypted(data_dir) or any(cipher.is_encrypted_file(p) for p in copies.copies(data_dir)):
        return
    marker = keys.read_marker(data_dir)
    if marker is not None:
        try:
            keys.remove_from_keyring(marker.key_id)
        except KeyringUnavailableError:
            log.warning("the unused database key stays in the keyring: it cannot be reached")
        keys.forget(marker.key_id)
    keys.remove_marker(data_dir)


class _Audit(Service):
    def record(self, action: str, detail: str) -> None:
        with self.store.session() as session:
            self._audit_event(session, action, "store", None, detail)
