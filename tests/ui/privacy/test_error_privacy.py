"""A database error while saving a sensitive note: the note is neither in the dialog nor in
the log, and neither is the statement."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.logs import configure_logging, log_path
from jobhunter.services.store import Store
from jobhunter.ui.app import install_excepthook, install_translators, settings_for
from jobhunter.ui.main_window import MainWindow

NOTE = "Schuldhulp via de gemeente, depressie: slaapt slecht sinds de scheiding"


@pytest.mark.qt_no_exception_capture  # the application's own hook must see the error
def test_a_database_error_while_saving_a_note_shows_and_logs_nothing_of_it(
    qtbot, qapp, store: Store, clock: FixedClock, data_dir: Path, monkeypatch
) -> None:
    configure_logging(data_dir)
    translators = install_translators(qapp, "nl")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, body: shown.append(f"{title}\n{body}")
    )
    old_hook = sys.excepthook
    install_excepthook(data_dir)
    try:
        # Given a client file open, and a store that refuses the next contact moment
        client = ClientService(store, clock).create("Zoë", "Özdemir")
        window = MainWindow(store, settings_for(data_dir), clock)
        qtbot.addWidget(window)
        window.show()
        window.show_record("client", client.id)
        file = window.caseload.file
        file.sections.setCurrentWidget(file.log)
        with store.engine.begin() as conn:
            conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON contact_moment BEGIN "
                              "SELECT RAISE(ABORT, 'geweigerd'); END"))  # fmt: skip
        # When the jobhunter types the sensitive note and presses Enter
        qtbot.keyClicks(file.log.quick, NOTE)
        qtbot.keyClick(file.log.quick, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        sys.excepthook = old_hook
        for translator in translators:
            qapp.removeTranslator(translator)
    # Then a Dutch dialog says what kind of problem, and the note is still in the field
    (dialog,) = shown
    assert "Onverwachte fout" in dialog and "databasefout" in dialog
    assert file.log.quick.text() == NOTE, "what was typed is not lost"
    for handler in logging.getLogger("jobhunter").handlers:
        handler.flush()
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "IntegrityError" in logged, "support still learns what failed and where"
    # and neither the dialog nor the log holds the note, a word of it, or the statement
    for leak in (NOTE, "Schuldhulp", "depressie", "Özdemir", "INSERT", "[SQL:", "geweigerd"):
        assert leak not in dialog, leak
        assert leak not in logged, leak
