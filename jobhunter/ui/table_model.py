"""A table model over a list of row dataclasses, described by columns.

Roles: DisplayRole shows text, SORT_ROLE gives raw dates and numbers for sorting, ID_ROLE
gives the record id, SEARCH_ROLE gives the row's folded text for the filter field.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Özdemir' and 'ozdemir' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class RowStyle:
    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool = False
    tooltip: str | None = None


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str  # source text (English), translated in context "columns"
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align_right: bool = False
    style: Callable[[T], RowStyle | None] | None = None  # cell-specific style


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        row_id: Callable[[T], uuid.UUID],
        row_style: Callable[[T], RowStyle | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._row_style = row_style
        self._rows: list[T] = []
        self._search: list[str] = []
        self._styles: list[RowStyle | None] = []

    # --- data loading -------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [
            fold(" ".join(col.display(row) for col in self._columns)) for row in self._rows
        ]
        self._styles = [self._row_style(r) if self._row_style else None for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, record_id: uuid.UUID) -> int | None:
        for i, row in enumerate(self._rows):
            if self._row_id(row) == record_id:
                return i
        return None

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return QCoreApplication.translate("columns", self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            key = column.sort(row) if column.sort else column.display(row)
            return _sortable(key)
        if role == ID_ROLE:
            return str(self._row_id(row))
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style = (column.style(row) if column.style else None) or self._styles[index.row()]
        if style is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and style.background is not None:
            return QBrush(style.background)
        if role == Qt.ItemDataRole.ForegroundRole and style.foreground is not None:
            return QBrush(style.foreground)
        if role == Qt.ItemDataRole.FontRole and style.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and style.tooltip:
            return style.tooltip
        return None


def _sortable(key: Any) -> Any:
    """Qt compares QVariants; give it numbers and ISO text. A column's sort function must not
    mix None with numbers (return a number for "unknown" instead)."""
    if key is None:
        return ""
    if isinstance(key, bool):
        return int(key)
    if isinstance(key, int | float):
        return key
    if hasattr(key, "isoformat"):
        return key.isoformat()
    return fold(str(key))


class FoldingFilterProxy(QSortFilterProxyModel):
    """Filters on every word of the filter text (accent- and case-insensitive), plus an
    optional extra predicate on the row object (a phase or status combo box)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", fold(text).split()))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "_predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._predicate is not None and not self._predicate(model.data(index, ROW_ROLE)):
            return False
        if not self._words:
            return True
        haystack = model.data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
