"""Dialogs of the employer file; each offers a classmethod returning (values, accepted)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Arrangement, ContactPerson, Workplace
from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    Channel,
    DutchLevel,
    RequirementKind,
    WorkplaceStatus,
)
from jobhunter.services.employers import WAGE_VALUE_KINDS, PlacementChoice
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.labels import label
from jobhunter.ui.widgets import OptionalDateEdit, OptionalSpinBox, PlainTextEdit


@dataclass
class ContactValues:
    name: str
    role: str | None
    phone: str | None
    email: str | None
    preferred_channel: str | None


class ContactDialog(FormDialog):
    def __init__(self, person: ContactPerson | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact person"), parent)
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("06-12345678")
        self.email = QLineEdit(self)
        self.channel = self.combo(self, Channel, optional=True)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow(self.tr("Preferred channel"), self.channel)
        self.finish_layout()
        if person is not None:
            self.name.setText(person.name)
            self.role.setText(person.role or "")
            self.phone.setText(person.phone or "")
            self.email.setText(person.email or "")
            raw = person.preferred_channel.value if person.preferred_channel else None
            self.channel.setCurrentIndex(max(self.channel.findData(raw), 0))

    def validate(self) -> str | None:
        return None if self.name.text().strip() else self.tr("The name is required.")

    def values(self) -> ContactValues:
        return ContactValues(
            name=self.name.text(),
            role=self.role.text() or None,
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            preferred_channel=self.channel.currentData(),
        )

    @classmethod
    def get_values(
        cls, parent: QWidget | None, person: ContactPerson | None = None
    ) -> tuple[ContactValues | None, bool]:
        dialog = cls(person, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.values(), True


@dataclass
class VisitValues:
    visited_on: date
    contact_person_id: uuid.UUID | None
    relationship: str | None
    workplace: str | None
    commitment: str | None
    notes: str | None
    follow_up_on: date | None


class VisitDialog(FormDialog):
    """A company visit by its three aims, with the next follow-up."""

    def __init__(self, contacts: list[ContactPerson], today: date, parent: QWidget | None = None):
        super().__init__(self.tr("Company visit"), parent)
        self.visited = OptionalDateEdit(self)
        self.visited.set_value(today)
        self.contact = QComboBox(self)
        self.contact.addItem("–", None)
        for person in contacts:
            self.contact.addItem(person.name, str(person.id))
        self.relationship = PlainTextEdit(self)
        self.relationship.setPlaceholderText(self.tr("What did you learn about the company?"))
        self.workplace = PlainTextEdit(self)
        self.workplace.setPlaceholderText(
            self.tr("Concrete workplace: name, tasks, hours, real requirements")
        )
        self.commitment = PlainTextEdit(self)
        self.commitment.setPlaceholderText(self.tr("What did the employer commit to?"))
        self.notes = PlainTextEdit(self)
        self.follow_up = OptionalDateEdit(self)
        self.follow_up.set_value(date.fromordinal(today.toordinal() + 14))
        self.form.addRow(self.tr("Date"), self.visited)
        self.form.addRow(self.tr("Spoke with"), self.contact)
        self.form.addRow(self.tr("1. Relationship"), self.relationship)
        self.form.addRow(self.tr("2. Workplace"), self.workplace)
        self.form.addRow(self.tr("3. Commitment"), self.commitment)
        self.form.addRow(self.tr("Other notes"), self.notes)
        self.form.addRow(self.tr("Follow up on"), self.follow_up)
        self.finish_layout()

    def values(self) -> VisitValues:
        contact = self.contact.currentData()
        return VisitValues(
            visited_on=self.visited.value() or date.today(),
            contact_person_id=uuid.UUID(contact) if contact else None,
            relationship=self.relationship.toPlainText() or None,
            workplace=self.workplace.toPlainText() or None,
            commitment=self.commitment.toPlainText() or None,
            notes=self.notes.toPlainText() or None,
            follow_up_on=self.follow_up.value(),
        )

    def validate(self) -> str | None:
        values = self.values()
        if not any((values.relationship, values.workplace, values.commitment, values.notes)):
            return self.tr("Write down what the visit brought.")
        return None

    @classmethod
    def get_values(
        cls, parent: QWidget | None, contacts: list[ContactPerson], today: date
    ) -> tuple[VisitValues | None, bool]:
        dialog = cls(contacts, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.values(), True


@dataclass
class WorkplaceValues:
    title: str
    tasks: str | None
    hours_per_week: int | None
    contract_form: str | None
    city: str | None
    status: str
    jobcarving: str | None
    requirements: list[tuple[str, str | None, bool]] = field(default_factory=list)


class RequirementsEditor(QWidget):
    """Rows of kind, value and hard/wish; the true minimum is what is ticked as hard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Requirement"), self.tr("Value"), self.tr("Hard minimum")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("Add requirement"), self)
        add.clicked.connect(lambda: self.add_row(RequirementKind.DRIVING_LICENCE.value, "B", True))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, kind: str, value: str | None, hard: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = FormDialog.combo(self.table, RequirementKind)
        box.setCurrentIndex(max(box.findData(kind), 0))
        self.table.setCellWidget(row, 0, box)
        self.table.setItem(row, 1, QTableWidgetItem(value or ""))
        check = QCheckBox(self.table)
        check.setChecked(hard)
        self.table.setCellWidget(row, 2, check)

    def values(self) -> list[tuple[str, str | None, bool]]:
        out = []
        for row in range(self.table.rowCount()):
            kind_box, hard_box = self.table.cellWidget(row, 0), self.table.cellWidget(row, 2)
            assert isinstance(kind_box, QComboBox) and isinstance(hard_box, QCheckBox)
            item = self.table.item(row, 1)
            value = item.text().strip() if item else ""
            out.append((kind_box.currentData(), value or None, hard_box.isChecked()))
        return out


class WorkplaceDialog(FormDialog):
    def __init__(self, workplace: Workplace | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workplace"), parent)
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(self)
        self.tasks = PlainTextEdit(self)
        self.hours = QSpinBox(self)
        self.hours.setRange(0, 60)
        self.hours.setSpecialValueText("–")
        self.contract = QLineEdit(self)
        self.contract.setPlaceholderText(self.tr("e.g. trial placement 2 months, then 6 months"))
        self.city = QLineEdit(self)
        self.status = self.combo(self, WorkplaceStatus)
        self.jobcarving = PlainTextEdit(self)
        self.jobcarving.setPlaceholderText(self.tr("Tasks that could be split off or reshaped"))
        self.requirements = RequirementsEditor(self)
        self.form.addRow(self.tr("Function"), self.title_edit)
        self.form.addRow(self.tr("Tasks"), self.tasks)
        self.form.addRow(self.tr("Hours per week"), self.hours)
        self.form.addRow(self.tr("Contract form"), self.contract)
        self.form.addRow(self.tr("Location"), self.city)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Job carving"), self.jobcarving)
        self.form.addRow(self.tr("Requirements"), self.requirements)
        self.finish_layout()
        if workplace is not None:
            self.title_edit.setText(workplace.title)
            self.tasks.setPlainText(workplace.tasks or "")
            self.hours.setValue(workplace.hours_per_week or 0)
            self.contract.setText(workplace.contract_form or "")
            self.city.setText(workplace.city or "")
            self.status.setCurrentIndex(max(self.status.findData(workplace.status.value), 0))
            self.jobcarving.setPlainText(workplace.jobcarving or "")
            for req in workplace.requirements:
                self.requirements.add_row(req.kind.value, req.value, req.is_hard)

    def values(self) -> WorkplaceValues:
        return WorkplaceValues(
            title=self.title_edit.text(),
            tasks=self.tasks.toPlainText() or None,
            hours_per_week=self.hours.value() or None,
            contract_form=self.contract.text() or None,
            city=self.city.text() or None,
            status=self.status.currentData(),
            jobcarving=self.jobcarving.toPlainText() or None,
            requirements=self.requirements.values(),
        )

    def validate(self) -> str | None:
        values = self.values()
        if not values.title.strip():
            return self.tr("The function name is required.")
        levels = {level.value for level in DutchLevel}
        for kind, value, _hard in values.requirements:
            if kind == RequirementKind.DUTCH_LEVEL.value and value not in levels:
                return self.tr("A Dutch level is one of A1, A2, B1, B2, C1 or C2.")
        return None

    @classmethod
    def get_values(
        cls, parent: QWidget | None, workplace: Workplace | None = None
    ) -> tuple[WorkplaceValues | None, bool]:
        dialog = cls(workplace, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.values(), True


@dataclass
class ArrangementValues:
    kind: str
    status: str
    workplace_id: uuid.UUID | None
    starts_on: date | None
    ends_on: date | None
    notes: str | None
    match_id: uuid.UUID | None = None
    wage_value: int | None = None


class ArrangementDialog(FormDialog):
    """A regeling, for the whole employer, a workplace or the placement it supports; the
    loonwaarde for loondispensatie and loonkostensubsidie."""

    def __init__(
        self,
        item: Arrangement | None,
        workplaces: list[Workplace],
        parent: QWidget | None = None,
        placements: list[PlacementChoice] | None = None,
    ) -> None:
        super().__init__(self.tr("Arrangement"), parent)
        self.kind = self.combo(self, ArrangementKind)
        self.kind.setObjectName("kind")
        self.status = self.combo(self, ArrangementStatus)
        self.status.setObjectName("status")
        self.placement = QComboBox(self)
        self.placement.setObjectName("placement")
        self.placement.addItem(self.tr("(no placement)"), None)
        for choice in placements or []:
            where = f" — {choice.workplace_title}" if choice.workplace_title else ""
            self.placement.addItem(
                f"{choice.client_name}{where} ({label(choice.stage)})", str(choice.match_id)
            )
        self.workplace = QComboBox(self)
        self.workplace.addItem(self.tr("(whole employer)"), None)
        for place in workplaces:
            self.workplace.addItem(place.title, str(place.id))
        self.starts = OptionalDateEdit(self)
        self.starts.setDate(QDate.currentDate())
        self.ends = OptionalDateEdit(self)
        self.ends.setObjectName("ends")
        self.wage_value = OptionalSpinBox(1, 100, "–", self)
        self.wage_value.setObjectName("wage_value")
        self.wage_value.setSuffix(" %")
        self.wage_value.setToolTip(
            self.tr("Loonwaarde: the share of full productivity; under 100 % for dispensation")
        )
        self.notes = PlainTextEdit(self)
        self.form.addRow(self.tr("Arrangement"), self.kind)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("For placement"), self.placement)
        self.form.addRow(self.tr("For workplace"), self.workplace)
        self.form.addRow(self.tr("From"), self.starts)
        self.form.addRow(self.tr("Until"), self.ends)
        self.form.addRow(self.tr("Wage value"), self.wage_value)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.finish_layout()
        self._placements = {str(p.match_id): p for p in placements or []}
        self.placement.currentIndexChanged.connect(self._follow_placement)
        self.kind.currentIndexChanged.connect(self._update_wage_value)
        if item is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind.value), 0))
            self.status.setCurrentIndex(max(self.status.findData(item.status.value), 0))
            raw = str(item.workplace_id) if item.workplace_id else None
            self.workplace.setCurrentIndex(max(self.workplace.findData(raw), 0))
            match = str(item.match_id) if item.match_id else None
            self.placement.setCurrentIndex(max(self.placement.findData(match), 0))
            self.starts.set_value(item.starts_on)
            self.ends.set_value(item.ends_on)
            self.wage_value.set_value(item.wage_value)
            self.notes.setPlainText(item.notes or "")
        self._update_wage_value()

    def _follow_placement(self) -> None:
        """A placement at a workplace is for that workplace."""
        choice = self._placements.get(self.placement.currentData() or "")
        if choice is not None and choice.workplace_id is not None:
            index = self.workplace.findData(str(choice.workplace_id))
            if index >= 0:
                self.workplace.setCurrentIndex(index)

    def _update_wage_value(self) -> None:
        applies = ArrangementKind(self.kind.currentData()) in WAGE_VALUE_KINDS
        self.wage_value.setEnabled(applies)
        if not applies:
            self.wage_value.set_value(None)

    def values(self) -> ArrangementValues:
        place = self.workplace.currentData()
        match = self.placement.currentData()
        return ArrangementValues(
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            workplace_id=uuid.UUID(place) if place else None,
            starts_on=self.starts.value(),
            ends_on=self.ends.value(),
            notes=self.notes.toPlainText() or None,
            match_id=uuid.UUID(match) if match else None,
            wage_value=self.wage_value.value_or_none(),
        )

    def validate(self) -> str | None:
        values = self.values()
        if values.starts_on and values.ends_on and values.ends_on < values.starts_on:
            return self.tr("The end date is before the start date.")
        if values.kind == ArrangementKind.WAGE_DISPENSATION.value and not (
            values.wage_value and values.wage_value < 100
        ):
            return self.tr("Wage dispensation needs the wage value, under 100 %.")
        return None

    @classmethod
    def get_values(
        cls,
        parent: QWidget | None,
        workplaces: list[Workplace],
        item: Arrangement | None = None,
        placements: list[PlacementChoice] | None = None,
    ) -> tuple[ArrangementValues | None, bool]:
        dialog = cls(item, workplaces, parent, placements)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.values(), True


class EndCooperationDialog(FormDialog):
    """Ending the cooperation is an explicit act with its reason; discrimination is recorded
    as such (the research: end the cooperation with employers who evidently discriminate)."""

    def __init__(self, employer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End cooperation"), parent)
        intro = QLabel(
            self.tr(
                "Ending the cooperation with %1 closes its open workplaces; nobody is proposed "
                "there any more. Matches still open stay for you to close."
            ).replace("%1", employer_name),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("What happened, in one sentence"))
        self.discrimination = QCheckBox(self.tr("Ended because of discrimination"), self)
        self.discrimination.setObjectName("discrimination")
        self.layout_.insertWidget(0, intro)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.discrimination)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("End cooperation"))

    def validate(self) -> str | None:
        return None if self.reason.text().strip() else self.tr("Give the reason.")

    @classmethod
    def get_values(
        cls, parent: QWidget | None, employer_name: str
    ) -> tuple[tuple[str, bool] | None, bool]:
        dialog = cls(employer_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return (dialog.reason.text().strip(), dialog.discrimination.isChecked()), True
