"""Starting the GUI: translations, logging, the error dialog, the store and the window."""

from __future__ import annotations

import logging
import sys
from importlib.resources import files
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from jobhunter.services.files import FileWriteError
from jobhunter.services.logs import configure_logging, log_path
from jobhunter.services.privacy.redact import describe_error, safe_traceback
from jobhunter.services.store import Store, StoreDamagedError, StoreError
from jobhunter.services.store_errors import StoreKeyMissingError
from jobhunter.ui.backup.session import AppSession, handle_store_error, recover_at_start

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
        if isinstance(value, StoreError | FileWriteError) and QApplication.instance():
            # a full disk, a busy or damaged store: the message says what to do
            log.warning("%s: %s", kind.__name__, value)
            handle_store_error(value)
            return
        # the log and the dialog say what kind of error and where, never its message: a
        # database error's message holds the statement, others may quote a record's values
        log.error("unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            print(safe_traceback(kind, value, tb), file=sys.stderr)
            return
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app",
                "Something went wrong: %1\n\nEverything saved before this action is safe. "
                "Try the action again; if it keeps happening, restart Jobhunter. Where it went "
                "wrong is written, without client data, to the log file:\n%2",
            )
            .replace("%1", describe_error(value))
            .replace("%2", str(log_path(data_dir))),
        )

    sys.excepthook = hook


def run_app(data_dir: Path, *, lang: str = "nl", demo: bool = False) -> int:
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
    store = _open_store(data_dir)
    if store is None:
        return 1
    session = AppSession(store, settings_for(data_dir), demo=demo)
    window = session.open_window(start_of_day=True, file_after_paint=True)
    from jobhunter.ui import startup_probe

    if startup_probe.wanted():  # the benchmark's hook (see the module)
        startup_probe.install(window.caseload.list.view)  # type: ignore[attr-defined]
    app.aboutToQuit.connect(session.stop)
    code = app.exec()
    session.stop()
    store.close()
    return code


def _open_store(data_dir: Path) -> Store | None:
    """Open the store before any window shows: an encrypted one whose key is not in the
    keyring asks for the recovery passphrase; a damaged one is offered the newest verified
    backup. None when it cannot be opened (said) or the user declined."""
    unlocked = restored = False
    while True:
        try:
            return Store.open(data_dir)
        except StoreKeyMissingError as exc:
            from jobhunter.ui.encryption.actions import unlock_at_start

            if unlocked or exc.data_dir is None:
                _cannot_open(exc)
                return None
            if not unlock_at_start(exc.data_dir, str(exc)):
                return None
            unlocked = True
        except StoreDamagedError as exc:
            # never open the window on a damaged file: offer the newest verified backup first
            if restored:
                _cannot_open(exc)
                return None
            if not recover_at_start(data_dir, str(exc)):
                return None
            restored = True
        except StoreError as exc:
            _cannot_open(exc)
            return None


def _cannot_open(exc: StoreError) -> int:
    QMessageBox.critical(
        None, QCoreApplication.translate("app", "Cannot open the database"), str(exc)
    )
    return 1
