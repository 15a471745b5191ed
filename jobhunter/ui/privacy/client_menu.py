"""The client file's privacy menu: access export, the client's audit log, the retention
decisions of a closed file, and erasure ("Cliënt verwijderen (AVG)…")."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from jobhunter.models.enums import Phase
from jobhunter.services.clock import Clock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.privacy.retention import RetentionService
from jobhunter.services.store import Store
from jobhunter.ui.hub import announce
from jobhunter.ui.privacy.access import export_access
from jobhunter.ui.privacy.audit_view import AuditLogDialog
from jobhunter.ui.privacy.erase import erase_clients
from jobhunter.ui.privacy.retention import ExtendDialog, confirm_anonymise


def retention_note(store: Store, clock: Clock, client_id: uuid.UUID, phase: Phase) -> str | None:
    """What the client file's header says about a closed file's retention date."""
    if phase is not Phase.CLOSED:
        return None
    item = RetentionService(store, clock).for_client(client_id)
    if item is None:  # anonymised
        return None
    day = item.retain_until.strftime("%d-%m-%Y")
    if item.due(clock.today()):
        return QCoreApplication.translate(
            "privacy",
            "Retention expired on %1: erase, anonymise or keep longer (Privacy menu).",
        ).replace("%1", day)
    return QCoreApplication.translate("privacy", "Closed file, kept until %1.").replace("%1", day)


class PrivacyButton(QToolButton):
    """A menu button in the client file's header."""

    #: the client was erased (its id): the file shows nothing now
    erased = Signal(object)
    #: the client's file changed (anonymised, retention extended)
    changed = Signal(object)

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.clock = store, clock
        self.client_id: uuid.UUID | None = None
        self.name = ""
        self.setObjectName("privacy_menu")
        self.setText(self.tr("Privacy"))
        self.setToolTip(self.tr("Access export, audit log, retention and erasure (GDPR)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.access_action = self._add(menu, self.tr("Access export…"), self.export_access)
        self.audit_action = self._add(menu, self.tr("Audit log of this client…"), self.show_audit)
        menu.addSeparator()
        self.extend_action = self._add(menu, self.tr("Keep longer…"), self.extend)
        self.anonymise_action = self._add(menu, self.tr("Anonymise…"), self.anonymise)
        menu.addSeparator()
        self.erase_action = self._add(menu, self.tr("Remove client (GDPR)…"), self.erase)
        self.setMenu(menu)

    def _add(self, menu: QMenu, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    def set_client(self, client_id: uuid.UUID | None, name: str, phase: Phase | None) -> None:
        self.client_id, self.name = client_id, name
        closed = phase is Phase.CLOSED
        self.extend_action.setEnabled(closed)
        self.anonymise_action.setEnabled(closed)

    def export_access(self) -> None:
        if self.client_id is not None:
            export_access(self.window(), self.store, self.clock, self.client_id, self.name)

    def show_audit(self) -> AuditLogDialog | None:
        if self.client_id is None:
            return None
        dialog = AuditLogDialog(self.store, self.clock, self.window())
        dialog.set_filter(client_id=self.client_id)
        dialog.show()
        return dialog

    def erase(self) -> bool:
        if self.client_id is None:
            return False
        client_id = self.client_id
        if erase_clients(self.window(), self.store, self.clock, [client_id]):
            self.erased.emit(client_id)
            return True
        return False

    def extend(self) -> bool:
        if self.client_id is None:
            return False
        service = RetentionService(self.store, self.clock)
        item = service.for_client(self.client_id)
        if item is None:
            return False
        values, ok = ExtendDialog.get_extension(self.window(), item, self.clock.today())
        if not ok or values is None:
            return False
        try:
            service.extend(self.client_id, *values)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self.window(), self.tr("Keep longer"), str(exc))
            return False
        announce("audit", [])
        self.changed.emit(self.client_id)
        return True

    def anonymise(self) -> bool:
        if self.client_id is None:
            return False
        if not confirm_anonymise(self.window(), self.name):
            return False
        try:
            RetentionService(self.store, self.clock).anonymise(self.client_id)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self.window(), self.tr("Anonymise"), str(exc))
            return False
        for kind in ("match", "appointment", "contact_moment", "document", "audit"):
            announce(kind, [])
        self.changed.emit(self.client_id)
        return True
