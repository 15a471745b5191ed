"""The File menu's backup entries, added to the main window by one call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def add_backup_actions(window: QMainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """ "Make a backup now" and "Restore backup…" (Bestand → Reservekopie terugzetten…)."""
    from jobhunter.ui.backup.session import session_for

    make = QAction(QCoreApplication.translate("BackupMenu", "Make a &backup now"), window)
    make.setObjectName("BackupNowAction")
    make.setToolTip(
        QCoreApplication.translate(
            "BackupMenu", "Copy the database to the backups folder and verify the copy"
        )
    )
    make.triggered.connect(lambda: session_for(window).backup_now())
    menu.addAction(make)
    restore = QAction(QCoreApplication.translate("BackupMenu", "Restore backup…"), window)
    restore.setObjectName("RestoreBackupAction")
    restore.setToolTip(
        QCoreApplication.translate(
            "BackupMenu", "Bring back a backup; the current database is set aside"
        )
    )
    restore.triggered.connect(lambda: session_for(window).choose_and_restore())
    menu.addAction(restore)
    return make, restore
