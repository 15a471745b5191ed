"""The dialogs of encryption at rest: confirming a switch, showing the recovery passphrase
once, and asking for it when the key is not in the keyring.

Each offers a classmethod that returns ``(value, accepted)``, so tests never block on
``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.encryption.keys import RecoveryError
from jobhunter.services.encryption.switch import BackupChoice, EncryptionStatus, Preparation
from jobhunter.services.errors import ValidationError
from jobhunter.services.store_errors import StoreError

_MUTED = "color: #5f6670;"
_ERROR = "color: #a4262c;"


def _label(text: str, parent: QWidget, *, rich: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class SwitchDialog(QDialog):
    """What switching encryption on (or off) does, and what becomes of the older backups."""

    def __init__(
        self, encrypting: bool, status: EncryptionStatus, backups: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EncryptionSwitchDialog")
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        if encrypting:
            self.setWindowTitle(self.tr("Encrypt the database"))
            layout.addWidget(
                _label(
                    self.tr(
                        "<b>The database and its backups will be stored encrypted.</b> A copy is "
                        "made in encrypted form and checked against the database; only then "
                        "does it take the database's place, and the old file is overwritten "
                        "before it is removed. A new backup is made at once."
                    ),
                    self,
                    rich=True,
                )
            )
            layout.addWidget(
                _label(
                    self.tr(
                        "The key is kept in your computer's keyring, which your login opens. "
                        "Next you get a recovery passphrase to write down: without it, the "
                        "database cannot be opened on another computer or after the keyring "
                        "is lost."
                    ),
                    self,
                )
            )
        else:
            self.setWindowTitle(self.tr("Store the database unencrypted"))
            layout.addWidget(
                _label(
                    self.tr(
                        "<b>The database and its backups will be stored unencrypted again.</b> "
                        "Anyone who gets hold of this computer's disk (a lost laptop) can then "
                        "read them. The encrypted file is overwritten before it is removed; the "
                        "key leaves the keyring once no encrypted backup is left."
                    ),
                    self,
                    rich=True,
                )
            )
        self.convert = QRadioButton(self)
        self.remove = QRadioButton(self)
        self.convert.setObjectName("convert_backups")
        self.remove.setObjectName("remove_backups")
        self.backup_note = _label("", self)
        if backups:
            if encrypting:
                self.convert.setText(self.tr("Encrypt the %n existing backup(s) too", "", backups))
                self.remove.setText(
                    self.tr("Remove the %n existing backup(s) (after the new one)", "", backups)
                )
                self.backup_note.setText(
                    self.tr("Backups left unencrypted would keep readable data for up to a year.")
                )
            else:
                self.convert.setText(
                    self.tr("Store the %n existing backup(s) unencrypted too", "", backups)
                )
                self.remove.setText(
                    self.tr("Remove the %n existing backup(s) (after the new one)", "", backups)
                )
            self.convert.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(self.convert)
            group.addButton(self.remove)
            layout.addWidget(self.convert)
            layout.addWidget(self.remove)
            self.backup_note.setStyleSheet(_MUTED)
            layout.addWidget(self.backup_note)
        else:
            self.convert.setChecked(True)
            self.convert.hide()
            self.remove.hide()
        if status.interrupted:
            warning = _label(
                self.tr("An earlier switch was interrupted; this one finishes it."), self
            )
            layout.addWidget(warning)
        time_note = _label(
            self.tr(
                "This takes a few seconds for a small database and up to a minute for a large "
                "one with many backups. Jobhunter cannot be used meanwhile."
            ),
            self,
        )
        time_note.setStyleSheet(_MUTED)
        layout.addWidget(time_note)
        layout.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = QPushButton(self.tr("Encrypt") if encrypting else self.tr("Decrypt"), self)
        self.go.setObjectName("go")
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def choice(self) -> BackupChoice:
        return BackupChoice.REMOVE if self.remove.isChecked() else BackupChoice.CONVERT

    @classmethod
    def ask(
        cls, encrypting: bool, status: EncryptionStatus, backups: int, parent: QWidget | None
    ) -> tuple[BackupChoice, bool]:
        dialog = cls(encrypting, status, backups, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice, accepted


class PassphraseDialog(QDialog):
    """The recovery passphrase, shown once: to write down (or copy, or print), with a tick
    that it was. The user may type a passphrase of their own instead (checked as strong)."""

    def __init__(self, passphrase: str, parent: QWidget | None, *, renewing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryPassphraseDialog")
        self.setWindowTitle(
            self.tr("New recovery passphrase") if renewing else self.tr("Recovery passphrase")
        )
        self.setMinimumWidth(560)
        self.suggested = passphrase
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "<b>Write this recovery passphrase down</b> and keep it apart from this "
                    "computer (with your other important papers). It opens the database when "
                    "the keyring is lost: a new laptop, a reinstalled computer. Jobhunter shows "
                    "it only now; nobody can recover it for you."
                ),
                self,
                rich=True,
            )
        )
        if renewing:
            layout.addWidget(_label(self.tr("The previous passphrase stops working."), self))
        self.edit = QLineEdit(passphrase, self)
        self.edit.setObjectName("passphrase")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(int(self.edit.sizeHint().height() * 1.3))
        layout.addWidget(self.edit)
        hint = _label(
            self.tr(
                "Capitals and the dashes between the words do not matter when you type it back. "
                "You may type a passphrase of your own instead (five or six random words)."
            ),
            self,
        )
        hint.setStyleSheet(_MUTED)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_passphrase)
        self.suggest_button = QPushButton(self.tr("Another suggestion"), self)
        self.suggest_button.setObjectName("suggest")
        self.suggest_button.clicked.connect(self._suggest)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addWidget(self.suggest_button)
        row.addStretch()
        layout.addLayout(row)
        self.written = QCheckBox(
            self.tr("I have written the recovery passphrase down and keep it safe"), self
        )
        self.written.setObjectName("written_down")
        layout.addWidget(self.written)
        self.error = _label("", self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(_ERROR)
        layout.addWidget(self.error)
        layout.addStretch()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = QPushButton(self.tr("Continue"), self)
        self.ok.setObjectName("continue")
        self.ok.setEnabled(False)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.written.toggled.connect(self.ok.setEnabled)
        self.edit.textEdited.connect(lambda _text: self.written.setChecked(False))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.checked: str | None = None
        self.check: Callable[[str], str] = lambda text: text

    def passphrase(self) -> str:
        return self.edit.text().strip()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.passphrase())

    def _suggest(self) -> None:
        from jobhunter.services.encryption.keys import generate_passphrase

        self.edit.setText(generate_passphrase())
        self.written.setChecked(False)

    def print_passphrase(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.recovery_sheet().print_(printer)

    def recovery_sheet(self) -> QTextDocument:
        """The page to print: the passphrase, what it is for, where it must not be kept."""
        document = QTextDocument(self)
        text = self.passphrase().replace("&", "&amp;").replace("<", "&lt;")
        document.setHtml(
            "<h2>"
            + self.tr("Jobhunter: recovery passphrase of the database")
            + "</h2><p style='font-size:18pt; font-family:monospace'><b>"
            + text
            + "</b></p><p>"
            + self.tr(
                "Opens the encrypted Jobhunter database when the computer's keyring no longer "
                "has its key. Keep this page apart from the computer, out of sight of others; "
                "do not store it as a file on the same computer."
            )
            + "</p>"
        )
        return document

    def _try_accept(self) -> None:
        text = self.passphrase()
        try:
            self.checked = self.check(text)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, preparation: Preparation, parent: QWidget | None
    ) -> tuple[Preparation | None, bool]:
        """The preparation with the passphrase the user wrote down, once confirmed."""
        dialog = cls(preparation.passphrase, parent)
        dialog.check = lambda text: (
            text if text == preparation.passphrase else preparation.with_passphrase(text).passphrase
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.checked is None:
            return None, False
        if dialog.checked == preparation.passphrase:
            return preparation, True
        return preparation.with_passphrase(dialog.checked), True

    @classmethod
    def ask_new(cls, passphrase: str, parent: QWidget | None) -> tuple[str | None, bool]:
        """A new recovery passphrase (suggested one, or the user's own), once confirmed."""
        from jobhunter.services.encryption.keys import check_passphrase

        dialog = cls(passphrase, parent, renewing=True)
        dialog.check = check_passphrase
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.checked, True


class RecoveryDialog(QDialog):
    """The key is not in the keyring: the recovery passphrase opens the database (and puts
    the key back). A wrong passphrase is said here, and may be typed again."""

    def __init__(self, data_dir: Path, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.setWindowTitle(self.tr("Open the encrypted database"))
        self.setMinimumWidth(560)
        self.data_dir = data_dir
        self.recovered: object | None = None
        layout = QVBoxLayout(self)
        self.message = _label(message, self)
        layout.addWidget(self.message)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Recovery passphrase"))
        self.show_box = QCheckBox(self.tr("Show"), self)
        self.show_box.toggled.connect(
            lambda on: self.edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        layout.addLayout(row)
        hint = _label(
            self.tr(
                "Capitals and the dashes between the words do not matter. Checking it takes a "
                "second or two, on purpose: it makes guessing slow."
            ),
            self,
        )
        hint.setStyleSheet(_MUTED)
        layout.addWidget(hint)
        self.error = _label("", self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(_ERROR)
        layout.addWidget(self.error)
        layout.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("open")
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        from jobhunter.services.encryption.keys import recover

        text = self.edit.text()
        if not text.strip():
            self.error.setText(self.tr("Type the recovery passphrase you wrote down."))
            return
        self.error.setText(self.tr("Checking…"))
        self.open_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            self.recovered = recover(self.data_dir, text)
        except (RecoveryError, StoreError) as exc:
            self.error.setText(str(exc))
            self.edit.selectAll()
            self.edit.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.open_button.setEnabled(True)
        self.accept()

    @classmethod
    def unlock(
        cls, data_dir: Path, message: str, parent: QWidget | None = None
    ) -> tuple[object | None, bool]:
        """(what ``keys.recover`` returned, accepted)."""
        dialog = cls(data_dir, message, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.recovered, accepted and dialog.recovered is not None
