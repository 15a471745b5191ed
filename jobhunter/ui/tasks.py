"""Slow work (a PDF, a packet, an import) off the GUI thread, with the result back on it.

``run_in_background(work, on_done, on_error)`` runs ``work()`` on Qt's global thread pool and
calls ``on_done(result)`` or ``on_error(exception)`` on the GUI thread afterwards. The window
stays responsive meanwhile; show a busy state between the call and the callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to on_error; the worker thread must not die
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class BackgroundTask:
    """A running piece of work; ``wait()`` blocks until it is done (for tests and closing)."""

    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.finished = False
        self._relay = _Relay()
        self._relay.done.connect(lambda result: self._finish(on_done, result))
        self._relay.failed.connect(lambda exc: self._finish(on_error, exc))
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(_Task(work, self._relay))

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self.finished = True
        BackgroundTask._running.discard(self)
        callback(value)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the pool and deliver the result (process queued signals)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while not self.finished and not deadline.hasExpired():
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()
        return self.finished


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask:
    return BackgroundTask(work, on_done, on_error)
