"""Dialogs of the pipeline: recording a stage change, and proposing a match from suggestions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import (
    PLACED_STAGES,
    Phase,
    PlacementForm,
    Stage,
    forms_for,
)
from jobhunter.services.clock import LOCAL_TZ, Clock, local_day
from jobhunter.services.errors import ValidationError
from jobhunter.services.gunfactor import GunfactorService, ProposalWarning
from jobhunter.services.matches import MatchService
from jobhunter.services.matching.ranking import Suggestion
from jobhunter.services.matching.requirements import Check, Preselection
from jobhunter.services.matching.suggestions import (
    CLOSED,
    EMPLOYER_ENDED,
    FILLED,
    IN_PIPELINE,
    PLACED,
    SHOWABLE,
    SuggestionService,
)
from jobhunter.services.placements import PlacementTerms
from jobhunter.services.store import Store
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.labels import label, tr
from jobhunter.ui.table_model import Column, RowStyle, RowTableModel, fold
from jobhunter.ui.translate import QT_TRANSLATE_NOOP
from jobhunter.ui.widgets import OptionalDateEdit, OptionalSpinBox, from_qdate, to_qdate

CHECK_MARKS = {Check.MET: "✔", Check.NOT_MET: "✖", Check.UNKNOWN: "?"}
CHECK_COLOURS = {
    Check.MET: QColor("#1e7b34"),
    Check.NOT_MET: QColor("#a4262c"),
    Check.UNKNOWN: QColor("#8a5a00"),
}


def fill_preselection(widget: QListWidget, preselection: Preselection | None, empty: str) -> None:
    """One line per requirement: ✔ met, ✖ not met, ? unknown; hard ones marked as such."""
    widget.clear()
    if preselection is None or not preselection.checks:
        widget.addItem(empty)
        return
    for check in preselection.checks:
        kind = (
            tr(QT_TRANSLATE_NOOP("pipeline", "hard"), "pipeline")
            if check.requirement.is_hard
            else tr(QT_TRANSLATE_NOOP("pipeline", "wish"), "pipeline")
        )
        item = QListWidgetItem(f"{CHECK_MARKS[check.check]}  {check.reason}  ({kind})")
        item.setForeground(CHECK_COLOURS[check.check])
        item.setData(Qt.ItemDataRole.UserRole, check.check.value)
        widget.addItem(item)


#: rows measured to size the suggestions' columns (what the table shows at once): all of a
#: client's 2,000 workplaces took longer to measure than to rank
SIZED_ROWS = 25
#: the widest each column of suggestions is sized (the last takes what is left)
COLUMN_CAPS = (240, 80, 220)
MUTED = QColor("#8a8f98")


class SubjectList(QStringListModel):
    """The workplaces or the clients to choose from in the propose dialog's combo box.
    Thousands of combo box items took longer to fill than the suggestions took to rank, at
    every switch between the two. The names stay in Qt (the combo box and its completer
    read up to the chosen row at every choice, which through a model in Python cost 5
    microseconds a row); the ids are kept beside them."""

    def __init__(self, items: list[tuple[uuid.UUID, str]], parent: QObject | None = None) -> None:
        super().__init__([text for _, text in items], parent)
        self._ids = [record_id for record_id, _ in items]
        self._rows = {record_id: row for row, record_id in enumerate(self._ids)}

    def row_of(self, record_id: uuid.UUID) -> int:
        """The row of this record, or -1."""
        return self._rows.get(record_id, -1)

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None


class SuggestionTable(RowTableModel[Suggestion]):
    """The ranked suggestions of the propose dialog. The view asks only for the rows it
    paints: a client's 2,000 workplaces as table items took four times as long to show
    as to rank. Not sortable: the order is the ranking."""

    def __init__(
        self,
        ranked_id: Callable[[Suggestion], uuid.UUID],
        name: Callable[[Suggestion], str],
        hard: Callable[[Suggestion], str],
        parent: QObject | None = None,
    ) -> None:
        columns: list[Column[Suggestion]] = [
            Column("name", name),
            Column("score", lambda s: str(s.score), align_right=True),
            Column("hard", hard),
            Column("why", lambda s: " · ".join(s.reasons)),
        ]
        super().__init__(columns, ranked_id, self._style, parent)
        self._headers: list[str] = []

    @staticmethod
    def _style(suggestion: Suggestion) -> RowStyle | None:
        if suggestion.left_out:
            return RowStyle(foreground=MUTED)
        if suggestion.failed_hard:
            return RowStyle(foreground=CHECK_COLOURS[Check.NOT_MET])
        return None

    def set_headers(self, headers: list[str]) -> None:
        """The column titles, in the dialog's words (the first names what is ranked)."""
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return  # the ranking is the order


# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MoveValues:
    stage: Stage
    when: datetime
    note: str
    #: the placement's terms, for a move into proefplaatsing or contract
    terms: PlacementTerms | None = None


class PlacementTermsBox(QGroupBox):
    """The form of a placement (within its stage), its start, hours a week and end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Placement"), parent)
        self.setObjectName("placement_terms")
        self.form = QComboBox(self)
        self.form.setObjectName("placement_form")
        self.start = OptionalDateEdit(self)
        self.start.setObjectName("placement_start")
        self.hours = OptionalSpinBox(1, 60, "–", self)
        self.hours.setObjectName("placement_hours")
        self.hours.setSuffix(self.tr(" h/week"))
        self.end = OptionalDateEdit(self)
        self.end.setObjectName("placement_end")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("Starts"), self.start)
        layout.addRow(self.tr("Hours"), self.hours)
        layout.addRow(self.tr("Ends"), self.end)
        self.form.currentIndexChanged.connect(self._update_end)

    def show_terms(self, stage: Stage, terms: PlacementTerms | None, start: date) -> None:
        """The forms the stage holds; the current terms where they fit, else its usual form."""
        self.form.blockSignals(True)
        self.form.clear()
        for form in forms_for(stage):
            self.form.addItem(label(form), form.value)
        self.form.blockSignals(False)
        fits = terms is not None and terms.form in forms_for(stage)
        index = self.form.findData(terms.form.value) if fits and terms else 0
        self.form.setCurrentIndex(max(index, 0))
        self.start.set_value(terms.start if fits and terms and terms.start else start)
        self.hours.set_value(terms.hours if terms else None)
        self.end.set_value(terms.end if fits and terms else None)
        self._update_end()

    def _update_end(self) -> None:
        data = self.form.currentData()
        has_end = data is not None and PlacementForm(data).has_end
        self.end.setEnabled(has_end)
        if not has_end:
            self.end.clear_date()

    def terms(self) -> PlacementTerms | None:
        data = self.form.currentData()
        if data is None:
            return None
        return PlacementTerms(
            PlacementForm(data), self.start.value(), self.hours.value_or_none(), self.end.value()
        )


class MoveDialog(FormDialog):
    """Record a stage change: which stage, on which day, and why (required for an outcome).

    With ``apply``, OK records the change and the dialog stays open with what was typed
    when the pipeline refuses it (a date before the previous change, say).
    """

    def __init__(
        self,
        current: Stage,
        target: Stage,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        since: datetime | None = None,
        apply: Callable[[MoveValues], object] | None = None,
        note: str = "",
        terms: PlacementTerms | None = None,
    ) -> None:
        super().__init__(self.tr("Change stage"), parent)
        self._terms = terms
        self.clock = clock
        self.current = current
        self._apply = apply
        self.stage = QComboBox(self)
        self.stage.setObjectName("stage")
        for stage in Stage:
            if stage is not current:
                self.stage.addItem(label(stage), stage.value)
        self.stage.setCurrentIndex(max(self.stage.findData(target.value), 0))
        self.day = QDateEdit(self)
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        if since is not None:  # not before the change into the current stage
            self.day.setMinimumDate(to_qdate(local_day(since)))
        self.day.setMaximumDate(to_qdate(clock.today()))
        self.day.setDate(to_qdate(clock.today()))
        self.note = QLineEdit(note, self)
        self.note.setObjectName("note")
        self.form.addRow(self.tr("From"), QLabel(label(current), self))
        self.form.addRow(self.tr("To"), self.stage)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Note"), self.note)
        self.placement = PlacementTermsBox(self)
        self.layout_.addWidget(self.placement)
        self.stage.currentIndexChanged.connect(self._update_hint)
        self.day.dateChanged.connect(self._update_start)
        self._update_hint()
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Move"))
        self.note.setFocus()

    def _target(self) -> Stage:
        return Stage(self.stage.currentData())

    def _update_hint(self) -> None:
        target = self._target()
        outcome = target.is_outcome
        self.note.setPlaceholderText(
            self.tr("Reason (required)") if outcome else self.tr("What happened (optional)")
        )
        placed = target in PLACED_STAGES
        self.placement.setVisible(placed)
        if placed:
            day = from_qdate(self.day.date()) or self.clock.today()
            self.placement.show_terms(target, self._terms, day)
        self.adjustSize()

    def _update_start(self) -> None:
        """A placement starts on the day of the move (the start can be changed after)."""
        if self._target() in PLACED_STAGES:
            self.placement.start.set_value(from_qdate(self.day.date()))

    def validate(self) -> str | None:
        if self._target().is_outcome and not self.note.text().strip():
            return self.tr("Give a reason for a rejection, withdrawal or dropout.")
        if self._apply is not None:
            try:
                self._apply(self.values())
            except ValidationError as exc:
                return str(exc)
        return None

    def values(self) -> MoveValues:
        day = from_qdate(self.day.date()) or self.clock.today()
        now = self.clock.now()
        # today: now; an earlier day: the end of that working day
        when = (
            now
            if day >= self.clock.today()
            else datetime.combine(day, time(17, 0), tzinfo=LOCAL_TZ)
        )
        terms = self.placement.terms() if self._target() in PLACED_STAGES else None
        return MoveValues(self._target(), when, self.note.text().strip(), terms)

    @classmethod
    def get_values(
        cls,
        current: Stage,
        target: Stage,
        clock: Clock,
        parent: QWidget | None,
        *,
        since: datetime | None = None,
        apply: Callable[[MoveValues], object] | None = None,
        note: str = "",
        terms: PlacementTerms | None = None,
    ) -> MoveValues | None:
        """What the user chose, already recorded by ``apply``; None when cancelled."""
        dialog = cls(
            current, target, clock, parent, since=since, apply=apply, note=note, terms=terms
        )
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None
        return dialog.values()


# ---------------------------------------------------------------------------------------
class ProposeDialog(FormDialog):
    """Put a client forward for a workplace, helped by ranked suggestions.

    Either pick a workplace and see the clients in the matching phase ranked for it, or pick
    a client and see the open workplaces. Every suggestion shows why it ranks where it does,
    and a failed hard requirement is shown in red and must be argued before proposing.
    """

    FOR_WORKPLACE, FOR_CLIENT = 0, 1

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Propose a match"), parent)
        self.setMinimumSize(980, 620)
        self.suggestions = SuggestionService(store, clock)
        self.matches = MatchService(store, clock)
        self.gunfactor = GunfactorService(store, clock)
        self.created: uuid.UUID | None = None
        self._shown: list[Suggestion] = []
        self._by_workplace = True
        #: the suggestion whose warnings the user has seen: the next Propose goes ahead
        self._warned: tuple[uuid.UUID, uuid.UUID] | None = None

        self.mode_workplace = QRadioButton(self.tr("Candidates for a workplace"), self)
        self.mode_client = QRadioButton(self.tr("Workplaces for a client"), self)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.mode_workplace, self.FOR_WORKPLACE)
        self.mode.addButton(self.mode_client, self.FOR_CLIENT)
        self.mode_workplace.setChecked(True)
        self.subject = QComboBox(self)
        self.subject.setObjectName("subject")
        self.subject.setEditable(True)
        self.subject.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # a width of its own: fitted to its contents, it measured all 5,000 names each time
        # it changed between workplaces and clients
        self.subject.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subject.setMinimumContentsLength(40)
        self.subject.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.subject.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.subject.lineEdit().setPlaceholderText(self.tr("Type to search…"))

        self.model = SuggestionTable(self._ranked_id, self._name_of, self._hard_of, self)
        self.table = QTableView(self)
        self.table.setObjectName("suggestions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.checks = QListWidget(self)
        self.checks.setObjectName("preselection")
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background: #fff4d6; color: #6b4a00; padding: 4px 8px; border-radius: 4px;"
        )
        self.warnings.hide()
        self.left_out = QLabel(self)
        self.left_out.setObjectName("left_out")
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet("color: #5f6670;")
        self.show_all = QCheckBox(self.tr("Show them anyway"), self)
        self.show_all.setObjectName("show_all")
        self.show_all.toggled.connect(self._rank)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.warnings)  # history first: the goodwill at stake
        details_layout.addWidget(QLabel(self.tr("<b>Requirements</b> (✔ met, ✖ not met, ? ask)")))
        details_layout.addWidget(self.checks, 2)
        details_layout.addWidget(QLabel(self.tr("<b>Why this suggestion</b>")))
        details_layout.addWidget(self.reasons, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([600, 360])

        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("How you introduce the candidate (optional)"))
        self.override = QLineEdit(self)
        self.override.setObjectName("override_reason")
        self.override.setPlaceholderText(
            self.tr("Required when a hard requirement is not met: why propose anyway?")
        )

        modes = QHBoxLayout()
        modes.addWidget(self.mode_workplace)
        modes.addWidget(self.mode_client)
        modes.addStretch()
        self.layout_.insertLayout(0, modes)
        self.form.addRow(self.tr("Choose"), self.subject)
        self.layout_.addWidget(splitter, 1)
        left_out_row = QHBoxLayout()
        left_out_row.addWidget(self.left_out, 1)
        left_out_row.addWidget(self.show_all)
        self.layout_.addLayout(left_out_row)
        below = QFormLayout()
        below.addRow(self.tr("Introduction"), self.note)
        below.addRow(self.tr("Proposed despite"), self.override)
        self.layout_.addLayout(below)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Propose"))

        self._workplaces = SubjectList(
            [(w.id, w.name) for w in self.suggestions.open_workplaces()], self
        )
        self._clients = SubjectList(
            [
                (c.id, c.name + ("" if c.phase is Phase.MATCHING else f" ({label(c.phase)})"))
                for c in self.suggestions.clients()
            ],
            self,
        )
        self.mode.idClicked.connect(self._fill_subjects)
        self.subject.activated.connect(self._rank)
        # typing another name makes the list shown belong to nobody: clear it, and let
        # Enter take the first name that contains what was typed
        self.subject.lineEdit().textEdited.connect(self._clear_ranking)
        self.subject.lineEdit().installEventFilter(self)  # Enter chooses, not proposes
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._fill_subjects()

    # --- choosing -----------------------------------------------------------------------
    def start_with_workplace(self, workplace_id: uuid.UUID) -> None:
        self.mode_workplace.setChecked(True)
        self._fill_subjects()
        self._choose(workplace_id)

    def start_with_client(self, client_id: uuid.UUID) -> None:
        self.mode_client.setChecked(True)
        self._fill_subjects()
        self._choose(client_id)

    def _choose(self, record_id: uuid.UUID) -> None:
        index = self._side().row_of(record_id)
        if index >= 0:
            self.subject.setCurrentIndex(index)
            self._rank()

    def chosen(self) -> uuid.UUID | None:
        """The workplace or the client chosen, if any."""
        return self._side().id_at(self.subject.currentIndex())

    def _side(self) -> SubjectList:
        """What there is to choose from: the workplaces, or the clients."""
        return self._workplaces if self.mode.checkedId() == self.FOR_WORKPLACE else self._clients

    def _clear_ranking(self, *_: object) -> None:
        self._shown = []
        self.model.set_rows([])
        self.checks.clear()
        self.reasons.clear()
        self.warnings.hide()
        self.left_out.clear()
        self.show_all.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.subject.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._choose_typed()
            return True  # not on to the dialog's default button
        return super().eventFilter(watched, event)

    def _choose_typed(self) -> None:
        typed = fold(self.subject.currentText().strip())
        if not typed:
            return
        for index in range(self.subject.count()):
            if typed in fold(self.subject.itemText(index)):
                self.subject.setCurrentIndex(index)
                self._rank()
                return

    def _fill_subjects(self, *_: object) -> None:
        self.subject.blockSignals(True)
        items = self._side()
        if self.subject.model() is not items:
            self.subject.setModel(items)
        self.subject.setCurrentIndex(-1)
        self.subject.setEditText("")
        self.subject.blockSignals(False)
        self._clear_ranking()
        # a workplace's suggestions are clients, a client's are workplaces
        ranked = self.tr("Client") if items is self._workplaces else self.tr("Workplace")
        self.model.set_headers(
            [ranked, self.tr("Score"), self.tr("Hard requirements"), self.tr("Why")]
        )

    def _rank(self, *_: object) -> None:
        subject = self.chosen()
        if subject is None:
            return
        by_workplace = self.mode.checkedId() == self.FOR_WORKPLACE
        show_all = self.show_all.isChecked()
        if by_workplace:
            ranked = self.suggestions.for_workplace(subject, show_all=show_all)
        else:
            ranked = self.suggestions.for_client(subject, show_all=show_all)
        self._shown = ranked.items
        self._by_workplace = by_workplace
        self.model.set_rows(self._shown)
        self._size_columns()
        self._show_left_out(ranked.left_out, ranked.blocked)
        if self._shown:
            self.table.selectRow(0)
        else:
            self.checks.clear()
            self.warnings.hide()
            self.reasons.setText(
                ranked.blocked
                or self.tr("No suggestions: nobody in the matching phase, or all "
                           "are already in the pipeline here.")
            )  # fmt: skip

    def _size_columns(self) -> None:
        """Each column as wide as its title and its text in the first rows (the long ones
        capped); the last takes the rest. Measured here from the texts: the view's own
        measuring asks the model every role of every cell, 14 ms for 25 rows."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        rows = range(min(SIZED_ROWS, self.model.rowCount()))
        for column, most in enumerate(COLUMN_CAPS):
            texts = (str(self.model.index(row, column).data() or "") for row in rows)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            width = max(widest + padding, header.sectionSizeFromContents(column).width())
            self.table.setColumnWidth(column, min(width, most))

    def _ranked_id(self, suggestion: Suggestion) -> uuid.UUID:
        """The id of what a row ranks: a client for a workplace, a workplace for a client."""
        return suggestion.client.id if self._by_workplace else suggestion.workplace.id

    def _name_of(self, suggestion: Suggestion) -> str:
        """The suggestion's first cell: the client, or "Employer — function", with why it
        would have been left out."""
        name = (
            suggestion.client.name
            if self._by_workplace
            else f"{suggestion.workplace.employer_name} — {suggestion.workplace.title}"
        )
        if suggestion.left_out:
            name += f" ({self._left_out_tag(suggestion.left_out)})"
        return name

    def _hard_of(self, suggestion: Suggestion) -> str:
        """The hard requirements: which fail, or that all known are met, or how many to ask."""
        if failed := suggestion.failed_hard:
            return "✖ " + " ".join(failed)
        if not suggestion.preselection.unknown_hard:
            return self.tr("✔ all known met")
        return self.tr("? %n to ask", "", len(suggestion.preselection.unknown_hard))

    def _left_out_tag(self, reason: str) -> str:
        return {
            CLOSED: self.tr("closed"),
            PLACED: self.tr("in a placement"),
            FILLED: self.tr("filled"),
        }.get(reason, reason)

    def _show_left_out(self, left_out: dict[str, int], blocked: str | None) -> None:
        """How many were left out and why; the checkbox shows them (not the pipeline's)."""
        parts = []
        texts = {
            CLOSED: self.tr("%n client(s) whose trajectory closed", "", left_out.get(CLOSED, 0)),
            PLACED: self.tr("%n in a running placement", "", left_out.get(PLACED, 0)),
            FILLED: self.tr("%n filled workplace(s)", "", left_out.get(FILLED, 0)),
            IN_PIPELINE: self.tr("%n already in the pipeline", "", left_out.get(IN_PIPELINE, 0)),
            EMPLOYER_ENDED: self.tr(
                "%n at employers whose cooperation ended", "", left_out.get(EMPLOYER_ENDED, 0)
            ),
        }
        for reason, text in texts.items():
            if left_out.get(reason) and not (blocked and reason == EMPLOYER_ENDED):
                parts.append(text)
        self.left_out.setText(
            self.tr("Left out: %1").replace("%1", ", ".join(parts)) if parts else ""
        )
        showable = any(left_out.get(reason) for reason in SHOWABLE)
        self.show_all.setVisible(showable or self.show_all.isChecked())

    def selected(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def select_suggestion(self, record_id: uuid.UUID) -> bool:
        """Select the suggestion of this client (for a workplace) or this workplace (for a
        client); False when it is not in the list."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _show_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is None:
            return
        self._warned = None
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Propose"))
        warnings = self._warnings(suggestion)
        self.warnings.setText("\n".join(f"⚠ {w.text}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        fill_preselection(
            self.checks, suggestion.preselection, self.tr("This workplace lists no requirements.")
        )
        self.reasons.setText(
            "\n".join(f"• {r}" for r in suggestion.reasons) or self.tr("No points in favour.")
        )
        failing = bool(suggestion.failed_hard)
        self.override.setEnabled(failing)
        self.error.clear()

    # --- proposing ----------------------------------------------------------------------
    def validate(self) -> str | None:
        suggestion = self.selected()
        if suggestion is None:
            return self.tr("Choose a suggestion first.")
        if suggestion.failed_hard and not self.override.text().strip():
            self.override.setFocus()
            message = self.tr("%1 does not meet a hard requirement: %2 Say why you propose anyway.")
            return message.replace("%1", suggestion.client.name).replace(
                "%2", " ".join(suggestion.failed_hard)
            )
        workplace = suggestion.workplace
        if workplace.employer_id is None:
            return self.tr("This workplace has no employer.")
        key = (suggestion.client.id, workplace.id)
        if self._warnings(suggestion) and self._warned != key:
            self._warned = key  # read first; the next click proposes
            self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Propose anyway"))
            return self.tr("Read the warnings above first; press Propose anyway to go ahead.")
        try:
            match = self.matches.propose(
                suggestion.client.id,
                workplace.employer_id,
                workplace.id,
                note=self.note.text(),
                override_reason=self.override.text() if suggestion.failed_hard else None,
            )
        except ValidationError as exc:
            return str(exc)
        self.created = match.id
        return None

    def _warnings(self, suggestion: Suggestion) -> list[ProposalWarning]:
        """Recent dropouts or rejections at the employer, and a "one candidate" employer
        with an open proposal for this workplace already."""
        employer_id = suggestion.workplace.employer_id
        if employer_id is None:
            return []
        return self.gunfactor.proposal_warnings(
            suggestion.client.id, employer_id, suggestion.workplace.id
        )

    @classmethod
    def propose(
        cls,
        store: Store,
        clock: Clock,
        parent: QWidget | None,
        *,
        workplace_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
    ) -> uuid.UUID | None:
        dialog = cls(store, clock, parent)
        try:
            if workplace_id is not None:
                dialog.start_with_workplace(workplace_id)
            elif client_id is not None:
                dialog.start_with_client(client_id)
            if dialog.exec() != FormDialog.DialogCode.Accepted:
                return None
            return dialog.created
        finally:
            # let go of it: kept as the page's child, every proposal kept its thousands of
            # names and suggestions until the window closed
            dialog.deleteLater()
