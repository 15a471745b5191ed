"""Starting the GUI: translations, logging, the error dialog, the store and the window."""

from __future__ import annotations

import logging
import sys
import traceback
from importlib.resources import files
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from jobhunter.services.backup import maybe_backup
from jobhunter.services.logs import configure_logging, log_path
from jobhunter.services.store import Store, StoreError

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our own and Qt's translations.

    English is the source language: its catalogue only gives the plural forms ("1 day",
    "3 days" for "%n day(s)"), and Qt's own texts need none.
    """
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))  # fmt: skip
    own = QTranslator(app)
    if own.load(str(files("jobhunter") / "i18n" / f"jobhunter_{lang}.qm")):
        translators.append(own)
    else:
        log.warning("no translation for %s", lang)
    qt = QTranslator(app)
    if lang != "en" and qt.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def settings_for(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def install_excepthook(data_dir: Path) -> None:
    """Show unexpected errors in a Dutch dialog (and log them) instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app",
                "Something went wrong: %1\n\nEverything saved before this action is safe. "
                "Try the action again; if it keeps happening, restart Jobhunter and send the "
                "log file to support:\n%2",
            )
            .replace("%1", f"{kind.__name__}: {value}")
            .replace("%2", str(log_path(data_dir))),
        )

    sys.excepthook = hook


class _BackupSignals(QObject):
    failed = Signal(str)
    done = Signal(str)


class BackupTask(QRunnable):
    """The start-up backup, off the GUI thread: opening the window must not wait for it."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.signals = _BackupSignals()

    def run(self) -> None:
        try:
            result = maybe_backup(self.store)
        except Exception as exc:
            log.exception("automatic backup failed")
            self.signals.failed.emit(str(exc))
        else:
            self.signals.done.emit(str(result.path) if result.path else "")


def run_app(data_dir: Path, *, lang: str = "nl", demo: bool = False) -> int:
    from jobhunter.ui.main_window import MainWindow
    from jobhunter.ui.none_refcount import keep_none_alive

    keep_none_alive()  # before the first Qt call: see the module

    configure_logging(data_dir)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Jobhunter")
    app.setOrganizationName("Jobhunter")
    app.setDesktopFileName("nl.jobhunter.Jobhunter")
    install_translators(app, lang)
    install_excepthook(data_dir)
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Cannot open the database"), str(exc)
        )
        return 1
    window = MainWindow(store, settings_for(data_dir), demo=demo, start_of_day=True)
    window.show()
    task = BackupTask(store)
    task.signals.failed.connect(
        lambda message: window.statusBar().showMessage(
            QCoreApplication.translate("app", "Automatic backup failed: %1").replace("%1", message)
        )
    )
    QThreadPool.globalInstance().start(task)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)
    store.close()
    return code
