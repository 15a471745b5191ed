"""Dialogs of the aftercare tab: plan a schedule, edit templates, record an outcome or a
problem."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jobhunter.models.enums import Intensity, ProblemOwner
from jobhunter.services.aftercare import (
    AftercareService,
    PlannedCheckin,
    Template,
    make_template,
)
from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.errors import ValidationError
from jobhunter.services.placements import PlacementService
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.labels import label
from jobhunter.ui.widgets import from_qdate, to_qdate


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone(LOCAL_TZ)
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


class ScheduleDialog(FormDialog):
    """Propose a schedule from a template, let the user edit or drop check-ins, create it."""

    def __init__(
        self,
        service: AftercareService,
        match_id: uuid.UUID,
        who: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Plan aftercare"), parent)
        self.setMinimumSize(560, 520)
        self.service = service
        self.match_id = match_id
        self.created: int = 0
        self.intensity = self.combo(self, list(Intensity))
        self.intensity.setObjectName("intensity")
        self.intensity.setCurrentIndex(self.intensity.findData(Intensity.NORMAL.value))
        self.start = QDateEdit(self)
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd-MM-yyyy")
        self.start.setDate(to_qdate(service.placement_start(match_id)))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("checkins")
        self.table.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("With"), self.tr("When")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        existing = service.planned_count(match_id)
        note = QLabel(self)
        note.setWordWrap(True)
        if existing:
            note.setText(
                self.tr("%n check-in(s) already planned for this placement.", "", existing)
            )
            note.setStyleSheet("color: #8a5a00;")
        self.form.addRow(self.tr("Placement"), QLabel(who, self))
        self.form.addRow(self.tr("Intensity"), self.intensity)
        self.form.addRow(self.tr("Counted from"), self.start)
        self.layout_.addWidget(note)
        self.layout_.addWidget(self.table, 1)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.intensity.currentIndexChanged.connect(self.refresh)
        self.start.dateChanged.connect(self.refresh)
        self._editors: list[tuple[QCheckBox, PlannedCheckin, QDateTimeEdit]] = []
        self.refresh()

    def refresh(self, *_: object) -> None:
        planned = self.service.propose_schedule(
            self.match_id,
            Intensity(self.intensity.currentData()),
            from_qdate(self.start.date()),
            include_past=True,  # shown, unticked: the user sees the whole template
        )
        self.table.setRowCount(len(planned))
        self._editors = []
        for row, checkin in enumerate(planned):
            keep = QCheckBox(self.tr("week %1").replace("%1", str(checkin.week)), self.table)
            # a schedule planned late: what lies in the past is not planned unless ticked
            keep.setChecked(not checkin.past)
            if checkin.past:
                keep.setToolTip(self.tr("This moment has passed; tick it to plan it anyway."))
            when = QDateTimeEdit(to_qdatetime(checkin.starts_at), self.table)
            when.setDisplayFormat("ddd dd-MM-yyyy HH:mm")
            when.setCalendarPopup(True)
            self.table.setCellWidget(row, 0, keep)
            self.table.setItem(row, 1, QTableWidgetItem(label(checkin.kind)))
            self.table.setCellWidget(row, 2, when)
            self._editors.append((keep, checkin, when))

    def chosen(self) -> list[PlannedCheckin]:
        """The ticked check-ins with the times as edited."""
        out = []
        for keep, checkin, when in self._editors:
            if keep.isChecked():
                starts = from_qdatetime(when.dateTime())
                out.append(
                    PlannedCheckin(
                        checkin.kind,
                        checkin.week,
                        starts,
                        starts + (checkin.ends_at - checkin.starts_at),
                    )
                )
        return out

    def validate(self) -> str | None:
        chosen = self.chosen()
        if not chosen:
            return self.tr("Tick at least one check-in.")
        try:
            self.created = len(self.service.create_schedule(self.match_id, chosen))
        except ValidationError as exc:
            return str(exc)
        return None


class TemplatesDialog(FormDialog):
    """The three schedule templates: weeks after the start, for employee and employer."""

    def __init__(self, service: AftercareService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aftercare templates"), parent)
        self.service = service
        self.fields: dict[Intensity, tuple[QLineEdit, QLineEdit]] = {}
        hint = QLabel(self.tr("Weeks after the start of the placement, separated by commas."))
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        for intensity, template in service.templates().items():
            employee = QLineEdit(", ".join(map(str, template.employee)), self)
            employee.setObjectName(f"employee_{intensity.value}")
            employer = QLineEdit(", ".join(map(str, template.employer)), self)
            employer.setObjectName(f"employer_{intensity.value}")
            self.form.addRow(self.tr("%1 — employee").replace("%1", label(intensity)), employee)
            self.form.addRow(self.tr("%1 — employer").replace("%1", label(intensity)), employer)
            self.fields[intensity] = (employee, employer)
        self.finish_layout()

    @staticmethod
    def _weeks(text: str) -> list[int]:
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        return [int(p) for p in parts]

    def validate(self) -> str | None:
        try:
            parsed = {
                i: (self._weeks(a.text()), self._weeks(b.text()))
                for i, (a, b) in self.fields.items()
            }
        except ValueError:
            return self.tr("Use whole numbers of weeks, for example: 1, 2, 4, 8.")
        # every template checked first, then all saved together: a mistake in one
        # saves none, and the message says which one it is
        templates: dict[Intensity, Template] = {}
        for intensity, (employee, employer) in parsed.items():
            try:
                templates[intensity] = make_template(employee, employer)
            except ValidationError as exc:
                return f"{label(intensity)}: {exc}"
        self.service.save_templates(templates)
        return None


class OutcomeDialog(FormDialog):
    """Still working after 3, 6 or 12 months? With the contract form, or why it stopped."""

    def __init__(self, service: AftercareService, match_id: uuid.UUID, who: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Record the outcome"), parent)
        self.service = service
        self.match_id = match_id
        self.months = QComboBox(self)
        self.months.setObjectName("months")
        for months in (3, 6, 12):
            self.months.addItem(self.tr("after %1 months").replace("%1", str(months)), months)
        self.working = QComboBox(self)
        self.working.setObjectName("working")
        self.working.addItem(self.tr("still working"), True)
        self.working.addItem(self.tr("stopped (dropout)"), False)
        self.contract = QLineEdit(self)
        self.contract.setObjectName("contract_form")
        self.contract.setPlaceholderText(self.tr("e.g. temporary contract 12 months"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("why it stopped (required for a dropout)"))
        self.recorded = QLabel(self)
        self.recorded.setObjectName("recorded")
        self.recorded.setWordWrap(True)
        self.recorded.setStyleSheet("color: #8a5a00;")
        self.form.addRow(self.tr("Placement"), QLabel(who, self))
        self.form.addRow(self.tr("Checkpoint"), self.months)
        self.form.addRow(self.recorded)
        self.form.addRow(self.tr("Outcome"), self.working)
        self.form.addRow(self.tr("Contract form"), self.contract)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()
        self.dropped_out = False
        self.outcome_id: uuid.UUID | None = None  # the outcome recorded
        self._outcomes = service.outcomes(match_id)
        terms = PlacementService(service.store, service.clock).terms(match_id)
        self._form = label(terms.form) if terms else ""
        self.months.currentIndexChanged.connect(self._show_recorded)
        # the first checkpoint without an outcome; the last one when all are known
        open_checkpoints = [
            i for i in range(self.months.count()) if self.months.itemData(i) not in self._outcomes
        ]
        self.months.setCurrentIndex(open_checkpoints[0] if open_checkpoints else 2)
        self._show_recorded()

    def _show_recorded(self, *_: object) -> None:
        """An outcome already recorded at this checkpoint is shown, and saving replaces it."""
        outcome = self._outcomes.get(int(self.months.currentData()))
        self.recorded.setVisible(outcome is not None)
        if outcome is None:
            self.contract.setText(self._form)  # as the placement was agreed
            self.reason.clear()
            return
        state = self.tr("still working") if outcome.still_working else self.tr("stopped (dropout)")
        self.recorded.setText(
            self.tr("Recorded on %1: %2. Saving replaces it.")
            .replace("%1", outcome.recorded_on.strftime("%d-%m-%Y"))
            .replace("%2", state)
        )
        self.working.setCurrentIndex(self.working.findData(outcome.still_working))
        self.contract.setText(outcome.contract_form or "")
        self.reason.setText(outcome.reason or "")

    def validate(self) -> str | None:
        try:
            self.outcome_id = self.service.record_outcome(
                self.match_id,
                int(self.months.currentData()),
                bool(self.working.currentData()),
                contract_form=self.contract.text(),
                reason=self.reason.text(),
            ).id
        except ValidationError as exc:
            return str(exc)
        self.dropped_out = not self.working.currentData()
        return None


class ProblemDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problem raised"), parent)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setMaximumHeight(90)
        self.owner = self.combo(self, list(ProblemOwner))
        self.owner.setObjectName("owner")
        self.form.addRow(self.tr("What is the problem?"), self.description)
        self.form.addRow(self.tr("Who picks it up"), self.owner)
        self.finish_layout()

    def validate(self) -> str | None:
        if not self.description.toPlainText().strip():
            return self.tr("Describe the problem.")
        return None

    @classmethod
    def get_values(cls, parent: QWidget | None) -> tuple[str, ProblemOwner] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.description.toPlainText().strip(), ProblemOwner(dialog.owner.currentData())
