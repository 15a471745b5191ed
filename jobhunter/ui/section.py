"""Building blocks of a record's file: small tables and a section that saves at once."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jobhunter.services.errors import ValidationError
from jobhunter.ui.columns import fit_columns


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


def fill_table(
    table: QTableWidget, rows: list[tuple[uuid.UUID, list[str]]], *, keep: int = 1
) -> None:
    """Fill ``table`` and size its columns to fit; the first ``keep`` columns stay whole."""
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(record_id))
            item.setToolTip(text if len(text) > 24 else "")  # in full when the column cuts it
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if table.isVisible():
        fit_columns(table, keep)


def selected_id(table: QTableWidget) -> uuid.UUID | None:
    items = table.selectedItems()
    return uuid.UUID(items[0].data(Qt.ItemDataRole.UserRole)) if items else None


class Section(QWidget):
    """A part of a record's file. ``changed`` asks the file to reload after a save;
    ``failed`` carries a rule's Dutch message to show."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, service: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.record_id: uuid.UUID | None = None

    def show_file(self, file: Any) -> None:
        raise NotImplementedError

    def _run(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Call a service; a rule broken shows as a message, never as a crash."""
        try:
            result = action(*args, **kwargs)
        except ValidationError as exc:
            self.failed.emit(str(exc))
            return None
        self.changed.emit()
        return result
