"""Start-up behaviour: translations, the error dialog, a store that cannot be opened."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from jobhunter.services.logs import configure_logging, log_path
from jobhunter.ui.app import install_excepthook, install_translators, run_app


def test_dutch_is_the_default_and_english_is_available(qapp: QApplication) -> None:
    translators = install_translators(qapp, "nl")
    try:
        assert QCoreApplication.translate("labels", "Trial placement") == "Proefplaatsing"
        assert QCoreApplication.translate("MainWindow", "Employers") == "Werkgevers"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Employers") == "Employers"
        # English plurals read as English, not as "day(s)"
        assert QCoreApplication.translate("tabs", "%n day(s)", "", 1) == "1 day"
        assert QCoreApplication.translate("tabs", "%n day(s)", "", 3) == "3 days"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_an_unexpected_error_shows_a_dutch_dialog_and_is_logged_without_its_message(
    qapp: QApplication, tmp_path: Path, monkeypatch
) -> None:
    configure_logging(tmp_path)
    secret = "Zoë Özdemir heeft schulden"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    old_hook = sys.excepthook
    translators = install_translators(qapp, "nl")
    try:
        install_excepthook(tmp_path)
        try:
            raise RuntimeError(secret)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for translator in translators:
            qapp.removeTranslator(translator)
    ((title, text),) = shown
    assert "RuntimeError" in text and str(log_path(tmp_path)) in text
    assert title == "Onverwachte fout"
    for handler in logging.getLogger("jobhunter").handlers:
        handler.flush()
    logged = log_path(tmp_path).read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "Traceback" in logged
    assert "test_app.py" in logged, "the frames tell support where it happened"
    # an exception's message may quote a record: neither the dialog nor the log shows it
    assert secret not in text and secret not in logged


def test_a_damaged_store_is_explained_instead_of_crashing(
    qapp: QApplication, tmp_path: Path, monkeypatch
) -> None:
    (tmp_path / "jobhunter.sqlite").write_bytes(b"geen database" * 20)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    old_hook = sys.excepthook
    try:
        assert run_app(tmp_path, lang="en") == 1
    finally:
        sys.excepthook = old_hook
    assert shown and "geen Jobhunter-database" in shown[0]
