"""From an employer file: which candidate (match) the briefing or profile is for."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import ConsentParty
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clock import Clock
from jobhunter.services.documents import PrintKind
from jobhunter.services.matches import MatchRow, MatchService
from jobhunter.services.store import Store
from jobhunter.ui.labels import label

ID_ROLE = Qt.ItemDataRole.UserRole


class MatchChooserDialog(QDialog):
    """The employer's matches, open ones first; for a profile, who gave no consent shows."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        employer_id: uuid.UUID,
        kind: PrintKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Briefing for which candidate?")
            if kind is PrintKind.BRIEFING
            else self.tr("Candidate profile for which candidate?")
        )
        self.setMinimumWidth(480)
        rows = MatchService(store, clock).list_rows(employer_id=employer_id)
        rows.sort(key=lambda r: (not r.stage.is_open, -r.stage_since.timestamp()))
        consenting: set[uuid.UUID] = set()
        if kind is PrintKind.PROFILE:
            caseload = CaseloadService(store, clock)
            consenting = {
                r.client_id for r in rows if caseload.may_share(r.client_id, ConsentParty.EMPLOYERS)
            }
        self.list = QListWidget(self)
        self.list.setObjectName("matches")
        for row in rows:
            self.list.addItem(self._item(row, kind, row.client_id in consenting))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        empty = QLabel(self.tr("No candidate has been put forward to this employer yet."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _item(self, row: MatchRow, kind: PrintKind, consent: bool) -> QListWidgetItem:
        text = row.client_name
        if row.workplace_title:
            text += f" — {row.workplace_title}"
        text += f"  ·  {label(row.stage)}"
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, str(row.id))
        if kind is PrintKind.PROFILE and not consent:
            item.setText(text + "  ·  " + self.tr("no consent to share with employers"))
            item.setForeground(QBrush(QColor("#8a5a00")))
        elif not row.stage.is_open:
            item.setForeground(QBrush(QColor("#6b6b6b")))
        return item

    def selected(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    @classmethod
    def choose(
        cls,
        store: Store,
        clock: Clock,
        employer_id: uuid.UUID,
        kind: PrintKind,
        parent: QWidget | None = None,
    ) -> tuple[uuid.UUID | None, bool]:
        dialog = cls(store, clock, employer_id, kind, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected() is None:
            return None, False
        return dialog.selected(), True
