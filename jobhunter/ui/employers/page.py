"""The Werkgevers tab: the employer list beside the employer file."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Employer
from jobhunter.models.enums import RelationshipStatus, Sector
from jobhunter.services.clock import Clock
from jobhunter.services.documents import PrintKind
from jobhunter.services.durability import DurabilityService
from jobhunter.services.employers import EmployerFile, EmployerService, OpenMatch
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.relations import RelationService
from jobhunter.services.store import Store
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.documents.actions import documents_button, open_document
from jobhunter.ui.documents.chooser import MatchChooserDialog
from jobhunter.ui.employers.contact_log import (
    ContactLogSection,
    install_employer_contact_shortcut,
)
from jobhunter.ui.employers.dialogs import EndCooperationDialog
from jobhunter.ui.employers.sections import (
    ArrangementsSection,
    ContactsSection,
    EmployerSection,
    HistorySection,
    ProfileSection,
    VisitsSection,
    WorkplacesSection,
)
from jobhunter.ui.hub import Changes, announce, listen
from jobhunter.ui.labels import label
from jobhunter.ui.record_page import RecordPage
from jobhunter.ui.section_view import SectionFiller, SectionView
from jobhunter.ui.tabs import employer_tab
from jobhunter.ui.widgets import HeadingLabel, MessageLabel


class NewEmployerDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New employer"), parent)
        self.name = QLineEdit(self)
        self.sector = QComboBox(self)
        for sector in Sector:
            self.sector.addItem(label(sector), sector.value)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Sector"), self.sector)
        self.finish_layout()

    def validate(self) -> str | None:
        return None if self.name.text().strip() else self.tr("The name is required.")

    @classmethod
    def get_values(cls, parent: QWidget | None) -> tuple[tuple[str, str] | None, bool]:
        dialog = cls(parent)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None, False
        return (dialog.name.text().strip(), dialog.sector.currentData()), True


class EmployerFileWidget(QWidget):
    """Shows one employer; edits save where they are made and are announced on the hub, and
    the file follows changes made elsewhere (a workplace's match, a visit logged)."""

    #: what the file shows besides the employer: a change to any of these may concern it
    FOLLOWS = ("employer", "workplace", "contact_moment", "match", "outcome", "client")

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.employers = EmployerService(store, clock)
        self.relations = RelationService(store, clock)
        self.employer_id: uuid.UUID | None = None
        self.empty = QLabel(self.tr("Select an employer in the list, or press Ctrl+N to add one."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = HeadingLabel(self)
        self.name.setObjectName("employer_name")
        self.name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setStyleSheet(
            "background: #e3f0ff; border-radius: 8px; padding: 2px 10px; color: #1b4f8a;"
        )
        self.alert = QLabel(self)
        self.alert.setObjectName("alert")
        self.alert.setWordWrap(True)
        self.message = MessageLabel(self)  # in the header row: never moves the file
        # short: the header has the employer's name to show beside it
        self.vcard_button = QPushButton(self.tr("vCard…"), self)
        self.vcard_button.setToolTip(self.tr("Export the contact persons as vCard"))
        self.documents_button = documents_button(self, self.open_document)
        self.end_button = QPushButton(self.tr("End cooperation…"), self)
        self.end_button.setObjectName("end_cooperation")
        self.end_button.clicked.connect(self.end_cooperation)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.profile = ProfileSection(self.employers, self)
        self.contacts = ContactsSection(self.employers, self)
        self.visits = VisitsSection(self.employers, clock, self)
        self.workplaces = WorkplacesSection(self.employers, self)
        self.arrangements = ArrangementsSection(self.employers, self, clock)
        self.contact_log = ContactLogSection(self.employers, clock, self)
        self.history = HistorySection(self.employers, DurabilityService(store, clock), self)
        self.sections = SectionView(self)
        self.sections.addTab(self.profile, self.tr("Profile"))
        self.sections.addTab(self.contacts, self.tr("Contact persons"))
        self.sections.addTab(self.contact_log, self.tr("Contact log"))
        self.sections.addTab(self.visits, self.tr("Visits"))
        self.sections.addTab(self.workplaces, self.tr("Workplaces"))
        self.sections.addTab(self.arrangements, self.tr("Arrangements"))
        self.sections.addTab(self.history, self.tr("History"))
        self.profile.saved.connect(self._on_profile_saved)
        self.profile.failed.connect(self.message.setText)
        self.profile.recovered.connect(self.message.clear)
        self.filler: SectionFiller[EmployerFile] = SectionFiller(self.sections, self._sections)
        for section in self._sections():
            section.changed.connect(self._on_section_changed)
            section.failed.connect(self.message.setText)
        install_employer_contact_shortcut(
            self, self.contact_log, lambda: self.sections.setCurrentWidget(self.contact_log)
        )

        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.status)
        header.addSpacing(8)
        header.addWidget(self.message, 1)
        header.addWidget(self.documents_button)
        header.addWidget(self.end_button)
        header.addWidget(self.vcard_button)
        filled = QWidget(self)
        body = QVBoxLayout(filled)
        body.setContentsMargins(0, 0, 6, 0)  # a menu button's arrow stays off the edge
        body.addLayout(header)
        body.addWidget(self.alert)
        body.addWidget(self.notice)
        body.addWidget(self.sections, 1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(filled)
        listen(self, self.FOLLOWS, self._take_changes, skip_own=True)

    def _sections(self) -> list[EmployerSection]:
        """The sections that show the file's lists (the profile is a form of its own)."""
        return [
            section
            for section in (self.sections.widget(i) for i in range(self.sections.count()))
            if isinstance(section, EmployerSection)
        ]

    def show_record(self, employer_id: uuid.UUID | None) -> None:
        """Show another employer, at the top of each section."""
        changed = employer_id != self.employer_id
        self.employer_id = employer_id
        self.message.clear()
        self.notice.clear()
        self.notice.hide()
        self.stack.setCurrentIndex(0 if employer_id is None else 1)
        if employer_id is None:
            self.filler.clear()
        self.reload()
        if changed:
            for area in self.findChildren(QAbstractScrollArea):
                area.verticalScrollBar().setValue(0)

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        """Open the section that shows this record (a search hit) with it selected."""
        if kind == "employer":
            self.sections.setCurrentWidget(self.profile)
            return True
        for section in self._sections():
            self.filler.fill(section)
            if section.reveal(kind, record_id):
                self.sections.setCurrentWidget(section)
                return True
        return False

    def focus_first_field(self) -> None:
        """A new employer: the profile, at the top, the cursor in the name."""
        self.sections.setCurrentWidget(self.profile)
        self.profile.focus_first_field()

    def _take_changes(self, changes: Changes) -> None:
        """Reload when a change elsewhere concerns the employer shown."""
        if self.employer_id is None or not changes.concern(
            "employer", self.employer_id, self.relations
        ):
            return
        try:
            self.reload()
        except NotFoundError:
            self.show_record(None)

    def reload(self) -> None:
        """Read the file again and show it: the header, the profile and the section in view
        (the others when they come into view, see ``SectionFiller``)."""
        if self.employer_id is None:
            return
        file = self.employers.load(self.employer_id)
        self._show_header(file.employer, file.open_matches)
        self.profile.show_record(file.employer)
        self.filler.show(file)

    def _show_header(self, employer: Employer, open_matches: list[OpenMatch] | None = None) -> None:
        self.name.setText(employer.name)
        self.status.setText(label(employer.status))
        ended = employer.status is RelationshipStatus.ENDED
        self.end_button.setVisible(not ended)
        notes = []
        if employer.ended_for_discrimination:
            notes.append(
                self.tr("⚠ Cooperation ended because of discrimination: %1").replace(
                    "%1", employer.ended_reason or ""
                )
            )
        elif ended:
            notes.append(
                self.tr("Cooperation ended: %1").replace("%1", employer.ended_reason or "")
            )
        if ended and open_matches:
            notes.append(
                self.tr("still open here: %1").replace(
                    "%1",
                    ", ".join(f"{m.client_name} ({label(m.stage)})" for m in open_matches),
                )
            )
        follow_up = employer.follow_up_on
        if follow_up is not None and follow_up < self.clock.today():
            notes.append(
                self.tr("Follow-up overdue since %1").replace("%1", follow_up.strftime("%d-%m-%Y"))
            )
        style = ""
        if employer.ended_for_discrimination or (ended and open_matches):
            style = "background: #fde2e1; color: #a4262c; padding: 4px 8px; border-radius: 4px;"
        elif notes:
            style = "background: #fff4d6; padding: 4px 8px; border-radius: 4px;"
        self.alert.setText("  •  ".join(notes))
        self.alert.setStyleSheet(style)
        self.alert.setVisible(bool(notes))

    def end_cooperation(self) -> bool:
        """End the cooperation with its reason: the open workplaces close, and the file says
        which they were and which matches are still open there."""
        if self.employer_id is None or self.flush():
            return False
        employer_id = self.employer_id
        values, ok = EndCooperationDialog.get_values(self, self.name.text())
        if not ok or values is None:
            return False
        reason, discrimination = values
        try:
            ended = self.employers.end_cooperation(
                employer_id, reason, discrimination=discrimination
            )
        except ValidationError as exc:
            self.message.setText(str(exc))
            return False
        announce("employer", [employer_id])
        announce("workplace", [])
        self.reload()
        closed = ended.closed_workplaces
        self.notice.show()
        self.notice.setText(
            self.tr("%n workplace(s) closed", "", len(closed))
            + (": " + ", ".join(closed) if closed else "")
            + (
                "  •  " + self.tr("close the open matches in the pipeline")
                if ended.open_matches
                else ""
            )
        )
        return True

    def open_document(self, kind: PrintKind) -> None:
        """Choose which candidate, then preview the briefing or the candidate profile."""
        if self.employer_id is None or self.flush() is not None:
            return
        store = self.employers.store
        match_id, ok = MatchChooserDialog.choose(store, self.clock, self.employer_id, kind, self)
        if ok and match_id is not None:
            open_document(self, store, self.clock, kind, match_id)

    def flush(self) -> str | None:
        return self.profile.flush() if self.employer_id else None

    def discard(self) -> None:
        self.profile.discard()
        self.message.clear()

    def _on_profile_saved(self, employer: Employer) -> None:
        self.message.clear()
        # ending the cooperation here closes workplaces: the other sections show that too
        file = self.employers.load(employer.id)
        self._show_header(file.employer, file.open_matches)
        self.filler.show(file)
        announce("workplace", [w.id for w in file.workplaces])

    def _on_section_changed(self) -> None:
        self.message.clear()
        self.reload()


class EmployerPage(RecordPage):
    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(employer_tab(store, clock), EmployerFileWidget(store, clock), parent)
        self.employers = EmployerService(store, clock)

    def new_record(self) -> uuid.UUID | None:
        if not self.leave_current():
            return None
        values, ok = NewEmployerDialog.get_values(self)
        if not ok or values is None:
            return None
        try:
            employer = self.employers.create(
                values[0], Sector(values[1]), status=RelationshipStatus.PROSPECT
            )
        except ValidationError as exc:
            self.file.message.setText(str(exc))
            return None
        announce("employer", [employer.id])
        self.show_new(employer.id)
        self.file.focus_first_field()
        return employer.id
