"""Erasing clients (AVG art. 17) from the interface: a confirmation that names what goes, the
erasure off the GUI thread, and what is left in backups with the option to remove those.

:func:`erase_clients` is the one entry point: the client file calls it for one client, the
retention list for a due file, and the handover (after an export) for the handed-over
clients, with its own introduction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.clock import Clock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.privacy import audit
from jobhunter.services.privacy.backups import describe_held, remove_backups
from jobhunter.services.privacy.erasure import ErasurePlan, ErasureReport, ErasureService
from jobhunter.services.privacy.redact import describe_error
from jobhunter.services.store import Store
from jobhunter.ui.hub import announce
from jobhunter.ui.privacy.labels import entity_label
from jobhunter.ui.tasks import run_in_background

#: what erasing changes, for every view that shows it
CHANGED_KINDS = ("client", "match", "appointment", "contact_moment", "document", "audit")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class EraseDialog(QDialog):
    """Names what goes, what stays (the audit trail under a pseudonym, other records that
    mention the name, backups), and asks for a deliberate confirmation."""

    def __init__(
        self, plans: Sequence[ErasurePlan], intro: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove client (GDPR)"))
        self.setObjectName("EraseDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(self._label(_html(intro)))
        names = ", ".join(p.name for p in plans)
        self.heading = self._label(
            self.tr("<b>%1</b> and everything stored about them will be removed for good:")
            .replace("%1", _html(names))
        )  # fmt: skip
        layout.addWidget(self.heading)
        self.summary = self._label(self._what_goes(plans))
        self.summary.setObjectName("what_goes")
        layout.addWidget(self.summary)
        events = sum(p.audit_events for p in plans)
        layout.addWidget(
            self._label(
                self.tr(
                    "The audit log keeps %n event(s) of what was done, under a pseudonym and "
                    "without personal details.",
                    "",
                    events,
                )
            )
        )
        mentions = [m for p in plans for m in p.mentions]
        if mentions:
            shown = "".join(f"<li>{_html(m.title)}</li>" for m in mentions[:8])
            more = (
                self.tr("<li>and %n more</li>", "", len(mentions) - 8) if len(mentions) > 8 else ""
            )
            warning = self._label(
                self.tr(
                    "The name also appears in %n other record(s), which stay. Edit them first "
                    "if they should not keep it:",
                    "",
                    len(mentions),
                )
                + f"<ul>{shown}{more}</ul>"
            )
            warning.setObjectName("mentions")
            warning.setStyleSheet("color: #8a5300;")
            layout.addWidget(warning)
        held = {h.path for p in plans for h in p.backups}
        if held:
            layout.addWidget(
                self._label(
                    self.tr("%n backup(s) still hold this data; you can remove them afterwards.",
                            "", len(held))
                )
            )  # fmt: skip
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"), self)
        self.understood.setObjectName("understood")
        layout.addWidget(self.understood)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = QPushButton(self.tr("Remove for good"), self)
        self.remove_button.setObjectName("remove")
        self.remove_button.setEnabled(False)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.understood.toggled.connect(self.remove_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _what_goes(self, plans: Sequence[ErasurePlan]) -> str:
        counts: dict[str, int] = {}
        for plan in plans:
            for table, count in plan.counts.items():
                counts[table] = counts.get(table, 0) + count
        files = counts.pop("client", 0)
        lines = [
            "<li>"
            + self.tr("the client file itself: personal details, intake and notes (%n)", "", files)
            + "</li>"
        ]
        lines += [
            f"<li>{count} × {_html(entity_label(table))}</li>"
            for table, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        documents = [title for plan in plans for title in plan.documents]
        if documents:
            lines.append(
                "<li>"
                + self.tr("the files of %n document(s): %1", "", len(documents)).replace(
                    "%1", _html(", ".join(documents))
                )
                + "</li>"
            )
        lines.append("<li>" + self.tr("their entries in the search index") + "</li>")
        return f"<ul>{''.join(lines)}</ul>"

    @classmethod
    def confirm(
        cls, parent: QWidget | None, plans: Sequence[ErasurePlan], intro: str | None = None
    ) -> tuple[bool, bool]:
        """(confirmed, accepted): the dialog only accepts once the box is ticked."""
        dialog = cls(plans, intro, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted and dialog.understood.isChecked(), accepted


class ErasedDialog(QDialog):
    """What was erased, and which backups still hold it, with "remove those backups now"."""

    def __init__(self, reports: Sequence[ErasureReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client removed"))
        self.setObjectName("ErasedDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        records = sum(r.records for r in reports)
        documents = sum(r.documents_removed for r in reports)
        text = (
            self.tr("%n record(s) removed", "", records)
            + ", "
            + self.tr("%n document(s) removed from disk", "", documents)
        )
        labels = ", ".join(audit.pseudonym_label(r.pseudonym) for r in reports)
        text += ". " + self.tr("The audit log now names them %1.").replace("%1", labels)
        layout.addWidget(self._label(text))
        problems = [r for r in reports if r.files_left or not r.wiped]
        if problems:
            warning = self._label(
                self.tr(
                    "Not everything could be cleaned up: some files could not be removed or the "
                    "store was in use. Try again after restarting Jobhunter."
                )
            )
            warning.setStyleSheet("color: #a4262c;")
            layout.addWidget(warning)
        held = {h.path: h for r in reports for h in r.backups}
        self.backups = sorted(held)
        self.backup_text = self._label(describe_held(list(held.values())))
        self.backup_text.setObjectName("backups")
        layout.addWidget(self.backup_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_backups = QPushButton(
            self.tr("Remove these %n backup(s) now", "", len(self.backups)), self
        )
        self.remove_backups.setObjectName("remove_backups")
        self.remove_backups.setVisible(bool(self.backups))
        buttons.addButton(self.remove_backups, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    @classmethod
    def ask_remove_backups(
        cls, parent: QWidget | None, reports: Sequence[ErasureReport]
    ) -> tuple[bool, bool]:
        """(remove the backups, accepted)."""
        dialog = cls(reports, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted and bool(dialog.backups), accepted


def erase_clients(
    parent: QWidget | None,
    store: Store,
    clock: Clock,
    client_ids: Sequence[uuid.UUID],
    *,
    intro: str | None = None,
    action: str = audit.ERASE,
) -> list[ErasureReport]:
    """Confirm, erase off the GUI thread, report and offer to remove the backups that still
    hold the data; returns the reports (empty when the user cancelled)."""
    if not client_ids:
        return []
    service = ErasureService(store, clock)
    plans = [service.plan(client_id) for client_id in client_ids]
    confirmed, _accepted = EraseDialog.confirm(parent, plans, intro)
    if not confirmed:
        return []
    outcome: dict[str, object] = {}
    progress = QProgressDialog(
        QCoreApplication.translate("privacy", "Removing and wiping the store…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    task = run_in_background(
        lambda: service.erase_many(list(client_ids), action=action),
        lambda reports: outcome.update(reports=reports),
        lambda exc: outcome.update(error=exc),
    )
    task.wait(600_000)
    progress.close()
    if "error" in outcome:
        _show_failure(parent, outcome["error"])
        return []
    reports: list[ErasureReport] = outcome.get("reports", [])  # type: ignore[assignment]
    for kind in CHANGED_KINDS:
        announce(kind, list(client_ids) if kind == "client" else [])
    remove, _ = ErasedDialog.ask_remove_backups(parent, reports)
    if remove:
        paths = sorted({h.path for r in reports for h in r.backups})
        try:
            remove_backups(paths, store.data_dir)
        except OSError as exc:
            _show_failure(parent, exc)
    return reports


def _show_failure(parent: QWidget | None, exc: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, ValidationError | NotFoundError):  # a service's own Dutch message
        reason = str(exc)
    elif isinstance(exc, BaseException):
        reason = describe_error(exc)  # never the message itself: it may hold values or SQL
    else:
        reason = str(exc)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("privacy", "Removing failed"),
        QCoreApplication.translate("privacy", "The client could not be removed: %1").replace(
            "%1", reason
        ),
    )


def offer_erasure_after_handover(
    parent: QWidget | None,
    store: Store,
    clock: Clock,
    client_ids: Sequence[uuid.UUID],
    recipient: str,
) -> list[ErasureReport]:
    """After a handover export: the colleague has the files now, so offer to remove them here
    (data minimisation). The same confirmation as any erasure, with this reason above it."""
    intro = QCoreApplication.translate(
        "privacy",
        "These clients were handed over to %1. Unless you still work with them, remove them "
        "from this computer as well: data you no longer need should not stay here.",
    ).replace("%1", recipient)
    return erase_clients(parent, store, clock, client_ids, intro=intro)
