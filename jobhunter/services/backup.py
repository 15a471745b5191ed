"""Backups that catch every change, checked on their own terms, kept on a schedule.

A backup is due when the store's change counter (see ``change_counter``) differs from the
newest backup's. It is a consistent copy (``store.snapshot``: writes during the copy do not
spoil it) written beside the others under a temporary name and renamed when complete. It is
then verified on its own terms: SQLite's integrity check of the copy, and its change count,
schema revision and row counts read from the copy itself, recorded in ``manifest.json``. A
copy that fails is removed; one that passes is kept on the schedule of ``backup_schedule``.
Old backups are checked again now and then (:func:`reverify`).

Everything that writes in the backup folder holds its lock (``.backup.lock``): the window's
automatic backup, ``jobhunter backup`` beside it, the copy before a migration, and removing
what an interrupted backup left behind.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from jobhunter.services import backup_schedule
from jobhunter.services.cancel import Cancel, CancelledError, watching
from jobhunter.services.change_counter import STATE_SQL, UNCOUNTED, ChangeState
from jobhunter.services.clock import LOCAL_TZ, SYSTEM_CLOCK, Clock
from jobhunter.services.files import (
    SQLITE_SIDECARS,
    FileWriteError,
    atomic_write,
    make_private_dir,
    remove_temporaries,
)
from jobhunter.services.paths import DB_FILENAME
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store import Store, connect, snapshot
from jobhunter.services.store_errors import StoreDamagedError, StoreError, StoreKeyError, damaged
from jobhunter.services.writer_lock import FileLock, LockHeldError

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
MANIFEST = "manifest.json"
LOCK_NAME = ".backup.lock"
#: how long ``jobhunter backup`` waits for a backup that is already running
WAIT_SECONDS = 120.0
#: a backup not checked for this long is checked again (one or two at a time)
RECHECK_AFTER = timedelta(days=30)

_NAME = re.compile(
    r"^(?P<kind>auto|manual|pre-migration)(?:-(?P<revision>[0-9A-Za-z_]+))?"
    r"-(?P<stamp>\d{8}T\d{6}(?:\d{6})?)Z\.sqlite$"
)


class Kind(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"


class Verification(StrEnum):
    OK = "ok"
    FAILED = "failed"
    UNCHECKED = "unchecked"


class BackupError(StoreError):
    """A backup could not be made, checked or found; the message is Dutch, one line."""


class BackupDamagedError(BackupError):
    """A backup (or a fresh copy) fails its check."""


@dataclass(frozen=True)
class Facts:
    """What a verified copy says about itself."""

    state: ChangeState | None  # None for a copy from before the change counter
    revision: str | None = None
    rows: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the user sees it in the list."""

    path: Path
    kind: Kind
    taken_at: datetime
    size: int
    verification: Verification
    checked_at: datetime | None
    state: ChangeState | None
    rows: dict[str, int]
    #: the day the schedule removes it (at the latest); None while it is kept as the newest
    expires_on: date | None

    @property
    def verified(self) -> bool:
        return self.verification is Verification.OK

    @property
    def clients(self) -> int | None:
        return self.rows.get("client")


@dataclass(frozen=True)
class BackupResult:
    info: BackupInfo | None  # None when nothing changed since the newest backup
    pruned: list[Path]

    @property
    def path(self) -> Path | None:
        return self.info.path if self.info else None


# --- where and what ------------------------------------------------------------------------
def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def parse_name(path: Path) -> tuple[Kind, datetime] | None:
    """The kind and moment (UTC) a backup's file name gives; None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    stamp = match["stamp"]
    moment = datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    if len(stamp) > 15:
        moment = moment.replace(microsecond=int(stamp[15:]))
    return Kind(match["kind"]), moment


def _file_name(kind: Kind, moment: datetime, revision: str | None = None) -> str:
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    middle = f"-{revision}" if kind is Kind.PRE_MIGRATION and revision else ""
    return f"{kind.value}{middle}-{stamp}.sqlite"


def _series(kind: Kind) -> str:
    """Backups are pruned per series: the regular ones, and the copies before migrations."""
    return "pre-migration" if kind is Kind.PRE_MIGRATION else "regular"


@contextmanager
def _locked(data_dir: Path, wait: float) -> Iterator[Path]:
    folder = make_private_dir(backup_dir(data_dir))
    lock = FileLock(folder / LOCK_NAME)
    try:
        lock.acquire(timeout=wait)
    except LockHeldError as held:
        raise BackupBusyError(
            f"Er wordt al een reservekopie gemaakt ({held}); probeer het straks opnieuw."
        ) from None
    try:
        yield folder
    finally:
        lock.release()


class BackupBusyError(BackupError):
    """Another backup is being made in the same folder."""


@contextmanager
def folder_locked(data_dir: Path, wait: float = WAIT_SECONDS) -> Iterator[Path]:
    """Hold the backup folder's lock: no backup is made, checked or pruned meanwhile (while
    the store changes form, see ``encryption.switch``). Yields the folder."""
    with _locked(data_dir, wait) as folder:
        yield folder


def record_rewritten(folder: Path, path: Path, facts: Facts, clock: Clock = SYSTEM_CLOCK) -> None:
    """A backup was rewritten in place (converted to the store's form) and verified now;
    call with the folder's lock held."""
    manifest = _read_manifest(folder)
    _record(manifest, path, Verification.OK, clock.now(), facts)
    _write_manifest(folder, manifest)


def forget_removed(folder: Path, paths: list[Path]) -> None:
    """Drop removed backups from the manifest; call with the folder's lock held."""
    manifest = _read_manifest(folder)
    for path in paths:
        manifest.pop(path.name, None)
    _write_manifest(folder, manifest)


def take_backup_locked(store: Store, folder: Path, clock: Clock = SYSTEM_CLOCK) -> BackupResult:
    """:func:`make_backup` for a caller that holds the folder's lock already (an erasure: a
    copy taken meanwhile would hold the client and be missed)."""
    info = _take(store.data_dir, folder, Kind.AUTO, clock, None)
    return BackupResult(info, _prune(store.data_dir, folder, clock))


def forget_missing(data_dir: Path) -> None:
    """Drop the manifest entries of backups that are gone (removed by the user)."""
    with _locked(data_dir, WAIT_SECONDS) as folder:
        manifest = _read_manifest(folder)
        present = {p.name for p in folder.glob("*.sqlite")}
        stale = [name for name in manifest if name not in present]
        for name in stale:
            manifest.pop(name)
        if stale:
            _write_manifest(folder, manifest)


# --- the manifest --------------------------------------------------------------------------
def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_manifest(folder: Path, manifest: dict[str, dict[str, Any]]) -> None:
    atomic_write(folder / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))


def _record(
    manifest: dict[str, dict[str, Any]],
    path: Path,
    verification: Verification,
    checked_at: datetime,
    facts: Facts | None,
) -> None:
    entry: dict[str, Any] = {"verification": verification.value,
                             "checked_at": checked_at.isoformat()}  # fmt: skip
    if facts is not None:
        entry["revision"] = facts.revision
        if facts.state is not None:
            entry.update(changes=facts.state.changes, epoch=facts.state.epoch,
                         revision=facts.state.revision)  # fmt: skip
        entry["rows"] = facts.rows
    elif path.name in manifest:  # a failed re-check keeps what the copy said before
        entry = {**manifest[path.name], **entry}
    manifest[path.name] = entry


def _info(path: Path, entry: dict[str, Any], moments: list[datetime], today: date) -> BackupInfo:
    kind, taken_at = parse_name(path) or (Kind.AUTO, datetime.fromtimestamp(0, UTC))
    state = None
    if "epoch" in entry:
        state = ChangeState(int(entry["changes"]), str(entry["epoch"]), entry.get("revision"))
    checked = entry.get("checked_at")
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(
        path=path,
        kind=kind,
        taken_at=taken_at,
        size=size,
        verification=Verification(entry.get("verification", Verification.UNCHECKED)),
        checked_at=datetime.fromisoformat(checked) if checked else None,
        state=state,
        rows=dict(entry.get("rows", {})),
        expires_on=backup_schedule.expires_on(taken_at, moments, today),
    )


def list_backups(data_dir: Path, clock: Clock = SYSTEM_CLOCK) -> list[BackupInfo]:
    """Every backup in the data folder, newest first, with whether it verified and when the
    schedule removes it. Works without opening the store (which may be damaged)."""
    folder = backup_dir(data_dir)
    manifest = _read_manifest(folder)
    found: list[tuple[Path, Kind, datetime]] = []
    try:
        entries = list(folder.glob("*.sqlite"))
    except OSError:
        entries = []
    for path in entries:
        parsed = parse_name(path)
        if parsed is not None and path.is_file():
            found.append((path, *parsed))
    today = clock.today()
    out = []
    for series in ("regular", "pre-migration"):
        members = [(p, k, m) for p, k, m in found if _series(k) == series]
        moments = [m for _p, _k, m in members]
        out += [_info(p, manifest.get(p.name, {}), moments, today) for p, _k, _m in members]
    return sorted(out, key=lambda info: info.taken_at, reverse=True)


def newest_verified(data_dir: Path, clock: Clock = SYSTEM_CLOCK) -> BackupInfo | None:
    """The newest backup that passed its check: the one to offer when the store is damaged."""
    return next((info for info in list_backups(data_dir, clock) if info.verified), None)


# --- making and checking -------------------------------------------------------------------
def has_wal(path: Path) -> bool:
    """Does the database file ``path`` have a write-ahead log with transactions beside it?"""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def verify(path: Path, cancel: Cancel | None = None, *, quick: bool = False) -> Facts:
    """Check a copy on its own terms: SQLite's integrity check, then its change count,
    revision and row counts read from the copy. Raises :class:`BackupError` when damaged.
    ``quick`` checks every page but not the indexes against their tables (a fresh copy's
    indexes are rebuilt by the copy itself): for the copy a migration waits for. An
    encrypted copy is opened with the store's key (a key that is not at hand raises
    :class:`StoreKeyMissingError`)."""
    # a store set aside by a restore may keep its last transactions in its -wal: read them
    # (read-only), since an immutable connection would ignore the log
    has_log = has_wal(path)
    try:
        conn = connect(path, read_only=has_log, immutable=not has_log)
    except drivers.Error as exc:
        raise BackupDamagedError(f"De reservekopie {path.name} kan niet worden geopend.") from exc
    except StoreDamagedError as exc:  # encrypted, and its own key does not open it
        raise BackupDamagedError(f"De reservekopie {path.name} is beschadigd.") from exc
    except StoreKeyError as exc:
        raise BackupDamagedError(
            f"De reservekopie {path.name} is versleuteld met een andere sleutel dan die van "
            "deze database."
        ) from exc
    try:
        with watching(cancel, conn):
            pragma = "quick_check" if quick else "integrity_check"
            result = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
            if result != ["ok"]:
                log.error("backup %s fails its integrity check: %s", path, result)
                raise BackupDamagedError(f"De reservekopie {path.name} is beschadigd.")
            facts = facts_of(conn)
    except CancelledError:
        raise
    except drivers.DatabaseError as exc:
        log.error("backup %s cannot be read: %s", path, exc)
        raise BackupDamagedError(f"De reservekopie {path.name} is beschadigd.") from exc
    finally:
        conn.close()
    return facts


def facts_of(conn: sqlite3.Connection, *, every_table: bool = False) -> Facts:
    """The change count, revision and row counts a database says of itself. ``every_table``
    counts the bookkeeping tables and the search index's own tables too (to compare a copy
    with its source row for row)."""
    tables = [
        name
        for _schema, name, kind, *_ in conn.execute("PRAGMA main.table_list")
        if kind in ("table", "shadow") and not name.startswith("sqlite_")
    ]
    rows = {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in tables
        if every_table or (name not in UNCOUNTED and not name.startswith("search_index"))
    }
    revision = None
    if "alembic_version" in tables:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = found[0] if found else None
    state = None
    if "change_counter" in tables:
        counter = conn.execute(STATE_SQL).fetchone()
        if counter is not None:
            state = ChangeState(int(counter[0]), str(counter[1]), revision)
    return Facts(state, revision, rows)


def _take(
    data_dir: Path,
    folder: Path,
    kind: Kind,
    clock: Clock,
    cancel: Cancel | None,
    revision: str | None = None,
) -> BackupInfo:
    """Copy, verify and record one backup (the folder's lock is held)."""
    _remove_leftovers(folder)
    moment = clock.now()
    target = folder / _file_name(kind, moment, revision)
    while target.exists():  # two backups within a microsecond (a fixed clock in tests)
        moment += timedelta(microseconds=1)
        target = folder / _file_name(kind, moment, revision)
    try:
        snapshot(Path(data_dir) / DB_FILENAME, target, cancel)
    except FileWriteError as exc:
        raise BackupError(f"Reservekopie mislukt: {exc}") from exc
    try:
        facts = verify(target, cancel, quick=kind is Kind.PRE_MIGRATION)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    manifest = _read_manifest(folder)
    _record(manifest, target, Verification.OK, clock.now(), facts)
    try:
        _write_manifest(folder, manifest)
    except FileWriteError as exc:
        target.unlink(missing_ok=True)
        raise BackupError(f"Reservekopie mislukt: {exc}") from exc
    log.info("backup written to %s and verified", target)
    infos = [info for info in list_backups(data_dir, clock) if info.path == target]
    return infos[0]


def make_backup(
    store: Store,
    clock: Clock = SYSTEM_CLOCK,
    *,
    kind: Kind = Kind.MANUAL,
    cancel: Cancel | None = None,
    wait: float = WAIT_SECONDS,
) -> BackupResult:
    """Make and verify a backup now, then prune by the schedule. Raises
    :class:`BackupError` (a Dutch line) when the copy cannot be written or does not verify."""
    with _locked(store.data_dir, wait) as folder:
        info = _take(store.data_dir, folder, kind, clock, cancel)
        pruned = _prune(store.data_dir, folder, clock)
    return BackupResult(info, pruned)


def maybe_backup(
    store: Store, clock: Clock = SYSTEM_CLOCK, cancel: Cancel | None = None
) -> BackupResult:
    """The automatic backup: made only when the store changed since the newest verified
    one; skipped quietly while another backup is being made."""
    state = store.change_state()
    newest = next(
        (b for b in list_backups(store.data_dir, clock)
         if b.verified and b.kind is not Kind.PRE_MIGRATION),
        None,
    )  # fmt: skip
    if newest is not None and newest.state == state:
        return BackupResult(None, [])
    try:
        return make_backup(store, clock, kind=Kind.AUTO, cancel=cancel, wait=0)
    except BackupBusyError:
        log.info("automatic backup skipped: another backup is being made")
        return BackupResult(None, [])


def copy_before_migration(data_dir: Path, revision: str, clock: Clock = SYSTEM_CLOCK) -> Path:
    """The verified copy taken before a migration touches the store. A store that does not
    copy cleanly is damaged and is not migrated."""
    with _locked(data_dir, WAIT_SECONDS) as folder:
        try:
            info = _take(data_dir, folder, Kind.PRE_MIGRATION, clock, None, revision)
        except BackupDamagedError as exc:
            raise damaged(Path(data_dir) / DB_FILENAME) from exc
        _prune(data_dir, folder, clock)
    return info.path


def reverify(
    data_dir: Path,
    clock: Clock = SYSTEM_CLOCK,
    *,
    older_than: timedelta = RECHECK_AFTER,
    limit: int = 1,
    cancel: Cancel | None = None,
) -> list[BackupInfo]:
    """Check again the backups whose last check is longest ago (at most ``limit``, only those
    not checked for ``older_than``): a disk can spoil a file that was once fine. Returns the
    backups checked, with their new state."""
    now = clock.now()
    due = [
        info
        for info in list_backups(data_dir, clock)
        if info.verification is not Verification.FAILED
        and (info.checked_at is None or now - info.checked_at >= older_than)
    ]
    due.sort(key=lambda info: info.checked_at or datetime.min.replace(tzinfo=UTC))
    checked: list[Path] = []
    try:
        with _locked(data_dir, 0) as folder:
            for info in due[:limit]:
                try:
                    facts: Facts | None = verify(info.path, cancel)
                    outcome = Verification.OK
                except BackupDamagedError:
                    facts, outcome = None, Verification.FAILED
                manifest = _read_manifest(folder)
                _record(manifest, info.path, outcome, clock.now(), facts)
                _write_manifest(folder, manifest)
                checked.append(info.path)
    except BackupBusyError:
        return []
    return [info for info in list_backups(data_dir, clock) if info.path in checked]


# --- pruning and cleaning ------------------------------------------------------------------
def prune(data_dir: Path, clock: Clock = SYSTEM_CLOCK) -> list[Path]:
    """Remove the backups the schedule no longer keeps; returns them."""
    with _locked(data_dir, WAIT_SECONDS) as folder:
        return _prune(data_dir, folder, clock)


def _prune(data_dir: Path, folder: Path, clock: Clock) -> list[Path]:
    backups = list_backups(data_dir, clock)
    today = clock.today()
    doomed: list[Path] = []
    for series in ("regular", "pre-migration"):
        members = [b for b in backups if _series(b.kind) == series]
        usable = [b for b in members if b.verification is not Verification.FAILED]
        kept = backup_schedule.keep([b.taken_at for b in usable], today)
        newest_ok = next((b for b in members if b.verified), None)
        for backup in members:
            if backup.taken_at in kept and backup.verification is not Verification.FAILED:
                continue
            if newest_ok is not None and backup.path == newest_ok.path:
                continue
            doomed.append(backup.path)
    manifest = _read_manifest(folder)
    removed = []
    for path in doomed:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove old backup %s: %s", path, exc)
            continue
        removed.append(path)
        manifest.pop(path.name, None)
    present = {p.name for p in folder.glob("*.sqlite")}
    stale = [name for name in manifest if name not in present]
    for name in stale:
        manifest.pop(name)
    if removed or stale:
        _write_manifest(folder, manifest)
        log.info("pruned %d old backups", len(removed))
    return removed


def clean_leftovers(data_dir: Path) -> list[Path]:
    """Remove what interrupted backups left (temporary copies, ``.part`` files, SQLite's
    side files beside backups); skipped while a backup is being made."""
    try:
        with _locked(data_dir, 0) as folder:
            return _remove_leftovers(folder)
    except BackupBusyError:
        return []


def _remove_leftovers(folder: Path) -> list[Path]:
    removed = remove_temporaries(folder)
    for path in folder.iterdir():
        name = path.name
        stem = name
        for sidecar in SQLITE_SIDECARS:
            stem = stem.removesuffix(sidecar)
        leftover = (
            stem.endswith(".part")  # interrupted copies of older versions
            or (stem != name and stem.endswith(".sqlite"))  # -wal, -shm, -journal
            or name == "last-fingerprint"  # the older versions' change marker
        )
        if leftover and path.is_file():
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    for path in removed:
        log.info("removed %s, left by an interrupted backup", path)
    return removed


def taken_text(info: BackupInfo) -> str:
    """When the backup was taken, as a Dutch reader writes it ("16-03-2026 09:30")."""
    return info.taken_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def describe(info: BackupInfo) -> str:
    """One line about a backup for the command line."""
    taken = taken_text(info)
    state = {Verification.OK: "gecontroleerd", Verification.FAILED: "BESCHADIGD",
             Verification.UNCHECKED: "nog niet gecontroleerd"}[info.verification]  # fmt: skip
    return f"{taken}  {state}  {info.path}"
