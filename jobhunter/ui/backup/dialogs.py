"""Choosing a backup to restore, and the offer to restore one when the store is damaged.

Both dialogs only choose; restoring is done by ``session``. Each offers a classmethod that
returns ``(choice, accepted)``, so tests never wait on ``exec()``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.backup import BackupInfo, Kind, Verification
from jobhunter.services.clock import LOCAL_TZ

COL_TAKEN, COL_KIND, COL_STATE, COL_CLIENTS, COL_KEPT, COL_SIZE = range(6)


def when(moment: datetime) -> str:
    """A moment as the interface's language writes it ("ma 16 mrt 2026 09:30")."""
    local = moment.astimezone(LOCAL_TZ)
    value = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone(b"Europe/Amsterdam"),
    )
    return QLocale().toString(value, "ddd d MMM yyyy HH:mm")


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class RestoreDialog(QDialog):
    """Every backup with its date, kind, whether it verified, how many clients it holds and
    until when the schedule keeps it; the chosen one is restored."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(720, 420)
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. The current database is not deleted: it is "
                "set aside under a dated name. Changes made after the backup are not in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("BackupList")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Kind"),
                self.tr("Check"),
                self.tr("Clients"),
                self.tr("Kept until"),
                self.tr("Size"),
            ]
        )
        kinds = {
            Kind.AUTO: self.tr("automatic"),
            Kind.MANUAL: self.tr("made by hand"),
            Kind.PRE_MIGRATION: self.tr("before an update"),
        }
        for info in backups:
            item = QTreeWidgetItem(
                [
                    when(info.taken_at),
                    kinds[info.kind],
                    self.state_text(info),
                    "" if info.clients is None else QLocale().toString(info.clients),
                    self.tr("as the newest")
                    if info.expires_on is None
                    else day_text(info.expires_on),
                    QLocale().formattedDataSize(info.size),
                ]
            )
            for column in (COL_CLIENTS, COL_SIZE):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            item.setData(COL_TAKEN, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(COL_TAKEN, str(info.path))
            if info.verification is Verification.FAILED:
                item.setForeground(COL_STATE, QBrush(QColor("#a4262c")))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty = QLabel(self.tr("There are no backups yet."), self)
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("RestoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        first = next(
            (i for i, b in enumerate(backups) if b.verification is not Verification.FAILED), None
        )
        chosen = self.table.topLevelItem(first) if first is not None else None
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        self._selection_changed()

    def state_text(self, info: BackupInfo) -> str:
        if info.verification is Verification.OK and info.checked_at is not None:
            return self.tr("verified %1").replace("%1", day_text(info.checked_at.date()))
        if info.verification is Verification.FAILED:
            return self.tr("damaged")
        return self.tr("not checked yet")

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.backups[self.table.indexOfTopLevelItem(item)]

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        if self.selected() is not None:
            super().accept()

    @classmethod
    def choose(
        cls, backups: list[BackupInfo], parent: QWidget | None = None
    ) -> tuple[BackupInfo | None, bool]:
        dialog = cls(backups, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.selected() if accepted else None), accepted


class DamagedStoreDialog(QDialog):
    """The store is damaged: say so plainly and offer the newest verified backup."""

    RESTORE_NEWEST, CHOOSE, LATER = range(3)

    def __init__(
        self,
        message: str,
        newest: BackupInfo | None,
        parent: QWidget | None = None,
        *,
        at_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(520)
        self.choice = self.LATER
        text = QLabel(self)
        text.setObjectName("DamageText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        if newest is None:
            offer = self.tr(
                "There is no verified backup to bring back. Do not work on in this database; "
                "send the log file to support."
            )
        else:
            clients = (
                ""
                if newest.clients is None
                else " " + self.tr("(%n client(s))", "", newest.clients)
            )
            offer = (
                self.tr(
                    "The newest verified backup is from %1%2. Restoring it sets the damaged "
                    "database aside under a dated name (it is not deleted); what was changed after "
                    "the backup is not in it."
                )
                .replace("%1", when(newest.taken_at))
                .replace("%2", clients)
            )
        text.setText(f"{message}\n\n{offer}")
        self.buttons = QDialogButtonBox(self)
        if newest is not None:
            restore = self.buttons.addButton(
                self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            restore.setObjectName("RestoreNewest")
            restore.setDefault(True)
            restore.clicked.connect(lambda: self._done(self.RESTORE_NEWEST))
        choose = self.buttons.addButton(
            self.tr("Choose another backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        choose.setObjectName("ChooseBackup")
        choose.clicked.connect(lambda: self._done(self.CHOOSE))
        later = self.buttons.addButton(
            self.tr("Quit") if at_start else self.tr("Later"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        later.clicked.connect(lambda: self._done(self.LATER))
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(icon)
        body.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)

    def _done(self, choice: int) -> None:
        self.choice = choice
        if choice == self.LATER:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(
        cls,
        message: str,
        newest: BackupInfo | None,
        parent: QWidget | None = None,
        *,
        at_start: bool = False,
    ) -> tuple[int, bool]:
        dialog = cls(message, newest, parent, at_start=at_start)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice, accepted
