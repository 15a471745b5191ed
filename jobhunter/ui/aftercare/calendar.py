"""Month and week views of the aftercare calendar, painted, with colour by kind.

Both show the appointments they are given (``set_period_rows``); clicking selects, a
double-click opens, and in the week view a block dragged to another day or time asks the
page to move it (``moveRequested``), snapped to a quarter of an hour.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from jobhunter.models.enums import AppointmentKind, AppointmentStatus
from jobhunter.services.activity import AppointmentRow
from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.services.public_holidays import public_holidays
from jobhunter.ui.labels import label, tr
from jobhunter.ui.shortcuts import translated_keys
from jobhunter.ui.translate import QT_TRANSLATE_NOOP

KIND_COLOURS = {
    AppointmentKind.EMPLOYEE_CHECKIN: QColor("#2e7d32"),
    AppointmentKind.EMPLOYER_EVALUATION: QColor("#1565c0"),
    AppointmentKind.JOBCOACH: QColor("#6a1b9a"),
    AppointmentKind.PROBLEM_FOLLOWUP: QColor("#d84315"),
}
TODAY_BG = QColor("#e3f0ff")
OVERDUE = QColor("#a4262c")
GRID = QColor("#d5d9de")
MUTED = QColor("#6b6b6b")
CLOSED_BG = QColor("#f7f8fa")  # weekends and public holidays
FIRST_HOUR, LAST_HOUR = 7, 19
SNAP_MINUTES = 15
#: the width of Saturday and Sunday against a working day: little happens then, and the
#: working days get the room to show whom an appointment is with
WEEKEND_SHARE = 0.45


def day_edges(left: float, width: float) -> list[int]:
    """The x of each day's left edge and of Sunday's right edge (eight values) for a week
    drawn from ``left`` over ``width`` pixels, with narrow weekend days."""
    shares = [1.0] * 5 + [WEEKEND_SHARE] * 2
    unit = width / sum(shares)
    edges, x = [], left
    for share in shares:
        edges.append(round(x))
        x += share * unit
    edges.append(round(left + width))
    return edges


#: the keys the calendars handle in ``keyPressEvent``, for the shortcuts page
CALENDAR_KEYS = (
    QT_TRANSLATE_NOOP("CalendarView", "Aftercare calendar"),
    [
        (QT_TRANSLATE_NOOP("CalendarView", "← → ↑ ↓"),
         QT_TRANSLATE_NOOP("CalendarView", "Choose the previous or next appointment")),
        (QT_TRANSLATE_NOOP("CalendarView", "Enter"),
         QT_TRANSLATE_NOOP("CalendarView", "Open the appointment")),
        (QT_TRANSLATE_NOOP("CalendarView", "Page Up / Page Down"),
         QT_TRANSLATE_NOOP("CalendarView", "The previous or next week or month")),
    ],
)  # fmt: skip
WEEK_KEYS = [
    (QT_TRANSLATE_NOOP("CalendarView", "Ctrl+← / Ctrl+→"),
     QT_TRANSLATE_NOOP("CalendarView", "Move the appointment a day back or on")),
    (QT_TRANSLATE_NOOP("CalendarView", "Ctrl+↑ / Ctrl+↓"),
     QT_TRANSLATE_NOOP("CalendarView", "Move the appointment a quarter of an hour")),
]  # fmt: skip


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def _describe(row: AppointmentRow) -> str:
    """The whole of an appointment, for a tooltip: blocks and chips cut their text."""
    start, end = _local(row.starts_at), _local(row.ends_at)
    who = " — ".join(part for part in (row.client_name, row.employer_name) if part)
    lines = [f"{start:%d-%m-%Y %H:%M}–{end:%H:%M}  {label(row.kind)}", who, row.location or ""]
    return "\n".join(line for line in lines if line)


def _short_name(row: AppointmentRow) -> str:
    """Whom an appointment is with, in a word or two: the client, else the employer."""
    return row.client_name or row.employer_name or ""


WEEKDAYS = (
    QT_TRANSLATE_NOOP("calendar", "Mon"), QT_TRANSLATE_NOOP("calendar", "Tue"),
    QT_TRANSLATE_NOOP("calendar", "Wed"), QT_TRANSLATE_NOOP("calendar", "Thu"),
    QT_TRANSLATE_NOOP("calendar", "Fri"), QT_TRANSLATE_NOOP("calendar", "Sat"),
    QT_TRANSLATE_NOOP("calendar", "Sun"),
)  # fmt: skip
MONTHS = (
    QT_TRANSLATE_NOOP("calendar", "January"), QT_TRANSLATE_NOOP("calendar", "February"),
    QT_TRANSLATE_NOOP("calendar", "March"), QT_TRANSLATE_NOOP("calendar", "April"),
    QT_TRANSLATE_NOOP("calendar", "May"), QT_TRANSLATE_NOOP("calendar", "June"),
    QT_TRANSLATE_NOOP("calendar", "July"), QT_TRANSLATE_NOOP("calendar", "August"),
    QT_TRANSLATE_NOOP("calendar", "September"), QT_TRANSLATE_NOOP("calendar", "October"),
    QT_TRANSLATE_NOOP("calendar", "November"), QT_TRANSLATE_NOOP("calendar", "December"),
)  # fmt: skip


def weekday_names() -> list[str]:
    return [tr(name, "calendar") for name in WEEKDAYS]


class CalendarView(QWidget):
    appointmentSelected = Signal(object)  # id
    appointmentActivated = Signal(object)  # id (double-click)
    daySelected = Signal(object)  # date (double-click on a free spot)
    stepRequested = Signal(int)  # Page Up / Page Down: the previous or next period

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.rows: list[AppointmentRow] = []
        self.anchor = clock.today()
        self.selected: uuid.UUID | None = None
        self._hits: list[tuple[QRect, uuid.UUID]] = []
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    @classmethod
    def key_help(cls) -> tuple[str, list[tuple[str, str]]]:
        """The keys the calendar handles itself (for Help → Keyboard shortcuts)."""
        title, keys = CALENDAR_KEYS
        if issubclass(cls, WeekView):
            keys = [*keys, *WEEK_KEYS]
        return translated_keys("CalendarView", (title, keys))

    # --- the period -----------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        raise NotImplementedError

    def step(self, direction: int) -> None:
        raise NotImplementedError

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self.update()

    def set_rows(self, rows: Sequence[AppointmentRow]) -> None:
        self.rows = list(rows)
        self.update()

    def title(self) -> str:
        raise NotImplementedError

    def holidays(self) -> dict[date, str]:
        """The public holidays in the period shown, by day, named in the UI's language."""
        start, end = self.period()
        language = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
        return public_holidays({start.year, (end - timedelta(days=1)).year}, language)

    # --- hit testing ----------------------------------------------------------------------
    def appointment_at(self, point: QPoint) -> uuid.UUID | None:
        for rect, appointment_id in reversed(self._hits):
            if rect.contains(point):
                return appointment_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.appointment_at(event.position().toPoint())
        if found is not None:
            self.selected = found
            self.appointmentSelected.emit(found)
            self.update()
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.appointment_at(event.pos())
            row = next((r for r in self.rows if r.id == found), None)
            day = self.day_at(event.pos()) if row is None else None
            text = _describe(row) if row else self.holidays().get(day) if day else None
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys walk the appointments of the period in time order; Enter opens one;
        Page Up and Page Down turn to the previous and next period."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.appointmentActivated.emit(self.selected)
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.stepRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        steps: dict[int, int] = {
            Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1,
        }  # fmt: skip
        if key not in steps:
            super().keyPressEvent(event)
            return
        start, end = self.period()
        shown = sorted(
            (r for r in self.rows if start <= _local(r.starts_at).date() < end),
            key=lambda r: (r.starts_at, r.id),
        )
        if not shown:
            return
        ids = [r.id for r in shown]
        if self.selected in ids:
            position = min(max(ids.index(self.selected) + steps[key], 0), len(ids) - 1)
        else:
            position = 0 if steps[key] > 0 else len(ids) - 1
        self.selected = ids[position]
        self.appointmentSelected.emit(self.selected)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.appointment_at(event.position().toPoint())
        if found is not None:
            self.appointmentActivated.emit(found)
        else:
            day = self.day_at(event.position().toPoint())
            if day is not None:
                self.daySelected.emit(day)

    def day_at(self, point: QPoint) -> date | None:
        return None

    def _is_overdue(self, row: AppointmentRow) -> bool:
        return row.is_overdue(self.clock.now())

    def _chip_colours(self, row: AppointmentRow) -> tuple[QColor, QColor]:
        """Fill and text colour: done is lighter, cancelled grey."""
        base = KIND_COLOURS.get(row.kind, MUTED)
        if row.status is AppointmentStatus.CANCELLED:
            return QColor("#eceef1"), MUTED
        if row.status is AppointmentStatus.DONE:
            fill = QColor(base)
            fill.setAlpha(70)
            return fill, QColor("#1d1f23")
        return base, QColor("#ffffff")


class MonthView(CalendarView):
    """Six weeks from the Monday before the first of the month; chips per day."""

    HEADER = 24
    CHIP = 17

    def period(self) -> tuple[date, date]:
        first = self.anchor.replace(day=1)
        start = monday_of(first)
        return start, start + timedelta(days=42)

    def step(self, direction: int) -> None:
        month = self.anchor.month - 1 + direction
        year = self.anchor.year + month // 12
        self.set_anchor(date(year, month % 12 + 1, 1))

    def title(self) -> str:
        return f"{tr(MONTHS[self.anchor.month - 1], 'calendar')} {self.anchor.year}"

    def _cell(self, index: int) -> QRect:
        edges = day_edges(0, self.width() - 1)
        height = (self.height() - self.HEADER - 1) / 6
        row, column = divmod(index, 7)
        # edges from the same rounding, so neighbours share a border instead of doubling it
        left, right = edges[column], edges[column + 1]
        top, bottom = round(self.HEADER + row * height), round(self.HEADER + (row + 1) * height)
        return QRect(left, top, right - left, bottom - top)

    def day_at(self, point: QPoint) -> date | None:
        start, _end = self.period()
        for index in range(42):
            if self._cell(index).contains(point):
                return start + timedelta(days=index)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        start, _end = self.period()
        today = self.clock.today()
        by_day: dict[date, list[AppointmentRow]] = {}
        for row in sorted(self.rows, key=lambda r: r.starts_at):
            by_day.setdefault(_local(row.starts_at).date(), []).append(row)
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        metrics = QFontMetrics(small)
        edges = day_edges(0, self.width() - 1)
        painter.setPen(MUTED)
        for column, name in enumerate(weekday_names()):
            painter.drawText(
                QRect(edges[column], 0, edges[column + 1] - edges[column], self.HEADER),
                int(Qt.AlignmentFlag.AlignCenter),
                name,
            )
        self._hits = []
        holidays = self.holidays()
        for index in range(42):
            day = start + timedelta(days=index)
            cell = self._cell(index)
            if day == today:
                painter.fillRect(cell, TODAY_BG)
            elif day.weekday() >= 5 or day in holidays:
                painter.fillRect(cell, CLOSED_BG)
            painter.setPen(GRID)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            bold = QFont(font)
            bold.setBold(day == today)
            painter.setFont(bold)
            painter.setPen(QColor("#1d1f23") if day.month == self.anchor.month else MUTED)
            painter.drawText(cell.adjusted(4, 2, -4, 0), int(Qt.AlignmentFlag.AlignLeft),
                             str(day.day))  # fmt: skip
            painter.setFont(small)
            if day in holidays:
                painter.setPen(MUTED)
                name_room = cell.adjusted(26, 3, -4, 0)
                painter.drawText(name_room, int(Qt.AlignmentFlag.AlignRight),
                                 metrics.elidedText(holidays[day], Qt.TextElideMode.ElideRight,
                                                    name_room.width()))  # fmt: skip
            rows = by_day.get(day, [])
            room = max(0, (cell.height() - 20) // self.CHIP)
            shown = rows if len(rows) <= room else rows[: max(0, room - 1)]
            for number, row in enumerate(shown):
                chip = QRect(cell.left() + 3, cell.top() + 18 + number * self.CHIP,
                             cell.width() - 6, self.CHIP - 2)  # fmt: skip
                fill, text = self._chip_colours(row)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(chip), 3, 3)
                if self._is_overdue(row) or row.id == self.selected:
                    painter.setPen(QPen(OVERDUE if row.id != self.selected else QColor("#111"), 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(QRectF(chip), 3, 3)
                painter.setPen(text)
                caption = f"{_local(row.starts_at):%H:%M} {_short_name(row)}"
                painter.drawText(
                    chip.adjusted(4, 0, -2, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    metrics.elidedText(caption, Qt.TextElideMode.ElideRight, chip.width() - 6),
                )
                self._hits.append((chip, row.id))
            if len(shown) < len(rows):
                painter.setPen(MUTED)
                more = tr(QT_TRANSLATE_NOOP("calendar", "+%1 more"), "calendar").replace(
                    "%1", str(len(rows) - len(shown))
                )
                painter.drawText(
                    QRect(
                        cell.left() + 4,
                        cell.top() + 18 + len(shown) * self.CHIP,
                        cell.width() - 8,
                        self.CHIP,
                    ),
                    int(Qt.AlignmentFlag.AlignLeft),
                    more,
                )
        painter.end()


class WeekView(CalendarView):
    """Monday to Sunday, 07:00 to 19:00 (or wider, see ``hours``); drag a block to move it."""

    moveRequested = Signal(object, object)  # id, new start (aware datetime)

    HEADER = 28
    GUTTER = 46

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        #: the block being dragged, where the press was, and how far below its top
        self._drag: tuple[uuid.UUID, QPoint, int] | None = None
        self._drop: QRect | None = None
        #: the hours shown; painting and every hit test read them, so they are kept
        self._hours = (FIRST_HOUR, LAST_HOUR)

    def period(self) -> tuple[date, date]:
        start = monday_of(self.anchor)
        return start, start + timedelta(days=7)

    def set_anchor(self, day: date) -> None:
        super().set_anchor(day)
        self._hours = self._fit_hours()

    def set_rows(self, rows: Sequence[AppointmentRow]) -> None:
        super().set_rows(rows)
        self._hours = self._fit_hours()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+arrows move the chosen appointment: a day left or right, to the quarter of an
        hour before or after (as Ctrl+arrows move a card on the pipeline board)."""
        key = event.key()
        row = next((r for r in self.rows if r.id == self.selected), None)
        if (
            not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
            or row is None
        ):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            # a day on the local clock: the same time of day, also across a DST change
            days = timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
            local = _local(row.starts_at).replace(tzinfo=None) + days
            starts = local.replace(tzinfo=LOCAL_TZ)
        else:
            # a quarter in real time, snapped as a drag snaps (quarters are the same in UTC)
            seconds, quarter = int(row.starts_at.timestamp()), SNAP_MINUTES * 60
            if key == Qt.Key.Key_Down:
                seconds = (seconds // quarter + 1) * quarter
            else:
                seconds = -(-seconds // quarter) * quarter - quarter
            starts = datetime.fromtimestamp(seconds, LOCAL_TZ)
        self.moveRequested.emit(row.id, starts)

    def step(self, direction: int) -> None:
        self.set_anchor(self.anchor + timedelta(weeks=direction))

    def title(self) -> str:
        start, end = self.period()
        last = end - timedelta(days=1)
        week = start.isocalendar().week
        text = tr(QT_TRANSLATE_NOOP("calendar", "Week %1: %2 – %3"), "calendar")
        return (
            text.replace("%1", str(week))
            .replace("%2", start.strftime("%d-%m"))
            .replace("%3", last.strftime("%d-%m-%Y"))
        )

    # geometry: narrow weekend days (see ``day_edges``)
    def _edges(self) -> list[int]:
        return day_edges(self.GUTTER, self.width() - self.GUTTER - 1)

    def column_width(self, column: int) -> int:
        """The width of a day's column (0 = Monday): Saturday and Sunday are narrower."""
        edges = self._edges()
        return edges[column + 1] - edges[column]

    def _column_at(self, x: int) -> int | None:
        edges = self._edges()
        return next((c for c in range(7) if edges[c] <= x < edges[c + 1]), None)

    def hours(self) -> tuple[int, int]:
        """The hours shown: 07:00 to 19:00, wider when an appointment of the week is earlier
        or later, so that none is squeezed onto the edge."""
        return self._hours

    def _fit_hours(self) -> tuple[int, int]:
        start, end = self.period()
        first, last = FIRST_HOUR, LAST_HOUR
        for row in self.rows:
            begins, ends = _local(row.starts_at), _local(row.ends_at)
            if start <= begins.date() < end:
                first = min(first, begins.hour)
                ends_hour = (
                    ends.hour + (1 if ends.minute else 0) if ends.date() == begins.date() else 24
                )
                last = max(last, ends_hour)
        return first, last

    def _hour_height(self) -> float:
        first, last = self.hours()
        return (self.height() - self.HEADER - 1) / (last - first)

    def _y(self, moment: datetime) -> float:
        first, last = self.hours()
        hours = moment.hour + moment.minute / 60 - first
        return self.HEADER + min(max(hours, 0), last - first) * self._hour_height()

    def slot_at(self, point: QPoint) -> datetime | None:
        """The day and time (snapped to a quarter) under a point, or None outside the grid."""
        if point.x() < self.GUTTER or point.y() < self.HEADER:
            return None
        column = self._column_at(point.x())
        if column is None:
            return None
        first, last = self.hours()
        minutes = (point.y() - self.HEADER) / self._hour_height() * 60
        minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = min(max(minutes, 0), (last - first) * 60 - SNAP_MINUTES)
        day = self.period()[0] + timedelta(days=column)
        return datetime.combine(day, time(first), tzinfo=LOCAL_TZ) + timedelta(minutes=minutes)

    def day_at(self, point: QPoint) -> date | None:
        slot = self.slot_at(point)
        return slot.date() if slot else None

    def block_rect(self, row: AppointmentRow, lane: int = 0, lanes: int = 1) -> QRect:
        start = _local(row.starts_at)
        column = (start.date() - self.period()[0]).days
        edges = self._edges()
        width = edges[column + 1] - edges[column]
        lane_width = (width - 4) / lanes
        x = edges[column] + 2 + lane * lane_width
        top = self._y(start)
        bottom = max(self._y(_local(row.ends_at)), top + 14)
        return QRect(round(x), round(top), round(lane_width - 1), round(bottom - top))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        start, end = self.period()
        today = self.clock.today()
        edges = self._edges()
        hour = self._hour_height()
        names = weekday_names()
        holidays = self.holidays()
        for column in range(7):
            day = start + timedelta(days=column)
            x, width = edges[column], edges[column + 1] - edges[column]
            if day == today:
                painter.fillRect(QRect(x, 0, width, self.height()), TODAY_BG)
            elif day.weekday() >= 5 or day in holidays:
                painter.fillRect(QRect(x, 0, width, self.height()), CLOSED_BG)
            bold = QFont(self.font())
            bold.setBold(day == today)
            painter.setFont(bold)
            painter.setPen(QColor("#1d1f23"))
            heading = f"{names[column]} {day.day}-{day.month}"
            if QFontMetrics(bold).horizontalAdvance(heading) > width - 4:
                heading = f"{names[column]} {day.day}"  # a narrow weekend day
            painter.drawText(QRect(x, 0, width, self.HEADER),
                             int(Qt.AlignmentFlag.AlignCenter), heading)  # fmt: skip
            if day in holidays:  # its name at the top of the day, where nothing is planned
                small = QFont(self.font())
                small.setItalic(True)
                painter.setFont(small)
                painter.setPen(MUTED)
                painter.drawText(QRect(x + 3, self.HEADER + 3, width - 6, round(hour)),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                                 holidays[day])  # fmt: skip
        painter.setFont(self.font())
        first, last = self.hours()
        for number in range(last - first + 1):
            y = round(self.HEADER + number * hour)
            painter.setPen(GRID)
            painter.drawLine(self.GUTTER, y, self.width(), y)
            painter.setPen(MUTED)
            painter.drawText(QRect(0, y - 8, self.GUTTER - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{first + number:02d}:00")  # fmt: skip
        for x in edges:
            painter.setPen(GRID)
            painter.drawLine(x, self.HEADER, x, self.height())
        now = _local(self.clock.now())
        if start <= now.date() < end and first <= now.hour < last:
            column = (now.date() - start).days
            painter.setPen(QPen(OVERDUE, 2))
            painter.drawLine(
                edges[column], round(self._y(now)), edges[column + 1], round(self._y(now))
            )

        self._hits = []
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        for row, lane, lanes in self._lanes():
            rect = self.block_rect(row, lane, lanes)
            fill, text = self._chip_colours(row)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect), 4, 4)
            if self._is_overdue(row) or row.id == self.selected:
                painter.setPen(QPen(OVERDUE if row.id != self.selected else QColor("#111"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(rect), 4, 4)
            painter.setPen(text)
            # whom it is with comes first: a half-hour block has room for one line, and its
            # colour already says what kind of appointment it is
            caption = f"{_local(row.starts_at):%H:%M} {_short_name(row)}".strip()
            narrow = rect.width() < 100 and metrics.horizontalAdvance(caption) > rect.width() - 6
            if narrow and _short_name(row):
                caption = _short_name(row)  # a narrow lane: the block's place says the time
            lines = [caption, label(row.kind)]
            if row.location:
                lines.append(row.location)
            y = rect.top() + 2
            for line in lines:
                if y + metrics.height() > rect.bottom() + 2:
                    break
                painter.drawText(
                    QRect(rect.left() + 4, y, rect.width() - 6, metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft),
                    metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width() - 6),
                )
                y += metrics.height()
            self._hits.append((rect, row.id))
        if self._drop is not None:
            painter.setPen(QPen(QColor("#111"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._drop)
        painter.end()

    def _lanes(self) -> list[tuple[AppointmentRow, int, int]]:
        """Side-by-side lanes for appointments that overlap on a day."""
        start, end = self.period()
        visible = sorted(
            (r for r in self.rows if start <= _local(r.starts_at).date() < end),
            key=lambda r: (r.starts_at, r.ends_at),
        )
        placed: list[tuple[AppointmentRow, int, int]] = []
        group: list[tuple[AppointmentRow, int]] = []
        group_end: datetime | None = None

        def flush() -> None:
            lanes = max((lane for _, lane in group), default=-1) + 1
            placed.extend((row, lane, lanes) for row, lane in group)

        for row in visible:
            if group_end is not None and (
                row.starts_at >= group_end
                or _local(row.starts_at).date() != _local(group[0][0].starts_at).date()
            ):
                flush()
                group, group_end = [], None
            used = {lane for r, lane in group if r.ends_at > row.starts_at}
            lane = next(n for n in range(len(group) + 1) if n not in used)
            group.append((row, lane))
            group_end = max(group_end or row.ends_at, row.ends_at)
        flush()
        return placed

    # dragging
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = event.position().toPoint()
        found = self.appointment_at(point)
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            top = next(rect.top() for rect, hit in self._hits if hit == found)
            self._drag = (found, point, point.y() - top)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        point = event.position().toPoint()
        if (point - self._drag[1]).manhattanLength() < 6:
            return
        row = next((r for r in self.rows if r.id == self._drag[0]), None)
        slot = self.slot_at(QPoint(point.x(), point.y() - self._drag[2]))
        if row is None or slot is None:
            self._drop = None
        else:
            length = row.ends_at - row.starts_at
            moved = dataclasses.replace(row, starts_at=slot, ends_at=slot + length)
            self._drop = self.block_rect(moved)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag, self._drop = self._drag, None, None
        self.update()
        if drag is None:
            return
        point = event.position().toPoint()
        if (point - drag[1]).manhattanLength() < 6:
            return
        slot = self.slot_at(QPoint(point.x(), point.y() - drag[2]))
        row = next((r for r in self.rows if r.id == drag[0]), None)
        if slot is not None and row is not None and slot != _local(row.starts_at):
            self.moveRequested.emit(drag[0], slot)
