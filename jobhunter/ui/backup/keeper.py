"""Looking after the open store in the background, so the user never waits for it.

After the window shows, the full integrity check of the store runs; a while later (when the
first minutes of work are under way) the automatic backup, when anything changed, and now
and then a re-check of an old backup; then every hour, a backup when anything changed since.
Each job runs on a thread of its own at the lowest CPU priority the system grants a thread
(Linux: nice 19, which also lowers its disk priority), and SQLite lets go of Python's lock
while it works, so the window stays as quick as without it. Closing the window cancels a
running job at once (SQLite is interrupted); a job killed with the process leaves only
temporary files that the next start removes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from jobhunter.services import backup
from jobhunter.services.cancel import Cancel, CancelledError
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.integrity import damage_problem, file_damage
from jobhunter.services.privacy.redact import describe_error
from jobhunter.services.store import Store
from jobhunter.services.store_errors import StoreDamagedError, StoreError

log = logging.getLogger(__name__)

#: after the window shows: the integrity check; the first backup; backups when changed
CHECK_DELAY_MS = 3_000
BACKUP_DELAY_MS = 90_000
BACKUP_INTERVAL_MS = 60 * 60 * 1000


def lower_this_thread() -> None:
    """Give the calling thread the lowest CPU (and with it disk) priority, where the system
    lets a thread have its own."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives (queued)."""

    done = Signal(object, object)
    failed = Signal(object, object)


class LowPriorityWorker:
    """Runs one job at a time on a thread of its own at low priority; ``stop`` cancels it."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._cancel = Cancel()
        self._relay = _Relay()
        self._relay.done.connect(lambda callback, value: callback(value))
        self._relay.failed.connect(lambda callback, exc: callback(exc))

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run(
        self,
        work: Callable[[Cancel], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if self.busy:
            raise RuntimeError("a background job is still running")
        cancel = self._cancel = Cancel()

        def job() -> None:
            lower_this_thread()
            try:
                result = work(cancel)
            except CancelledError:
                return
            except Exception as exc:  # handed to on_error; the thread must not die loudly
                if not cancel.cancelled:
                    self._relay.failed.emit(on_error, exc)
                return
            if not cancel.cancelled:
                self._relay.done.emit(on_done, result)

        self._thread = threading.Thread(target=job, name="jobhunter-keeper", daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 60.0) -> bool:
        """Wait for the running job and deliver its result (for tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        QCoreApplication.processEvents()
        return not self.busy

    def stop(self, timeout: float = 5.0) -> None:
        self._cancel.cancel()
        if self._thread is not None:
            self._thread.join(timeout)


class StoreKeeper(QObject):
    """The background care of one open store (see the module's docstring)."""

    damaged = Signal(str)  # a Dutch message: the store is damaged, offer a backup
    checked = Signal()  # the integrity check found the store whole
    backupMade = Signal(object)  # the BackupInfo, None when nothing had changed
    backupFailed = Signal(str)  # a Dutch message

    def __init__(
        self,
        store: Store,
        clock: Clock = SYSTEM_CLOCK,
        parent: QObject | None = None,
        *,
        check_delay_ms: int = CHECK_DELAY_MS,
        backup_delay_ms: int = BACKUP_DELAY_MS,
        interval_ms: int = BACKUP_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.worker = LowPriorityWorker()
        self.is_damaged = False
        self._check_delay = check_delay_ms
        self._backup_timer = QTimer(self, singleShot=True, interval=backup_delay_ms)
        self._backup_timer.timeout.connect(self.backup_now)
        self._interval = interval_ms
        self._stopped = False

    def start(self) -> None:
        """Remove what interrupted backups left, then schedule the check and the backup."""
        removed = backup.clean_leftovers(self.store.data_dir)
        if removed:
            log.info("removed %d leftovers of interrupted backups", len(removed))
        QTimer.singleShot(self._check_delay, self.check_now)
        self._backup_timer.start()

    def check_now(self) -> None:
        if self._stopped:
            return
        if self.worker.busy:
            QTimer.singleShot(1000, self.check_now)
            return
        db_path = self.store.db_path
        self.worker.run(lambda cancel: file_damage(db_path, cancel), self._checked, self._failed)

    def _checked(self, faults: int) -> None:
        if faults:
            self.is_damaged = True
            self._backup_timer.stop()  # a copy of a damaged store helps no one
            self.damaged.emit(f"{damage_problem(faults)} Zet een reservekopie terug.")
        else:
            self.checked.emit()

    def backup_now(self) -> None:
        """The automatic backup (when anything changed) and a re-check of an old backup."""
        if self._stopped or self.is_damaged:
            return
        if self.worker.busy:
            self._backup_timer.start(5000)
            return
        store, clock = self.store, self.clock

        def work(cancel: Cancel) -> backup.BackupResult:
            result = backup.maybe_backup(store, clock, cancel)
            backup.reverify(store.data_dir, clock, cancel=cancel)
            return result

        self.worker.run(work, self._backed_up, self._failed)

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.backupMade.emit(result.info)
        if not self._stopped:
            self._backup_timer.start(self._interval)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StoreDamagedError):
            self.is_damaged = True
            self._backup_timer.stop()
            self.damaged.emit(str(exc))
            return
        if isinstance(exc, StoreError):
            self.backupFailed.emit(str(exc))
        else:
            log.error("background job failed", exc_info=exc)
            # the kind of failure only: an exception's text can carry SQL or record values
            self.backupFailed.emit(describe_error(exc))
        if not self._stopped:
            self._backup_timer.start(self._interval)

    def stop(self) -> None:
        """Cancel what runs and schedule nothing more (the window closes)."""
        self._stopped = True
        self._backup_timer.stop()
        self.worker.stop()
