"""Overwriting a file before it is unlinked, and finishing a wipe a crash interrupted.

Unlinking a file only forgets its name: its bytes stay on the disk until something else is
written there. A plain store replaced by its encrypted copy (or a plain backup replaced by
an encrypted one) is therefore overwritten with zeros, synced, and only then unlinked.

This is what a program can do, not a guarantee: an SSD remaps writes to fresh cells (the old
ones are erased whenever its controller decides), and copy-on-write or journaling file
systems (btrfs, ZFS, APFS, and ext4 with data journaling) may write the zeros elsewhere;
snapshots and earlier backups of the disk keep what they kept. Full-disk encryption is what
protects data that was once written in plain form.

The file to wipe is first given a second name (``<name>.to-wipe``, a hard link) while its
own name still serves; a crash at any moment leaves either that extra name on the live file
(it is only unlinked at the next start) or a file no longer in use (it is wiped then).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIX = ".to-wipe"
_CHUNK = 1 << 20


def overwrite_and_unlink(path: Path) -> None:
    """Overwrite ``path`` with zeros, sync it, then unlink it. A file that is gone is fine."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        size = os.fstat(fd).st_size
        zeros = bytes(_CHUNK)
        written = 0
        while written < size:
            written += os.write(fd, zeros[: min(_CHUNK, size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def mark(path: Path) -> Path | None:
    """Give ``path`` its second name for the wipe; None when it does not exist or the file
    system has no hard links (the file is then overwritten under its own name later)."""
    path = Path(path)
    extra = path.with_name(path.name + SUFFIX)
    extra.unlink(missing_ok=True)
    try:
        os.link(path, extra)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot link %s for wiping: %s", path, exc)
        return None
    return extra


def live_name(extra: Path) -> Path:
    return extra.with_name(extra.name.removesuffix(SUFFIX))


def finish(extra: Path) -> None:
    """Wipe a marked file, unless it is still the live file under its own name (the switch
    stopped before the swap): then only the extra name goes."""
    live = live_name(extra)
    try:
        in_use = live.exists() and os.path.samefile(live, extra)
    except OSError:
        in_use = False
    if in_use:
        extra.unlink(missing_ok=True)
        return
    overwrite_and_unlink(extra)


def finish_leftovers(folder: Path) -> list[Path]:
    """Finish what an interrupted switch or conversion left in ``folder`` (at the start,
    with the writer lock held); returns the files wiped or unmarked."""
    try:
        leftovers = [p for p in Path(folder).iterdir() if p.name.endswith(SUFFIX)]
    except OSError:
        return []
    for extra in leftovers:
        try:
            finish(extra)
        except OSError as exc:
            log.warning("cannot finish wiping %s: %s", extra, exc)
        else:
            log.info("finished wiping %s, left by an interrupted switch", extra)
    return leftovers
