"""The "Vandaag" page: today's and overdue appointments, follow-ups and next actions.

A page in the window (Ctrl+5), not a window on top of the work: it opens by itself the first
time Jobhunter starts on a day and every morning, and stays up to date while the day goes
on. It shows whatever the agenda service lists, one line per item, grouped into what is for
today and what was left over; Enter or a double-click opens the record.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.agenda import AgendaItem, AgendaService
from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.services.store import Store
from jobhunter.ui.hub import Changes, listen
from jobhunter.ui.labels import label
from jobhunter.ui.widgets import to_qdate

OVERDUE_COLOUR = Qt.GlobalColor.darkRed


class TodayPage(QWidget):
    """The agenda of the day; ``openRecord(kind, id)`` when the user opens an item."""

    openRecord = Signal(str, object)

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartOfDay")
        self.clock = clock
        self.agenda = AgendaService(store, clock)
        self.items: list[AgendaItem] = []
        self._today: date = clock.today()
        self._stale = True

        self.heading = QLabel(self)
        self.heading.setObjectName("today_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("today_summary")
        self.list = QTreeWidget(self)
        self.list.setObjectName("agenda")
        self.list.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Where")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemsExpandable(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.list.itemActivated.connect(self._open)
        self.empty = QLabel(self.tr("Nothing planned for today, and nothing overdue."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6670; font-size: 12pt;")
        self.show_again = QCheckBox(
            self.tr("Open Jobhunter on this page in the morning and at the first start of a day"),
            self,
        )
        self.show_again.setChecked(True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.show_again)
        listen(self, None, self._take_changes)  # the agenda draws on every kind of record

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the agenda again and show it; the chosen item stays chosen."""
        self._stale = False
        chosen = self.current_record()
        self._today = self.clock.today()
        self.items = self.agenda.start_of_day()
        overdue = sum(i.overdue for i in self.items)
        later = sum(1 for i in self.items if not i.overdue and i.day > self._today)
        day = QLocale().toString(to_qdate(self._today), "dddd d MMMM yyyy")
        self.heading.setText(self.tr("Today, %1").replace("%1", day))
        self.summary.setText(
            self.tr("%1 for today, %2 overdue")
            .replace("%1", str(len(self.items) - overdue - later))
            .replace("%2", str(overdue))
        )
        self.list.clear()
        # what is for today first, then what was left over, then what comes up soon (an
        # arrangement that ends within a month)
        today = [i for i in self.items if not i.overdue and i.day <= self._today]
        coming = [i for i in self.items if not i.overdue and i.day > self._today]
        for title, group in (
            (self.tr("Today"), today),
            (self.tr("Overdue"), [i for i in self.items if i.overdue]),
            (self.tr("Coming up"), coming),
        ):
            if not group:
                continue
            heading = QTreeWidgetItem(self.list, [f"{title} ({len(group)})"])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for item in group:
                entry = QTreeWidgetItem(heading, self._columns(item))
                entry.setData(0, Qt.ItemDataRole.UserRole, (item.record_kind, str(item.record_id)))
                for column in range(1, 4):
                    entry.setToolTip(column, entry.text(column))
                if item.overdue:
                    for column in range(entry.columnCount()):
                        entry.setForeground(column, OVERDUE_COLOUR)
        self.list.expandAll()
        self.list.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        for column in (1, 3):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column) + 12, 320))
        if not self._select(chosen):
            first = self.entries()[:1]
            if first:
                self.list.setCurrentItem(first[0])

    def _take_changes(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._today != self.clock.today():
            self.refresh()

    # --- the list -------------------------------------------------------------------------
    def entries(self) -> list[QTreeWidgetItem]:
        """The openable rows, in the order shown (group headings left out)."""
        found = []
        for group in range(self.list.topLevelItemCount()):
            heading = self.list.topLevelItem(group)
            if heading is not None:
                found += [heading.child(c) for c in range(heading.childCount())]
        return [entry for entry in found if entry is not None]

    def current_record(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return tuple(data) if data else None

    def _select(self, record: tuple[str, str] | None) -> bool:
        for entry in self.entries():
            if record is not None and tuple(entry.data(0, Qt.ItemDataRole.UserRole)) == record:
                self.list.setCurrentItem(entry)
                return True
        return False

    def _columns(self, item: AgendaItem) -> list[str]:
        """When, what, who and where. Appointments, employers to follow up and clients'
        next actions are named as such; any other kind of item shows its own detail."""
        days = (self._today - item.day).days
        if item.arrangement is not None:  # a reminder ahead of the day it ends
            what = self.tr("%1 ends").replace("%1", label(item.arrangement))
            return [item.day.strftime("%d-%m"), what, item.title, ""]
        if item.overdue and days == 0 and item.at:  # earlier today, and left unrecorded
            when = self.tr("today %1").replace("%1", f"{item.at.astimezone(LOCAL_TZ):%H:%M}")
        elif item.overdue:
            when = self.tr("%1 (%n day(s) ago)", "", days).replace("%1", item.day.strftime("%d-%m"))
        elif item.at:
            when = item.at.astimezone(LOCAL_TZ).strftime("%H:%M")
        else:
            when = self.tr("today")
        where = ""
        if item.kind is not None:  # an appointment: its kind, and the detail is the place
            what, where = label(item.kind), item.detail or ""
        elif item.record_kind == "employer" and not item.detail:
            what = self.tr("Follow up employer")
        elif item.record_kind == "client" and not item.detail:
            what = self.tr("Next action")
        else:
            what = item.detail or ""
        return [when, what, item.title, where]

    def _open(self, entry: QTreeWidgetItem) -> None:
        data = entry.data(0, Qt.ItemDataRole.UserRole)
        if not data:  # a group heading
            return
        kind, record_id = data
        self.openRecord.emit(kind, uuid.UUID(record_id))
