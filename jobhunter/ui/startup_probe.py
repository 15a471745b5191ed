"""A hook for the benchmark: the moment the window is first painted with the Caseload filled.

With ``JOBHUNTER_EXIT_AT_FIRST_PAINT=1`` in the environment, the window watches the
Caseload list; right after the first paint that shows rows in it (the paint reaches the
screen when the event it belongs to is done, so a zero-timer set during the paint runs just
after), it prints ``first-paint <time.monotonic()>`` on stdout and the process ends at once,
without closing anything (the writer lock ends with the process). ``benchmarks/bench.py``
takes the time just before it starts the process, on the same clock (``time.monotonic``).

Without the variable nothing is installed: the hook costs a normal start one lookup.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

ENV = "JOBHUNTER_EXIT_AT_FIRST_PAINT"


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class _FirstPaint(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            model = self._view.model()
            if model is not None and model.rowCount() > 0:
                self._fired = True
                QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    sys.stdout.write(f"first-paint {time.monotonic():.6f}\n")
    sys.stdout.flush()
    os._exit(0)


def install(view: QAbstractItemView) -> None:
    """Watch ``view`` (the Caseload list) for its first paint with rows, when asked to."""
    view.viewport().installEventFilter(_FirstPaint(view))
