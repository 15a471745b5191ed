"""One writer per store: a lock file in the data folder.

Two copies of Jobhunter writing one store would each show stale lists and overwrite the
other's edits, so the window and every writing command take the lock and a second copy is
refused with a message that says who holds it.

The lock file records the holder (process id, computer, when the process started) for that
message. Whether the holder still runs is the operating system's answer: the lock on the open
file (``flock``, or ``msvcrt.locking`` on Windows) ends when the process ends, however it
ends, so a crashed holder's lock is simply taken over. Where the file system offers no such
lock (some network drives) the recorded process is looked up instead: a holder on this
computer that no longer runs, or whose process id now belongs to a younger process, is taken
over; a holder on another computer is respected.

Within one process the writer lock is shared: opening the same store again (the demo, the
tests) counts up, and the last release lets go.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import ClassVar

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.files import PRIVATE_FILE_MODE, reason
from jobhunter.services.store_errors import StoreError, StoreLockedError, disk_full

log = logging.getLogger(__name__)

LOCK_FILENAME = "jobhunter.lock"
#: Windows locks a byte range; lock one far beyond the text so the text stays readable
_WINDOWS_LOCK_OFFSET = 1 << 30


def _process_start(pid: int) -> int | None:
    """When the process started, in clock ticks since boot (Linux): with the process id it
    names one process, even after the id is reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _boot_time() -> float | None:
    try:
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("btime "):
                return float(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def _pid_runs(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - not run on the test machine
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: enough to say so, and to tell a crashed holder from a running one."""

    pid: int
    host: str
    started: datetime
    process_start: int | None = None

    @classmethod
    def me(cls) -> Holder:
        ticks = _process_start(os.getpid())
        boot = _boot_time()
        if ticks is not None and boot is not None:
            started = datetime.fromtimestamp(boot + ticks / os.sysconf("SC_CLK_TCK"), UTC)
        else:
            started = datetime.now(UTC)
        return cls(os.getpid(), socket.gethostname(), started, ticks)

    def to_json(self) -> str:
        return json.dumps(
            {
                "pid": self.pid,
                "host": self.host,
                "started": self.started.isoformat(),
                "process_start": self.process_start,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Holder | None:
        try:
            data = json.loads(text)
            return cls(
                int(data["pid"]),
                str(data["host"]),
                datetime.fromisoformat(data["started"]),
                data.get("process_start"),
            )
        except (ValueError, KeyError, TypeError):
            return None

    @property
    def on_this_computer(self) -> bool:
        return self.host == socket.gethostname()

    def runs(self) -> bool:
        """Does the holder still run? Only answerable for a process on this computer; one on
        another computer is assumed to run."""
        if not self.on_this_computer:
            return True
        if not _pid_runs(self.pid):
            return False
        if self.process_start is not None:
            now = _process_start(self.pid)
            return now is None or now == self.process_start
        return True

    def describe(self) -> str:
        since = self.started.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
        where = "deze computer" if self.on_this_computer else f"computer {self.host}"
        return f"proces {self.pid} op {where}, sinds {since}"


class LockHeldError(Exception):
    """The lock is held by someone else (``holder``, None when the file says nothing)."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__(holder.describe() if holder else "onbekend")
        self.holder = holder


class FileLock:
    """An exclusive lock on ``path`` for one holder at a time, across processes and threads.

    ``acquire(timeout)`` waits up to ``timeout`` seconds and raises :class:`LockHeldError`;
    ``release`` lets go. Not re-entrant: a second ``FileLock`` on the same file in the same
    process is refused like any other holder.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> Holder | None:
        try:
            return Holder.from_json(self.path.read_text(encoding="utf-8"))
        except OSError:
            return None

    def acquire(self, timeout: float = 0.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._try_acquire()
                return
            except LockHeldError:
                if time.monotonic() >= deadline:
                    raise
            time.sleep(0.05)

    def _try_acquire(self) -> None:
        if self._fd is not None:
            raise LockHeldError(Holder.me())
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        try:
            locked = _os_lock(fd)
            if locked is False:
                raise LockHeldError(self.holder())
            holder = self.holder()
            if holder is not None:
                # A network drive may keep OS locks to one computer: a holder recorded on
                # another one is respected. Without OS locks, the record decides.
                if not holder.on_this_computer or (locked is None and holder.runs()):
                    raise LockHeldError(holder)
                log.warning("taking over the stale lock %s of %s", self.path, holder)
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, Holder.me().to_json().encode("utf-8"))
                os.fsync(fd)
            except OSError as exc:
                if locked is None:  # without an OS lock the record is the lock
                    raise
                # the record only names the holder; a full disk must not stop the lock
                log.warning("cannot record the holder in %s: %s", self.path, exc)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # an empty lock file is a free one, also without OS locks
        except OSError:
            pass
        finally:
            os.close(fd)  # ends the OS lock


def _os_lock(fd: int) -> bool | None:
    """Take the operating system's lock on ``fd``: True when taken, False when another
    holder has it, None when the file system has no such lock."""
    if sys.platform == "win32":  # pragma: no cover - not run on the test machine
        import msvcrt

        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError as exc:
            return False if exc.errno in (errno.EACCES, errno.EDEADLK) else None
        finally:
            os.lseek(fd, position, os.SEEK_SET)
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            return None
        raise
    return True


class WriterLock:
    """The one-writer lock of a data folder, shared within this process.

    ``WriterLock.acquire(data_dir)`` raises :class:`StoreLockedError` (a Dutch message) when
    another copy of Jobhunter writes the store; use it as a context manager or ``release()``.
    """

    _held: ClassVar[dict[Path, WriterLock]] = {}
    _guard: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, key: Path, lock: FileLock) -> None:
        self._key = key
        self._lock = lock
        self._count = 0

    @classmethod
    def acquire(cls, data_dir: Path) -> WriterLock:
        key = Path(data_dir).resolve()
        with cls._guard:
            current = cls._held.get(key)
            if current is None:
                lock = FileLock(key / LOCK_FILENAME)
                try:
                    lock.acquire()
                except LockHeldError as held:
                    raise _locked_error(lock.path, held.holder) from None
                except OSError as exc:
                    log.warning("cannot lock %s: %s", lock.path, exc)
                    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                        raise disk_full(key) from exc
                    raise StoreError(f"Kan {lock.path} niet vastleggen: {reason(exc)}.") from exc
                current = cls._held[key] = cls(key, lock)
            current._count += 1
            return current

    @classmethod
    def is_held(cls, data_dir: Path) -> bool:
        """Does this process hold the writer lock of ``data_dir``?"""
        return Path(data_dir).resolve() in cls._held

    def release(self) -> None:
        with self._guard:
            self._count -= 1
            if self._count > 0:
                return
            self._held.pop(self._key, None)
            self._lock.release()

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _locked_error(path: Path, holder: Holder | None) -> StoreLockedError:
    if holder is None:
        return StoreLockedError(
            "Jobhunter is al geopend met deze gegevens; sluit dat venster eerst."
        )
    if holder.on_this_computer:
        return StoreLockedError(
            f"Jobhunter is al geopend met deze gegevens ({holder.describe()}); "
            "sluit dat venster eerst."
        )
    return StoreLockedError(
        f"Jobhunter is al geopend met deze gegevens ({holder.describe()}); sluit het daar. "
        f"Is het daar niet meer open, verwijder dan {path}."
    )
