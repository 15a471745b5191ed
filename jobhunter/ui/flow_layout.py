"""A row of widgets that wraps onto the next line when it is full.

A section's buttons ("Attach file…", "Open", "Mark as current CV", "Remove") in one row set
the section's minimum width; wrapped, they take another line on a narrow laptop screen
instead of widening the window.

A widget that places its children itself, not a ``QLayout`` subclass: Qt asks a layout for
its items until ``itemAt`` returns nothing, and a Python ``itemAt`` returning None loses a
reference to None each time in PySide6 (the interpreter aborts after enough layouts).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FlowBox(QWidget):
    """Its widgets side by side, as many to a line as fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addWidget(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._widgets.append(widget)
        self.updateGeometry()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(width, move=False)

    def sizeHint(self) -> QSize:
        shown = [w.sizeHint() for w in self._widgets if not w.isHidden()]
        width = sum(h.width() for h in shown) + self._spacing * max(len(shown) - 1, 0)
        return QSize(width, max((h.height() for h in shown), default=0))

    def minimumSizeHint(self) -> QSize:
        widest = max((w.sizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest, self._arrange(widest, move=False))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width(), move=True)

    def _arrange(self, width: int, *, move: bool) -> int:
        """Place the widgets (``move``) or only measure; returns the height they take."""
        x = y = line_height = 0
        for widget in self._widgets:
            if widget.isHidden():
                continue
            hint = widget.sizeHint()
            if x > 0 and x + hint.width() > width:
                x, y = 0, y + line_height + self._spacing
                line_height = 0
            if move:
                widget.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height


def button_row(*widgets: QWidget) -> QWidget:
    """A wrapping row of buttons (and such) for the foot of a section."""
    row = FlowBox()
    for widget in widgets:
        row.addWidget(widget)
    return row
