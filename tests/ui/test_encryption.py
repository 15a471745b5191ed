"""Encryption in the window: the settings section switches it both ways, the recovery
passphrase is shown once and confirmed, and a start without the key asks for it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from jobhunter.services import backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.encryption import keys, switch
from jobhunter.services.encryption.keys import StoreKey
from jobhunter.services.encryption.switch import BackupChoice, Preparation
from jobhunter.services.privacy.audit import AuditService
from jobhunter.services.store import Store
from jobhunter.ui import app as app_module
from jobhunter.ui.encryption import actions
from jobhunter.ui.encryption.dialogs import PassphraseDialog, RecoveryDialog, SwitchDialog
from jobhunter.ui.encryption.settings import EncryptionSettings
from jobhunter.ui.settings_dialog import SettingsDialog

SQLITE_HEADER = b"SQLite format 3\x00"
CONVERT = BackupChoice.CONVERT


def _section(dialog: SettingsDialog) -> EncryptionSettings:
    section = dialog.section(EncryptionSettings)
    assert isinstance(section, EncryptionSettings)
    return section


def test_the_settings_switch_encryption_on_and_off(
    qtbot, store: Store, clock: FixedClock, memory_keyring, monkeypatch
) -> None:
    # Given a store with a client and a backup of yesterday, and the settings open
    ClientService(store, clock).create("Zoë", "Özdemir")
    backup.make_backup(store, FixedClock(clock.now() - timedelta(days=1)))
    dialog = SettingsDialog(store, clock)
    qtbot.addWidget(dialog)
    section = _section(dialog)
    assert "not encrypted" in section.state_label.text()
    assert not section.renew_button.isVisibleTo(dialog)
    asked: list[tuple[bool, int]] = []

    def confirm(encrypting, status, backups, parent):
        asked.append((encrypting, backups))
        return BackupChoice.CONVERT, True

    shown_passphrase: list[str] = []

    def written_down(preparation, parent):
        shown_passphrase.append(preparation.passphrase)
        return preparation, True

    told: list[str] = []
    monkeypatch.setattr(SwitchDialog, "ask", classmethod(lambda cls, *a: confirm(*a)))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a: written_down(*a)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))

    # When "Encrypt the database…" is pressed, confirmed, and the passphrase written down
    qtbot.mouseClick(section.switch_button, Qt.MouseButton.LeftButton)

    # Then the store is encrypted, the old backup with it, and the section says so
    assert asked == [(True, 1)] and len(shown_passphrase) == 1
    assert store.db_path.read_bytes()[:16] != SQLITE_HEADER
    assert all(
        p.read_bytes()[:16] != SQLITE_HEADER for p in store.data_dir.glob("backups/*.sqlite")
    )
    assert "stored encrypted" in section.state_label.text()
    assert section.renew_button.isVisibleTo(dialog)
    assert told and "1 existing backup" in told[0] and "converted" in told[0]
    # and the window's store keeps working on the encrypted file
    assert [c.name for c in ClientService(store, clock).list_rows()] == ["Zoë Özdemir"]

    # When it is switched off again
    qtbot.mouseClick(section.switch_button, Qt.MouseButton.LeftButton)
    assert asked[-1][0] is False
    assert store.db_path.read_bytes()[:16] == SQLITE_HEADER
    assert "not encrypted" in section.state_label.text()
    actions_done = {e.action for e in AuditService(store).events(limit=None)}
    assert {"encrypt_store", "decrypt_store"} <= actions_done


def test_no_keyring_means_no_encryption_and_says_why(
    qtbot, store: Store, clock: FixedClock, monkeypatch
) -> None:
    import keyring
    from keyring.backends import fail

    original = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    warned: list[str] = []
    monkeypatch.setattr(
        SwitchDialog, "ask", classmethod(lambda cls, *a: (BackupChoice.CONVERT, True))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    try:
        dialog = SettingsDialog(store, clock)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(_section(dialog).switch_button, Qt.MouseButton.LeftButton)
    finally:
        keyring.set_keyring(original)
    assert warned and "geen sleutelbos" in warned[0]
    assert store.db_path.read_bytes()[:16] == SQLITE_HEADER


def test_the_passphrase_is_confirmed_before_anything_happens(qtbot, monkeypatch) -> None:
    preparation = Preparation(StoreKey.generate(), keys.generate_passphrase(), False)
    dialog = PassphraseDialog(preparation.passphrase, None)
    qtbot.addWidget(dialog)
    dialog.check = lambda text: (
        text if text == preparation.passphrase else keys.check_passphrase(text)
    )
    # Given the passphrase is shown, Continue waits for the tick
    assert dialog.edit.text() == preparation.passphrase
    assert not dialog.ok.isEnabled()
    # Copy puts it on the clipboard
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == preparation.passphrase
    # The printed sheet holds it with what it is for
    sheet = dialog.recovery_sheet().toPlainText()
    assert preparation.passphrase in sheet and "keyring" in sheet
    # A weak passphrase of one's own is refused with the rule
    dialog.edit.setText("Welkom2024!")
    dialog.edit.textEdited.emit("Welkom2024!")
    assert not dialog.written.isChecked()
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted
    assert "te kort" in dialog.error.text() or "te makkelijk" in dialog.error.text()
    # Another suggestion replaces it and asks for the tick again
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.edit.text() != "Welkom2024!" and not dialog.ok.isEnabled()
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert len(dialog.checked.split("-")) == 6


def test_a_start_without_the_key_asks_for_the_recovery_passphrase(
    qtbot, store: Store, clock: FixedClock, memory_keyring, monkeypatch
) -> None:
    # Given an encrypted store whose key the keyring lost
    ClientService(store, clock).create("Zoë", "Özdemir")
    preparation = switch.prepare(store.data_dir)
    switch.encrypt(store, preparation, clock=clock)
    store.close()
    memory_keyring.secrets.clear()
    keys._cache.clear()
    seen: list[RecoveryDialog] = []

    def type_passphrases(dialog: RecoveryDialog) -> int:
        # Given the dialog names the problem in Dutch
        seen.append(dialog)
        assert "herstelwachtwoord" in dialog.message.text()
        # When a wrong passphrase is typed, it says so and stays open
        dialog.edit.setText("verkeerd-verkeerd-verkeerd")
        dialog.try_unlock()
        assert "klopt niet" in dialog.error.text() and dialog.result() == 0
        # When the right one is typed (with spaces), it opens
        dialog.edit.setText(preparation.passphrase.replace("-", " "))
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", type_passphrases)
    # When the program starts
    reopened = app_module._open_store(store.data_dir)
    # Then the store is open and the key back in the keyring
    assert reopened is not None and seen
    try:
        assert [c.name for c in ClientService(reopened).list_rows()] == ["Zoë Özdemir"]
    finally:
        reopened.close()
    assert len(memory_keyring.secrets) == 1


def test_declining_the_recovery_passphrase_leaves_the_program(
    store: Store, memory_keyring, monkeypatch, encrypt
) -> None:
    encrypt(store)
    store.close()
    memory_keyring.secrets.clear()
    keys._cache.clear()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: 0)
    assert app_module._open_store(store.data_dir) is None


def test_the_care_pauses_during_a_switch_and_resumes_on_the_new_file(
    qtbot, store: Store, clock: FixedClock, memory_keyring, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from jobhunter.ui.backup.session import AppSession

    monkeypatch.setattr(keys, "lock_key", lambda key, passphrase: b"(no recovery copy)")
    session = AppSession(
        store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock
    )
    window = session.open_window(start_of_day=False)
    qtbot.addWidget(window)
    first = session.keeper
    assert first is not None
    monkeypatch.setattr(
        SwitchDialog, "ask", classmethod(lambda cls, *a: (BackupChoice.CONVERT, True))
    )
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, p, parent: (p, True)))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    result = actions.switch_encryption(store, window, clock)
    assert result is not None and result.encrypted
    assert session.keeper is not None and session.keeper is not first
    session.stop()


def test_a_switch_cut_short_is_finished_after_the_window_opens(
    qtbot, store: Store, clock: FixedClock, memory_keyring, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from jobhunter.ui.backup.session import AppSession
    from jobhunter.ui.tasks import BackgroundTask

    # Given a switch that stopped after the store was encrypted, before its backups were
    backup.make_backup(store, FixedClock(clock.now() - timedelta(days=1)))
    monkeypatch.setattr(keys, "lock_key", lambda key, passphrase: b"(no recovery copy)")

    def stop(name: str) -> None:
        if name == "backup":
            raise KeyboardInterrupt  # as good as a crash here

    monkeypatch.setattr(switch, "step_hook", stop)
    with pytest.raises(KeyboardInterrupt):
        switch.encrypt(store, switch.prepare(store.data_dir), clock=clock)
    monkeypatch.setattr(switch, "step_hook", None)
    assert switch.status(store.data_dir).interrupted
    assert switch.status(store.data_dir).other_form == 1
    # When the window opens
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    session = AppSession(store, settings, clock)
    window = session.open_window(start_of_day=False)
    qtbot.addWidget(window)
    for task in list(BackgroundTask._running):
        task.wait()
    # Then the old backup is encrypted too, and the journal is gone
    state = switch.status(store.data_dir)
    assert not state.interrupted and state.other_form == 0
    assert "interrupted switch" in window.statusBar().currentMessage()
    session.stop()
