"""Which backups still hold a client, and when each of them goes.

An erased client lives on in the backups taken before the erasure until those rotate out.
The user is told which ones and when, and may remove them at once. When a backup goes is
the backup schedule's rule (``services.backup_schedule``: one a day for two weeks, one a week
for two months, one a month for a year, and always the newest); the backup listing carries
each backup's day, so this module only reads it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from jobhunter.services import backup
from jobhunter.services.clock import LOCAL_TZ, SYSTEM_CLOCK, Clock
from jobhunter.services.files import SQLITE_SIDECARS, write_error
from jobhunter.services.restore import SET_ASIDE_DIR
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store import Store, connect
from jobhunter.services.store_errors import StoreError


@dataclass(frozen=True, slots=True)
class HeldBackup:
    path: Path
    taken_at: datetime
    #: the day the schedule removes it at the latest; None while it stays as the newest
    expires_on: date | None
    #: the backup could not be read: it may hold the client, so it is listed too
    unreadable: bool = False
    #: a store set aside by a restore (``set-aside/``): no schedule removes it
    set_aside: bool = False

    def describe(self) -> str:
        if self.set_aside:
            return "is bij het terugzetten apart gezet en blijft tot je die verwijdert"
        if self.expires_on is None:
            return "blijft bewaard tot er een nieuwere reservekopie is"
        return f"wordt uiterlijk {self.expires_on.strftime('%d-%m-%Y')} verwijderd"


def holds_client(path: Path, client_id: uuid.UUID) -> bool:
    """Whether a backup holds the client, opened read-only and immutable (nothing is written
    beside it, not even a ``-shm`` file)."""
    log_beside = backup.has_wal(path)  # a set-aside store may keep rows in its -wal
    conn = connect(path, read_only=log_beside, immutable=not log_beside)
    try:
        row = conn.execute("SELECT 1 FROM client WHERE id = ?", (client_id.hex,)).fetchone()
    finally:
        conn.close()
    return row is not None


def backups_holding(
    store: Store, client_id: uuid.UUID, clock: Clock = SYSTEM_CLOCK
) -> list[HeldBackup]:
    """The backups that still hold the client, oldest first, with when each rotates out,
    then the stores set aside by a restore that hold them (nothing removes those)."""
    held = []
    for info in reversed(backup.list_backups(store.data_dir, clock)):
        try:
            found, unreadable = holds_client(info.path, client_id), False
        except drivers.error_or(StoreError):  # damaged, or encrypted with a key not at hand
            found, unreadable = True, True
        if found:
            held.append(HeldBackup(info.path, info.taken_at, info.expires_on, unreadable))
    aside = sorted(Path(store.data_dir, SET_ASIDE_DIR).glob("*.sqlite"))
    for path in aside:
        try:
            found, unreadable = holds_client(path, client_id), False
        except drivers.error_or(StoreError):
            found, unreadable = True, True
        if found:
            taken = datetime.fromtimestamp(path.stat().st_mtime, LOCAL_TZ)
            held.append(HeldBackup(path, taken, None, unreadable, set_aside=True))
    return held


def describe_held(held: list[HeldBackup]) -> str:
    """One Dutch sentence for the user: how many backups still hold the client and when
    the last of them goes."""
    if not held:
        return "Geen reservekopie bevat deze cliënt nog."
    count = (
        "1 reservekopie bevat deze cliënt nog"
        if len(held) == 1
        else f"{len(held)} reservekopieën bevatten deze cliënt nog"
    )
    dated = [h.expires_on for h in held if h.expires_on is not None]
    aside = sum(1 for h in held if h.set_aside)
    if len(held) == 1:
        when = f"; die {held[0].describe()}"
    elif len(dated) == len(held):
        when = f"; de laatste daarvan wordt uiterlijk {max(dated).strftime('%d-%m-%Y')} verwijderd"
    elif aside:
        when = (
            f", waarvan {aside} bij het terugzetten apart gezet; die blijven tot je ze verwijdert"
            if aside > 1
            else ", waarvan 1 bij het terugzetten apart gezet; die blijft tot je die verwijdert"
        )
    else:
        when = "; de nieuwste blijft bewaard tot er een nieuwere reservekopie is"
    return f"{count}{when}."


def remove_backups(paths: list[Path], data_dir: Path | None = None) -> int:
    """Delete the given backup files or set-aside stores (with their side files); returns
    how many were removed. A file that cannot be removed raises :class:`FileWriteError`.
    With ``data_dir``, the backup listing's manifest forgets them too."""
    try:
        return _remove(paths)
    finally:
        if data_dir is not None:
            backup.forget_missing(data_dir)


def _remove(paths: list[Path]) -> int:
    removed = 0
    for path in paths:
        for side in (path, *(path.with_name(path.name + s) for s in SQLITE_SIDECARS)):
            try:
                side.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise write_error(exc, side) from exc
            if side == path:
                removed += 1
    return removed
