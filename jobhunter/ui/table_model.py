"""A table model over a list of row dataclasses, described by columns.

Roles: DisplayRole shows text, SORT_ROLE gives raw dates and numbers for sorting, ID_ROLE
gives the record id, SEARCH_ROLE gives the row's folded text for the filter field.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Collection, Sequence
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


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Özdemir' and 'ozdemir' fold alike."""
    if text.isascii():  # most names: nothing to decompose (and five times as quick)
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


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
    #: display and sort read only fields a list's key carries (see ``record_model``)
    keyed: bool = False


_STYLE_ROLES = frozenset(
    {
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


def style_data(style: RowStyle | None, role: int) -> Any:
    r"""What a row's or cell's style gives Qt for one of the styling roles (``_STYLE_ROLES``):
    the same for every list model over :class:`Column`\ s."""
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


class ColumnHeaders:
    r"""The header side of a table model over :class:`Column`\ s, shared by
    :class:`RowTableModel` and ``record_model.RecordListModel``; put before the Qt base."""

    _columns: list[Column[Any]]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def column_keys(self) -> list[str]:
        """The columns' source headers: names for settings that stay the same in any language."""
        return [column.header for column in self._columns]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return QCoreApplication.translate("columns", self._columns[section].header)
        return None


#: a row whose style is not worked out yet
_UNSTYLED = RowStyle(tooltip="unstyled")


class RowTableModel(ColumnHeaders, QAbstractTableModel, Generic[T]):
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
        # Filled on first use: a list of 5,000 rows must not wait for work nobody asked for.
        self._search: list[str] | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        self._styles: list[RowStyle | None] | None = None
        self._positions: dict[uuid.UUID, int] | None = None  # row of each id, on first use

    # --- data loading -------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._forget_caches()
        self.endResetModel()

    def update_rows(self, ids: Collection[uuid.UUID], rows: Sequence[T]) -> bool:
        """Take in the current state of the records ``ids``: ``rows`` holds those that still
        exist (and belong in this list). Changed rows are updated in place, new ones added,
        vanished ones removed; the rest of the list is untouched. True when anything
        changed (the caller then sorts and filters again)."""
        fresh = {self._row_id(row): row for row in rows}
        changed = False
        for record_id in ids:
            position = self.row_of(record_id)
            row = fresh.get(record_id)
            if position is None and row is None:
                continue
            changed = True
            self._search, self._sort_keys, self._styles = None, {}, None
            if position is None:
                assert row is not None
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                if self._positions is not None:
                    self._positions[record_id] = end
                self.endInsertRows()
            elif row is None:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self._positions = None
                self.endRemoveRows()
            else:
                self._rows[position] = row
                last = self.index(position, len(self._columns) - 1)
                self.dataChanged.emit(self.index(position, 0), last)
        return changed

    def _forget_caches(self) -> None:
        self._search = None
        self._sort_keys = {}
        self._styles = None
        self._positions = None

    def _search_text(self, row: int) -> str:
        if self._search is None:
            self._search = [
                fold(" ".join(col.display(r) for col in self._columns)) for r in self._rows
            ]
        return self._search[row]

    def _sort_key(self, row: int, column: int) -> Any:
        keys = self._sort_keys.get(column)
        if keys is None:
            col = self._columns[column]
            keys = [_sortable(col.sort(r) if col.sort else col.display(r)) for r in self._rows]
            self._sort_keys[column] = keys
        return keys[row]

    def _row_style_of(self, row: int) -> RowStyle | None:
        if self._row_style is None:
            return None
        if self._styles is None:
            self._styles = [_UNSTYLED] * len(self._rows)
        style = self._styles[row]
        if style is _UNSTYLED:  # worked out for the rows painted, when first painted
            style = self._styles[row] = self._row_style(self._rows[row])
        return style

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row: a proxy comparing through ``data()`` would
        make 100,000 calls into Python for 5,000 rows."""
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        keys = [self._sort_key(i, column) for i in range(len(self._rows))]
        by_type = [
            (not isinstance(k, int | float), k if isinstance(k, int | float) else str(k))
            for k in keys
        ]
        order_ = sorted(
            range(len(self._rows)),
            key=by_type.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_position = {old: new for new, old in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        if self._search is not None:
            self._search = [self._search[i] for i in order_]
        if self._styles is not None:
            self._styles = [self._styles[i] for i in order_]
        self._sort_keys = {c: [k[i] for i in order_] for c, k in self._sort_keys.items()}
        self._positions = None
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_position[ix.row()], ix.column()) if ix.isValid() else ix
            for ix in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_id(self, row: T) -> uuid.UUID:
        return self._row_id(row)

    def row_at(self, position: int) -> T:
        return self._rows[position]

    def search_text_at(self, position: int) -> str:
        """The row's folded text, for the filter field."""
        return self._search_text(position)

    def row_of(self, record_id: uuid.UUID) -> int | None:
        if self._positions is None:
            self._positions = {self._row_id(row): i for i, row in enumerate(self._rows)}
        return self._positions.get(record_id)

    def row_by_id(self, record_id: uuid.UUID) -> T | None:
        position = self.row_of(record_id)
        return None if position is None else self._rows[position]

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), index.column())
        if role == ID_ROLE:
            return str(self._row_id(row))
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self._search_text(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in _STYLE_ROLES:
            return None
        style = (column.style(row) if column.style else None) or self._row_style_of(index.row())
        return style_data(style, role)


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
        self.setDynamicSortFilter(False)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.modelReset.connect(self._resort_source)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast, in Python); the proxy keeps its order."""
        self._sort_column, self._sort_order = column, order
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def resort(self) -> None:
        """Sort again by the column and order the user chose (after rows changed)."""
        self._resort_source()

    def refilter(self) -> None:
        """Filter again (after rows changed): only when a filter is set."""
        if self._words or self._predicate is not None:
            self._refilter(lambda: None)

    def _resort_source(self) -> None:
        if self._sort_column >= 0 and self.sourceModel() is not None:
            self.sourceModel().sort(self._sort_column, self._sort_order)

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
        if self._predicate is None and not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, RowTableModel):  # straight to the rows: called per row, often
            row: Any = model.row_at(source_row)
            if self._predicate is not None and not self._predicate(row):
                return False
            text = model.search_text_at(source_row) if self._words else ""
        else:
            index = model.index(source_row, 0, source_parent)
            if self._predicate is not None and not self._predicate(model.data(index, ROW_ROLE)):
                return False
            text = str(model.data(index, SEARCH_ROLE) or "") if self._words else ""
        return all(word in text for word in self._words)
