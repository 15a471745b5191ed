"""Opening a briefing or a kandidaatprofiel, from the match file, a card's menu or an
employer file.

Importing this module is cheap: the preview (QtPdf, and through the document service's
first PDF, reportlab and the fonts) loads when a document is first asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from jobhunter.services.clock import Clock
from jobhunter.services.documents import PrintKind
from jobhunter.services.errors import NotFoundError
from jobhunter.services.store import Store

if TYPE_CHECKING:
    from jobhunter.ui.documents.preview import DocumentPreviewDialog

BRIEFING = PrintKind.BRIEFING
PROFILE = PrintKind.PROFILE


def open_document(
    parent: QWidget | None,
    store: Store,
    clock: Clock,
    kind: PrintKind | str,
    match_id: uuid.UUID,
) -> DocumentPreviewDialog | None:
    """Preview the briefing or the kandidaatprofiel of a match; a profile without the
    client's consent is refused with the reason before anything is made."""
    from jobhunter.services.documents.service import DocumentService

    kind = PrintKind(kind)
    if kind is PrintKind.PROFILE:
        try:
            refusal = DocumentService(store, clock).profile_refusal(match_id)
        except NotFoundError as exc:
            refusal = str(exc)
        if refusal:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("documents", "Candidate profile for the employer"),
                refusal,
            )
            return None
    from jobhunter.ui.documents.preview import DocumentPreviewDialog

    dialog = DocumentPreviewDialog(store, clock, kind, match_id, parent)
    dialog.show()
    dialog.generate()
    return dialog


def menu_texts() -> list[tuple[PrintKind, str]]:
    """The two documents as menu entries, in the interface's language."""
    return [
        (BRIEFING, QCoreApplication.translate("documents", "Make &briefing…")),
        (PROFILE, QCoreApplication.translate("documents", "Candidate &profile for employer…")),
    ]


def documents_button(parent: QWidget, on_choose: Callable[[PrintKind], None]) -> QToolButton:
    """A "Print" button with the two documents in its menu, for a file's header."""
    button = QToolButton(parent)
    button.setObjectName("documents")
    button.setText(QCoreApplication.translate("documents", "Print"))
    button.setToolTip(
        QCoreApplication.translate("documents", "Briefing or candidate profile, previewed first")
    )
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for kind, text in menu_texts():
        action = menu.addAction(text)
        action.setObjectName(f"document_{kind.value}")
        action.triggered.connect(lambda _=False, k=kind: on_choose(k))
    button.setMenu(menu)
    return button
