"""File › Settings… › Encryption: whether the database is stored encrypted, and the buttons
that switch it (at once, not on Save: a switch is a migration of the file, not a value)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.encryption import switch
from jobhunter.services.settings import SettingsService
from jobhunter.ui.settings_dialog import SettingsSection

_MUTED = "color: #5f6670;"


class EncryptionSettings(SettingsSection):
    """Encryption at rest, a section of File › Settings…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Encryption"), parent)
        self.setObjectName("encryption_settings")
        self.settings: SettingsService | None = None
        self.state_label = QLabel(self)
        self.state_label.setObjectName("encryption_state")
        self.state_label.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Encrypted, the database and its backups cannot be read from the disk without "
                "the key (a lost or stolen laptop). The key is kept in your computer's keyring, "
                "which your login opens; a recovery passphrase you write down opens the "
                "database when the keyring is lost. While you are logged in, anyone using your "
                "account can open Jobhunter as you can; attached documents and exports are not "
                "encrypted by this setting (full-disk encryption covers those)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet(_MUTED)
        self.note = QLabel(self)
        self.note.setObjectName("encryption_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("encryption_switch")
        self.switch_button.clicked.connect(self.run_switch)
        self.renew_button = QPushButton(self.tr("New recovery passphrase…"), self)
        self.renew_button.setObjectName("encryption_renew")
        self.renew_button.clicked.connect(self.renew)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.renew_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(explanation)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def load(self, settings: SettingsService) -> None:
        self.settings = settings
        self.refresh()

    def refresh(self) -> None:
        if self.settings is None:
            return
        state = switch.status(self.settings.store.data_dir)
        if state.encrypted:
            made = (
                state.recovery_made.astimezone(LOCAL_TZ).strftime("%d-%m-%Y")
                if state.recovery_made
                else "–"
            )
            self.state_label.setText(
                self.tr(
                    "<b>The database is stored encrypted</b> (SQLCipher, AES-256). Recovery "
                    "passphrase made on %1."
                ).replace("%1", made)
            )
            self.switch_button.setText(self.tr("Store unencrypted…"))
        else:
            self.state_label.setText(self.tr("<b>The database is not encrypted.</b>"))
            self.switch_button.setText(self.tr("Encrypt the database…"))
        self.renew_button.setVisible(state.encrypted)
        notes = []
        if state.other_form:
            notes.append(
                self.tr("%n backup(s) are not encrypted.", "", state.other_form)
                if state.encrypted
                else self.tr("%n backup(s) are still encrypted.", "", state.other_form)
            )
        if state.interrupted:
            notes.append(self.tr("An interrupted switch is being finished."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        writer = self.settings.store.writer
        self.switch_button.setEnabled(writer)
        self.renew_button.setEnabled(writer)

    def run_switch(self) -> None:
        from jobhunter.ui.encryption.actions import switch_encryption

        if self.settings is None:
            return
        switch_encryption(self.settings.store, self, self.settings.clock)
        self.refresh()

    def renew(self) -> None:
        from jobhunter.ui.encryption.actions import renew_passphrase

        if self.settings is None:
            return
        renew_passphrase(self.settings.store, self, self.settings.clock)
        self.refresh()
