"""Writing files safely and privately.

Every file the program writes (exports, backups, documents, PDFs, packets) goes through
here: it is written to a temporary file in the target's own folder (private to the user,
0600 on POSIX), flushed to disk and renamed over the target in one step. A failure leaves
the old file as it was and no partial one, and is reported as :class:`FileWriteError`, an
``OSError`` whose ``strerror`` says the real cause in Dutch. Only a regular file is ever
replaced: a device, a folder or a link in the target's place is refused.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_POSIX = os.name == "posix"
_COPY_CHUNK = 1 << 20

#: errno -> why a file could not be written, in Dutch
_REASONS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijf is vol (quotum bereikt)",
    errno.EACCES: "geen toestemming om daar te schrijven",
    errno.EPERM: "geen toestemming om daar te schrijven",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOENT: "de map bestaat niet",
    errno.ENOTDIR: "de map bestaat niet",
    errno.EISDIR: "dat is een map",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang",
    errno.EIO: "de schijf gaf een leesfout of schrijffout",
    errno.EFBIG: "het bestand is te groot voor de schijf",
}

#: SQLite's side files of a database that is being written (rollback journal, WAL, index)
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


class FileWriteError(OSError):
    """A file could not be written; ``strerror`` is the Dutch reason, ``filename`` the target.

    ``str()`` gives one line for the user: "Kan <file> niet schrijven: <reason>."
    """

    def __str__(self) -> str:
        return f"Kan {self.filename} niet schrijven: {self.strerror}."


def reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Dutch where we know the cause."""
    if isinstance(exc, FileWriteError):
        return str(exc.strerror)
    return _REASONS.get(exc.errno or 0, exc.strerror or "onbekende fout")


def write_error(exc: OSError, target: Path) -> FileWriteError:
    return FileWriteError(exc.errno or errno.EIO, reason(exc), str(target))


# --- privacy -------------------------------------------------------------------------------
def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it private to the user (0700); the
    parents it creates are private too (``mkdir`` gives them the default mode)."""
    path = Path(path)
    missing = []
    parent = path
    while not parent.exists() and parent != parent.parent:
        missing.append(parent)
        parent = parent.parent
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    for created in missing:
        make_private(created)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """Restrict an existing file (0600) or folder (0700) to its owner; no-op off POSIX, where
    the per-user data folder already is private."""
    if not _POSIX:
        return
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        return
    wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(mode) else PRIVATE_FILE_MODE
    if stat.S_IMODE(mode) != wanted:
        os.chmod(path, wanted)


# --- atomic writes -------------------------------------------------------------------------
def check_replaceable(target: Path) -> None:
    """Refuse a target that exists but is not a regular file (a device, folder or link)."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise write_error(exc, target) from exc
    if stat.S_ISDIR(mode):
        raise FileWriteError(errno.EISDIR, "dat is een map", str(target))
    if not stat.S_ISREG(mode):
        raise FileWriteError(errno.EEXIST, "dat is geen gewoon bestand", str(target))


@contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Open a private temporary file beside ``target``; on a clean exit it is flushed, synced
    and renamed over ``target``. On any error the temporary file is removed and ``target``
    is left as it was."""
    target = Path(target)
    check_replaceable(target)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise write_error(exc, target) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        check_replaceable(target)  # nothing may have taken its place meanwhile
        os.replace(temporary, target)
    except FileWriteError:
        Path(temporary).unlink(missing_ok=True)
        raise
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise write_error(exc, target) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_dir(target.parent)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Like :func:`atomic_writer`, for a writer that wants a file name instead of a stream
    (SQLite writing a database copy): yields a new, empty, private file beside ``target``;
    on a clean exit it is synced and renamed over ``target``; on any error it is removed,
    with any SQLite side files (-journal, -wal, -shm) it grew, and ``target`` is untouched."""
    target = Path(target)
    check_replaceable(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise write_error(exc, target) from exc
    temporary = Path(name)
    try:
        yield temporary
        _fsync_file(temporary)
        check_replaceable(target)
        os.replace(temporary, target)
    except FileWriteError:
        _remove_with_sidecars(temporary)
        raise
    except OSError as exc:
        _remove_with_sidecars(temporary)
        raise write_error(exc, target) from exc
    except BaseException:
        _remove_with_sidecars(temporary)
        raise
    _remove_with_sidecars(temporary, only_sidecars=True)
    sync_dir(target.parent)


def is_temporary(path: Path) -> bool:
    """A temporary file of this module (``.<name>.<random>.tmp``) or one of its SQLite side
    files: what an interrupted write leaves behind."""
    name = path.name
    for sidecar in SQLITE_SIDECARS:
        name = name.removesuffix(sidecar)
    return name.startswith(".") and name.endswith(".tmp")


def remove_temporaries(folder: Path) -> list[Path]:
    """Remove what interrupted writes left in ``folder`` (not in subfolders); only call this
    while nothing else can be writing there. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for path in entries:
        if is_temporary(path) and path.is_file() and not path.is_symlink():
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def atomic_write(target: Path, data: bytes | str | Iterable[bytes]) -> None:
    """Write ``data`` (text is written as UTF-8) to ``target`` all at once or not at all."""
    with atomic_writer(target) as out:
        if isinstance(data, str):
            out.write(data.encode("utf-8"))
        elif isinstance(data, bytes | bytearray | memoryview):
            out.write(data)
        else:
            for chunk in data:
                out.write(chunk)


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically (an interrupted copy leaves no partial file)."""
    with open(source, "rb") as src, atomic_writer(target) as out:
        shutil.copyfileobj(src, out, _COPY_CHUNK)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_with_sidecars(path: Path, *, only_sidecars: bool = False) -> None:
    names = [str(path) + sidecar for sidecar in SQLITE_SIDECARS]
    if not only_sidecars:
        names.insert(0, str(path))
    for name in names:
        with suppress(OSError):
            Path(name).unlink(missing_ok=True)


def sync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort."""
    if not _POSIX or sys.platform == "darwin":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
