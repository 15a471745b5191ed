"""No accidental edits by the mouse wheel, application-wide.

Scrolling down a long form, the pointer passes over drop-downs, spin boxes and date fields;
Qt lets the wheel change whichever one is under it, focused or not, and the form saves what
it shows. One event filter on the application fixes that for every widget, present and
future: a wheel over such a field that does not have the keyboard focus scrolls the page
instead, and the wheel no longer gives those fields the focus. Once the user has clicked or
tabbed into a field, the wheel changes its value as before.
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # the wheel must not hand out the focus either: the next turn would then edit
            if isinstance(watched, QWidget) and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
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
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
