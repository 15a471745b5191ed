"""The Pipeline tab: the board (or the same matches as a table) beside the open match, whose
file folds away (the button "Match file", F6) to give the board the whole width."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import PlacementForm, Stage
from jobhunter.services.clock import Clock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.matches import MatchService, Placement, PlacementEnd
from jobhunter.services.placements import PlacementTerms
from jobhunter.services.store import Store
from jobhunter.ui.documents.actions import open_document
from jobhunter.ui.hub import announce, current_hub
from jobhunter.ui.pipeline.board import BoardView, next_stage
from jobhunter.ui.pipeline.dialogs import MoveDialog, MoveValues, ProposeDialog
from jobhunter.ui.pipeline.match_file import MatchFileWidget
from jobhunter.ui.record_page import confirm_discard
from jobhunter.ui.tabs import match_tab

BOARD, TABLE = 0, 1
#: the match file's width beside the board: room for a checklist item and its note, and
#: seven lanes of the board beside it on a 1280-pixel-wide screen
FILE_WIDTH = 400


class PipelinePage(QWidget):
    #: a match reached proefplaatsing or contract: aftercare can be planned (id, who)
    placementReached = Signal(object, str)
    #: a match left the placement: its check-ins still to come were cancelled (id, how many)
    aftercareCancelled = Signal(object, int)

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._placements: list[Placement] = []
        self._ended: list[PlacementEnd] = []
        self.matches = MatchService(
            store,
            clock,
            on_placement=[self._placements.append],
            on_placement_end=[self._ended.append],
        )
        self.list = match_tab(store, clock)
        self.board = BoardView(clock, self)
        self.file = MatchFileWidget(store, clock, self)
        self._shown: uuid.UUID | None = None

        self.board_button = QPushButton(self.tr("Board"), self)
        self.table_button = QPushButton(self.tr("Table"), self)
        self.view_group = QButtonGroup(self)
        for number, button in enumerate((self.board_button, self.table_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, number)
        self.board_button.setChecked(True)
        self.propose_button = QPushButton(self.tr("Propose a match… (Ctrl+N)"), self)
        self.propose_button.setObjectName("propose")
        self.file_button = QPushButton(self.tr("Match file"), self)
        self.file_button.setObjectName("toggle_file")
        self.file_button.setCheckable(True)
        self.file_button.setChecked(True)
        self.file_button.setToolTip(self.tr("Show or fold away the match file (F6)"))
        self.file_button.toggled.connect(self.show_file)
        self.toggle_file_action = QAction(self.tr("Show or fold away the match file"), self)
        self.toggle_file_action.setShortcut(QKeySequence("F6"))
        self.toggle_file_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toggle_file_action.triggered.connect(self.file_button.toggle)
        self.addAction(self.toggle_file_action)

        self.views = QStackedWidget(self)
        self.views.addWidget(self.board)
        self.views.addWidget(self.list)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.file)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, FILE_WIDTH])
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self.splitter = splitter
        self._file_width = FILE_WIDTH

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        bar.addWidget(self.board_button)
        bar.addWidget(self.table_button)
        bar.addStretch()
        bar.addWidget(self.propose_button)
        bar.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.list.rowsChanged.connect(self._rows_reloaded)
        self.board.matchSelected.connect(self._show)
        self.list.view.selectionModel().selectionChanged.connect(
            lambda *_: self._show(self.list.selected_id())
        )
        self.board.moveRequested.connect(self.request_move)
        self.board.documentRequested.connect(
            lambda kind, match_id: open_document(self, store, clock, kind, match_id)
        )
        self.file.moveRequested.connect(self.request_move)
        self.board.activated.connect(lambda _id: self.show_file(True))
        self.view_group.idClicked.connect(self.set_view)
        self.propose_button.clicked.connect(self.new_record)

    # --- views --------------------------------------------------------------------------
    def set_view(self, view: int) -> None:
        self.views.setCurrentIndex(view)
        self.view_group.button(view).setChecked(True)
        if self._shown is not None:
            if view == BOARD:
                self.board.select(self._shown, emit=False)
            else:
                self._select_in_table(self._shown)

    def _rows_reloaded(self) -> None:
        self.board.set_rows(self.list.model.rows())

    def show_file(self, shown: bool) -> None:
        """Show the match file beside the board, or fold it away for the board's sake."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown and sizes[1] == 0:
            self.splitter.setSizes([max(total - self._file_width, 0), self._file_width])
        elif not shown and sizes[1] > 0:
            self._file_width = sizes[1]
            self.splitter.setSizes([total, 0])
        self.file_button.blockSignals(True)
        self.file_button.setChecked(shown)
        self.file_button.blockSignals(False)

    def file_shown(self) -> bool:
        return self.splitter.sizes()[1] > 0

    def _on_splitter_moved(self, *_: object) -> None:
        shown = self.file_shown()
        if shown:
            self._file_width = self.splitter.sizes()[1]
        self.file_button.blockSignals(True)
        self.file_button.setChecked(shown)
        self.file_button.blockSignals(False)

    def open_first(self) -> None:
        if self.views.currentIndex() == BOARD:
            self.board.focus_selected()
        elif self.list.proxy.rowCount() and self.list.selected_id() is None:
            self.list.view.selectRow(0)

    def _select_in_table(self, match_id: uuid.UUID) -> None:
        selection = self.list.view.selectionModel()
        selection.blockSignals(True)
        try:
            self.list.select_id(match_id)
        finally:
            selection.blockSignals(False)
        self.list.view.viewport().update()

    def _show(self, match_id: uuid.UUID | None) -> None:
        if match_id == self._shown:
            return
        if not self.leave_current():
            if self._shown is not None:
                self.board.select(self._shown, emit=False)
                self._select_in_table(self._shown)
            return
        self._shown = match_id
        self.file.show_record(match_id)
        if match_id is not None:  # the other view follows, quietly
            self.board.select(match_id, emit=False)
            self._select_in_table(match_id)

    def leave_current(self) -> bool:
        """Save pending edits; False when the user chose to stay and correct them."""
        problem = self.file.flush()
        if problem is None:
            return True
        if confirm_discard(self, problem):
            self.file.discard()
            return True
        return False

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> uuid.UUID | None:
        """Ctrl+N: propose a match from suggestions, for the open match's workplace if any."""
        file = self.file.file if self._shown is not None else None
        return self.propose(workplace_id=file.row.workplace_id if file is not None else None)

    def propose(
        self, *, workplace_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None
    ) -> uuid.UUID | None:
        """Propose a match from ranked suggestions; the new card opens on the board."""
        if not self.leave_current():
            return None
        created = ProposeDialog.propose(
            self.store, self.clock, self, workplace_id=workplace_id, client_id=client_id
        )
        if created is not None:
            announce("match", [created])
            current_hub().flush()  # the list and the board take in the new card now
            self._shown = None
            self.list.select_id(created)
            self.board.select(created)
        return created

    def _terms(self, match_id: uuid.UUID) -> PlacementTerms | None:
        """The match's terms, or hours from its workplace for a first placement."""
        file = self.matches.load(match_id)
        if file.placement is not None:
            return file.placement
        hours = file.workplace_hours
        return None if hours is None else PlacementTerms(PlacementForm.TRIAL_PLACEMENT, None, hours)

    def request_move(self, match_id: uuid.UUID, target: Stage | None, note: str = "") -> bool:
        """Ask date and note for a stage change, record it, and show the card where it went."""
        if not self.leave_current():
            return False
        try:
            row = self.matches.load(match_id).row
        except NotFoundError:
            announce("match", [match_id])  # gone: the views drop it
            return False

        def apply(values: MoveValues) -> None:
            self.matches.move(match_id, values.stage, values.note, values.when, values.terms)

        # "Change stage…" without a target suggests the next step, never a step back
        target = target or next_stage(row.stage, 1) or row.stage
        values = MoveDialog.get_values(
            row.stage, target, self.clock, self, since=row.stage_since, apply=apply, note=note,
            terms=self._terms(match_id),
        )  # fmt: skip
        if values is None:
            return False
        announce("match", [match_id])
        ended, self._ended[:] = list(self._ended), []
        if any(end.cancelled_appointments for end in ended):
            announce("appointment", [])  # its check-ins still to come were cancelled
        current_hub().flush()  # the card is in its new column before it is selected
        self._shown = None
        self._show(match_id)
        self.board.select(match_id, emit=False)
        QTimer.singleShot(0, self.board.focus_selected)
        for end in ended:
            if end.cancelled_appointments:
                self.aftercareCancelled.emit(end.match_id, end.cancelled_appointments)
        placements, self._placements[:] = list(self._placements), []
        for placement in placements:
            file = self.file.file
            who = f"{file.row.client_name} — {file.row.employer_name}" if file else ""
            self.placementReached.emit(placement.match_id, who)
        return True
