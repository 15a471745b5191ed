"""Search you can read: hits grouped by kind with counts and the matched words marked; Enter
opens the file at the hit (that contact moment, that visit); Escape goes back; a pasted page
of text never holds the window up."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from jobhunter.models.enums import ContactKind, Sector
from jobhunter.services.activity import ContactService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.main_window import TAB_CLIENTS, TAB_EMPLOYERS, MainWindow
from jobhunter.ui.search_panel import PER_GROUP, mark_snippet, mark_words
from jobhunter.ui.section import selected_id


@pytest.fixture
def records(store: Store, clock: FixedClock):
    """A client with a long contact log, one moment about a forklift course; an employer
    visited twice."""
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir")
    clients.create("Bram", "de Vries")
    contacts = ContactService(store, clock)
    for day in range(30):
        contacts.log(ContactKind.CALL, f"Gesprek {day} over de taalcursus", client_id=zoe.id,
                     occurred_at=clock.now() - timedelta(days=day + 1))  # fmt: skip
    forklift = contacts.log(
        ContactKind.NOTE,
        "Wil heftruckcertificaat halen",
        client_id=zoe.id,
        body="Vraagt of de gemeente de cursus betaalt",
        occurred_at=clock.now() - timedelta(days=40),
    )
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    employers.log_visit(employer.id, clock.today() - timedelta(days=20), notes="Kennismaking")
    visit = employers.log_visit(
        employer.id, clock.today() - timedelta(days=2), workplace="Vacature voor een snoeier"
    )
    return zoe, forklift, employer, visit


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, records) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def search(window: MainWindow, qtbot, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    window.search_edit.setText(text)
    qtbot.waitUntil(lambda: window.search_panel.last_results is not None and bool(
        window.search_panel.hits()))  # fmt: skip


def test_enter_opens_the_client_file_at_the_contact_moment(
    window: MainWindow, qtbot, records
) -> None:
    zoe, forklift, _employer, _visit = records
    # Given the caseload showing another client's intake
    window.tabs.setCurrentIndex(TAB_CLIENTS)
    # When the user searches a word of one contact moment and presses Enter
    search(window, qtbot, "heftruck")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    # Then the client's file is open at the contact log, that moment selected and in focus
    file = window.caseload.file
    assert window.tabs.currentIndex() == TAB_CLIENTS
    assert file.client_id == zoe.id
    assert file.sections.currentWidget() is file.log
    assert selected_id(file.log.table) == forklift.id
    assert file.log.table.hasFocus()
    assert not window.search_panel.isVisible()


def test_enter_opens_the_employer_at_the_visit(window: MainWindow, qtbot, records) -> None:
    _zoe, _forklift, employer, visit = records
    search(window, qtbot, "snoeier")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    file = window.employers.file
    assert window.tabs.currentIndex() == TAB_EMPLOYERS
    assert file.employer_id == employer.id
    assert file.sections.currentWidget() is file.visits
    assert selected_id(file.visits.table) == visit.id


def test_hits_are_grouped_by_kind_with_counts_and_the_words_marked(
    window: MainWindow, qtbot
) -> None:
    search(window, qtbot, "taalcursus")
    panel = window.search_panel
    [group] = [panel.model.item(row) for row in range(panel.model.rowCount())]
    assert group.text().startswith("<b>Contact moments (30)")
    assert "the best 10 shown" in group.text()  # more than the group shows
    assert group.rowCount() == 10
    first = group.child(0).text()
    assert "Zoë Özdemir" in first  # whose log it is in
    assert "<span style='background:#ffe98a;'>taalcursus</span>" in first
    # ↓ in the field chooses the next hit; the field keeps the focus
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert panel.results.currentIndex() == group.child(1).index()
    assert window.search_edit.hasFocus()
    # the panel is wide enough to read, and lies over the window, not beside it
    assert panel.width() >= 460
    assert window.width() == 1366


@pytest.fixture
def many_b_clients(store: Store, clock: FixedClock) -> None:
    """More clients whose name starts with a "b" than a group shows."""
    clients = ClientService(store, clock)
    for n in range(PER_GROUP + 2):
        clients.create(f"Bas{n}", "Bos")


def test_one_letter_shows_names_and_says_when_there_are_more(
    many_b_clients: None, window: MainWindow, qtbot
) -> None:
    # Given more clients whose name starts with a "b" than a group shows
    # When one letter is typed
    search(window, qtbot, "b")
    panel = window.search_panel
    # Then the clients group shows a screenful and says there are more, not how many
    group = panel.model.item(0)
    assert group.text().startswith(f"<b>Clients ({PER_GROUP}+)")
    assert f"the first {PER_GROUP} shown" in group.text()
    assert group.rowCount() == PER_GROUP
    # and the summary says only names and titles were searched
    assert "third letter" in panel.summary.text()
    # Escape closes it again
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_escape_closes_the_results_and_returns_to_where_the_user_was(
    window: MainWindow, qtbot, records
) -> None:
    zoe, *_ = records
    window.show_record("client", zoe.id)
    phone = window.caseload.file.intake.findChild(QLineEdit, "phone")
    phone.setFocus()
    QApplication.processEvents()
    search(window, qtbot, "taalcursus")
    assert window.search_panel.isVisible()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert not window.search_panel.isVisible()
    assert phone.hasFocus()


def test_a_pasted_page_of_text_never_holds_the_window_up(window: MainWindow, qtbot) -> None:
    # Given a long text pasted into the search field (a whole e-mail, say)
    pasted = " ".join(["taalcursus", "heftruck", "Groenvoorziening"] * 2000)
    start = time.perf_counter()
    window.search_edit.setText(pasted)
    QApplication.processEvents()
    # Then the window answers at once: the search runs beside it
    assert time.perf_counter() - start < 0.5
    qtbot.waitUntil(lambda: window.search_panel.last_results is not None, timeout=5000)
    results = window.search_panel.last_results
    assert results.shortened  # and it searched for the first words only, and said so
    assert "first 8 words" in window.search_panel.summary.text()


def test_marking_escapes_what_is_not_a_match() -> None:
    assert mark_words("<b>Zoë</b> Özdemir", ["ozdem"]) == (
        "&lt;b&gt;Zoë&lt;/b&gt; <span style='background:#ffe98a;'>Özdemir</span>"
    )
    assert mark_snippet("a \x02b<\x03 c") == "a <span style='background:#ffe98a;'>b&lt;</span> c"


def test_enter_before_the_search_is_done_opens_the_hit_when_it_is(
    window: MainWindow, qtbot, records
) -> None:
    zoe, forklift, _employer, _visit = records
    # When the user types and presses Enter at once, before the search has answered
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.search_edit.setText("heftruck")
    start = time.perf_counter()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    # Then the window did not wait, and the file opens at the hit as soon as it is found
    assert time.perf_counter() - start < 0.2
    qtbot.waitUntil(lambda: window.caseload.file.client_id == zoe.id)
    assert selected_id(window.caseload.file.log.table) == forklift.id
