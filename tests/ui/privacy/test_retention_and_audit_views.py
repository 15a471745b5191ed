"""The "Bewaartermijn verlopen" list, the audit log viewer and the retention setting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.privacy.audit import AuditService
from jobhunter.services.privacy.retention import RetentionService
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.main_window import MainWindow
from jobhunter.ui.privacy.audit_view import AuditLogDialog
from jobhunter.ui.privacy.erase import ErasedDialog, EraseDialog
from jobhunter.ui.privacy.retention import ExtendDialog, RetentionDialog, RetentionSettings
from jobhunter.ui.settings_dialog import SettingsDialog


def close_long_ago(store: Store, clock: FixedClock, first: str, last: str, days: int):
    past = FixedClock(clock.at - timedelta(days=days))
    clients = ClientService(store, past)
    client = clients.create(first, last)
    clients.change_phase(client.id, Phase.CLOSED, "Werk gevonden")
    return client


@pytest.fixture
def due(store: Store, clock: FixedClock):
    zoe = close_long_ago(store, clock, "Zoë", "Özdemir", 900)
    bram = close_long_ago(store, clock, "Bram", "de Vries", 800)
    close_long_ago(store, clock, "Anna", "Jansen", 30)  # closed, not yet due
    return zoe, bram


def test_the_list_shows_the_due_files_with_their_dates(qtbot, store, clock, due) -> None:
    dialog = RetentionDialog(store, clock)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model)
    QAbstractItemModelTester(dialog.proxy)
    names = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert names == ["Zoë Özdemir", "Bram de Vries"]  # the longest overdue first
    assert "2" in dialog.heading.text()
    # the files not yet due are one tick away, in grey
    dialog.show_all.setChecked(True)
    assert dialog.proxy.rowCount() == 3


def test_extending_from_the_list(qtbot, store, clock, due, monkeypatch) -> None:
    zoe, _bram = due
    dialog = RetentionDialog(store, clock)
    qtbot.addWidget(dialog)
    until = clock.today() + timedelta(days=200)
    monkeypatch.setattr(
        ExtendDialog, "get_extension",
        classmethod(lambda cls, parent, item, today: ((until, "Klacht loopt"), True)),
    )  # fmt: skip
    assert dialog.select_client(zoe.id)
    assert dialog.extend_selected()
    assert [i.name for i in dialog.model.rows()] == ["Bram de Vries"]
    assert RetentionService(store, clock).for_client(zoe.id).retain_until == until


def test_the_extend_dialog_needs_a_later_day_and_a_reason(qtbot, store, clock, due) -> None:
    item = RetentionService(store, clock).due()[0]
    dialog = ExtendDialog(item, clock.today())
    qtbot.addWidget(dialog)
    dialog.until.set_value(clock.today())
    dialog.reason.setText("Klacht")
    dialog._try_accept()
    assert "na vandaag" in dialog.error.text() or "after today" in dialog.error.text()
    dialog.until.set_value(clock.today() + timedelta(days=1))
    dialog.reason.setText("  ")
    dialog._try_accept()
    assert dialog.error.text() and dialog.result() == 0
    dialog.reason.setText("Klacht")
    dialog._try_accept()
    assert dialog.result() == 1


def test_anonymising_and_erasing_from_the_list(qtbot, store, clock, due, monkeypatch) -> None:
    zoe, bram = due
    dialog = RetentionDialog(store, clock)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog.select_client(zoe.id)
    assert dialog.anonymise_selected()
    assert ClientService(store, clock).get(zoe.id).first_name == "Geanonimiseerd"
    monkeypatch.setattr(
        EraseDialog, "confirm", classmethod(lambda cls, parent, plans, intro=None: (True, True))
    )
    monkeypatch.setattr(
        ErasedDialog, "ask_remove_backups", classmethod(lambda cls, parent, r: (False, True))
    )
    dialog.select_client(bram.id)
    assert dialog.erase_selected()
    with pytest.raises(NotFoundError):
        ClientService(store, clock).get(bram.id)
    assert dialog.model.rowCount() == 0
    actions = {e.action for e in AuditService(store, clock).events(groups={"retention"})}
    assert actions == {"retention_anonymise", "retention_erase"}


def test_the_start_of_day_opens_a_due_file(qtbot, store, clock, due, data_dir: Path) -> None:
    zoe, _bram = due
    window = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(window)
    day = window.show_start_of_day()
    assert day is not None
    retention = [e for e in day.entries() if "Bewaartermijn" in e.text(1)]
    assert len(retention) == 2
    day.list.itemActivated.emit(retention[0], 0)
    assert window.caseload.file.client_id == zoe.id
    assert "Retention expired on" in window.caseload.file.advice.text()


def test_the_audit_log_filters_by_kind_client_and_period(qtbot, store, clock) -> None:
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir")
    clock.advance(timedelta(days=5))
    bram = clients.create("Bram", "de Vries")
    audit = AuditService(store, clock)
    audit.record("print_briefing", "client", bram.id, "Groenvoorziening Van Dijk",
                 client_id=bram.id)  # fmt: skip
    dialog = AuditLogDialog(store, clock)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model)
    QAbstractItemModelTester(dialog.proxy)
    assert dialog.proxy.rowCount() == 3
    # kind
    dialog.kind.setCurrentIndex(dialog.kind.findData("export"))
    assert [dialog.proxy.index(r, 5).data() for r in range(dialog.proxy.rowCount())] == [
        "Groenvoorziening Van Dijk"
    ]
    # client
    dialog.set_filter(client_id=zoe.id)
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 2).data() == "Zoë Özdemir"
    # period
    dialog.set_filter(since=clock.today())
    assert dialog.proxy.rowCount() == 2
    dialog.set_filter(until=clock.today() - timedelta(days=1))
    assert dialog.proxy.rowCount() == 1
    assert "1" in dialog.count.text()
    # and typed words narrow what is shown
    dialog.set_filter()
    dialog.search.setText("van dijk")
    assert dialog.proxy.rowCount() == 1


def test_an_erased_client_is_in_the_log_by_pseudonym(qtbot, store, clock) -> None:
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    ClientService(store, clock).delete(zoe.id)
    dialog = AuditLogDialog(store, clock)
    qtbot.addWidget(dialog)
    labels = [dialog.client.itemText(i) for i in range(1, dialog.client.count())]
    assert len(labels) == 1 and labels[0].startswith("gewist-")
    shown = {dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())}
    assert shown == {labels[0]}


def test_the_settings_dialog_keeps_the_retention_period(qtbot, store, clock) -> None:
    # Given the settings dialog with the default period of two years
    dialog = SettingsDialog(store, clock)
    qtbot.addWidget(dialog)
    section = dialog.section(RetentionSettings)
    assert section.months.value() == 24

    # When the user chooses three years and saves
    section.months.setValue(36)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    # Then the period is stored and the dialog closed
    assert RetentionService(store, clock).months() == 36
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
