"""The employer file's sections: profile, contacts, visits, workplaces, arrangements, history."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import (
    ArrangementStatus,
    CandidatePreference,
    CollectiveArrangement,
    CompanySize,
    InformationPreference,
    Motive,
    RelationshipStatus,
    Sector,
    WorkplaceStatus,
)
from jobhunter.services.clock import Clock
from jobhunter.services.durability import CHECKPOINTS, DurabilityService, Outcome
from jobhunter.services.employers import EmployerFile, EmployerService
from jobhunter.services.gunfactor import GunfactorService
from jobhunter.ui.employers.dialogs import (
    ArrangementDialog,
    ContactDialog,
    VisitDialog,
    WorkplaceDialog,
)
from jobhunter.ui.flow_layout import button_row
from jobhunter.ui.forms import AutoSaveForm
from jobhunter.ui.labels import label
from jobhunter.ui.section import (
    Section,
    fill_table,
    fmt_date,
    make_table,
    select_row,
    selected_id,
)

MUTED = QColor("#6b6b6b")
GOOD = QColor("#1e7b34")
ALERT = QColor("#a4262c")


class ProfileSection(AutoSaveForm):
    """What the jobhunter knows about the company: who they are, why, and how they like it."""

    def __init__(self, employers: EmployerService, parent: QWidget | None = None) -> None:
        super().__init__(employers.update, parent, kind="employer")
        body = QWidget(self)
        self.setWidget(body)
        left, right = self.two_columns(QVBoxLayout(body))
        self.line(left, "name", self.tr("Name"))
        self.choice(left, "sector", self.tr("Sector"), list(Sector), optional=False)
        self.choice(left, "size", self.tr("Size"), list(CompanySize))
        self.line(left, "address", self.tr("Address"))
        self.line(left, "postcode", self.tr("Postcode"), "1234 AB")
        self.line(left, "city", self.tr("City"))
        self.line(left, "website", self.tr("Website"))
        self.choice(left, "status", self.tr("Relationship"), list(RelationshipStatus), False)
        self.line(left, "ended_reason", self.tr("Reason cooperation ended"))
        self.tri(left, "ended_for_discrimination", self.tr("Ended because of discrimination"))
        self.date(left, "follow_up_on", self.tr("Follow up on"))
        self.tri(left, "hr_formalised", self.tr("HR policy formalised"))
        self.checks(left, "motives", self.tr("Motives"), list(Motive))
        self.checks(
            left, "collective_arrangements", self.tr("Takes part in"), list(CollectiveArrangement)
        )
        self.text(right, "target_group_experience", self.tr("Experience with the target group"))
        self.text(right, "culture", self.tr("Culture and atmosphere"))
        self.text(right, "working_conditions", self.tr("Working conditions"))
        self.text(right, "staff_composition", self.tr("Staff composition"))
        self.choice(right, "candidate_preference", self.tr("Wants"), list(CandidatePreference))
        self.choice(
            right, "information_preference", self.tr("Wants to know"), list(InformationPreference)
        )
        self.tri(right, "wants_jobhunter_at_interview", self.tr("Jobhunter joins the interview"))
        self.text(right, "notes", self.tr("What works with this employer"))


class EmployerSection(Section):
    owner_kind = "employer"

    def __init__(self, employers: EmployerService, parent: QWidget | None = None) -> None:
        super().__init__(employers, parent)
        self.employers = employers
        self.file: EmployerFile | None = None

    def show_file(self, file: EmployerFile) -> None:
        self.file = file
        self.record_id = file.employer.id

    @staticmethod
    def buttons(*items: QPushButton) -> QWidget:
        """The section's buttons in a row that wraps where the file is narrow."""
        return button_row(*items)


class ContactsSection(EmployerSection):
    """Contact persons; exactly one is the primary contact, and changes are kept."""

    def __init__(self, employers: EmployerService, parent: QWidget | None = None) -> None:
        super().__init__(employers, parent)
        self.table = make_table(
            self,
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Prefers"),
                self.tr("Primary contact"),
            ],
        )
        self.table.doubleClicked.connect(self.edit)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.clicked.connect(self.edit)
        primary = QPushButton(self.tr("Make &primary contact"), self)
        primary.clicked.connect(self.make_primary)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove)
        self.changes = QListWidget(self)
        self.changes.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons(add, edit, primary, remove))
        layout.addWidget(QLabel(self.tr("Changes of primary contact"), self))
        layout.addWidget(self.changes)

    def show_file(self, file: EmployerFile) -> None:
        super().show_file(file)
        fill_table(
            self.table,
            [
                (
                    p.id,
                    [
                        p.name,
                        p.role or "",
                        p.phone or "",
                        p.email or "",
                        label(p.preferred_channel),
                        "★" if p.is_primary else "",
                    ],
                )
                for p in file.contacts
            ],
        )
        self.changes.clear()
        for change in file.primary_changes:
            before = change.previous_name or self.tr("(none)")
            self.changes.addItem(f"{fmt_date(change.changed_on)}  {before} → {change.new_name}")

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        return kind == "contact_person" and select_row(self.table, record_id)

    def add(self) -> None:
        values, ok = ContactDialog.get_values(self)
        if ok and values and self.record_id:
            self._run(
                self.employers.add_contact,
                self.record_id,
                values.name,
                role=values.role,
                phone=values.phone,
                email=values.email,
                preferred_channel=values.preferred_channel,
            )

    def edit(self) -> None:
        selected = selected_id(self.table)
        if selected is None or self.file is None:
            return
        person = next(p for p in self.file.contacts if p.id == selected)
        values, ok = ContactDialog.get_values(self, person)
        if ok and values:
            self._run(self.employers.update_contact, selected, **vars(values))

    def make_primary(self) -> None:
        selected = selected_id(self.table)
        if selected is not None:
            self._run(self.employers.set_primary, selected)

    def remove(self) -> None:
        selected = selected_id(self.table)
        if selected is not None:
            self._run(self.employers.remove_contact, selected)


class VisitsSection(EmployerSection):
    """Company visits with the three aims, newest first."""

    def __init__(self, employers: EmployerService, clock: Clock, parent: QWidget | None = None):
        super().__init__(employers, parent)
        self.clock = clock
        self.table = make_table(
            self,
            [
                self.tr("Date"),
                self.tr("Relationship"),
                self.tr("Workplace"),
                self.tr("Commitment"),
                self.tr("Notes"),
            ],
        )
        self.table.setWordWrap(True)
        add = QPushButton(self.tr("Record &visit…"), self)
        add.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons(add))

    def show_file(self, file: EmployerFile) -> None:
        super().show_file(file)

        def aim(done: bool, text: str | None) -> str:
            return f"✓ {text or ''}".strip() if done else "–"

        fill_table(
            self.table,
            [
                (
                    v.id,
                    [
                        fmt_date(v.visited_on),
                        aim(v.relationship_done, v.relationship_notes),
                        aim(v.workplace_done, v.workplace_notes),
                        aim(v.commitment_done, v.commitment_notes),
                        v.notes or "",
                    ],
                )
                for v in file.visits
            ],
        )
        self.table.resizeRowsToContents()

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        return kind == "visit" and select_row(self.table, record_id)

    def add(self) -> None:
        if self.file is None or self.record_id is None:
            return
        values, ok = VisitDialog.get_values(self, self.file.contacts, self.clock.today())
        if ok and values:
            self._run(
                self.employers.log_visit,
                self.record_id,
                values.visited_on,
                contact_person_id=values.contact_person_id,
                relationship=values.relationship,
                workplace=values.workplace,
                commitment=values.commitment,
                notes=values.notes,
                follow_up_on=values.follow_up_on,
            )


class WorkplacesSection(EmployerSection):
    """Workplaces and vacancies with their hard minimum requirements and wishes."""

    #: the user wants ranked candidates for this workplace (its id)
    findCandidates = Signal(object)

    def __init__(self, employers: EmployerService, parent: QWidget | None = None) -> None:
        super().__init__(employers, parent)
        self.table = make_table(
            self,
            [
                self.tr("Function"),
                self.tr("Hours"),
                self.tr("Contract form"),
                self.tr("Location"),
                self.tr("Status"),
                self.tr("Hard requirements"),
                self.tr("Wishes"),
                self.tr("Job carving"),
            ],
        )
        self.table.doubleClicked.connect(self.edit)
        add = QPushButton(self.tr("&Add workplace…"), self)
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.clicked.connect(self.edit)
        find = QPushButton(self.tr("Find &candidates…"), self)
        find.setObjectName("find_candidates")
        find.setToolTip(self.tr("Clients in the matching phase, ranked for this workplace"))
        find.clicked.connect(self._find_candidates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons(add, edit, find))

    def _find_candidates(self) -> None:
        selected = selected_id(self.table)
        if selected is None:
            self.failed.emit(self.tr("Select a workplace first."))
            return
        self.findCandidates.emit(selected)

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        return kind == "workplace" and select_row(self.table, record_id)

    def show_file(self, file: EmployerFile) -> None:
        super().show_file(file)

        def reqs(place: Any, hard: bool) -> str:
            return ", ".join(
                f"{label(r.kind)} {r.value or ''}".strip()
                for r in place.requirements
                if r.is_hard == hard
            )

        fill_table(
            self.table,
            [
                (
                    w.id,
                    [
                        w.title,
                        str(w.hours_per_week or ""),
                        w.contract_form or "",
                        w.city or "",
                        label(w.status),
                        reqs(w, True),
                        reqs(w, False),
                        w.jobcarving or "",
                    ],
                )
                for w in file.workplaces
            ],
        )
        for row, place in enumerate(file.workplaces):
            if place.status is not WorkplaceStatus.OPEN:
                for col in range(self.table.columnCount()):
                    self.table.item(row, col).setForeground(QBrush(MUTED))

    def add(self) -> None:
        values, ok = WorkplaceDialog.get_values(self)
        if ok and values and self.record_id:
            self._save(None, values)

    def edit(self) -> None:
        selected = selected_id(self.table)
        if selected is None or self.file is None:
            return
        place = next(w for w in self.file.workplaces if w.id == selected)
        values, ok = WorkplaceDialog.get_values(self, place)
        if ok and values:
            self._save(selected, values)

    def _save(self, workplace_id: uuid.UUID | None, values: Any) -> None:
        fields = {k: v for k, v in vars(values).items() if k != "requirements"}

        def save() -> uuid.UUID:
            if workplace_id is None:
                assert self.record_id is not None
                place = self.employers.add_workplace(self.record_id, **fields)
            else:
                place = self.employers.update_workplace(workplace_id, **fields)
            self.employers.set_requirements(place.id, values.requirements)
            return place.id

        saved = self._run(save)
        if saved is not None:
            self.announce("workplace", [saved])


class ArrangementsSection(EmployerSection):
    """Regelingen, with the placement each supports; one in use that ends within a month is
    marked: employers sometimes let people go when the subsidy stops."""

    def __init__(
        self, employers: EmployerService, parent: QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(employers, parent)
        self.clock = clock
        self.table = make_table(
            self,
            [
                self.tr("Arrangement"),
                self.tr("Status"),
                self.tr("Placement"),
                self.tr("Workplace"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Wage value"),
                self.tr("Notes"),
            ],
        )
        self.table.setObjectName("arrangements")
        self.table.doubleClicked.connect(self.edit)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.clicked.connect(self.edit)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons(add, edit, remove))

    def show_file(self, file: EmployerFile) -> None:
        super().show_file(file)
        titles = {w.id: w.title for w in file.workplaces}
        clients = {p.match_id: p.client_name for p in file.placements}
        fill_table(
            self.table,
            [
                (
                    a.id,
                    [
                        label(a.kind),
                        label(a.status),
                        clients.get(a.match_id, "") if a.match_id else "",
                        titles.get(a.workplace_id, "") if a.workplace_id else "",
                        fmt_date(a.starts_on),
                        fmt_date(a.ends_on),
                        f"{a.wage_value} %" if a.wage_value else "",
                        a.notes or "",
                    ],
                )
                for a in file.arrangements
            ],
        )
        if self.clock is not None:
            today = self.clock.today()
            for row, item in enumerate(file.arrangements):
                ends = item.ends_on
                if ends is not None and ends < today:  # over: kept as history, greyed
                    for col in range(self.table.columnCount()):
                        self.table.item(row, col).setForeground(QBrush(MUTED))
                soon = ends is not None and 0 <= (ends - today).days <= 31
                if item.status is ArrangementStatus.USED and soon:
                    cell = self.table.item(row, 5)
                    cell.setForeground(QBrush(ALERT))
                    cell.setToolTip(self.tr("Ends within a month: talk with the employer now"))

    def add(self) -> None:
        if self.file is None or self.record_id is None:
            return
        values, ok = ArrangementDialog.get_values(
            self, self.file.workplaces, placements=self.file.placements
        )
        if ok and values:
            self._run(self.employers.save_arrangement, self.record_id, **vars(values))

    def edit(self) -> None:
        selected = selected_id(self.table)
        if selected is None or self.file is None or self.record_id is None:
            return
        item = next(a for a in self.file.arrangements if a.id == selected)
        values, ok = ArrangementDialog.get_values(
            self, self.file.workplaces, item, self.file.placements
        )
        if ok and values:
            self._run(
                self.employers.save_arrangement,
                self.record_id,
                arrangement_id=selected,
                **vars(values),
            )

    def remove(self) -> None:
        selected = selected_id(self.table)
        if selected is not None:
            self._run(self.employers.delete_arrangement, selected)


class HistorySection(EmployerSection):
    """Placements at this employer and whether they lasted 3, 6 and 12 months."""

    def __init__(
        self,
        employers: EmployerService,
        durability: DurabilityService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(employers, parent)
        self.durability = durability
        self.gunfactor = GunfactorService(durability.store, durability.clock)
        self.goodwill = QLabel(self)
        self.goodwill.setObjectName("gunfactor")
        self.goodwill.setWordWrap(True)
        self.setbacks = QListWidget(self)
        self.setbacks.setObjectName("setbacks")
        self.setbacks.setMaximumHeight(90)
        headers = [self.tr("Client"), self.tr("Workplace"), self.tr("Form"), self.tr("Started")]
        headers += [self.tr("%1 months").replace("%1", str(m)) for m in CHECKPOINTS]
        headers += [self.tr("Now"), self.tr("Reason")]
        self.summary = QLabel(self)
        self.table = make_table(self, headers)
        box = QGroupBox(self.tr("Placements"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.summary)
        inner.addWidget(self.table)
        goodwill = QGroupBox(self.tr("Proposals here (goodwill)"), self)
        goodwill_layout = QVBoxLayout(goodwill)
        goodwill_layout.addWidget(self.goodwill)
        goodwill_layout.addWidget(self.setbacks)
        layout = QVBoxLayout(self)
        layout.addWidget(goodwill)
        layout.addWidget(box, 1)

    def show_file(self, file: EmployerFile) -> None:
        super().show_file(file)
        placements = self.durability.placements(file.employer.id)
        texts = {
            Outcome.WORKING: self.tr("working"),
            Outcome.STOPPED: self.tr("stopped"),
            Outcome.NOT_YET: self.tr("not yet"),
        }
        fill_table(
            self.table,
            [
                (
                    p.match_id,
                    [
                        p.client_name,
                        p.workplace_title or "",
                        label(p.form),
                        fmt_date(p.started_on),
                        *[texts[p.outcomes[m]] for m in CHECKPOINTS],
                        label(p.stage),
                        p.reason or "",
                    ],
                )
                for p in placements
            ],
        )
        colours = {Outcome.WORKING: GOOD, Outcome.STOPPED: ALERT, Outcome.NOT_YET: MUTED}
        for row, placement in enumerate(placements):
            for col, months in enumerate(CHECKPOINTS, start=4):
                self.table.item(row, col).setForeground(QBrush(colours[placement.outcomes[months]]))
        reached = [p for p in placements if p.outcomes[6] is not Outcome.NOT_YET]
        lasting = [p for p in reached if p.outcomes[6] is Outcome.WORKING]
        self.summary.setText(
            self.tr("%1 placement(s); %2 of %3 still working after six months.")
            .replace("%1", str(len(placements)))
            .replace("%2", str(len(lasting)))
            .replace("%3", str(len(reached)))
            if placements
            else self.tr("No placements at this employer yet.")
        )
        self._show_goodwill(file.employer.id)

    def _show_goodwill(self, employer_id: Any) -> None:
        """Proposals, hires and dropouts here: a mismatch costs goodwill that is hard to win
        back, so recent dropouts and rejections are listed too."""
        summary = self.gunfactor.summary(employer_id)
        self.goodwill.setText(
            self.tr("%1 proposed · %2 hired · %3 dropped out · %4 rejected · %5 open")
            .replace("%1", str(summary.proposals))
            .replace("%2", str(summary.hires))
            .replace("%3", str(summary.dropouts))
            .replace("%4", str(summary.rejections))
            .replace("%5", str(summary.open))
        )
        self.setbacks.clear()
        for setback in summary.recent_setbacks:
            where = f" ({setback.workplace_title})" if setback.workplace_title else ""
            item = QListWidgetItem(
                f"{fmt_date(setback.on)}  {setback.client_name}{where}: {label(setback.stage)}"
                + (f" — {setback.reason}" if setback.reason else "")
            )
            item.setForeground(QBrush(ALERT))
            self.setbacks.addItem(item)
        self.setbacks.setVisible(bool(summary.recent_setbacks))
