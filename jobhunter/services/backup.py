"""Rotating automatic backups, taken at start when the store changed since the last one.

A backup is made with SQLite's online backup API, then verified by opening the copy and
comparing its fingerprint with the live store's; a copy that does not verify is removed.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.files import atomic_write, make_private_dir
from jobhunter.services.store import Store, sqlite_backup

log = logging.getLogger(__name__)

KEEP = 10
PREFIX = "auto-"
_TABLES = (
    "client", "barrier", "intervention", "learning_goal", "employer", "contact_person",
    "workplace", "requirement", "match", "stage_change", "contact_moment", "appointment",
)  # fmt: skip


@dataclass(frozen=True)
class BackupResult:
    path: Path | None  # None when nothing changed since the last backup
    pruned: int


def fingerprint(db_path: Path) -> str:
    """Row counts and newest update per table: changes whenever a record is added,
    edited or removed, and is cheap enough to compute at every start."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        parts = []
        for table in _TABLES:
            count, newest = conn.execute(
                f"SELECT count(*), max(updated_at) FROM {table}"
            ).fetchone()
            parts.append(f"{table}:{count}:{newest}")
    finally:
        conn.close()
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def backup_dir(store: Store) -> Path:
    return store.data_dir / "backups"


def list_backups(store: Store) -> list[Path]:
    return sorted(backup_dir(store).glob(f"{PREFIX}*.sqlite"))


def maybe_backup(store: Store, clock: Clock = SYSTEM_CLOCK, keep: int = KEEP) -> BackupResult:
    folder = make_private_dir(backup_dir(store))
    marker = folder / "last-fingerprint"
    current = fingerprint(store.db_path)
    existing = list_backups(store)
    if existing and marker.exists() and marker.read_text().strip() == current:
        return BackupResult(None, 0)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{PREFIX}{stamp}.sqlite"
    sqlite_backup(store.db_path, target)
    if not _verify(target, current):
        target.unlink(missing_ok=True)
        raise OSError(f"De reservekopie {target} kon niet worden gecontroleerd.")
    atomic_write(marker, current)
    pruned = prune(store, keep)
    log.info("backup written to %s (%d old ones pruned)", target, pruned)
    return BackupResult(target, pruned)


def prune(store: Store, keep: int = KEEP) -> int:
    backups = list_backups(store)
    old = backups[:-keep] if keep > 0 else backups
    for path in old:
        path.unlink(missing_ok=True)
    return len(old)


def _verify(path: Path, expected: str) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        return ok and fingerprint(path) == expected
    except sqlite3.Error:
        return False


def newest_backup_time(store: Store) -> datetime | None:
    backups = list_backups(store)
    if not backups:
        return None
    return datetime.fromtimestamp(backups[-1].stat().st_mtime).astimezone()
