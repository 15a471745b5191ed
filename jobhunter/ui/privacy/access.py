"""The access export from the interface: choose a folder, write the export off the GUI thread,
say where it went and offer to open the folder."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.clock import Clock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.privacy.access_export import AccessExport, AccessExportService, folder_name
from jobhunter.services.privacy.redact import describe_error
from jobhunter.services.store import Store
from jobhunter.ui.hub import announce
from jobhunter.ui.tasks import run_in_background


def ask_folder(parent: QWidget | None) -> Path | None:
    """Where the export goes (a folder of its own is made inside)."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("privacy", "Choose where to save the access export"),
        str(Path.home()),
    )
    return Path(chosen) if chosen else None


class AccessExportDoneDialog(QDialog):
    """Where the export was written, with a button that opens the folder."""

    def __init__(self, result: AccessExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access export"))
        self.setObjectName("AccessExportDone")
        self.export = result
        text = self.tr(
            "Written to %1:\nthe readable PDF, the same data as JSON, and %n document(s).",
            "",
            len(result.documents),
        ).replace("%1", str(result.folder))
        if result.missing:
            text += "\n\n" + self.tr(
                "%n document(s) are listed but their file is missing from the data folder.",
                "",
                len(result.missing),
            )
        text += "\n\n" + self.tr(
            "The export holds special categories of personal data: give it to the client "
            "in person or protected, and remove your copy once it is handed over."
        )
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = QPushButton(self.tr("&Open folder"), self)
        open_button.clicked.connect(self.open_folder)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export.folder)))

    @classmethod
    def show_result(cls, parent: QWidget | None, result: AccessExport) -> tuple[None, bool]:
        dialog = cls(result, parent)
        return None, dialog.exec() == QDialog.DialogCode.Accepted


def export_access(
    parent: QWidget | None,
    store: Store,
    clock: Clock,
    client_id: uuid.UUID,
    name: str,
) -> AccessExport | None:
    """Ask a folder, write the export into a new folder inside it, and show where."""
    chosen = ask_folder(parent)
    if chosen is None:
        return None
    target = chosen / folder_name(name, clock.today())
    outcome: dict[str, object] = {}
    progress = QProgressDialog(
        QCoreApplication.translate("privacy", "Writing the access export…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    task = run_in_background(
        lambda: AccessExportService(store, clock).export(client_id, target),
        lambda result: outcome.update(result=result),
        lambda exc: outcome.update(error=exc),
    )
    task.wait(600_000)
    progress.close()
    error = outcome.get("error")
    if error is not None:
        if isinstance(error, ValidationError | NotFoundError):
            reason = str(error)
        elif isinstance(error, OSError):
            reason = str(error) if error.filename else describe_error(error)
        else:
            reason = describe_error(error) if isinstance(error, BaseException) else str(error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("privacy", "Access export failed"),
            QCoreApplication.translate("privacy", "The access export could not be written: %1")
            .replace("%1", reason),
        )  # fmt: skip
        return None
    result = outcome["result"]
    assert isinstance(result, AccessExport)
    announce("audit", [])
    AccessExportDoneDialog.show_result(parent, result)
    return result
