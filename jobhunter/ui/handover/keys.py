"""Mijn overdrachtssleutel (the public key to give colleagues) and the list of colleagues'
keys the user hands cases to."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.errors import ValidationError
from jobhunter.services.handover.identity import ColleagueService


class OwnKeyDialog(QDialog):
    """Shows the user's public key with a copy button; or why there is none (no keyring)."""

    def __init__(self, public_key: str | None, problem: str | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("My handover key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if public_key:
            explain = QLabel(
                self.tr(
                    "Give this key to colleagues who hand cases over to you. It is not secret: "
                    "only the matching private key in your computer's keyring opens what is "
                    "encrypted for it."
                ),
                self,
            )
            explain.setWordWrap(True)
            self.key = QLineEdit(public_key, self)
            self.key.setObjectName("public_key")
            self.key.setReadOnly(True)
            self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.key.setCursorPosition(0)
            copy = QPushButton(self.tr("Copy"), self)
            copy.setObjectName("copy")
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(public_key))
            row = QHBoxLayout()
            row.addWidget(self.key, 1)
            row.addWidget(copy)
            layout.addWidget(explain)
            layout.addLayout(row)
        else:
            message = QLabel(problem or "", self)
            message.setObjectName("problem")
            message.setWordWrap(True)
            layout.addWidget(message)
            layout.addWidget(
                QLabel(
                    self.tr(
                        "You can still hand over and receive packets protected by a passphrase."
                    ),
                    self,
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ColleaguesDialog(QDialog):
    """Add, rename and remove colleagues (name and age1… key)."""

    def __init__(self, service: ColleagueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Colleagues for handover"))
        self.setMinimumWidth(600)
        self.service = service
        self.list = QListWidget(self)
        self.list.setObjectName("colleagues")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.key = QLineEdit(self)
        self.key.setObjectName("key")
        self.key.setPlaceholderText("age1…")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c")
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("add")
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove_selected)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Handover key"), self.key)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for colleague in self.service.list():
            item = QListWidgetItem(f"{colleague.name} — {colleague.public_key}")
            item.setData(256, colleague.public_key)
            self.list.addItem(item)

    def add(self) -> bool:
        try:
            self.service.save(self.name.text(), self.key.text())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.name.clear()
        self.key.clear()
        self.reload()
        return True

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.service.remove(item.data(256))
            self.reload()
