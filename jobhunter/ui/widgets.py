"""Editors that know when an edit is finished, may stay empty, or say "not known"."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.ui.labels import tr
from jobhunter.ui.translate import QT_TRANSLATE_NOOP


class ElidedLabel(QLabel):
    """One line of text that asks for no width of its own: it gets the room its neighbours
    leave (give it a stretch), and what does not fit is cut with "…". The line never wraps,
    so it never asks its layout for more height either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 10)
        elided = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(elided)


class HeadingLabel(ElidedLabel):
    """A file's name in its header: whole where there is room, cut with "…" (and whole in
    its tooltip) where the header's buttons need the room on a narrow screen."""

    MINIMUM = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + 8
        return QSize(width, QLabel.sizeHint(self).height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.MINIMUM, self.sizeHint().width()), QLabel.sizeHint(self).height())


class MessageLabel(ElidedLabel):
    """A rule's message on one line that never moves the layout: cut where it does not fit
    (the whole text is its tooltip), and its height kept whether it shows a message or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setStyleSheet("color: #a4262c; font-weight: 600;")
        self.setMinimumHeight(self.fontMetrics().height() + 4)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)


class ElidingCheckBox(QCheckBox):
    """A check box whose text gives way (cut with "…", whole in the tooltip) where a narrow
    panel has no room for it, instead of widening the panel."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        # may shrink below its text (to ``minimumSizeHint``); grows no further than it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 96), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = (
            self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self).width()
        )
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)


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


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class OptionalDateEdit(QDateEdit):
    """A date field that may stay empty (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setSpecialValueText("–")
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))  # what the store takes (input_limits)
        self.clear_date()

    def clear_date(self) -> None:
        self.setDate(self.minimumDate())

    def value(self) -> date | None:
        return None if self.date() == self.minimumDate() else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.clear_date()
        else:
            self.setDate(to_qdate(value))


class OptionalDateTimeEdit(QDateTimeEdit):
    """A local date and time that may stay empty (a dash); values are aware datetimes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.setSpecialValueText("–")
        self.setMinimumDateTime(QDateTime(QDate(1990, 1, 1), QTime(0, 0)))
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setDateTime(self.minimumDateTime())

    def value(self) -> datetime | None:
        if self.dateTime() == self.minimumDateTime():
            return None
        d, t = self.date(), self.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(self.minimumDateTime())
            return
        local = value.astimezone(LOCAL_TZ)
        self.setDateTime(QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute)))
