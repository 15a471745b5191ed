"""The open store and its window: background care, backups by hand, and restoring one.

Restoring replaces the database under the running program: the window is closed (saving
what was typed), the store's connections closed, the backup brought back
(``services.restore``: the current file is set aside, never deleted), the store opened anew
and a fresh window shown. When the store is found damaged (at start, by the background
check, or by an error while working) the newest verified backup is offered.
"""

from __future__ import annotations

import linecache
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jobhunter.services.backup import BackupInfo, list_backups, newest_verified, taken_text
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.restore import RestoreResult, restore_backup
from jobhunter.services.store import Store
from jobhunter.services.store_errors import StoreDamagedError, StoreError
from jobhunter.ui.backup.dialogs import DamagedStoreDialog, RestoreDialog
from jobhunter.ui.backup.keeper import StoreKeeper

log = logging.getLogger(__name__)


def choose_backup(
    data_dir: Path,
    message: str,
    clock: Clock,
    parent: QWidget | None = None,
    *,
    at_start: bool = False,
) -> Path | None:
    """Offer the newest verified backup for a damaged store; returns the chosen backup's
    path, or None when the user declines."""
    newest = newest_verified(data_dir, clock)
    choice, accepted = DamagedStoreDialog.ask(message, newest, parent, at_start=at_start)
    if not accepted:
        return None
    if choice == DamagedStoreDialog.RESTORE_NEWEST and newest is not None:
        return newest.path
    chosen, ok = RestoreDialog.choose(list_backups(data_dir, clock), parent)
    return chosen.path if ok and chosen is not None else None


def recover_at_start(data_dir: Path, message: str, clock: Clock = SYSTEM_CLOCK) -> bool:
    """The store did not pass its check at start: offer a backup before any window opens on
    it. True when a backup was restored (open the store again)."""
    while True:
        chosen = choose_backup(data_dir, message, clock, at_start=True)
        if chosen is None:
            return False
        try:
            result = restore_backup(data_dir, chosen, clock)
        except StoreError as exc:
            message = str(exc)
            continue
        log.info("restored %s at start", result.restored_from)
        return True


_current: AppSession | None = None


def handle_store_error(error: BaseException) -> None:
    """An error about the store or a file reached the window unhandled: a damaged store is
    offered a backup; anything else (a full disk, a busy store) is said as it is."""
    if isinstance(error, StoreDamagedError) and _current is not None:
        _current.offer_restore(str(error))
        return
    QMessageBox.warning(None, QCoreApplication.translate("BackupSession", "Jobhunter"), str(error))


class AppSession(QObject):
    """One open store with its main window (see the module's docstring)."""

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        clock: Clock = SYSTEM_CLOCK,
        *,
        demo: bool = False,
        keep: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.clock = clock
        self.demo = demo
        self.keep = keep
        self.window: QWidget | None = None
        self.keeper: StoreKeeper | None = None
        self.last_restore: RestoreResult | None = None
        global _current
        _current = self

    def open_window(self, *, start_of_day: bool = True, file_after_paint: bool = False) -> QWidget:
        from jobhunter.ui.main_window import MainWindow

        window = MainWindow(
            self.store,
            self.settings,
            self.clock,
            demo=self.demo,
            start_of_day=start_of_day,
            file_after_paint=file_after_paint,
        )
        window.session = self  # type: ignore[attr-defined]
        self.window = window
        if self.keep:
            self._start_keeper()
            from jobhunter.services.encryption import SWITCH_JOURNAL

            if (self.store.data_dir / SWITCH_JOURNAL).exists():  # a switch a crash cut short
                from jobhunter.ui.encryption.actions import finish_interrupted

                finish_interrupted(self)
        window.show()
        # PySide6 reads the source of every module imported after it (looking for
        # ``from __feature__ import``) and linecache keeps it: some megabytes of source
        # lines no one reads again. A traceback reads what it needs anew.
        QTimer.singleShot(0, linecache.clearcache)
        return window

    def _start_keeper(self) -> None:
        self.keeper = StoreKeeper(self.store, self.clock, self.window)
        self.keeper.damaged.connect(self.offer_restore)
        self.keeper.backupFailed.connect(self._backup_failed)
        self.keeper.start()

    def stop(self) -> None:
        if self.keeper is not None:
            self.keeper.stop()
            self.keeper = None

    def pause_care(self) -> bool:
        """Stop the background care while the store file is replaced (a switch of
        encryption); True when it was running."""
        running = self.keeper is not None
        self.stop()
        return running

    def resume_care(self) -> None:
        if self.keep and self.window is not None:
            self._start_keeper()

    def show_status(self, message: str) -> None:
        self._status(message)

    # --- the File menu ------------------------------------------------------------------
    def choose_and_restore(self) -> bool:
        """File → Restore backup…: every backup with its date and check; the chosen one
        replaces the store after the user confirms."""
        chosen, ok = RestoreDialog.choose(list_backups(self.store.data_dir, self.clock),
                                          self.window)  # fmt: skip
        if not ok or chosen is None or not self.confirm(chosen):
            return False
        return self.restore(chosen.path)

    def confirm(self, chosen: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a backup"),
            self.tr(
                "Bring back the backup of %1? The current database is set aside under a dated "
                "name in %2; what was changed after the backup will not be in the restored one."
            )
            .replace("%1", taken_text(chosen))
            .replace("%2", str(self.store.data_dir / "set-aside")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer_restore(self, message: str) -> bool:
        """The store is damaged (found in the background or while working)."""
        chosen = choose_backup(self.store.data_dir, message, self.clock, self.window)
        if chosen is None:
            return False
        return self.restore(chosen)

    def backup_now(self) -> None:
        """File → Make a backup now: in the background, then a word in the status bar."""
        if self.keeper is None:
            self.keeper = StoreKeeper(self.store, self.clock, self.window)
            self.keeper.backupFailed.connect(self._backup_failed)
        keeper = self.keeper
        from jobhunter.services import backup

        def made(info: BackupInfo) -> None:
            self._status(self.tr("Backup made and verified: %1").replace("%1", str(info.path)))

        store, clock = self.store, self.clock
        if keeper.worker.busy:
            self._status(self.tr("A backup or check is running; try again in a moment."))
            return
        keeper.worker.run(
            lambda cancel: backup.make_backup(store, clock, cancel=cancel).info,
            made,
            lambda exc: self._backup_failed(str(exc)),
        )

    # --- restoring ----------------------------------------------------------------------
    def restore(self, backup_path: Path) -> bool:
        """Replace the store by the backup and show a fresh window on it."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        old = self.window
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if old is not None and not old.close():  # an edit that cannot be saved yet
                return False
            self.stop()
            self.store.engine.dispose()
            failure = None
            try:
                self.last_restore = restore_backup(self.store.data_dir, backup_path, self.clock)
            except StoreError as exc:
                failure = str(exc)
            try:
                self.store.reopen()
            except StoreError as exc:
                QMessageBox.critical(None, self.tr("Cannot open the database"), str(exc))
                QCoreApplication.exit(1)
                return False
            self.open_window(start_of_day=False)
            if failure is not None or self.last_restore is None:
                QMessageBox.warning(self.window, self.tr("Restore failed"), failure or "")
                return False
            aside = self.last_restore.set_aside
            message = self.tr("Backup restored. The previous database is set aside as %1.")
            message = message.replace("%1", str(aside) if aside else "–")
            if self.last_restore.erased_again:
                message += " " + self.tr(
                    "Erased again, as erased after this backup was made: %n client(s).",
                    "",
                    self.last_restore.erased_again,
                )
            self._status(message)
            return True
        finally:
            if old is not None and self.window is not old:
                old.deleteLater()
            app.setQuitOnLastWindowClosed(quit_on_close)

    def _status(self, message: str) -> None:
        window = self.window
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 15_000)

    def _backup_failed(self, message: str) -> None:
        self._status(self.tr("Automatic backup failed: %1").replace("%1", message))


def session_for(window: QWidget) -> AppSession:
    """The session of a window (one is made for a window built without one, as in tests)."""
    session = getattr(window, "session", None)
    if session is None:
        session = AppSession(
            window.store,  # type: ignore[attr-defined]
            window.settings,  # type: ignore[attr-defined]
            window.clock,  # type: ignore[attr-defined]
            keep=False,
        )
        session.window = window
        window.session = session  # type: ignore[attr-defined]
    return session
