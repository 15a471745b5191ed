"""The model of a record list: every record's key in memory, its full row read when shown.

A list of thousands of records (the caseload of years) must open, filter and sort without
reading every record's full line, whose figures come from other tables (the last contact out
of 100,000 contact moments, the heaviest barrier, the consent). So the model holds, for
every record in the list, a small *key*: its id and the fields of its own table that the
list sorts and filters on, read in one lean query. The full row of a record is read when the
view asks for it, a page of neighbours at a time, and kept (Anki's browser table holds ids
and fetches rows the same way).

Filtering and sorting happen here, over the keys, in one Python pass: a proxy model calling
into Python once per row takes longer than a keystroke may. A column marked ``keyed`` reads
only fields its key carries (a key carries a subset of the row's fields, under the same
names), so it sorts and filters without full rows; the filter text is matched against the
keyed columns. Sorting by another column, or a choice that needs full rows, reads every full
row once (see ``needs_rows``). A list whose loader gives full rows as keys is simply held in
memory, as before.

Changes keep the selection: the rows that stay are moved with ``layoutChanged`` and their
persistent indexes follow them; ``update_rows`` reads only the records that changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jobhunter.ui.table_model import (
    _STYLE_ROLES,
    ID_ROLE,
    ROW_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    Column,
    ColumnHeaders,
    RowStyle,
    _sortable,
    fold,
    style_data,
)

K = TypeVar("K")  # a record's key: its id and the fields the list sorts and filters on
T = TypeVar("T")  # a record's full row, as the list shows it
Index = QModelIndex | QPersistentModelIndex
Predicate = Callable[[Any], bool]

#: how many rows are read at once when the view shows one not yet read
PAGE = 80

_MISSING = object()  # a key whose row is gone (deleted since): shown empty until the hub says


def needs_rows(predicate: Predicate) -> Predicate:
    """Mark a filter predicate that reads fields only full rows carry (a client's last
    contact): the model then reads every full row once before it filters."""
    predicate.needs_rows = True  # type: ignore[attr-defined]
    return predicate


def _needs_rows(predicate: Predicate | None) -> bool:
    return predicate is not None and getattr(predicate, "needs_rows", False)


class RecordListModel(ColumnHeaders, QAbstractTableModel, Generic[K, T]):
    """The records of one list (see the module's docstring).

    ``keys(ids)`` gives the keys of these records, or of every record for ``None``;
    ``rows(ids)`` their full rows (``None``: the keys are the full rows). ``row_id`` reads
    the id of a key or a row."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        row_id: Callable[[Any], uuid.UUID],
        row_style: Callable[[T], RowStyle | None] | None = None,
        *,
        keys: Callable[[Collection[uuid.UUID] | None], Sequence[K]],
        rows: Callable[[Collection[uuid.UUID] | None], Sequence[T]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._row_style = row_style
        self._load_keys = keys
        self._load_rows = rows
        self._keys: list[K] = []  # every record, in the order sorted
        self._shown: list[K] = []  # those the filter lets through, in that order
        self._position: dict[uuid.UUID, int] | None = None  # id -> row shown, on first use
        self._ids: set[uuid.UUID] = set()
        self._rows: dict[uuid.UUID, Any] = {}  # full rows read so far
        self._all_rows = False
        self._search: dict[uuid.UUID, str] = {}  # folded text the filter matches, on first use
        #: every key with its folded text, in the order sorted (built when a filter needs it)
        self._pairs: list[tuple[K, str]] | None = None
        #: the keys shown with their texts, when words filter them: the next, longer text
        #: filters these instead of every key
        self._shown_pairs: list[tuple[K, str]] | None = None
        self._sort_keys: dict[int, dict[uuid.UUID, Any]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._words: list[str] = []
        self._predicate: Predicate | None = None
        #: what the filter text is matched against: what the key alone shows
        self._searched = [c for c in self._columns if c.keyed or rows is None]

    @property
    def keys_are_rows(self) -> bool:
        return self._load_rows is None

    # --- loading --------------------------------------------------------------------------
    def load(self) -> None:
        """Read every record's key again (the rows are read again when shown)."""
        keys = list(self._load_keys(None))
        self.beginResetModel()
        self._keys = keys
        self._pairs = None
        self._ids = {self._row_id(key) for key in keys}
        self._forget()
        self._all_rows = False
        self._sort_in_place()
        self._shown = self._filtered()
        self.endResetModel()

    def update_rows(self, ids: Collection[uuid.UUID]) -> bool:
        """Read these records again: changed ones change in place, new ones are added,
        vanished ones removed; the rest of the list is not read. Sorted and filtered again;
        True when anything changed."""
        ids = set(ids)
        keys = {self._row_id(key): key for key in self._load_keys(ids)}
        rows: dict[uuid.UUID, Any] = {}
        if self._load_rows is not None and keys:
            rows = {self._row_id(row): row for row in self._load_rows(list(keys))}
        touched = (ids & self._ids) | set(keys)
        if not touched:
            return False
        for record_id in touched:
            self._search.pop(record_id, None)
            for cache in self._sort_keys.values():
                cache.pop(record_id, None)
            self._rows.pop(record_id, None)
        self._keys = [k for k in self._keys if self._row_id(k) not in touched]
        self._keys.extend(keys.values())
        self._pairs = None
        self._ids = (self._ids - touched) | set(keys)
        for record_id, row in rows.items():
            self._rows[record_id] = row
        if self._all_rows:
            self._all_rows = all(record_id in self._rows for record_id in keys)
        self._relayout()
        return True

    def _forget(self) -> None:
        self._pairs = None
        self._rows.clear()
        self._search.clear()
        self._sort_keys.clear()
        self._position = None

    # --- rows -----------------------------------------------------------------------------
    def row_id(self, row: Any) -> uuid.UUID:
        return self._row_id(row)

    def all_keys(self) -> list[K]:
        """Every record's key, in the order sorted (shown or not)."""
        return list(self._keys)

    def rows(self) -> list[T]:
        """Every record's full row, in the order sorted (shown or not): reads all of them
        once. For a view, ``row_at`` reads only what is shown."""
        self._read_all_rows()
        return [self._full(key) for key in self._keys]

    def shown_keys(self) -> list[K]:
        """The keys of the records the filter shows, in the order shown."""
        return list(self._shown)

    def shown_rows(self) -> list[T]:
        """The full rows the filter shows, in the order shown."""
        return [self.row_at(position) for position in range(len(self._shown))]

    def total(self) -> int:
        """How many records the list holds, shown or not."""
        return len(self._keys)

    def contains(self, record_id: uuid.UUID) -> bool:
        return record_id in self._ids

    def row_of(self, record_id: uuid.UUID) -> int | None:
        """The row that shows this record; None when the filter hides it (or it is not in
        the list: see ``contains``)."""
        if self._position is None:
            self._position = {self._row_id(key): i for i, key in enumerate(self._shown)}
        return self._position.get(record_id)

    def row_at(self, position: int) -> T:
        """The full row shown at ``position`` (read with its neighbours when not read yet)."""
        key = self._shown[position]
        if self._load_rows is None:
            return key  # type: ignore[return-value]
        record_id = self._row_id(key)
        row = self._rows.get(record_id)
        if row is None:
            self._read_page(position)
            row = self._rows.get(record_id, _MISSING)
        return row

    def row_by_id(self, record_id: uuid.UUID) -> T | None:
        """The full row of a record in the list (shown or not); None when not in it."""
        if record_id not in self._ids:
            return None
        if self._load_rows is None:
            return next(k for k in self._keys if self._row_id(k) == record_id)  # type: ignore[return-value]
        if record_id not in self._rows:
            self._rows.update((self._row_id(r), r) for r in self._load_rows([record_id]))
        row = self._rows.get(record_id)
        return None if row is _MISSING else row

    def _read_page(self, position: int) -> None:
        assert self._load_rows is not None
        start = max(position - PAGE // 4, 0)
        wanted = [
            self._row_id(key)
            for key in self._shown[start : start + PAGE]
            if self._row_id(key) not in self._rows
        ]
        for row in self._load_rows(wanted):
            self._rows[self._row_id(row)] = row
        for record_id in wanted:
            self._rows.setdefault(record_id, _MISSING)

    def _read_all_rows(self) -> None:
        if self._load_rows is None or self._all_rows:
            return
        self._rows = {self._row_id(row): row for row in self._load_rows(None)}
        for record_id in self._ids - self._rows.keys():
            self._rows[record_id] = _MISSING
        self._all_rows = True

    def _full(self, key: K) -> Any:
        if self._load_rows is None:
            return key
        return self._rows.get(self._row_id(key), _MISSING)

    # --- sorting and filtering ------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_column, self._sort_order = column, order
        self._relayout()

    def resort(self) -> None:
        """Sort again by the column and order chosen (after rows changed)."""
        self._relayout()

    def set_text(self, text: str) -> None:
        """Show only records whose shown text holds every word (accents and case aside)."""
        words = fold(text).split()
        if words == self._words:
            return
        # each word typed before is part of a word now (a letter added): only records
        # shown now can match, so those are filtered, not every record
        narrower = self._shown_pairs is not None and all(
            any(old in new for new in words) for old in self._words
        )
        self._words = words
        self._relayout(sort=False, narrow=narrower)

    def set_predicate(self, predicate: Predicate | None) -> None:
        """Show only records for which ``predicate`` holds (see ``needs_rows``)."""
        self._predicate = predicate
        self._relayout(sort=False)

    def refilter(self) -> None:
        """Filter again: the predicate reads state that changed."""
        self._relayout(sort=False)

    def _sort_key(self, column: int, key: K) -> Any:
        cache = self._sort_keys.setdefault(column, {})
        record_id = self._row_id(key)
        value = cache.get(record_id, _MISSING)
        if value is _MISSING:
            col = self._columns[column]
            # a keyed column reads the key as it reads a row (the same fields)
            source: Any = key if col.keyed or self._load_rows is None else self._full(key)
            if source is _MISSING:
                value = ""
            else:
                value = _sortable(col.sort(source) if col.sort else col.display(source))
            cache[record_id] = value
        return value

    def _sort_in_place(self) -> None:
        column = self._sort_column
        if column < 0 or not self._keys:
            return
        if not (self._columns[column].keyed or self._load_rows is None):
            self._read_all_rows()

        def order(key: K) -> tuple[bool, Any]:
            value = self._sort_key(column, key)
            number = isinstance(value, int | float)
            return (not number, value if number else str(value))

        self._keys.sort(key=order, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._pairs = None

    def _search_text(self, key: K) -> str:
        record_id = self._row_id(key)
        text = self._search.get(record_id)
        if text is None:
            shown: Any = key  # the searched columns read what the key carries
            text = fold(" ".join(column.display(shown) for column in self._searched))
            self._search[record_id] = text
        return text

    def _filtered(self, *, narrow: bool = False) -> list[K]:
        """The keys the predicate and the words let through, in the order sorted; with
        ``narrow``, only those shown now are tried (the words only grew)."""
        predicate, words = self._predicate, self._words
        if narrow and self._shown_pairs is not None:
            pairs = self._shown_pairs
        else:
            self._shown_pairs = None
            if predicate is None and not words:
                return list(self._keys)
            test = predicate
            if _needs_rows(predicate) and self._load_rows is not None:
                self._read_all_rows()
                rows = self._rows
                row_id = self._row_id

                def on_row(key: K) -> bool:
                    row = rows.get(row_id(key), _MISSING)
                    return row is not _MISSING and predicate(row)  # type: ignore[misc]

                test = on_row
            if not words:
                assert test is not None
                return [key for key in self._keys if test(key)]
            pairs = self._all_pairs()
            if test is not None:
                pairs = [pair for pair in pairs if test(pair[0])]
        if len(words) == 1:
            (word,) = words
            pairs = [pair for pair in pairs if word in pair[1]]
        else:
            pairs = [pair for pair in pairs if all(word in pair[1] for word in words)]
        self._shown_pairs = pairs
        return [key for key, _text in pairs]

    def _all_pairs(self) -> list[tuple[K, str]]:
        """Every key with the folded text the filter matches, in the order sorted."""
        if self._pairs is None:
            search = self._search_text
            self._pairs = [(key, search(key)) for key in self._keys]
        return self._pairs

    def _relayout(self, *, sort: bool = True, narrow: bool = False) -> None:
        """Sort and filter again, keeping every persistent index (the selection, the current
        row) on its record; an index whose record is no longer shown becomes invalid.
        ``narrow``: see ``_filtered``."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [
            self._row_id(self._shown[index.row()])
            if index.isValid() and index.row() < len(self._shown)
            else None
            for index in persistent
        ]
        if sort:
            self._sort_in_place()
        self._shown = self._filtered(narrow=narrow and not sort)
        self._position = None
        if persistent:  # nothing chosen: nothing to carry over
            moved = []
            for index, record_id in zip(persistent, held, strict=True):
                row = None if record_id is None else self.row_of(record_id)
                moved.append(QModelIndex() if row is None else self.index(row, index.column()))
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        if role == ID_ROLE:
            return str(self._row_id(self._shown[index.row()]))
        column = self._columns[index.column()]
        if role == SEARCH_ROLE:
            return self._search_text(self._shown[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in _STYLE_ROLES and role not in (
            Qt.ItemDataRole.DisplayRole, SORT_ROLE, ROW_ROLE,
        ):  # fmt: skip
            return None
        if role == SORT_ROLE:
            return self._sort_key(index.column(), self._shown[index.row()])
        if role == Qt.ItemDataRole.DisplayRole and column.keyed:
            key: Any = self._shown[index.row()]
            return column.display(key)  # no need to read the row
        row = self.row_at(index.row())
        if row is _MISSING:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ROW_ROLE:
            return row
        style = (column.style(row) if column.style else None) or (
            self._row_style(row) if self._row_style else None
        )
        return style_data(style, role)
