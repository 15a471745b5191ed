"""The file of one match: where it stands, the requirement check, the two preparation
checklists, the debrief and the stage history."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import PlacementForm, Stage
from jobhunter.services.clock import Clock
from jobhunter.services.documents import PrintKind
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.matches import CheckItem, Checklist, MatchFile, MatchService
from jobhunter.services.matching.suggestions import SuggestionService
from jobhunter.services.placements import PlacementService
from jobhunter.services.relations import RelationService
from jobhunter.services.store import Store
from jobhunter.ui.documents.actions import documents_button, open_document
from jobhunter.ui.forms import AutoSaveForm
from jobhunter.ui.hub import Changes, announce, listen
from jobhunter.ui.labels import CHECK_LABELS, key_label, label, short_label
from jobhunter.ui.phase_offer import PhaseOfferBar
from jobhunter.ui.pipeline.board import next_stage
from jobhunter.ui.pipeline.dialogs import fill_preselection
from jobhunter.ui.pipeline.placement import PlacementPanel
from jobhunter.ui.section import fill_table, make_table
from jobhunter.ui.tabs import fmt_datetime
from jobhunter.ui.widgets import ElidingCheckBox, MessageLabel, OptionalDateTimeEdit

BADGE = "border-radius: 8px; padding: 2px 10px;"
BADGE_COLOURS = {
    "open": "background: #e3f0ff; color: #1b4f8a;",
    "placed": "background: #e2f4e6; color: #1e6b32;",
    "outcome": "background: #eceef1; color: #5f6670;",
}


class ChecklistBox(QGroupBox):
    """A preparation list: a tick and a short note per item, saved at once; own items too."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self, title: str, which: Checklist, service: MatchService, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.which = which
        self.service = service
        self.match_id: uuid.UUID | None = None
        self.setObjectName(f"checklist_{which.value}")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(2)
        self.progress = QLabel(self)
        self.new_item = QLineEdit(self)
        self.new_item.setObjectName(f"new_item_{which.value}")
        self.new_item.setPlaceholderText(self.tr("Add your own item and press Enter"))
        self.new_item.returnPressed.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(self.grid)
        layout.addWidget(self.new_item)
        self.boxes: dict[str, QCheckBox] = {}

    def show_items(self, match_id: uuid.UUID, items: list[CheckItem]) -> None:
        self.match_id = match_id
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        for row, item in enumerate(items):
            box = ElidingCheckBox(item.label or key_label(CHECK_LABELS, item.key), self)
            box.setObjectName(f"check_{item.key}")
            box.setChecked(item.done)
            box.toggled.connect(lambda on, key=item.key: self._set(key, done=on))
            note = QLineEdit(item.note, self)
            note.setObjectName(f"note_{item.key}")
            note.setPlaceholderText(self.tr("note"))
            note.setMinimumWidth(90)  # the file stays narrow enough for the board
            note.editingFinished.connect(
                lambda key=item.key, edit=note: self._set(key, note=edit.text())
            )
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(note, row, 1)
            if item.is_custom:
                remove = QPushButton("✕", self)
                remove.setToolTip(self.tr("Remove this item"))
                remove.setFixedWidth(28)
                remove.clicked.connect(lambda _=False, key=item.key: self._remove(key))
                self.grid.addWidget(remove, row, 2)
            self.boxes[item.key] = box
        self._show_progress(items)

    def _show_progress(self, items: list[CheckItem]) -> None:
        done = sum(i.done for i in items)
        text = self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(items)))
        self.progress.setText(("✔ " if done == len(items) else "") + text)

    def _run(self, action: Any, *args: Any, **kwargs: Any) -> list[CheckItem] | None:
        if self.match_id is None:
            return None
        try:
            items: list[CheckItem] = action(self.match_id, self.which, *args, **kwargs)
        except ValidationError as exc:
            self.failed.emit(str(exc))
            return None
        return items

    def _set(self, key: str, **change: Any) -> None:
        items = self._run(self.service.set_check, key, **change)
        if items is not None and self.match_id is not None:
            announce("match", [self.match_id], source=self)
            self._show_progress(items)
            self.changed.emit()

    def _add(self) -> None:
        items = self._run(self.service.add_check, self.new_item.text())
        if items is not None and self.match_id is not None:
            announce("match", [self.match_id], source=self)
            self.new_item.clear()
            self.show_items(self.match_id, items)
            self.changed.emit()

    def _remove(self, key: str) -> None:
        items = self._run(self.service.remove_check, key)
        if items is not None and self.match_id is not None:
            announce("match", [self.match_id], source=self)
            self.show_items(self.match_id, items)
            self.changed.emit()


class MatchForm(AutoSaveForm):
    """The free fields: interview time, debrief, agreed next step, notes."""

    def __init__(self, service: MatchService, parent: QWidget | None = None) -> None:
        super().__init__(service.update, parent, kind="match")
        holder = QWidget(self)
        form = self.new_form(labels_above=True)
        holder.setLayout(form)
        self.date(form, "debrief_on", self.tr("Debrief on"))
        self.text(form, "debrief_employer", self.tr("What the employer said"))
        self.text(form, "debrief_candidate", self.tr("What the candidate said"))
        self.line(form, "next_step", self.tr("Agreed next step"))
        self.text(form, "notes", self.tr("Notes"))
        self.setWidget(holder)


class InterviewForm(AutoSaveForm):
    def __init__(self, service: MatchService, parent: QWidget | None = None) -> None:
        super().__init__(service.update, parent, kind="match")
        holder = QWidget(self)
        form = self.new_form()
        holder.setLayout(form)
        edit = OptionalDateTimeEdit(self)
        self.bind(
            form,
            "interview_at",
            self.tr("Interview"),
            edit,
            edit.value,
            edit.set_value,
            edit.editingFinished,
        )
        self.setWidget(holder)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setMaximumHeight(48)


class _Values:
    """The fields of a match file as attributes, for the auto-saving forms."""

    def __init__(self, file: MatchFile) -> None:
        self.id = file.id
        self.interview_at = file.row.interview_at
        self.next_step = file.row.next_step
        self.notes = file.notes
        self.debrief_on = file.debrief_on
        self.debrief_employer = file.debrief_employer
        self.debrief_candidate = file.debrief_candidate


class MatchFileWidget(QWidget):
    """One match; its edits are announced on the hub, and it follows changes made elsewhere
    (the client renamed, the workplace's requirements, consent given)."""

    moveRequested = Signal(object, object)  # match id, target Stage (None: ask)
    openRecord = Signal(str, object)  # kind, id

    #: what the file shows besides the match: a change to any of these may concern it
    FOLLOWS = ("match", "client", "employer", "workplace", "consent")

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.matches = MatchService(store, clock)
        self.suggestions = SuggestionService(store, clock)
        self.relations = RelationService(store, clock)
        self.match_id: uuid.UUID | None = None
        self.file: MatchFile | None = None

        self.empty = QLabel(self.tr("Select a card, or press Ctrl+N to propose a match."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.client_button = QPushButton(self)
        self.client_button.setObjectName("client_link")
        self.client_button.setFlat(True)
        self.client_button.setStyleSheet("font-size: 14pt; font-weight: 600; text-align: left;")
        self.client_button.setToolTip(self.tr("Open the client file"))
        self.employer_button = QPushButton(self)
        self.employer_button.setObjectName("employer_link")
        self.employer_button.setFlat(True)
        self.employer_button.setStyleSheet("text-align: left;")
        self.employer_button.setToolTip(self.tr("Open the employer"))
        self.stage_badge = QLabel(self)
        self.stage_badge.setObjectName("stage_badge")
        self.days = QLabel(self)
        self.back_button = QPushButton(self)
        self.forward_button = QPushButton(self)
        self.forward_button.setObjectName("forward")
        self.change_button = QPushButton(self.tr("Change stage…"), self)
        self.alert = QLabel(self)
        self.alert.setWordWrap(True)
        self.message = MessageLabel(self)  # one line kept free: a message never moves the file

        self.preselection = QListWidget(self)
        self.preselection.setObjectName("preselection")
        self.preselection.setMaximumHeight(96)
        self.consent = QLabel(self)
        self.consent.setWordWrap(True)
        self.interview = InterviewForm(self.matches, self)
        self.candidate_list = ChecklistBox(
            self.tr("Candidate preparation"), Checklist.CANDIDATE, self.matches, self
        )
        self.employer_list = ChecklistBox(
            self.tr("Employer pre-briefing"), Checklist.EMPLOYER, self.matches, self
        )
        prep = QWidget(self)
        prep_layout = QVBoxLayout(prep)
        prep_layout.addWidget(QLabel(self.tr("<b>Requirements of the workplace</b>"), prep))
        prep_layout.addWidget(self.preselection)
        prep_layout.addWidget(self.interview)
        prep_layout.addWidget(self.candidate_list)
        prep_layout.addWidget(self.employer_list)
        prep_layout.addStretch()
        prep_scroll = QScrollArea(self)
        prep_scroll.setWidget(prep)
        prep_scroll.setWidgetResizable(True)

        self.form = MatchForm(self.matches, self)
        self.history = make_table(self, [self.tr("When"), self.tr("From"), self.tr("To"),
                                         self.tr("Note")])  # fmt: skip
        self.history.setObjectName("history")
        self.sections = QTabWidget(self)
        self.sections.addTab(prep_scroll, self.tr("Preparation"))
        self.sections.addTab(self.form, self.tr("Debrief"))
        self.sections.addTab(self.history, self.tr("History"))
        self.prep_page = prep_scroll
        self.placement = PlacementPanel(self.matches, self)
        self.sections.insertTab(2, self.placement, self.tr("Placement"))
        self.placement.saved.connect(self._on_placement_saved)
        self.placement.failed.connect(self.message.setText)
        self.offer = PhaseOfferBar(PlacementService(store, clock), self)
        self.offer.accepted.connect(lambda _client: self._on_changed())

        for box in (self.candidate_list, self.employer_list):
            box.changed.connect(self._on_changed)
            box.failed.connect(self.message.setText)
        for form in (self.form, self.interview):
            form.saved.connect(lambda _record: self._on_changed())
            form.failed.connect(self.message.setText)
            form.recovered.connect(self.message.clear)
        self.client_button.clicked.connect(
            lambda: self.file and self.openRecord.emit("client", self.file.row.client_id)
        )
        self.employer_button.clicked.connect(
            lambda: self.file and self.openRecord.emit("employer", self.file.row.employer_id)
        )
        self.back_button.clicked.connect(lambda: self._step(-1))
        self.forward_button.clicked.connect(lambda: self._step(1))
        self.change_button.clicked.connect(
            lambda: self.match_id and self.moveRequested.emit(self.match_id, None)
        )

        title = QHBoxLayout()
        title.addWidget(self.client_button)
        title.addWidget(self.stage_badge)
        title.addStretch()
        # days on a line of their own: beside the buttons a stalled match's warning made
        # the file so wide that the board lost most of its columns
        self.days.setWordWrap(True)
        stage_bar = QHBoxLayout()
        self.documents_button = documents_button(self, self.open_document)
        stage_bar.addWidget(self.documents_button)
        stage_bar.addStretch()
        stage_bar.addWidget(self.back_button)
        stage_bar.addWidget(self.forward_button)
        stage_bar.addWidget(self.change_button)
        filled = QWidget(self)
        body = QVBoxLayout(filled)
        body.setContentsMargins(8, 8, 8, 8)
        body.addLayout(title)
        body.addWidget(self.employer_button)
        body.addWidget(self.days)
        body.addLayout(stage_bar)
        body.addWidget(self.alert)
        body.addWidget(self.offer)
        body.addWidget(self.consent)  # before anything is told to the employer
        body.addWidget(self.message)
        body.addWidget(self.sections, 1)
        # room for a checklist item, its tick and its note side by side
        self.setMinimumWidth(360)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(filled)
        listen(self, self.FOLLOWS, self._take_changes, skip_own=True)

    def _take_changes(self, changes: Changes) -> None:
        """Reload when a change elsewhere concerns the match shown, its client, employer or
        workplace (a consent given, a name corrected)."""
        if self.file is None:
            return
        row = self.file.row
        if (
            changes.touches("match", row.id)
            or changes.touches("client", row.client_id)
            or changes.touches("employer", row.employer_id)
            or changes.touches("workplace", row.workplace_id)
            or ("consent" in changes and changes.ids("consent") is None)
            or (
                "consent" in changes
                and row.client_id
                in self.relations.related("consent", changes.ids("consent") or set()).get(
                    "client", set()
                )
            )
        ):
            try:
                self.reload()
            except NotFoundError:
                self.show_record(None)

    # --- showing ------------------------------------------------------------------------
    def show_record(self, match_id: uuid.UUID | None) -> None:
        self.match_id = match_id
        if match_id is None:
            self.file = None
        self.message.clear()
        self.stack.setCurrentIndex(0 if match_id is None else 1)
        self.reload()

    def reload(self) -> None:
        if self.match_id is None:
            return
        file = self.file = self.matches.load(self.match_id)
        row = file.row
        self.client_button.setText(row.client_name)
        place = row.employer_name + (f" · {row.workplace_title}" if row.workplace_title else "")
        self.employer_button.setText(place)
        kind = (
            "outcome"
            if row.stage.is_outcome
            else "placed"
            if row.stage in (Stage.TRIAL_PLACEMENT, Stage.CONTRACT)
            else "open"
        )
        # the form, where the stage does not say it already (a proefplaatsing in its stage)
        form = (
            f" · {label(row.placement_form)}"
            if kind == "placed" and row.placement_form not in (None, PlacementForm.TRIAL_PLACEMENT)
            else ""
        )
        self.stage_badge.setText(label(row.stage) + form)
        self.stage_badge.setStyleSheet(BADGE + BADGE_COLOURS[kind])
        days = self.tr("%n day(s) in this stage", "", row.days_in_stage)
        if row.stalled:
            days = "⚠ " + days + " — " + self.tr("time for a push")
        self.days.setText(days)
        self.days.setStyleSheet("color: #a4262c;" if row.stalled else "")
        for button, step, arrow in ((self.back_button, -1, "◀ "), (self.forward_button, 1, "")):
            target = next_stage(row.stage, step)
            button.setVisible(target is not None)
            if target is not None:
                button.setText(arrow + short_label(target) + (" ▶" if step > 0 else ""))
                button.setToolTip(label(target))
        self._show_alert(file)
        if row.workplace_id is not None:
            checks = self.suggestions.preselect(row.client_id, row.workplace_id)
        else:
            checks = None
        fill_preselection(
            self.preselection,
            checks,
            self.tr("No workplace chosen, or it lists no requirements."),
        )
        self.consent.setText(
            self.tr("✔ The client agreed that information may go to employers.")
            if file.may_share_with_employers
            else self.tr(
                "⚠ No consent on file to share information with employers: the employer's "
                "pre-briefing, later stages and a candidate profile need it. Record it on the "
                "client's Consent tab."
            )
        )
        self.consent.setStyleSheet("" if file.may_share_with_employers else "color: #8a5a00;")
        values = _Values(file)
        self.form.show_record(values)
        self.interview.show_record(values)
        self.placement.show_file(file)
        self.offer.show_offer(self.offer.placements.aftercare_offer(file.id))
        self.candidate_list.show_items(file.id, file.candidate_prep)
        self.employer_list.show_items(file.id, file.employer_prebrief)
        fill_table(
            self.history,
            [
                (
                    file.id,
                    [
                        fmt_datetime(step.changed_at),
                        label(step.from_stage),
                        label(step.to_stage),
                        step.note or "",
                    ],
                )
                for step in reversed(file.history)
            ],
        )

    def _show_alert(self, file: MatchFile) -> None:
        notes = []
        if file.outcome_reason:
            notes.append(self.tr("Reason: %1").replace("%1", file.outcome_reason))
        if file.override_reason:
            notes.append(
                self.tr("Proposed although a hard requirement is not met: %1").replace(
                    "%1", file.override_reason
                )
            )
        self.alert.setText("  •  ".join(notes))
        self.alert.setStyleSheet(
            "background: #fff4d6; padding: 4px 8px; border-radius: 4px;" if notes else ""
        )
        self.alert.setVisible(bool(notes))

    def _step(self, step: int) -> None:
        if self.file is not None:
            target = next_stage(self.file.row.stage, step)
            if target is not None:
                self.moveRequested.emit(self.file.id, target)

    def _on_placement_saved(self) -> None:
        self.message.clear()
        self.reload()
        self._on_changed()

    def _on_changed(self) -> None:
        self.message.clear()

    def open_document(self, kind: PrintKind) -> None:
        """Preview the briefing or the candidate profile of the open match."""
        if self.match_id is not None and self.flush() is None:
            open_document(self, self.matches.store, self.clock, kind, self.match_id)

    # --- the page's edit guard ----------------------------------------------------------
    def flush(self) -> str | None:
        if self.match_id is None:
            return None
        return self.form.flush() or self.interview.flush()

    def discard(self) -> None:
        self.form.discard()
        self.interview.discard()
        self.message.clear()
