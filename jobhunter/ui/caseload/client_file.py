"""The client file: a header with phase and advice, and one tab per part of the trajectory."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Client
from jobhunter.services.activity import ContactService
from jobhunter.services.caseload import (
    AdviceKind,
    CaseloadService,
    ClientFile,
    needs_adjustment,
    werkverkenner_advice,
)
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import Clock
from jobhunter.services.errors import ValidationError
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
from jobhunter.ui.labels import label
from jobhunter.ui.privacy.client_menu import PrivacyButton, retention_note


class ClientFileWidget(QWidget):
    """Shows one client; every edit is saved where it is made."""

    #: the client changed (name, phase, barrier...): the list should refresh this row
    clientChanged = Signal(object)
    #: kind of record changed other than the client itself ("contact_moment", ...)
    recordsChanged = Signal(str, list)
    openRecord = Signal(str, object)
    findWorkplaces = Signal(object)  # client id
    handOver = Signal(object)  # client id

    def __init__(self, store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.clients = ClientService(store, clock)
        self.caseload = CaseloadService(store, clock)
        self.contacts = ContactService(store, clock)
        self.client_id: uuid.UUID | None = None

        self.empty = QLabel(self.tr("Select a client in the list, or press Ctrl+N to add one."))
        self.empty.setWordWrap(True)
        self.name = QLabel(self)
        self.name.setObjectName("client_name")
        self.name.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.phase = QLabel(self)
        self.phase.setStyleSheet(
            "background: #e3f0ff; border-radius: 8px; padding: 2px 10px; color: #1b4f8a;"
        )
        self.phase_button = QPushButton(self.tr("Change &phase…"), self)
        self.phase_button.clicked.connect(self.change_phase)
        self.store = store
        self.privacy = PrivacyButton(store, clock, self)
        self.privacy.erased.connect(lambda _client_id: self.show_record(None))
        self.privacy.changed.connect(lambda _client_id: self._on_section_changed())
        self.advice = QLabel(self)
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c; font-weight: 600;")

        self.intake = IntakeSection(self.clients, self.caseload, self)
        self.barriers = BarrierSection(self.caseload, self)
        self.plan = PlanSection(self.caseload, clock, self)
        self.goals = GoalSection(self.caseload, self)
        self.log = ContactSection(self.caseload, self.contacts, self)
        self.documents = DocumentSection(self.caseload, self)
        self.consent = ConsentSection(self.caseload, self)
        self.overview = OverviewSection(self.caseload, self)
        self.sections = QTabWidget(self)
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
        for section in self._sections():
            section.changed.connect(self._on_section_changed)
            section.failed.connect(self.show_message)
        self.log.changed.connect(lambda: self.recordsChanged.emit("contact_moment", []))
        self.overview.openRecord.connect(self.openRecord)
        self.overview.findWorkplaces.connect(self.findWorkplaces)

        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.phase)
        header.addStretch()
        header.addWidget(self.phase_button)
        self.handover_button = QPushButton(self.tr("Hand &over…"), self)
        self.handover_button.setToolTip(self.tr("Hand this client over to a colleague"))
        self.handover_button.clicked.connect(lambda: self.handOver.emit(self.client_id))
        header.addWidget(self.handover_button)
        header.addWidget(self.privacy)
        filled = QWidget(self)
        body = QVBoxLayout(filled)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(header)
        body.addWidget(self.advice)
        body.addWidget(self.message)
        body.addWidget(self.sections, 1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(filled)

    def _sections(self) -> list[ClientSection]:
        return [
            self.barriers,
            self.plan,
            self.goals,
            self.log,
            self.documents,
            self.consent,
            self.overview,
        ]

    # --- showing ------------------------------------------------------------------------
    def show_record(self, client_id: uuid.UUID | None) -> None:
        self.client_id = client_id
        self.message.clear()
        if client_id is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            return
        file = self.caseload.load(self.client_id)
        self._show_header(file)
        self.intake.show_client(file.client)
        for section in self._sections():
            section.show_file(file)

    def _on_section_changed(self) -> None:
        self.message.clear()
        self.reload()
        self.clientChanged.emit(self.client_id)

    def _show_header(self, file: ClientFile) -> None:
        client = file.client
        self.name.setText(client.name)
        self.phase.setText(label(client.phase))
        self.privacy.set_client(client.id, client.name, client.phase)
        notes = []
        if retention := retention_note(self.store, self.clock, client.id, client.phase):
            notes.append(retention)
        advice = werkverkenner_advice(
            client.werkverkenner_chance, client.unemployed_since, self.clock.today()
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
        stale = [i for i in file.interventions if needs_adjustment(i, self.clock.today())]
        if stale:
            notes.append(
                self.tr(
                    "%n intervention(s) to adjust: past the end without evaluation, or a weak "
                    "effect without a follow-up",
                    "",
                    len(stale),
                )
            )
        self.advice.setText("  •  ".join(notes))
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
        self.clientChanged.emit(client.id)

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
        self._on_section_changed()
