"""A tab that lists records: a filter field, an optional choice filter and a sortable table,
kept live by the change hub (see ``follow``). The model (``record_model``) reads only what is
shown, and filters and sorts itself."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.relations import RelationService
from jobhunter.ui.columns import fit_columns
from jobhunter.ui.hub import Changes, listen
from jobhunter.ui.record_model import RecordListModel
from jobhunter.ui.table_model import ID_ROLE

Choice = tuple[str, Callable[[Any], bool] | None]


class RecordTab(QWidget):
    """Lists the records of ``model``; ``choices`` fill a combo box of extra filters (a
    predicate on a record's key, or on its full row when marked with ``needs_rows``)."""

    countChanged = Signal()
    activated = Signal(object)  # record id (uuid.UUID) of a double-clicked row
    #: rows were loaded, added, changed or removed (after the list took them in)
    rowsChanged = Signal()

    def __init__(
        self,
        model: RecordListModel[Any, Any],
        *,
        placeholder: str,
        choices: Sequence[Choice] = (),
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        hidden: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        #: the columns hidden until the user chooses otherwise (a laptop has no room for all)
        self.default_hidden = list(hidden)
        self._loaded = False
        self._widths_set = False  # columns sized to the first rows, once
        self._fit_pending = False  # ... and fitted to the width when first shown
        #: what the view shows: the model filters and sorts itself (the name stays for the
        #: callers that read the rows shown)
        self.proxy = model

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(120)
        self.filter_edit.textChanged.connect(self._on_filter_text)

        self.choice_box = QComboBox(self)
        # a long choice ("No contact for more than N days") must not widen the window
        self.choice_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice_box.setMinimumContentsLength(12)
        self._choices = list(choices)
        for text, _ in self._choices:
            self.choice_box.addItem(text)
        self.choice_box.setVisible(bool(self._choices))
        self.choice_box.currentIndexChanged.connect(self._on_choice)

        self.shown_label = QLabel(self)
        self.shown_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._size_shown_label()

        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(sort_column, sort_order)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)  # measure a sample, not 5,000 rows
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        self.view.doubleClicked.connect(self._on_double_click)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.choice_box, 1)
        bar.addWidget(self.shown_label)
        self._bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)

        self._on_choice(0)
        self.set_hidden_columns(self.default_hidden)
        model.modelReset.connect(self._update_shown)
        model.layoutChanged.connect(self._update_shown)
        self._kind: str | None = None
        self._links: Mapping[str, str] = {}
        self._derived: frozenset[str] = frozenset()
        self._relations: RelationService | None = None

    @property
    def loaded(self) -> bool:
        return self._loaded

    # --- live -----------------------------------------------------------------------------
    def follow(
        self,
        kind: str,
        *,
        links: Mapping[str, str] | None = None,
        derived: Collection[str] = (),
        relations: RelationService | None = None,
    ) -> None:
        """Keep the list in step with the hub: its rows are records of ``kind``, read again
        by id. ``links`` names the key attribute holding the id of a record of another kind
        the row shows (a match's "client": "client_id"), and ``derived`` the kinds whose
        records feed a row's figures (a client's last contact: "contact_moment"), mapped to
        rows by ``relations``."""
        self._kind = kind
        self._links = dict(links or {})
        self._derived = frozenset(derived)
        self._relations = relations
        listen(self, {kind, *self._links, *self._derived}, self.take_changes)

    def take_changes(self, changes: Changes) -> None:
        """Update the rows these changes touch; all rows when a change is not narrowed."""
        if not self._loaded or self._kind is None:
            return  # loads in full when first shown
        affected: set[uuid.UUID] = set()
        for kind in changes:
            ids = changes.ids(kind)
            if ids is None:
                self.reload_quietly()
                return
            if kind == self._kind:
                affected |= ids
            elif kind in self._links:
                attribute = self._links[kind]
                affected |= {
                    self.model.row_id(key)
                    for key in self.model.all_keys()
                    if getattr(key, attribute) in ids
                }
            elif kind in self._derived and self._relations is not None:
                affected |= self._relations.related(kind, ids).get(self._kind or "", set())
        if affected:
            self.update_rows(affected)

    def update_rows(self, ids: Collection[uuid.UUID]) -> None:
        """Read these records' rows again (new ones are added, vanished ones removed); the
        selection stays, and so does the record open beside the list."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if not self.model.update_rows(ids):
                return
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()
        self._update_shown()
        self.countChanged.emit()
        self.rowsChanged.emit()

    def reload_quietly(self) -> None:
        """Reload every row without telling the page that the selection changed: the
        record open beside the list stays as it is."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            self.reload()
        finally:
            selection.blockSignals(False)

    def reload(self) -> None:
        selected = self.selected_id()
        self.model.load()
        self._loaded = True
        if not self._widths_set and self.model.rowCount() > 0:
            self.view.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                self.view.setColumnWidth(col, min(self.view.columnWidth(col) + 16, 320))
            self._widths_set = True
            self._fit_pending = True
            if self.isVisible():
                QTimer.singleShot(0, self._fit_columns)
        if selected is not None:
            self.select_id(selected, reveal=False)
        self._update_shown()
        self.countChanged.emit()
        self.rowsChanged.emit()

    def _size_shown_label(self) -> None:
        """The count changes with every key typed in the filter; a label whose size changes
        with its text lays out and paints the whole window again (8-10 ms of every key), so
        it keeps the size of the widest count, for its font."""
        label = self.shown_label
        widest = label.fontMetrics().horizontalAdvance(self.tr("%n shown", "", 88888))
        label.setFixedSize(widest + 8, label.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._size_shown_label()  # another font or language: another widest count

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            QTimer.singleShot(0, self._fit_columns)  # after the layout gave the view its width

    # --- columns ------------------------------------------------------------------------
    def hidden_columns(self) -> list[str]:
        """The columns the user hid, by their (language-independent) keys."""
        keys = self.model.column_keys()
        return [key for col, key in enumerate(keys) if self.view.isColumnHidden(col)]

    def set_hidden_columns(self, hidden: Sequence[str]) -> None:
        """Hide these columns (unknown keys are ignored); the first column always shows."""
        for col, key in enumerate(self.model.column_keys()):
            self.view.setColumnHidden(col, col > 0 and key in hidden)

    def _column_menu(self, pos: QPoint) -> None:
        """The header's context menu: a tick per column; what identifies a row stays."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for col in range(self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(col))
            action.setEnabled(col > 0)
            action.toggled.connect(lambda on, c=col: self._show_column(c, on))
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def _show_column(self, col: int, visible: bool) -> None:
        self.view.setColumnHidden(col, not visible)
        if visible:  # hidden since the start, it never got a width for its contents
            self.view.setColumnWidth(col, min(self.view.sizeHintForColumn(col) + 16, 320))

    def _fit_columns(self) -> None:
        """Once, when first shown with rows: every column visible without scrolling sideways.

        After that the widths are the user's: dragging a column wider is not undone.
        """
        if not self._fit_pending or not self.isVisible():
            return
        self._fit_pending = False
        fit_columns(self.view)

    def add_bar_widget(self, widget: QWidget) -> None:
        """Put an extra filter control (a number of days, say) next to the filter field."""
        self._bar.insertWidget(2, widget)

    def refilter(self) -> None:
        """Apply the current choice again: its predicate reads state that changed."""
        self._on_choice(self.choice_box.currentIndex())

    def total(self) -> int:
        """How many records the list holds, shown or not."""
        return self.model.total()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return uuid.UUID(rows[0].data(ID_ROLE))

    def selected_ids(self) -> list[uuid.UUID]:
        """Every selected record, in the order shown (a list may allow several)."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda index: index.row())
        return [uuid.UUID(index.data(ID_ROLE)) for index in rows]

    def visible_ids(self) -> list[uuid.UUID]:
        """The records the current filter shows, in the order shown."""
        return [self.model.row_id(key) for key in self.model.shown_keys()]

    def select_id(self, record_id: uuid.UUID, *, reveal: bool = True) -> bool:
        """Select and show a record; with ``reveal``, filters that hide it are cleared (the
        filter text, then the choice, down to the first that shows every record)."""
        if not self.model.contains(record_id):
            return False
        row = self.model.row_of(record_id)
        if row is None and not reveal:
            return False
        if row is None:
            self.filter_edit.clear()
            row = self.model.row_of(record_id)
        if row is None:
            showing_all = next((i for i, (_t, p) in enumerate(self._choices) if p is None), 0)
            self.choice_box.setCurrentIndex(showing_all)
            row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        # the current row without a second selection: the view's setCurrentIndex reads the
        # keyboard's modifiers, and with Ctrl still held (Ctrl+N, say) it would toggle the
        # row just selected off again
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_filter_text(self, text: str) -> None:
        self.model.set_text(text)

    def _on_choice(self, index: int) -> None:
        self.choice_box.setToolTip(self.choice_box.currentText())  # whole, where it is cut
        predicate = self._choices[index][1] if 0 <= index < len(self._choices) else None
        self.model.set_predicate(predicate)

    def _update_shown(self, *_: Any) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("%n shown", "", shown) if shown != total else ""
        self.shown_label.setText(text)

    def _on_double_click(self, index: Any) -> None:
        value = index.data(ID_ROLE)
        if value:
            self.activated.emit(uuid.UUID(value))
