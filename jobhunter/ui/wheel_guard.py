"""No accidental edits by the mouse wheel, application-wide.

Scrolling down a long form, the pointer passes over drop-downs, spin boxes and date fields;
Qt lets the wheel change whichever one is under it, focused or not, and the form saves what
it shows. One event filter on the application fixes that for every widget, present and
future: a wheel over such a field that does not have the keyboard focus scrolls the page
instead, and the wheel no longer gives those fields the focus. Once the user has clicked or
tabbed into a field, the wheel changes its value as before.

Every event of the application passes the filter, which costs a Python call each; while a
window is being built (thousands of events, no wheel possible yet) the guard is paused, and
the fields made meanwhile are taken in when it resumes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)
from shiboken6 import Shiboken

#: the kinds of field whose value a stray wheel would change
GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(widget: QObject) -> QWidget | None:
    """The guarded field ``widget`` is (or is part of: a spin box's line edit), if any."""
    while isinstance(widget, QWidget):
        if isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar):
            return widget
        if widget.isWindow():
            return None
        parent = widget.parentWidget()
        if not isinstance(parent, QAbstractSpinBox | QComboBox):
            return None
        widget = parent
    return None


class WheelGuard(QObject):
    """The application's event filter (see the module docstring)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._paused = 0
        app.installEventFilter(self)

    def pause(self) -> None:
        """Stop filtering while a window is built (pair with ``resume``)."""
        self._paused += 1
        if self._paused == 1:
            self._app.removeEventFilter(self)

    def resume(self) -> None:
        """Filter again, and take in the fields made while paused."""
        self._paused = max(self._paused - 1, 0)
        if self._paused:
            return
        for widget in QApplication.allWidgets():
            if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the application passes here: the cheap checks come first
        if not isinstance(event, QWheelEvent):
            if isinstance(watched, GUARDED) and event.type() == QEvent.Type.Polish:
                # the wheel must not hand out the focus either: the next turn would then edit
                policy = watched.focusPolicy()
                if policy == Qt.FocusPolicy.WheelFocus:
                    watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        field = _guarded(watched)
        if field is None or field.hasFocus():
            return False
        scroller = _scroll_area_of(field)
        if scroller is not None:
            forwarded = QWheelEvent(
                event.position(),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QCoreApplication.sendEvent(scroller.viewport(), forwarded)
        return True  # the field itself never sees it


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def install_wheel_guard(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the guard on the application (once; later calls return the same guard)."""
    global _guard
    app = app or QApplication.instance()
    assert app is not None, "a QApplication must exist"
    if _guard is None or not Shiboken.isValid(_guard):
        _guard = WheelGuard(app)
    return _guard
