"""Every view live: a change made in one place shows everywhere at once, through the hub,
and a list updates the rows that changed instead of reloading itself."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from jobhunter.models.enums import AppointmentKind, ContactKind, Phase, Sector, Stage
from jobhunter.services.activity import AppointmentService, ContactService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.main_window import TAB_AFTERCARE, TAB_CLIENTS, TAB_PIPELINE, TAB_TODAY, MainWindow
from jobhunter.ui.pipeline.board import ROW_ROLE


@pytest.fixture
def placed(store: Store, clock: FixedClock):
    """Zoë, proposed to a gardener's workplace, with a check-in this afternoon and her next
    action due today (so she is on the board, in the calendar and on the Vandaag page)."""
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir", next_action="Bellen", next_action_on=clock.today())
    clients.change_phase(zoe.id, Phase.MATCHING, "Klaar voor bemiddeling")
    ClientService(store, clock).create("Bram", "de Vries")
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    workplace = employers.add_workplace(employer.id, "Hovenier")
    match = MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    starts = clock.now() + timedelta(hours=4)
    AppointmentService(store, clock).create(
        AppointmentKind.EMPLOYEE_CHECKIN,
        starts,
        starts + timedelta(minutes=30),
        client_id=zoe.id,
        employer_id=employer.id,
        match_id=match.id,
    )
    return zoe, match


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, placed) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_renaming_a_client_in_the_file_renames_her_everywhere(
    window: MainWindow, qtbot, store, clock, placed
) -> None:
    zoe, match = placed
    window.tabs.setCurrentIndex(TAB_PIPELINE)  # the board is filled when first shown
    board = window.pipeline.board
    card = board.columns[Stage.PROPOSED]
    assert card.model.rows()[0].client_name == "Zoë Özdemir"
    # the other views have been looked at once: the search shows her, Vandaag lists her
    window.show_record("appointment", next(iter(AppointmentService(store, clock).list_rows())).id)
    window.tabs.setCurrentIndex(TAB_TODAY)
    assert any("Zoë Özdemir" in e.text(2) for e in window.today.entries())
    window.search_edit.setText("Özdemir")
    window.search_panel.run_now()
    # Given her file open in the caseload
    window.tabs.setCurrentIndex(TAB_CLIENTS)
    assert window.show_record("client", zoe.id)
    last_name = window.caseload.file.intake.findChild(QLineEdit, "last_name")
    # When the user corrects her last name and leaves the field
    last_name.setFocus()
    last_name.setText("Özdemir-Yılmaz")
    last_name.editingFinished.emit()
    assert ClientService(store, clock).get(zoe.id).last_name == "Özdemir-Yılmaz"
    renamed = "Zoë Özdemir-Yılmaz"
    # Then the card on the board shows the new name (and the board was not rebuilt from the
    # store: only her rows were read again)
    qtbot.waitUntil(lambda: card.model.rows()[0].client_name == renamed)
    assert card.model.index(0).data(ROW_ROLE).client_name == renamed
    # and so do the pipeline list, the match file, the calendar, the list of appointments,
    # the Vandaag page and the search results
    assert window.pipeline.list.model.row_by_id(match.id).client_name == renamed
    window.tabs.setCurrentIndex(TAB_AFTERCARE)
    qtbot.waitUntil(lambda: any(r.client_name == renamed for r in window.aftercare.week.rows))
    assert {r.client_name for r in window.aftercare.list.model.rows()} == {renamed}
    assert renamed in window.aftercare.panel.title.text()
    window.tabs.setCurrentIndex(TAB_TODAY)
    qtbot.waitUntil(lambda: any(renamed in e.text(2) for e in window.today.entries()))
    assert not any(e.text(2) == "Zoë Özdemir" for e in window.today.entries())
    window.focus_search()
    qtbot.waitUntil(
        lambda: any("Yılmaz" in (index.data() or "") for index in window.search_panel.hits()),
        timeout=3000,
    )


def test_a_contact_logged_updates_only_that_clients_row(
    window: MainWindow, qtbot, store, clock, placed
) -> None:
    zoe, _match = placed
    tab = window.caseload.list
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    clock.advance(timedelta(days=3))
    # Given Bram's file open
    bram = next(r for r in tab.model.rows() if r.name == "Bram de Vries")
    assert window.show_record("client", bram.id)
    # When a colleague's script (or another view) logs a contact with Zoë and says so
    moment = ContactService(store, clock).log(ContactKind.CALL, "Gebeld", client_id=zoe.id)
    window.hub.announce("contact_moment", [moment.id])
    # Then Zoë's row shows the contact today, without the list being reloaded
    qtbot.waitUntil(lambda: tab.model.row_by_id(zoe.id).days_since_contact == 0)
    assert resets == []
    assert tab.selected_id() == bram.id and window.caseload.file.client_id == bram.id


def test_a_client_closed_stays_open_and_leaves_the_active_list(
    window: MainWindow, qtbot, store, clock, placed, monkeypatch
) -> None:
    from jobhunter.ui.caseload.dialogs import PhaseDialog

    zoe, _match = placed
    tab = window.caseload.list
    assert window.show_record("client", zoe.id)
    monkeypatch.setattr(
        PhaseDialog, "get_phase", classmethod(lambda cls, p, c: ((Phase.CLOSED, "Verhuisd"), True))
    )
    # When her trajectory is closed from her file
    window.caseload.file.change_phase()

    # Then her file stays open, and the list of active clients no longer shows her
    def shown() -> set[str]:
        return {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}

    qtbot.waitUntil(lambda: "Zoë Özdemir" not in shown())
    assert window.caseload.file.client_id == zoe.id
    assert window.caseload.file.phase.text() == "Closed"


def test_f5_shows_what_another_program_changed(
    window: MainWindow, qtbot, store, clock, placed
) -> None:
    zoe, match = placed
    window.tabs.setCurrentIndex(TAB_PIPELINE)  # looked at once: the list is read
    assert window.show_record("client", zoe.id)
    # Given a change made outside the window (the command line, another tool)
    ClientService(store, clock).update(zoe.id, first_name="Zoey")
    assert window.caseload.file.name.text() == "Zoë Özdemir"
    # When the user presses F5, then the file, the list and the board read it again
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.caseload.file.name.text() == "Zoey Özdemir"
    assert window.caseload.list.model.row_by_id(zoe.id).name == "Zoey Özdemir"
    assert window.pipeline.list.model.row_by_id(match.id).client_name == "Zoey Özdemir"


def test_a_record_shown_while_ctrl_is_held_stays_selected(
    window: MainWindow, qtbot, placed
) -> None:
    zoe, _match = placed
    # Given the user still holds Ctrl (a Ctrl shortcut that opens a record, say)
    qtbot.keyPress(window, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        # When a record is shown in its list
        assert window.show_record("client", zoe.id)
        # Then it is selected and its file open, not toggled off again
        assert window.caseload.list.selected_id() == zoe.id
        assert window.caseload.file.client_id == zoe.id
    finally:
        qtbot.keyRelease(window, Qt.Key.Key_Control)
