"""Editors that know when an edit is finished, and a tri-state yes/no/unknown choice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from jobhunter.ui.labels import tr


class PlainTextEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when the user leaves it."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(72)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class TriStateBox(QComboBox):
    """Yes, no or not known (None): many intake facts are simply not known yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(tr(QT_TRANSLATE_NOOP("widgets", "unknown"), "widgets"), None)
        self.addItem(tr(QT_TRANSLATE_NOOP("widgets", "yes"), "widgets"), True)
        self.addItem(tr(QT_TRANSLATE_NOOP("widgets", "no"), "widgets"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class OptionalSpinBox(QSpinBox):
    """A number that may be unknown: the value below the range shows as a dash."""

    def __init__(self, low: int, high: int, empty_text: str = "–", parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText(empty_text)

    def value_or_none(self) -> int | None:
        value = self.value()
        return None if value == self.minimum() else value

    def set_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)
