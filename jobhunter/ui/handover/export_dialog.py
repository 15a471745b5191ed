"""Overdragen: which clients, a note per client for the new jobhunter, and how the packet is
locked (a colleague's key, or a generated passphrase that is easy to read out)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.errors import ValidationError
from jobhunter.services.handover.identity import (
    Colleague,
    check_passphrase,
    generate_passphrase,
    valid_public_key,
)
from jobhunter.services.handover.service import Protection

OTHER_KEY = "__other__"


@dataclass
class ExportChoice:
    """What the user chose in the dialog."""

    protection: Protection
    notes: dict[uuid.UUID, str] = field(default_factory=dict)
    whole_network: bool = False


class ExportDialog(QDialog):
    def __init__(
        self,
        clients: Sequence[tuple[uuid.UUID, str]],
        colleagues: Sequence[Colleague],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over clients"))
        self.setMinimumWidth(680)
        self.clients = list(clients)
        self.notes: dict[uuid.UUID, str] = {}
        self._current: uuid.UUID | None = None

        intro = QLabel(
            self.tr(
                "%n client(s) go to a colleague in one encrypted packet, with everything "
                "attached to them and the employers they work with.",
                "",
                len(self.clients),
            ),
            self,
        )
        intro.setWordWrap(True)

        self.client_list = QListWidget(self)
        self.client_list.setObjectName("handover_clients")
        for client_id, name in self.clients:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(client_id))
            self.client_list.addItem(item)
        self.client_list.setMaximumWidth(220)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("handover_note")
        self.note.setPlaceholderText(
            self.tr(
                "What the new jobhunter should know: what works with this client, what they "
                "are afraid of, promises made, who to call first…"
            )
        )
        self.client_list.currentItemChanged.connect(self._show_note)
        notes_box = QGroupBox(self.tr("What the new jobhunter should know"), self)
        notes_layout = QHBoxLayout(notes_box)
        notes_layout.addWidget(self.client_list)
        notes_layout.addWidget(self.note, 1)

        self.whole_network = QCheckBox(self.tr("Also send my whole employer network"), self)
        self.whole_network.setToolTip(
            self.tr("Without this, only the employers these clients are connected to travel along.")
        )

        protection = QGroupBox(self.tr("Protection"), self)
        grid = QGridLayout(protection)
        self.mode = QButtonGroup(self)
        self.key_mode = QRadioButton(self.tr("For a colleague's key"), protection)
        self.pass_mode = QRadioButton(self.tr("With a passphrase"), protection)
        self.mode.addButton(self.key_mode, 0)
        self.mode.addButton(self.pass_mode, 1)
        self.colleague = QComboBox(protection)
        self.colleague.setObjectName("colleague")
        for colleague in colleagues:
            self.colleague.addItem(colleague.name, colleague.public_key)
        self.colleague.addItem(self.tr("Another key (paste it)…"), OTHER_KEY)
        self.pasted_key = QLineEdit(protection)
        self.pasted_key.setObjectName("pasted_key")
        self.pasted_key.setPlaceholderText("age1…")
        self.recipient_name = QLineEdit(protection)
        self.recipient_name.setPlaceholderText(self.tr("Colleague's name"))
        self.passphrase = QLineEdit(protection)
        self.passphrase.setObjectName("passphrase")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.passphrase.setFont(mono)
        self.passphrase.setText(generate_passphrase())
        self.suggest = QPushButton(self.tr("New suggestion"), protection)
        self.suggest.clicked.connect(lambda: self.passphrase.setText(generate_passphrase()))
        self.copy = QPushButton(self.tr("Copy"), protection)
        self.copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.passphrase.text())
        )
        hint = QLabel(
            self.tr(
                "Read the passphrase out over the phone; never send it with the packet. "
                "An own choice needs at least 16 characters and must be hard to guess."
            ),
            protection,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b76")
        grid.addWidget(self.key_mode, 0, 0, 1, 3)
        grid.addWidget(self.colleague, 1, 0)
        grid.addWidget(self.recipient_name, 1, 1)
        grid.addWidget(self.pasted_key, 1, 2)
        grid.addWidget(self.pass_mode, 2, 0, 1, 3)
        grid.addWidget(self.passphrase, 3, 0, 1, 3)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.suggest)
        buttons_row.addWidget(self.copy)
        buttons_row.addStretch()
        grid.addLayout(buttons_row, 4, 0, 1, 3)
        grid.addWidget(hint, 5, 0, 1, 3)
        grid.setColumnStretch(2, 1)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over…"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(notes_box, 1)
        layout.addWidget(self.whole_network)
        layout.addWidget(protection)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.mode.idToggled.connect(self._update_mode)
        self.colleague.currentIndexChanged.connect(self._update_mode)
        (self.key_mode if colleagues else self.pass_mode).setChecked(True)
        self._update_mode()
        if self.client_list.count():
            self.client_list.setCurrentRow(0)

    # --- notes --------------------------------------------------------------------------
    def _store_note(self) -> None:
        if self._current is not None:
            self.notes[self._current] = self.note.toPlainText()

    def _show_note(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self._store_note()
        self._current = uuid.UUID(current.data(Qt.ItemDataRole.UserRole)) if current else None
        self.note.setPlainText(self.notes.get(self._current, "") if self._current else "")
        self.note.setFocus()

    # --- protection ---------------------------------------------------------------------
    def _update_mode(self, *_: object) -> None:
        key = self.key_mode.isChecked()
        other = self.colleague.currentData() == OTHER_KEY
        self.colleague.setEnabled(key)
        self.pasted_key.setVisible(key and other)
        self.recipient_name.setVisible(key and other)
        for widget in (self.passphrase, self.suggest, self.copy):
            widget.setEnabled(not key)
        self.error.clear()

    def protection(self) -> Protection:
        """The chosen protection, or ValidationError with the reason."""
        if self.pass_mode.isChecked():
            phrase = check_passphrase(self.passphrase.text())
            return Protection(self.tr("colleague (passphrase)"), passphrase=phrase)
        if self.colleague.currentData() == OTHER_KEY:
            key = valid_public_key(self.pasted_key.text())
            name = self.recipient_name.text().strip() or f"{key[:10]}…{key[-6:]}"
            return Protection(name, public_key=key)
        return Protection(self.colleague.currentText(), public_key=self.colleague.currentData())

    def choice(self) -> ExportChoice:
        self._store_note()
        notes = {k: v.strip() for k, v in self.notes.items() if v.strip()}
        return ExportChoice(self.protection(), notes, self.whole_network.isChecked())

    def _try_accept(self) -> None:
        try:
            self.protection()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def get_choice(
        cls,
        parent: QWidget | None,
        clients: Sequence[tuple[uuid.UUID, str]],
        colleagues: Sequence[Colleague],
    ) -> tuple[ExportChoice | None, bool]:
        dialog = cls(clients, colleagues, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.choice(), True
