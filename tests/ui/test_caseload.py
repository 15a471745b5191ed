"""The Caseload tab driven as a jobhunter would: intake, plan, contact log, phase change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from jobhunter.models.enums import BarrierKind, InterventionKind, InterventionStatus, Phase
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.caseload.dialogs import InterventionDialog, InterventionValues, PhaseDialog
from jobhunter.ui.caseload.page import NewClientDialog
from jobhunter.ui.main_window import MainWindow
from jobhunter.ui.table_model import ID_ROLE


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path) -> MainWindow:
    ClientService(store, clock).create("Bram", "de Vries")
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _new_client(window: MainWindow, monkeypatch, first: str, last: str):
    monkeypatch.setattr(
        NewClientDialog, "get_name", classmethod(lambda cls, p: ((first, last), True))
    )
    return window.caseload.new_record()


def test_ctrl_n_adds_a_client_and_opens_the_file(window: MainWindow, qtbot, monkeypatch) -> None:
    # Given the caseload, when the user presses Ctrl+N and names the client
    monkeypatch.setattr(
        NewClientDialog, "get_name", classmethod(lambda cls, p: (("Zoë", "Özdemir"), True))
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Then the client is in the list, selected, and the file shows the intake
    page = window.caseload
    assert page.file.name.text() == "Zoë Özdemir"
    assert page.list.selected_id() == page.file.client_id
    assert page.file.sections.currentWidget() is page.file.intake
    assert "Werkverkenner" in page.file.advice.text() or page.file.advice.text()


def test_intake_fields_save_when_left(window: MainWindow, qtbot, monkeypatch, store, clock) -> None:
    client_id = _new_client(window, monkeypatch, "Ahmed", "Bakkali")
    intake = window.caseload.file.intake
    phone = intake.findChild(QLineEdit, "phone")
    # When the user types a phone number and leaves the field
    phone.setFocus()
    qtbot.keyClicks(phone, "06-12345678")
    phone.editingFinished.emit()
    # Then it is stored without a save button
    assert ClientService(store, clock).get(client_id).phone == "06-12345678"


def test_a_bad_value_is_refused_kept_and_guarded(
    window: MainWindow, qtbot, monkeypatch, store, clock
) -> None:
    page = window.caseload
    client_id = _new_client(window, monkeypatch, "Ahmed", "Bakkali")
    email = page.file.intake.findChild(QWidget, "email")
    # When the user types an invalid e-mail and leaves the field
    qtbot.keyClicks(email, "ahmed@")
    email.editingFinished.emit()
    # Then a Dutch message shows, nothing is stored, and the text stays to be corrected
    assert "geen geldig e-mailadres" in page.file.message.text()
    assert ClientService(store, clock).get(client_id).email is None
    assert email.text() == "ahmed@"
    # And switching to another client asks first; declining keeps the user on this client
    monkeypatch.setattr(page, "confirm_discard", lambda problem: False)
    other = next(r.id for r in page.list.model.rows() if r.id != client_id)
    page.list.select_id(other)
    assert page.file.client_id == client_id
    # When the user corrects it, switching works and the value is stored
    email.setText("ahmed@voorbeeld.nl")
    page.list.select_id(other)
    assert page.file.client_id == other
    assert ClientService(store, clock).get(client_id).email == "ahmed@voorbeeld.nl"


def test_barriers_tick_and_show_as_main_barrier(window: MainWindow, qtbot, monkeypatch) -> None:
    page = window.caseload
    client_id = _new_client(window, monkeypatch, "Siham", "Benali")
    # When the user opens the barriers and ticks "debts" in the checklist
    page.file.sections.setCurrentWidget(page.file.barriers)
    page.file.barriers.findChild(QWidget, "barrier_debts").setChecked(True)

    # Then the list shows it as the client's main barrier, and the client stays selected
    def main_barrier():
        return next(r for r in page.list.model.rows() if r.id == client_id).main_barrier

    qtbot.waitUntil(lambda: main_barrier() is BarrierKind.DEBTS)
    assert page.list.selected_id() == client_id


def test_a_plan_item_past_its_end_is_flagged(window: MainWindow, monkeypatch, store, clock) -> None:
    page = window.caseload
    client_id = _new_client(window, monkeypatch, "Siham", "Benali")
    # Given a client working on a plan (the development phase)
    ClientService(store, clock).change_phase(client_id, Phase.DEVELOPMENT, "Intake afgerond")
    values = InterventionValues(
        kind=InterventionKind.LANGUAGE_COURSE,
        goal="Taalniveau B1",
        provider="Taalhuis",
        start_date=date(2026, 1, 5),
        end_date=date(2026, 3, 1),
        status=InterventionStatus.RUNNING,
        evaluation=None,
    )
    monkeypatch.setattr(
        InterventionDialog, "get_values", classmethod(lambda cls, *a, **k: (values, True))
    )
    page.file.sections.setCurrentWidget(page.file.plan)
    page.file.plan.add()
    table = page.file.plan.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Taalniveau B1"
    assert table.item(0, 2).text()  # "bijstellen?"
    assert "1" in page.file.advice.text()


def test_quick_contact_line_logs_with_enter(window: MainWindow, qtbot, monkeypatch) -> None:
    page = window.caseload
    _new_client(window, monkeypatch, "Siham", "Benali")
    # When the user presses Ctrl+L, types one line and presses Enter
    qtbot.keyClick(page.file, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.file.sections.currentWidget() is page.file.log
    qtbot.keyClicks(page.file.log.quick, "Gebeld over de taalcursus")
    qtbot.keyClick(page.file.log.quick, Qt.Key.Key_Return)
    # Then it is in the log and the list shows contact today
    assert page.file.log.table.rowCount() == 1
    assert page.file.log.table.item(0, 2).text() == "Gebeld over de taalcursus"
    assert page.file.log.quick.text() == ""


def test_phase_change_is_explicit_and_on_the_timeline(
    window: MainWindow, monkeypatch, store, clock
) -> None:
    page = window.caseload
    client_id = _new_client(window, monkeypatch, "Siham", "Benali")
    monkeypatch.setattr(
        PhaseDialog,
        "get_phase",
        classmethod(lambda cls, p, current: ((Phase.DEVELOPMENT, "Intake afgerond"), True)),
    )
    page.file.change_phase()
    assert ClientService(store, clock).get(client_id).phase is Phase.DEVELOPMENT
    page.file.sections.setCurrentWidget(page.file.overview)
    timeline = [
        page.file.overview.timeline.item(i).text()
        for i in range(page.file.overview.timeline.count())
    ]
    assert any("Intake afgerond" in line for line in timeline)


def test_documents_attach_and_mark_current_cv(
    window: MainWindow, monkeypatch, tmp_path: Path, store, clock
) -> None:
    page = window.caseload
    client_id = _new_client(window, monkeypatch, "Siham", "Benali")
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4")
    page.file.sections.setCurrentWidget(page.file.documents)
    page.file.documents.attach(cv)
    table = page.file.documents.table
    assert table.rowCount() == 1 and table.item(0, 3).text() == "★"
    (doc,) = CaseloadService(store, clock).load(client_id).documents
    assert doc.is_current_cv


def test_closing_with_an_unsaved_bad_value_can_be_cancelled(
    window: MainWindow, monkeypatch
) -> None:
    page = window.caseload
    _new_client(window, monkeypatch, "Siham", "Benali")
    chance = page.file.intake.findChild(QWidget, "postcode")
    chance.setText("12345")
    monkeypatch.setattr(page, "confirm_discard", lambda problem: False)
    assert not window.close()
    assert window.isVisible()


def test_a_refused_value_clears_when_emptied_and_never_moves_the_file(
    window: MainWindow, qtbot, monkeypatch, store, clock
) -> None:
    page = window.caseload
    client_id = _new_client(window, monkeypatch, "Ahmed", "Bakkali")
    email = page.file.intake.findChild(QLineEdit, "email")
    sections_top = page.file.sections.mapTo(page.file, page.file.sections.rect().topLeft())
    # When the user types an invalid e-mail and leaves the field
    email.setText("ahmed@")
    email.editingFinished.emit()
    assert page.file.message.text() and email.styleSheet()
    qtbot.wait(10)
    # Then the message shows without pushing the sections down
    assert page.file.sections.mapTo(page.file, page.file.sections.rect().topLeft()) == sections_top
    # When the user empties the field and leaves it, the red and the message go
    email.clear()
    email.editingFinished.emit()
    assert page.file.message.text() == ""
    assert email.styleSheet() == "" and email.toolTip() == ""
    assert ClientService(store, clock).get(client_id).email is None
    # and a correction clears them just as well
    email.setText("ahmed@")
    email.editingFinished.emit()
    assert page.file.message.text()
    email.setText("ahmed@voorbeeld.nl")
    email.editingFinished.emit()
    assert page.file.message.text() == "" and email.styleSheet() == ""
    assert ClientService(store, clock).get(client_id).email == "ahmed@voorbeeld.nl"


def test_a_new_client_opens_at_the_top_with_the_cursor_in_the_first_name(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    page = window.caseload
    # Given another client's file scrolled down to the Werkverkenner, in another section
    page.open_first()
    intake = page.file.intake
    intake.verticalScrollBar().setValue(intake.verticalScrollBar().maximum())
    page.file.sections.setCurrentWidget(page.file.log)
    # When the user adds a client
    _new_client(window, monkeypatch, "Zoë", "Özdemir")
    # Then the new file opens at the intake, at the top, the cursor in the first name
    assert page.file.sections.currentWidget() is intake
    assert intake.verticalScrollBar().value() == 0
    first = intake.findChild(QLineEdit, "first_name")
    qtbot.waitUntil(first.hasFocus)


def test_another_client_opens_at_the_top_and_the_list_keeps_the_keyboard(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    page = window.caseload
    _new_client(window, monkeypatch, "Zoë", "Özdemir")
    intake = page.file.intake
    intake.verticalScrollBar().setValue(intake.verticalScrollBar().maximum())
    assert intake.verticalScrollBar().value() > 0
    # When the user walks the list to another client
    page.list.view.setFocus()
    other = next(r.id for r in page.list.model.rows() if r.id != page.file.client_id)
    page.list.select_id(other)
    # Then that file opens at the top, and the arrow keys still walk the list
    assert page.file.client_id == other
    assert intake.verticalScrollBar().value() == 0
    assert page.list.view.hasFocus()


def test_the_caseload_opens_on_active_clients_and_closed_ones_are_a_choice_away(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    clients = ClientService(store, clock)
    active = clients.create("Bram", "de Vries")
    closed = clients.create("Anna", "Aalders")  # first in the alphabet
    clients.change_phase(closed.id, Phase.CLOSED, "Werk gevonden")
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    tab = win.caseload.list

    def shown() -> set[str]:
        return {tab.proxy.index(r, 0).data(ID_ROLE) for r in range(tab.proxy.rowCount())}

    # Then the list shows the active clients, and opens on one of them
    assert shown() == {str(active.id)}
    assert win.caseload.file.client_id == active.id
    # the closed one is one choice away
    tab.choice_box.setCurrentIndex(tab.choice_box.findText("All clients"))
    assert shown() == {str(active.id), str(closed.id)}
    # and opening her (from the search, say) shows her even with the active filter on
    tab.choice_box.setCurrentIndex(0)
    assert win.show_record("client", closed.id)
    assert tab.selected_id() == closed.id


@pytest.mark.parametrize(
    ("phase", "werkverkenner", "plan"),
    [
        (Phase.INTAKE, True, False),
        (Phase.DEVELOPMENT, True, True),
        (Phase.MATCHING, True, True),
        (Phase.AFTERCARE, False, True),
        (Phase.CLOSED, False, False),
    ],
)
def test_advice_shows_only_in_the_phases_it_applies_to(
    window: MainWindow, store, clock, phase: Phase, werkverkenner: bool, plan: bool
) -> None:
    # Given a client who never filled in the Werkverkenner, with a plan item past its end
    client = ClientService(store, clock).create("Siham", "Benali")
    if phase is not Phase.INTAKE:
        ClientService(store, clock).change_phase(client.id, phase, "Zo verder")
    CaseloadService(store, clock).save_intervention(
        client.id,
        kind=InterventionKind.LANGUAGE_COURSE,
        goal="Taalniveau B1",
        start_date=date(2026, 1, 5),
        end_date=date(2026, 3, 1),
        status=InterventionStatus.RUNNING,
    )
    # When her file opens
    window.caseload.list.reload()
    assert window.show_record("client", client.id)
    advice = window.caseload.file.advice
    # Then each piece of advice shows only where it applies to her phase
    assert ("Werkverkenner" in advice.text()) is werkverkenner
    assert ("past the end" in advice.text()) is plan
    if werkverkenner or plan:  # (a closed file may show its retention date instead)
        assert advice.isVisibleTo(window)
