"""Work that waits until a widget has been painted once: what a start shows first comes
first, and what can follow a moment later (the first record's file) does not hold it up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget: a window closed first calls nothing
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The paint reaches the screen when its event is done; what was waiting by then
            # (the rest of the window's first paint, a key already pressed) goes first
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._run))
        return False

    def _run(self) -> None:
        self.deleteLater()
        self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, right after ``widget`` is first painted."""
    widget.installEventFilter(_AfterPaint(widget, callback))
