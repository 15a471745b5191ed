"""The handover in the window: menu actions, the export and import flows with a busy state,
the caseload's context menu, and dropping a packet on the window.

Encryption with a passphrase (scrypt) and the summary PDF run in a worker process, and
everything else slow in a background thread, so the window never freezes; a modal busy
dialog says what is happening meanwhile.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from jobhunter.services.errors import ValidationError
from jobhunter.ui import hub
from jobhunter.ui.tasks import BackgroundTask, run_in_background

log = logging.getLogger(__name__)

PACKET_SUFFIX = ".age"
#: table of a changed record -> the hub's kind for it
KINDS = {
    "client": "client",
    "employer": "employer",
    "match": "match",
    "appointment": "appointment",
    "contact_moment": "contact_moment",
    "workplace": "workplace",
    "consent": "consent",
    "document": "document",
    "problem": "problem",
    "placement_outcome": "outcome",
}


class HandoverActions(QObject):
    """Owns the handover's actions for one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._service: Any = None
        self.task: BackgroundTask | None = None
        self.busy: QProgressDialog | None = None
        self.export_action = QAction(self.tr("Hand &over selected clients…"), window)
        self.export_action.triggered.connect(self.export_selected)
        self.import_action = QAction(self.tr("&Receive handover…"), window)
        self.import_action.triggered.connect(lambda: self.import_packet())
        self.key_action = QAction(self.tr("My handover key…"), window)
        self.key_action.triggered.connect(self.show_own_key)
        self.colleagues_action = QAction(self.tr("Colleagues for handover…"), window)
        self.colleagues_action.triggered.connect(self.edit_colleagues)

    @property
    def service(self) -> Any:
        """The handover service, made on first use: nothing of the handover loads at start."""
        if self._service is None:
            from jobhunter.services.handover.service import HandoverService

            self._service = HandoverService(self.window.store, self.window.clock)
        return self._service

    def install(self, file_menu: QMenu) -> None:
        """Add the actions to the File menu, the caseload's context menu, the client file's
        button, and accept a packet dropped on the window."""
        file_menu.addSeparator()
        for action in (self.export_action, self.import_action, self.key_action,
                       self.colleagues_action):  # fmt: skip
            file_menu.addAction(action)
        view = self.window.caseload.list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._caseload_menu)
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)

    # --- busy state ---------------------------------------------------------------------
    def _start(
        self,
        text: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> BackgroundTask:
        busy = QProgressDialog(text, "", 0, 0, self.window)
        busy.setWindowTitle(self.tr("Handover"))
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.show()
        self.busy = busy

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            busy.close()
            busy.deleteLater()
            self.busy = None
            callback(value)

        self.task = run_in_background(
            work, lambda r: finish(on_done, r), lambda e: finish(on_error, e)
        )
        return self.task

    def _fail(self, title: str, exc: BaseException) -> None:
        from jobhunter.services.handover.errors import PacketError
        from jobhunter.services.handover.identity import KeyringUnavailableError

        if isinstance(exc, PacketError | ValidationError | KeyringUnavailableError):
            message = str(exc)
        elif isinstance(exc, OSError):
            from jobhunter.services.files import reason

            message = self.tr("Could not write %1: %2").replace("%1", str(exc.filename or ""))
            message = message.replace("%2", reason(exc))
        else:
            log.error("handover failed", exc_info=exc)
            message = self.tr("Something went wrong: %1").replace("%1", type(exc).__name__)
        QMessageBox.warning(self.window, title, message)

    # --- export -------------------------------------------------------------------------
    def _caseload_menu(self, pos: Any) -> None:
        menu = QMenu(self.window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        count = len(self.window.caseload.list.selected_ids())
        selected = menu.addAction(self.tr("Hand over %n client(s)…", "", count))
        selected.setEnabled(count > 0)
        selected.triggered.connect(self.export_selected)
        shown = len(self.window.caseload.list.visible_ids())
        every = menu.addAction(self.tr("Hand over all %n client(s) in this filter…", "", shown))
        every.setEnabled(shown > 0)
        every.triggered.connect(self.export_filtered)
        menu.popup(self.window.caseload.list.view.viewport().mapToGlobal(pos))

    def export_selected(self) -> BackgroundTask | None:
        return self.export_clients(self.window.caseload.list.selected_ids())

    def export_filtered(self) -> BackgroundTask | None:
        return self.export_clients(self.window.caseload.list.visible_ids())

    def export_clients(self, client_ids: list[uuid.UUID]) -> BackgroundTask | None:
        from jobhunter.services.handover import crypto, worker
        from jobhunter.services.handover.identity import ColleagueService
        from jobhunter.services.handover.service import ExportRequest
        from jobhunter.ui.handover.export_dialog import ExportDialog

        if not client_ids:
            self.window.statusBar().showMessage(self.tr("Select the clients to hand over."), 5000)
            return None
        if not self.window.caseload.leave_current():
            return None
        names = {key.id: key.name for key in self.window.caseload.list.model.all_keys()}
        clients = [(i, names.get(i, str(i))) for i in client_ids]
        choice, ok = ExportDialog.get_choice(
            self.window, clients, ColleagueService(self.window.store).list()
        )
        if not ok or choice is None:
            return None
        suggested = f"overdracht-{self.window.clock.today():%Y-%m-%d}{PACKET_SUFFIX}"
        path = self.ask_save_path(str(Path.home() / suggested))
        if not path:
            return None
        target = Path(path)
        protection = choice.protection
        request = ExportRequest(client_ids, protection, choice.notes, choice.whole_network)
        encrypt = None
        if protection.passphrase is not None:
            phrase = protection.passphrase

            def encrypt(plain: bytes) -> bytes:  # scrypt in the worker process
                return worker.run(crypto.encrypt_with_passphrase, plain, phrase)

        return self._start(
            self.tr("Making the handover packet…"),
            lambda: self.service.export(request, target, encrypt=encrypt),
            lambda result: self._exported(result, protection.recipient_name),
            lambda exc: self._fail(self.tr("Handover failed"), exc),
        )

    def _exported(self, result: Any, recipient: str) -> None:
        hub.announce("contact_moment", result.client_ids)
        hub.announce("audit", result.client_ids)
        text = self.tr("%n client(s) handed over in %1", "", len(result.client_ids))
        self.window.statusBar().showMessage(text.replace("%1", str(result.path)), 10000)
        self.exported(result.client_ids, recipient)

    def exported(self, client_ids: list[uuid.UUID], recipient: str) -> None:
        """Called after a successful export with the clients in the packet: offers to mark
        them as transferred, then to erase them here (data minimisation: the colleague has
        the files now; the erasure asks its own confirmation, which may be declined)."""
        from jobhunter.ui.privacy.erase import offer_erasure_after_handover

        self._offer_transferred(client_ids, recipient)
        offer_erasure_after_handover(
            self.window, self.window.store, self.window.clock, client_ids, recipient
        )

    def _offer_transferred(self, client_ids: list[uuid.UUID], recipient: str) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Handover ready"),
            self.tr(
                "The packet is ready. Mark the %n client(s) as transferred (trajectory "
                'closed, reason "handed over to %1")?',
                "",
                len(client_ids),
            ).replace("%1", recipient),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.service.mark_transferred(client_ids, recipient)
        hub.announce("client", client_ids)

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the handover packet"),
            suggested,
            self.tr("Handover packets (*.age)"),
        )
        if path and not path.endswith(PACKET_SUFFIX):
            path += PACKET_SUFFIX
        return path

    # --- import -------------------------------------------------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Receive handover"),
            str(Path.home()),
            self.tr("Handover packets (*.age);;All files (*)"),
        )
        return path

    def import_packet(self, path: str | Path | None = None, message: str = "") -> Any:
        from jobhunter.services.handover import crypto, worker
        from jobhunter.services.handover.errors import PacketError
        from jobhunter.services.handover.identity import KeyringUnavailableError, own_secret
        from jobhunter.ui.handover.import_dialog import PassphraseDialog

        title = self.tr("Receive handover")
        if path is None:
            path = self.ask_open_path()
            if not path:
                return None
        path = Path(path)
        try:
            data = path.read_bytes()
            envelope = crypto.read_envelope(data)
        except OSError as exc:
            problem = self.tr("Could not read %1: %2").replace("%1", str(path))
            QMessageBox.warning(self.window, title, problem.replace("%2", exc.strerror or ""))
            return None
        except PacketError as exc:
            QMessageBox.warning(self.window, title, str(exc))
            return None
        if envelope.passphrase:
            phrase, ok = PassphraseDialog.get_passphrase(self.window, message)
            if not ok or phrase is None:
                return None

            def decrypt(sealed: bytes) -> bytes:  # scrypt in the worker process
                return worker.run(crypto.decrypt, sealed, passphrase=phrase)

        else:
            try:
                secret = own_secret(create=False)
            except KeyringUnavailableError as exc:
                QMessageBox.warning(self.window, title, str(exc))
                return None
            if secret is None:
                QMessageBox.warning(
                    self.window,
                    title,
                    self.tr(
                        "This packet is for a handover key, and you have none yet. Give your "
                        "colleague your key (File → My handover key) and ask for a new packet, "
                        "or one with a passphrase."
                    ),
                )
                return None
            key = secret

            def decrypt(sealed: bytes) -> bytes:
                return crypto.decrypt(sealed, identities=[key])

        def work() -> Any:
            read = self.service.read(data, decrypt=decrypt)
            return read, self.service.preview(read)

        return self._start(
            self.tr("Opening and checking the packet…"),
            work,
            self._show_preview,
            lambda exc: self._import_failed(exc, path),
        )

    def _import_failed(self, exc: BaseException, path: Path) -> None:
        from jobhunter.services.handover.errors import WrongPassphraseError

        if isinstance(exc, WrongPassphraseError):  # ask again, saying why
            self.import_packet(path, str(exc))
            return
        self._fail(self.tr("Receive handover"), exc)

    def _show_preview(self, result: Any) -> None:
        from jobhunter.ui.handover.import_dialog import ImportDialog

        read, preview = result
        decisions, ok = ImportDialog.get_decisions(
            self.window, preview, lambda chosen: self.service.preview(read, chosen)
        )
        if not ok or decisions is None:
            return
        self._start(
            self.tr("Importing…"),
            lambda: self.service.apply(read, decisions),
            self._imported,
            lambda exc: self._fail(self.tr("Receive handover"), exc),
        )

    def _imported(self, outcome: Any) -> None:
        _preview, result = outcome
        for table, ids in result.changed_ids.items():
            kind = KINDS.get(table)
            if kind is not None:
                hub.announce(kind, ids)
        hub.announce("audit", [client_id for client_id, _ in result.clients])
        QMessageBox.information(
            self.window,
            self.tr("Handover received"),
            self.tr(
                "%1 new, %2 updated, %3 merged, %4 unchanged; %5 document(s). "
                "%6 earlier version(s) kept in the records' history."
            )
            .replace("%1", str(result.new))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.merged))
            .replace("%4", str(result.identical))
            .replace("%5", str(result.documents))
            .replace("%6", str(result.versions_kept)),
        )

    # --- keys ---------------------------------------------------------------------------
    def show_own_key(self) -> QWidget:
        from jobhunter.services.handover.identity import KeyringUnavailableError, own_public_key
        from jobhunter.ui.handover.keys import OwnKeyDialog

        try:
            key, problem = own_public_key(), None
        except KeyringUnavailableError as exc:
            key, problem = None, str(exc)
        dialog = OwnKeyDialog(key, problem, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_colleagues(self) -> QWidget:
        from jobhunter.services.handover.identity import ColleagueService
        from jobhunter.ui.handover.keys import ColleaguesDialog

        dialog = ColleaguesDialog(ColleagueService(self.window.store), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: hub.announce("setting", []))
        dialog.open()
        return dialog

    # --- drop a packet on the window ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if self._dropped_packet(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = self._dropped_packet(event)
            if path is not None:
                event.acceptProposedAction()
                self.import_packet(path)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_packet(event: QDropEvent | QDragEnterEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if len(files) == 1 and files[0].suffix.lower() == PACKET_SUFFIX:
            return files[0]
        return None
