"""What can go wrong with the store, said in one Dutch line the user can act on.

SQLite reports a full disk, a damaged file, a lock held by another program and a read or
write error of the disk with error codes; :func:`from_sqlite` turns each into its own
:class:`StoreError`, so no message ever shows SQL and a full disk is never called damage.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from jobhunter.services.sqlite_drivers import drivers

#: below this much free space an I/O error of SQLite is taken for a full disk
NEARLY_FULL_BYTES = 1 << 20


class StoreError(Exception):
    """The store cannot be opened or used; the message is for the user (Dutch, one line)."""


class StoreTooNewError(StoreError):
    """The file was written by a newer Jobhunter."""


class StoreDamagedError(StoreError):
    """The database file is damaged: restore a backup."""


class StoreBusyError(StoreError):
    """Another program held the database longer than the wait allows."""


class StoreLockedError(StoreError):
    """Another copy of Jobhunter is writing this store."""


class StoreDiskFullError(StoreError):
    """The disk with the store is full; nothing stored is lost."""


class StoreIOError(StoreError):
    """The disk could not be read or written (a failing disk, a lost network drive)."""


class StoreKeyMissingError(StoreError):
    """The file is encrypted and its key is not at hand (not in the keyring, no keyring).

    ``data_dir`` is the data folder whose recovery passphrase brings the key back (see
    ``services.encryption``); None when the file has no such folder (a stray copy)."""

    def __init__(self, message: str, data_dir: Path | None = None) -> None:
        super().__init__(message)
        self.data_dir = data_dir


class StoreKeyError(StoreError):
    """The file is encrypted with a key other than the ones at hand."""


def damaged(db_path: Path) -> StoreDamagedError:
    return StoreDamagedError(
        f"De database {db_path} is beschadigd; zet een gecontroleerde reservekopie terug."
    )


def disk_full(folder: Path) -> StoreDiskFullError:
    return StoreDiskFullError(
        f"De schijf met {folder} is vol: maak ruimte vrij en probeer het opnieuw "
        "(wat al bewaard was, is veilig)."
    )


def nearly_full(folder: Path) -> bool:
    """Is the disk holding ``folder`` (or its nearest existing parent) all but full?"""
    for candidate in (Path(folder), *Path(folder).parents):
        try:
            return shutil.disk_usage(candidate).free < NEARLY_FULL_BYTES
        except OSError:
            continue
    return False


def from_sqlite(exc: BaseException, db_path: Path) -> StoreError | None:
    """The user's reading of a SQLite error about the store at ``db_path``; None for an
    error that is not about the file or the disk (a bug, to be logged as unexpected)."""
    if not isinstance(exc, drivers.Error):
        return None
    name = getattr(exc, "sqlite_errorname", None) or ""
    primary = "_".join(name.split("_")[:2])
    folder = db_path.parent
    if primary in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return StoreBusyError(
            f"De database {db_path} is bezet door een ander programma; "
            "probeer het over een paar seconden opnieuw."
        )
    if primary in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return damaged(db_path)
    if primary == "SQLITE_FULL":
        return disk_full(folder)
    if primary == "SQLITE_IOERR":
        if nearly_full(folder):
            return disk_full(folder)
        return StoreIOError(
            f"De schijf met {db_path} gaf een leesfout of schrijffout; "
            "controleer de schijf of de netwerkverbinding en probeer het opnieuw."
        )
    if primary == "SQLITE_READONLY":
        return StoreIOError(f"De database {db_path} kan alleen gelezen worden, niet gewijzigd.")
    if primary in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"):
        if nearly_full(folder):
            return disk_full(folder)
        return StoreIOError(
            f"Kan de database {db_path} niet openen: geen toegang, of de map is er niet."
        )
    return None
