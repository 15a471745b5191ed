"""Which backups still hold a client, and when each of them goes.

An erased client lives on in the backups taken before the erasure until those rotate out.
The user is told which ones and when, and may remove them at once. How long a backup is
kept is a rule of the backup module; :func:`rotation` applies today's rule (the newest
``backup.KEEP`` automatic backups are kept, copies taken before a schema migration are not
removed automatically) and is the one place to change when that rule changes.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jobhunter.services import backup
from jobhunter.services.files import write_error
from jobhunter.services.store import Store


@dataclass(frozen=True, slots=True)
class Rotation:
    """When a backup is removed by the backup rule: after a number of newer backups, on a
    day, or not automatically (``never``)."""

    after_backups: int | None = None
    on: datetime | None = None
    never: bool = False

    def describe(self) -> str:
        if self.never:
            return "wordt niet automatisch verwijderd"
        if self.on is not None:
            return f"wordt verwijderd op {self.on.astimezone().strftime('%d-%m-%Y')}"
        return (
            f"wordt verwijderd na nog {self.after_backups} nieuwe "
            f"{'reservekopie' if self.after_backups == 1 else 'reservekopieën'}"
        )


@dataclass(frozen=True, slots=True)
class HeldBackup:
    path: Path
    taken_at: datetime
    rotation: Rotation
    #: the backup could not be read: it may hold the client, so it is listed too
    unreadable: bool = False


def all_backups(store: Store) -> list[Path]:
    """Every backup file in the backups folder (automatic and pre-migration), oldest first."""
    folder = backup.backup_dir(store)
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.glob("*.sqlite") if p.is_file()), key=lambda p: p.stat().st_mtime
    )


def rotation(backups: list[Path]) -> dict[Path, Rotation]:
    """Today's rule (services.backup): the newest ``KEEP`` automatic backups stay; each one
    goes once ``KEEP`` newer ones exist. Pre-migration copies stay until removed by hand."""
    automatic = sorted(p for p in backups if p.name.startswith(backup.PREFIX))
    out = {path: Rotation(never=True) for path in backups}
    for position, path in enumerate(reversed(automatic)):  # 0 = the newest
        out[path] = Rotation(after_backups=max(backup.KEEP - position, 1))
    return out


def holds_client(path: Path, client_id: uuid.UUID) -> bool:
    """Whether a backup holds the client, opened read-only (nothing is written beside it)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT 1 FROM client WHERE id = ?", (client_id.hex,)).fetchone()
    finally:
        conn.close()
    return row is not None


def backups_holding(store: Store, client_id: uuid.UUID) -> list[HeldBackup]:
    """The backups that still hold the client, oldest first, with when each rotates out."""
    backups = all_backups(store)
    rules = rotation(backups)
    held = []
    for path in backups:
        try:
            found, unreadable = holds_client(path, client_id), False
        except sqlite3.Error:
            found, unreadable = True, True
        if found:
            taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            held.append(HeldBackup(path, taken, rules[path], unreadable))
    return held


def describe_held(held: list[HeldBackup]) -> str:
    """One Dutch sentence for the user: how many backups still hold the client and when
    they go."""
    if not held:
        return "Geen reservekopie bevat deze cliënt nog."
    automatic = [h for h in held if not h.rotation.never]
    kept = [h for h in held if h.rotation.never]
    parts = []
    if automatic:
        last = max(automatic, key=lambda h: h.taken_at)
        if len(automatic) == 1:
            parts.append(
                f"1 automatische reservekopie bevat deze cliënt nog; die {last.rotation.describe()}"
            )
        else:
            parts.append(
                f"{len(automatic)} automatische reservekopieën bevatten deze cliënt nog; de "
                f"nieuwste daarvan {last.rotation.describe()}"
            )
        if last.rotation.after_backups is not None:
            parts[-1] += " (Jobhunter maakt er een bij elke start na een wijziging)"
    if kept:
        parts.append(
            f"{len(kept)} {'kopie' if len(kept) == 1 else 'kopieën'} van vóór een "
            "schema-update (of onleesbaar) "
            f"{'wordt' if len(kept) == 1 else 'worden'} niet automatisch verwijderd"
        )
    return "; ".join(parts) + "."


def remove_backups(paths: list[Path]) -> int:
    """Delete the given backup files (and any side files of an interrupted backup); returns
    how many were removed. A file that cannot be removed raises :class:`FileWriteError`."""
    removed = 0
    for path in paths:
        for side in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            try:
                side.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise write_error(exc, side) from exc
            if side == path:
                removed += 1
    return removed
