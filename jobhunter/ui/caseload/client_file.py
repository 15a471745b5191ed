"""The client file: a header with phase and advice, and every part of the trajectory listed
down the side (no part hidden behind scroll arrows)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Client
from jobhunter.services.activity import ContactService
from jobhunter.services.caseload import (
    PLAN_PHASES,
    AdviceKind,
    CaseloadService,
    ClientFile,
    needs_adjustment,
    werkverkenner_advice,
)
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import Clock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.relations import RelationService
from jobhunter.services.store import Store
from jobhunter.ui.caseload.dialogs import PhaseDialog
from jobhunter.ui.caseload.intake import IntakeSection
from jobhunter.ui.caseload.sections import (
    BarrierSection,
    ClientSection,
    ConsentSection,
    ContactSection,
    DocumentSection,
    GoalSection,
    OverviewSection,
    PlanSection,
    install_quick_contact_shortcut,
)
from jobhunter.ui.hub import Changes, announce, listen
from jobhunter.ui.labels import label
from jobhunter.ui.privacy.client_menu import PrivacyButton, retention_note
from jobhunter.ui.section_view import SectionFiller, SectionView
from jobhunter.ui.widgets import HeadingLabel, MessageLabel


class ClientFileWidget(QWidget):
    """Shows one client; every edit is saved where it is made, announced on the hub, and the
    file follows changes made elsewhere (a contact logged from the search, a match moved)."""

    openRecord = Signal(str, object)
    findWorkplaces = Signal(object)  # client id
    handOver = Signal(object)  # client id

    #: what the file shows besides the client: a change to any of these may concern it
    FOLLOWS = (
        "client", "contact_moment", "document", "consent", "match", "appointment",
        "employer", "workplace", "problem", "outcome",
    )  # fmt: skip

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.clients = ClientService(store, clock)
        self.caseload = CaseloadService(store, clock)
        self.contacts = ContactService(store, clock)
        self.relations = RelationService(store, clock)
        self.client_id: uuid.UUID | None = None

        self.empty = QLabel(self.tr("Select a client in the list, or press Ctrl+N to add one."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = HeadingLabel(self)
        self.name.setObjectName("client_name")
        self.name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phase = QLabel(self)
        self.phase.setObjectName("phase_badge")
        self.phase.setStyleSheet(
            "background: #e3f0ff; border-radius: 8px; padding: 2px 10px; color: #1b4f8a;"
        )
        self.phase_button = QPushButton(self.tr("Change &phase…"), self)
        self.phase_button.clicked.connect(self.change_phase)
        self.store = store
        self.privacy = PrivacyButton(store, clock, self)
        self.privacy.erased.connect(lambda _client_id: self.show_record(None))
        self.privacy.changed.connect(self._on_privacy_changed)
        self.advice = QLabel(self)
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        # in the header row: a message appearing or going never moves the file
        self.message = MessageLabel(self)

        self.intake = IntakeSection(self.clients, self.caseload, self)
        self.barriers = BarrierSection(self.caseload, self)
        self.plan = PlanSection(self.caseload, clock, self)
        self.goals = GoalSection(self.caseload, self)
        self.log = ContactSection(self.caseload, self.contacts, self)
        self.documents = DocumentSection(self.caseload, self)
        self.consent = ConsentSection(self.caseload, self)
        self.overview = OverviewSection(self.caseload, self)
        self.sections = SectionView(self)
        self.sections.addTab(self.intake, self.tr("Intake"))
        self.sections.addTab(self.barriers, self.tr("Barriers"))
        self.sections.addTab(self.plan, self.tr("Plan"))
        self.sections.addTab(self.goals, self.tr("Learning goals"))
        self.sections.addTab(self.log, self.tr("Contact log"))
        self.sections.addTab(self.documents, self.tr("Documents"))
        self.sections.addTab(self.consent, self.tr("Consent"))
        self.sections.addTab(self.overview, self.tr("Matches and aftercare"))
        install_quick_contact_shortcut(
            self, self.log, lambda: self.sections.setCurrentWidget(self.log)
        )

        self.intake.saved.connect(self._on_client_saved)
        self.intake.failed.connect(self.show_message)
        self.intake.recovered.connect(self.message.clear)
        self.filler: SectionFiller[ClientFile] = SectionFiller(self.sections, self._sections)
        for section in self._sections():
            section.changed.connect(self._on_section_changed)
            section.failed.connect(self.show_message)
        self.overview.openRecord.connect(self.openRecord)
        self.overview.findWorkplaces.connect(self.findWorkplaces)

        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.phase)
        header.addSpacing(8)
        header.addWidget(self.message, 1)
        header.addWidget(self.phase_button)
        self.handover_button = QPushButton(self.tr("Hand &over…"), self)
        self.handover_button.setToolTip(self.tr("Hand this client over to a colleague"))
        self.handover_button.clicked.connect(lambda: self.handOver.emit(self.client_id))
        header.addWidget(self.handover_button)
        header.addWidget(self.privacy)
        filled = QWidget(self)
        body = QVBoxLayout(filled)
        body.setContentsMargins(0, 0, 6, 0)  # a menu button's arrow stays off the edge
        body.addLayout(header)
        body.addWidget(self.advice)
        body.addWidget(self.sections, 1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(filled)
        listen(self, self.FOLLOWS, self._take_changes, skip_own=True)

    def _sections(self) -> list[ClientSection]:
        """The sections that show the file's lists (the intake is a form of its own)."""
        return [
            section
            for section in (self.sections.widget(i) for i in range(self.sections.count()))
            if isinstance(section, ClientSection)
        ]

    # --- showing ------------------------------------------------------------------------
    def show_record(self, client_id: uuid.UUID | None) -> None:
        """Show another client, at the top of each section."""
        changed = client_id != self.client_id
        self.client_id = client_id
        self.message.clear()
        if client_id is None:
            self.filler.clear()  # an erased client's file is let go
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.reload()
        if changed:
            for area in self.findChildren(QAbstractScrollArea):
                area.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        """Read the file again and show it: the header, the intake and the section in view;
        the other sections are filled when they come into view (the contact log of a long
        trajectory alone took a third of opening a file)."""
        if self.client_id is None:
            return
        file = self.caseload.load(self.client_id)
        self._show_header(file)
        self.intake.show_client(file.client)
        self.filler.show(file)

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        """Open the section that shows this record (a search hit) with it selected."""
        if kind == "client":
            self.sections.setCurrentWidget(self.intake)
            return True
        for section in self._sections():
            self.filler.fill(section)
            if section.reveal(kind, record_id):
                self.sections.setCurrentWidget(section)
                return True
        return False

    def focus_first_field(self) -> None:
        """A new client: the intake, at the top, the cursor in the first name."""
        self.sections.setCurrentWidget(self.intake)
        self.intake.focus_first_field()

    def _take_changes(self, changes: Changes) -> None:
        """Reload when a change elsewhere concerns the client shown."""
        if self.client_id is None or not changes.concern("client", self.client_id, self.relations):
            return
        try:
            self.reload()
        except NotFoundError:  # removed elsewhere
            self.show_record(None)

    def _on_section_changed(self) -> None:
        self.message.clear()
        self.reload()

    def _on_privacy_changed(self, client_id: uuid.UUID) -> None:
        """Anonymised or kept longer: the list shows the client's new name and dates too."""
        announce("client", [client_id], source=self)
        self._on_section_changed()

    def _show_header(self, file: ClientFile) -> None:
        client = file.client
        self.name.setText(client.name)
        self.phase.setText(label(client.phase))
        self.privacy.set_client(client.id, client.name, client.phase)
        today = self.clock.today()
        notes = []
        if retention := retention_note(self.store, self.clock, client.id, client.phase):
            notes.append(retention)
        advice = werkverkenner_advice(
            client.werkverkenner_chance, client.unemployed_since, today, client.phase
        )
        if advice is AdviceKind.NOT_FILLED_IN:
            notes.append(
                self.tr("Werkverkenner not filled in: encourage the client to fill it in.")
            )
        elif advice is AdviceKind.INVITE_NOW:
            notes.append(
                self.tr("Werkverkenner below 50 %: invite for a work orientation talk now.")
            )
        elif advice is AdviceKind.INVITE_STILL_UNEMPLOYED:
            notes.append(
                self.tr(
                    "Werkverkenner above 50 % but unemployed for over six months: "
                    "invite for a work orientation talk."
                )
            )
        if client.phase in PLAN_PHASES:
            stale = [i for i in file.interventions if needs_adjustment(i, today)]
            if stale:
                notes.append(
                    self.tr(
                        "%n intervention(s) to adjust: past the end without evaluation, or a "
                        "weak effect without a follow-up",
                        "",
                        len(stale),
                    )
                )
        self.advice.setText("  •  ".join(notes))
        self.advice.setVisible(bool(notes))
        self.advice.setStyleSheet(
            "background: #fff4d6; padding: 4px 8px; border-radius: 4px;" if notes else ""
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # --- saving -------------------------------------------------------------------------
    def flush(self) -> str | None:
        """Save pending edits; the problem (Dutch) if something could not be saved."""
        return self.intake.flush() if self.client_id else None

    def discard(self) -> None:
        self.intake.discard()
        self.message.clear()

    def _on_client_saved(self, client: Client) -> None:
        self.message.clear()
        self.name.setText(client.name)
        self._show_header(self.caseload.load(client.id))

    def change_phase(self) -> None:
        if self.client_id is None or self.flush():
            return
        client = self.clients.get(self.client_id)
        result, ok = PhaseDialog.get_phase(self, client.phase)
        if not ok or result is None:
            return
        phase, reason = result
        try:
            self.clients.change_phase(self.client_id, phase, reason)
        except ValidationError as exc:
            self.show_message(str(exc))
            return
        announce("client", [self.client_id], source=self)
        self._on_section_changed()
