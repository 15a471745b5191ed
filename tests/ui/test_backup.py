"""Backups and recovery in the window, driven as a user would."""

from __future__ import annotations

import sqlite3
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from jobhunter.services import backup
from jobhunter.services.backup import list_backups, make_backup, reverify
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store
from jobhunter.ui.app import install_translators, run_app, settings_for
from jobhunter.ui.backup.dialogs import COL_STATE, DamagedStoreDialog, RestoreDialog
from jobhunter.ui.backup.keeper import StoreKeeper
from jobhunter.ui.backup.session import AppSession
from jobhunter.ui.main_window import MainWindow


@pytest.fixture
def dutch(qapp: QApplication):
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def three_backups(store: Store, clock: FixedClock, faults) -> Store:
    """Three backups: one verified, one that the disk spoiled later, one never checked."""
    service = ClientService(store, clock)
    service.create("Zoë", "Özdemir")
    spoiled = make_backup(store, clock).info
    clock.advance(timedelta(days=1))
    service.create("Bram", "de Vries")
    make_backup(store, clock)
    clock.advance(timedelta(days=1))
    service.create("Ahmed", "Yilmaz")
    unchecked = make_backup(store, clock).info
    faults.damage(spoiled.path, "client")
    clock.advance(timedelta(days=40))
    reverify(store.data_dir, clock, limit=1)  # finds the spoiled one
    (store.data_dir / "backups" / "manifest.json").write_text(
        (store.data_dir / "backups" / "manifest.json")
        .read_text()
        .replace(f'"{unchecked.path.name}": {{', f'"{unchecked.path.name}-x": {{')
    )
    return store


def test_the_restore_dialog_lists_every_backup_with_date_and_check(
    qtbot, three_backups: Store, clock: FixedClock, dutch
) -> None:
    # Given three backups, when the restore dialog opens
    backups = list_backups(three_backups.data_dir, clock)
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    # Then each is listed, newest first, with its date and whether it verified
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    assert len(rows) == 3
    assert [r.text(COL_STATE).split(" ")[0] for r in rows] == ["nog", "gecontroleerd", "beschadigd"]
    assert "2026" in rows[0].text(0) and "mrt" in rows[0].text(0)
    # the damaged one cannot be chosen, the newest is chosen to start with
    assert dialog.selected() == backups[0]
    dialog.table.setCurrentItem(rows[2])
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()
    dialog.table.setCurrentItem(rows[1])
    assert dialog.selected() == backups[1] and dialog.restore_button.isEnabled()


def test_the_file_menu_offers_backup_and_restore_in_dutch(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, dutch
) -> None:
    window = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Reservekopie terugzetten…" in texts
    assert "Nu een &reservekopie maken" in texts


def test_restoring_from_the_menu_brings_back_the_backup_in_a_fresh_window(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, monkeypatch
) -> None:
    # Given a window on a store with two clients, and a backup with only the first
    service = ClientService(store, clock)
    service.create("Zoë", "Özdemir")
    backup = make_backup(store, clock).info
    service.create("Bram", "de Vries")
    session = AppSession(store, settings_for(data_dir), clock, keep=False)
    old = session.open_window(start_of_day=False)
    qtbot.addWidget(old)
    assert old.record_tabs[0].model.rowCount() == 2

    # When the user chooses File → Restore backup…, picks it and confirms
    monkeypatch.setattr(RestoreDialog, "choose", classmethod(lambda cls, b, p=None: (b[0], True)))
    asked: list[str] = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    old.findChild(QWidget, "RestoreBackupAction")
    action = next(a for a in old.findChildren(type(old.menuBar().actions()[0]))
                  if a.objectName() == "RestoreBackupAction")  # fmt: skip
    action.trigger()

    # Then a new window shows the backup's data, and the old store is set aside
    new = session.window
    assert new is not old and new.isVisible()
    qtbot.addWidget(new)
    assert new.record_tabs[0].model.rowCount() == 1
    assert "set-aside" in asked[0]
    assert session.last_restore is not None and session.last_restore.restored_from == backup.path
    assert session.last_restore.set_aside is not None and session.last_restore.set_aside.exists()
    assert "teruggezet" in new.statusBar().currentMessage().lower() or (
        "restored" in new.statusBar().currentMessage().lower()
    )
    assert QApplication.instance().quitOnLastWindowClosed()


def test_a_damaged_store_at_start_offers_the_newest_backup_before_any_window(
    qapp: QApplication, data_dir: Path, clock: FixedClock, faults, monkeypatch
) -> None:
    # Given a damaged store with a verified backup
    store = Store.open(data_dir)
    ClientService(store, clock).create("Zoë", "Özdemir")
    make_backup(store)
    store.close()
    faults.damage(data_dir / "jobhunter.sqlite", "client")
    offered: list[tuple[str, object]] = []

    def ask(cls, message, newest, parent=None, *, at_start=False):
        offered.append((message, newest))
        return DamagedStoreDialog.RESTORE_NEWEST, True

    monkeypatch.setattr(DamagedStoreDialog, "ask", classmethod(ask))
    seen: list[int] = []

    def exec_(self) -> int:  # instead of the event loop: look at the window that opened
        QApplication.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for window in windows:
            window.tabs.setCurrentIndex(0)  # (it may open on the day's agenda)
        seen.extend(w.record_tabs[0].model.rowCount() for w in windows if w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    old_hook = sys.excepthook
    try:
        # When the program starts, then the damage is explained and the backup offered
        assert run_app(data_dir, lang="en") == 0
    finally:
        sys.excepthook = old_hook
    (message, newest), *_ = offered
    assert "beschadigd" in message and newest is not None
    # and the window opened on the restored store, the damaged one set aside
    assert seen == [1]
    assert len(list((data_dir / "set-aside").glob("jobhunter-*.sqlite"))) == 1


def test_declining_the_offer_opens_no_window_on_the_damaged_store(
    qapp: QApplication, data_dir: Path, faults, monkeypatch
) -> None:
    store = Store.open(data_dir)
    ClientService(store).create("Zoë", "Özdemir")
    store.close()
    faults.damage(data_dir / "jobhunter.sqlite", "client")
    monkeypatch.setattr(
        DamagedStoreDialog, "ask", classmethod(lambda cls, m, n, p=None, **k: (2, False))
    )
    monkeypatch.setattr(QApplication, "exec", lambda self: pytest.fail("a window opened"))
    old_hook = sys.excepthook
    try:
        assert run_app(data_dir, lang="en") == 1
    finally:
        sys.excepthook = old_hook
    assert not (data_dir / "set-aside").exists()


def test_the_background_check_finds_damage_the_start_missed(
    qtbot, data_dir: Path, clock: FixedClock, faults
) -> None:
    # Given damage to an index, which the quick probe at start does not read
    store = Store.open(data_dir)
    ClientService(store, clock).create("Zoë", "Özdemir")
    store.close()
    faults.damage(data_dir / "jobhunter.sqlite", "ix_client_last_name")
    store = Store.open(data_dir)
    keeper = StoreKeeper(store, clock, check_delay_ms=0, backup_delay_ms=60_000)
    try:
        # When the keeper starts after the window shows, then it reports the damage
        with qtbot.waitSignal(keeper.damaged, timeout=20_000) as signal:
            keeper.start()
        assert "beschadigd" in signal.args[0]
        # and takes no backup of the damaged store
        keeper.worker.wait()
        keeper.backup_now()
        keeper.worker.wait()
        assert list_backups(data_dir, clock) == []
    finally:
        keeper.stop()
        store.close()


def test_the_keeper_backs_up_changes_later_and_stops_at_once(
    qtbot, store: Store, clock: FixedClock
) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir")
    keeper = StoreKeeper(store, clock, check_delay_ms=0, backup_delay_ms=50)
    try:
        with qtbot.waitSignal(keeper.backupMade, timeout=30_000) as made:
            keeper.start()
        assert made.args[0] is not None and made.args[0].verified
    finally:
        keeper.stop()
    assert not keeper.worker.busy


def test_a_text_over_its_limit_shows_like_any_other_refusal(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, monkeypatch
) -> None:
    from jobhunter.ui.caseload.page import NewClientDialog

    ClientService(store, clock).create("Bram", "de Vries")
    window = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(
        NewClientDialog, "get_name", classmethod(lambda cls, p: (("Zoë", "Özdemir"), True))
    )
    client_id = window.caseload.new_record()
    city = window.caseload.file.intake.findChild(QLineEdit, "city")
    # When the user pastes a whole address into the city field and leaves it
    city.setText("Schiedam, Broersvest 12, 3111 EE, bij de bakker om de hoek " * 3)
    city.editingFinished.emit()
    # Then the field is marked, the Dutch message names it, and nothing is stored
    # (a lone surrogate never gets this far: Qt drops it before Python sees the text)
    assert "Plaats: te lang (" in window.caseload.file.message.text()
    assert "border" in city.styleSheet()
    assert ClientService(store, clock).get(client_id).city is None
    monkeypatch.setattr(window.caseload, "confirm_discard", lambda problem: True)


def test_a_failed_automatic_backup_says_what_failed_without_sql_or_names(
    qtbot, store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given an automatic backup that fails with an error carrying SQL and a client's name
    def failing(*_args: object, **_kwargs: object) -> None:
        raise OperationalError(
            "INSERT INTO client (last_name) VALUES ('Özdemir')", {}, sqlite3.OperationalError("x")
        )

    monkeypatch.setattr(backup, "maybe_backup", failing)
    keeper = StoreKeeper(store, clock, check_delay_ms=60_000, backup_delay_ms=60_000)
    try:
        # When the keeper makes its backup
        with qtbot.waitSignal(keeper.backupFailed, timeout=20_000) as failed:
            keeper.backup_now()
    finally:
        keeper.stop()
    # Then the status bar learns the kind of failure, in Dutch, and nothing of the record
    message = failed.args[0]
    assert message.startswith("databasefout")
    assert "INSERT" not in message and "Özdemir" not in message


def test_an_open_window_keeps_no_source_lines_pyside_read_while_it_started(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    """PySide6 reads the source of each module imported after it; once the window is up,
    those lines (megabytes of them) are let go."""
    import linecache

    import jobhunter.ui.main_window as main_window

    linecache.getlines(main_window.__file__)  # as PySide6 does for a module it sees
    assert main_window.__file__ in linecache.cache
    session = AppSession(store, settings_for(data_dir), clock, keep=False)
    window = session.open_window(start_of_day=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: main_window.__file__ not in linecache.cache)
