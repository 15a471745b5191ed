"""The data folder is private to the user: folders 0700, files 0600 (POSIX).

New files are private from birth (the store file is created 0600 before SQLite opens it, and
SQLite gives its WAL and SHM files the store's mode; the process umask is 077). A folder made
by an earlier version (0755, files 0644) is tightened once, on the first open: the walk runs
only while the data folder itself is not yet 0700, so a normal start costs one ``stat``. Only
Jobhunter's own entries are walked: a ``--data-dir`` that also holds other files keeps those
as they are.
On Windows the per-user folder already is private and nothing is changed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from jobhunter.services.files import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, make_private

_POSIX = os.name == "posix"
#: every file and folder Jobhunter creates is for the user only
PRIVATE_UMASK = 0o077
#: folders and files of the data folder besides the store ("jobhunter*")
OWN_ENTRIES = frozenset({"backups", "documents", "logs", "set-aside", "settings.ini"})


def restrict_new_files() -> None:
    """Make files and folders this process creates private (umask 077): exports, logs,
    backups and SQLite's own side files included. No-op off POSIX."""
    if _POSIX:
        os.umask(PRIVATE_UMASK)


def is_private(path: Path) -> bool:
    """True when no one but the owner may read, write or enter ``path`` (always off POSIX)."""
    if not _POSIX:
        return True
    mode = os.lstat(path).st_mode
    return stat.S_ISLNK(mode) or not stat.S_IMODE(mode) & 0o077


def secure_data_folder(data_dir: Path) -> int:
    """Create ``data_dir`` private, or tighten an existing one and everything in it; returns
    how many paths were changed. Symbolic links are left alone (never followed)."""
    data_dir = Path(data_dir)
    if not _POSIX:
        data_dir.mkdir(parents=True, exist_ok=True)
        return 0
    if not data_dir.exists():
        data_dir.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
        make_private(data_dir)  # mkdir's mode is filtered by the umask
        return 1
    if stat.S_IMODE(data_dir.stat().st_mode) == PRIVATE_DIR_MODE:
        return 0
    changed = 0
    # Children first, the folder itself last: an interrupted walk is resumed at the next open.
    for entry in data_dir.iterdir():
        if not _ours(entry.name):
            continue  # a --data-dir shared with other files: leave those as they are
        changed += _tighten(entry)
        if entry.is_dir() and not entry.is_symlink():
            for root, folders, files in os.walk(entry, followlinks=False):
                for name in [*files, *folders]:
                    changed += _tighten(Path(root) / name)
    return changed + _tighten(data_dir)


def _ours(name: str) -> bool:
    """What Jobhunter keeps in its data folder: the store and its side files, the settings,
    and its own folders."""
    return name.startswith(("jobhunter", ".jobhunter")) or name in OWN_ENTRIES


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 if it does not exist (so SQLite opens it, not creates it)."""
    if not _POSIX:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def _tighten(path: Path) -> int:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return 0
    if stat.S_ISLNK(mode):
        return 0
    wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(mode) else PRIVATE_FILE_MODE
    if stat.S_IMODE(mode) == wanted:
        return 0
    os.chmod(path, wanted)
    return 1
