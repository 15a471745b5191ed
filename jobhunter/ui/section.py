"""Building blocks of a record's file: small tables and a section that saves at once."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jobhunter.services.errors import ValidationError
from jobhunter.ui.columns import fit_columns
from jobhunter.ui.hub import announce
from jobhunter.ui.rich_text import RichTextDelegate, light_selection


def fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def make_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


#: rows measured beyond those in view when columns are sized to their contents
SIZED_ROWS = 60


def fill_table(
    table: QTableWidget, rows: list[tuple[uuid.UUID, list[str]]], *, keep: int = 1
) -> None:
    """Fill ``table`` and size its columns to fit; the first ``keep`` columns stay whole."""
    table.setRowCount(len(rows))
    wraps = bool(table.property("wraps_first_column"))
    for r, (record_id, cells) in enumerate(rows):
        key = str(record_id)
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            # in full when the column cuts it (a wrapping column never does); a new item
            # has no tooltip, so a short text needs no call
            if len(text) > 24 and not (c == 0 and wraps):
                item.setToolTip(text)
            table.setItem(r, c, item)
    if table.property("wraps_first_column"):
        fit_wrapped(table)
        return
    # the rows in view and a sample of the others: a log of hundreds of contact moments
    # is not measured row by row each time it is shown
    table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if table.isVisible():
        fit_columns(table, keep)


def wrap_first_column(table: QTableWidget) -> None:
    """The first column holds a few lines of text (see ``rich_text``): it takes the room the
    short columns leave, wraps, and each row is as tall as its text."""
    table.setProperty("wraps_first_column", True)
    table.setItemDelegateForColumn(0, RichTextDelegate(table))
    table.setStyleSheet(light_selection("QTableView"))
    table.setWordWrap(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    for column in range(1, table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.viewport().installEventFilter(_Rewrap(table))


def fit_wrapped(table: QTableWidget) -> None:
    """Give the wrapping first column the width the others leave, and each row its height.
    (Done by hand: Qt's own stretching missed a width change made while the table's tab was
    hidden, and left a row cut off and the last column half out of view.)"""
    header = table.horizontalHeader()
    others = sum(
        header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c)
    )
    header.resizeSection(0, max(120, table.viewport().width() - others))
    table.resizeRowsToContents()


class _Rewrap(QObject):
    """Refits a wrapping table whenever its viewport changes size."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, lambda: fit_wrapped(self._table))
        return False


def selected_id(table: QTableWidget) -> uuid.UUID | None:
    items = table.selectedItems()
    return uuid.UUID(items[0].data(Qt.ItemDataRole.UserRole)) if items else None


def select_row(table: QTableWidget, record_id: uuid.UUID) -> bool:
    """Select, show and focus the row of ``record_id`` (a search hit, say)."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == str(record_id):
            table.setRowHidden(row, False)
            table.selectRow(row)
            table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
    return False


class Section(QWidget):
    """A part of a record's file. ``changed`` asks the file to reload after a save;
    ``failed`` carries a rule's Dutch message to show. Each change is announced on the hub
    as the file's record (``owner_kind``) with the widget as its source, so the file shows
    it at once and every other view updates."""

    changed = Signal()
    failed = Signal(str)
    #: the kind of the record whose file this section is part of ("client", "employer")
    owner_kind = ""

    def __init__(self, service: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.record_id: uuid.UUID | None = None

    def show_file(self, file: Any) -> None:
        raise NotImplementedError

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        """Select the record ``kind``/``record_id`` if this section shows it (a search hit
        opens its file there); False when it is not here."""
        return False

    def announce(self, kind: str, ids: Any) -> None:
        """Tell the other views (not this file, which reloads itself) what changed."""
        announce(kind, ids, source=self)

    def _run(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Call a service; a rule broken shows as a message, never as a crash. On success
        the file's record is announced as changed and the file reloads."""
        try:
            result = action(*args, **kwargs)
        except ValidationError as exc:
            self.failed.emit(str(exc))
            return None
        if self.owner_kind and self.record_id is not None:
            self.announce(self.owner_kind, [self.record_id])
        self.changed.emit()
        return result
