"""The main window on demo data, driven as a user would with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMenu

from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.demo import generate_demo
from jobhunter.services.employers import EmployerService
from jobhunter.services.record_counts import record_counts
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.page import AGENDA, MONTH, WEEK, AftercarePage
from jobhunter.ui.app import install_translators, settings_for
from jobhunter.ui.employers.page import EmployerPage
from jobhunter.ui.main_window import (
    TAB_AFTERCARE,
    TAB_CLIENTS,
    TAB_EMPLOYERS,
    TAB_PIPELINE,
    MainWindow,
)
from jobhunter.ui.table_model import ID_ROLE, fold


@pytest.fixture
def demo_store(store: Store, clock: FixedClock) -> Store:
    generate_demo(store, clients=40, employers=12, seed=7, today=clock.today())
    return store


@pytest.fixture
def window(qtbot, demo_store: Store, clock: FixedClock, data_dir: Path) -> MainWindow:
    win = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_each_tab_is_filled_when_first_shown(window: MainWindow, demo_store: Store) -> None:
    # Given a store with demo data, when the window opens, then the caseload is filled, the
    # other lists are not read yet (the day's agenda has a tab of its own), and the status
    # bar counts every list all the same
    assert window.tabs.count() == 5
    assert window.record_tabs[TAB_CLIENTS].total() == 40
    assert not any(tab.loaded for tab in window.record_tabs[1:])
    counts = record_counts(demo_store)
    for kind in ("client", "employer", "match", "appointment"):
        assert str(counts[kind]) in window.counts_label.text()
    # When each tab is shown, then its list is filled, and still counted the same
    for index, tab in enumerate(window.record_tabs):
        window.tabs.setCurrentIndex(index)
        assert tab.model.rowCount() > 0
    assert window.counts_label.text().startswith("40 ")
    for kind in ("client", "employer", "match", "appointment"):
        assert str(counts[kind]) in window.counts_label.text()


def test_a_start_shows_the_list_first_and_the_first_file_right_after(
    qtbot, demo_store: Store, clock: FixedClock, data_dir: Path
) -> None:
    # Given a start (the window opened by the application), when the window is built, then
    # its list is filled but no file is read until the window has been painted once
    win = MainWindow(demo_store, settings_for(data_dir), clock, file_after_paint=True)
    qtbot.addWidget(win)
    assert win.record_tabs[TAB_CLIENTS].total() == 40
    assert win.caseload.file.client_id is None
    # When it is shown and painted, then the first client's file follows, selected in the list
    win.show()
    first = win.caseload.list.visible_ids()[0]
    qtbot.waitUntil(lambda: win.caseload.file.client_id == first)
    assert win.caseload.list.selected_id() == first


def test_ctrl_digits_switch_tabs(window: MainWindow, qtbot) -> None:
    for index, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index


def test_filter_field_narrows_the_list_ignoring_accents(
    window: MainWindow, demo_store: Store, qtbot
) -> None:
    tab = window.record_tabs[TAB_CLIENTS]
    # Given a client whose name has diacritics ("Özdemir"), when the user types it plainly
    target = next(
        r
        for r in ClientService(demo_store).list_rows()
        if not r.name.isascii() and fold(r.name).isascii()
    )
    qtbot.keyClicks(tab.filter_edit, fold(target.name))
    # Then that client is shown and the list is narrowed
    shown = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert target.name in shown
    assert tab.proxy.rowCount() < tab.total()


def test_typing_in_the_filter_says_how_many_are_shown_without_laying_out_the_window(
    window: MainWindow, demo_store: Store, qtbot
) -> None:
    # Given the Caseload, when the user types a filter key by key, then the list says how
    # many of its clients are shown, readable in full, and no key lays out the whole window
    # again (that made every key 8-10 ms slower on the benchmark's 5,000 clients)
    tab = window.record_tabs[TAB_CLIENTS]
    layouts = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                layouts.append(len(counts))
            return False

    def type_key(key: str | Qt.Key) -> None:
        qtbot.keyClick(tab.filter_edit, key)
        QApplication.processEvents()
        assert 0 < tab.proxy.rowCount() < tab.total()
        assert tab.shown_label.text() == f"{tab.proxy.rowCount()} shown"

        counts.append(tab.shown_label.text())

    counts: list[str] = []
    name = fold(ClientService(demo_store).list_rows()[0].name)
    type_key(name[0])  # the field's clear button comes (once, with a little animation)
    qtbot.wait(400)
    watch = Watch()
    window.installEventFilter(watch)
    for key in name[1:]:  # from tens of clients to a few: the count's text gets shorter
        type_key(key)
    window.removeEventFilter(watch)
    assert len({len(text) for text in counts}) > 1
    label = tab.shown_label
    assert all(label.fontMetrics().horizontalAdvance(text) <= label.width() for text in counts)
    assert label.fontMetrics().horizontalAdvance(tab.tr("%n shown", "", 88888)) <= label.width()
    assert layouts == []
    # and in a larger font (a user's system setting) the widest count still fits
    before = label.width()
    tab.setFont(QFont(tab.font().family(), tab.font().pointSize() * 2))
    assert label.width() > before
    assert label.fontMetrics().horizontalAdvance(tab.tr("%n shown", "", 88888)) <= label.width()


def test_phase_choice_filters_clients(window: MainWindow) -> None:
    tab = window.record_tabs[TAB_CLIENTS]
    index = [text for text, _ in tab._choices].index(tab.choice_box.itemText(3))
    tab.choice_box.setCurrentIndex(index)
    phase_label = tab.choice_box.itemText(index)
    phases = {tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())}
    assert phases == {phase_label}


def test_sorting_by_werkverkenner_uses_numbers(window: MainWindow) -> None:
    tab = window.record_tabs[TAB_CLIENTS]
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    tab.view.sortByColumn(headers.index("Werkverkenner"), Qt.SortOrder.AscendingOrder)
    rows = [tab.proxy.index(r, 0).data(ID_ROLE) for r in range(tab.proxy.rowCount())]
    by_id = {str(r.id): r for r in tab.model.rows()}
    chances = [by_id[i].werkverkenner_chance for i in rows if by_id[i].werkverkenner_chance]
    assert chances == sorted(chances)


def test_global_search_opens_the_record_in_its_tab(
    window: MainWindow, demo_store: Store, qtbot
) -> None:
    # Given an employer in the store (its tab not opened yet)
    employer = EmployerService(demo_store).list_rows()[3]
    window.tabs.setCurrentIndex(TAB_CLIENTS)
    # When the user presses Ctrl+F, types its name and presses Enter
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, employer.name)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    # Then the employers tab shows with that employer selected (as soon as the search, which
    # runs beside the window, has answered)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == TAB_EMPLOYERS)
    assert window.record_tabs[TAB_EMPLOYERS].selected_id() == employer.id


def test_changes_announced_on_the_hub_refresh_the_list(
    window: MainWindow, demo_store: Store, clock: FixedClock, qtbot
) -> None:
    client = ClientService(demo_store, clock).create("Nieuwe", "Cliënt")
    window.hub.recordsChanged.emit("client", [client.id])
    tab = window.record_tabs[TAB_CLIENTS]
    qtbot.waitUntil(lambda: tab.model.row_of(client.id) is not None)
    assert tab.select_id(client.id)


def test_window_geometry_and_tab_are_remembered(
    qtbot, demo_store: Store, clock: FixedClock, data_dir: Path
) -> None:
    first = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.tabs.setCurrentIndex(TAB_PIPELINE)
    first.close()
    second = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == TAB_PIPELINE
    assert (second.width(), second.height()) == (700, 500)


def test_werkgevers_and_nazorg_are_built_when_wanted_and_keep_their_settings(
    qtbot, demo_store: Store, clock: FixedClock, data_dir: Path
) -> None:
    # Given a session that left Nazorg on the month with its Location column hidden
    first = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(TAB_AFTERCARE)
    first.aftercare.set_view(MONTH)
    first.aftercare.list.set_hidden_columns(["Location"])
    first.tabs.setCurrentIndex(TAB_CLIENTS)
    first.close()
    # When the next window opens, then the Werkgevers and Nazorg pages are not built (a
    # start does not wait for them), and the counts of their lists show all the same
    second = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(second)
    assert second.findChildren(EmployerPage) == []
    assert second.findChildren(AftercarePage) == []
    counts = record_counts(demo_store)
    assert f"{counts['employer']} " in second.counts_label.text()
    assert f"{counts['appointment']} " in second.counts_label.text()
    # and closing it without visiting them keeps what the first session chose
    second.close()
    third = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(third)
    third.show()
    third.activateWindow()
    qtbot.waitUntil(third.isActiveWindow)  # shortcuts reach the active window only
    # When the user goes to Nazorg, then it is built, filled and as it was left
    qtbot.keyClick(third, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    (page,) = third.findChildren(AftercarePage)
    assert page.isVisible() and page.list.model.rowCount() > 0
    assert page.isAncestorOf(QApplication.focusWidget())  # the keys work in the calendar
    assert page.views.currentIndex() == MONTH
    assert page.list.hidden_columns() == ["Location"]
    # and Werkgevers is built when an action needs it (Ctrl+2), with the first employer open
    assert third.findChildren(EmployerPage) == []
    qtbot.keyClick(third, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    (employers,) = third.findChildren(EmployerPage)
    assert employers.isVisible()
    assert employers.file.employer_id == employers.list.visible_ids()[0]


def test_columns_are_chosen_from_the_header_and_remembered(
    qtbot, monkeypatch, demo_store: Store, clock: FixedClock, data_dir: Path
) -> None:
    """A laptop's caseload list has no room for seven columns: it shows four beside the file
    (name, phase, last contact, next action); the user chooses others, and they stay."""
    first = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(first)
    tab = first.record_tabs[TAB_CLIENTS]
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_: shown.append(menu))
    tab.view.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    [menu] = shown
    actions = {a.text(): a for a in menu.actions()}
    ticked = [text for text, action in actions.items() if action.isChecked()]
    assert ticked == ["Name", "Phase", "Last contact", "Next action"]
    assert not actions["Name"].isEnabled()  # what a row is cannot be hidden
    actions["City"].trigger()  # shown
    actions["Next action"].trigger()  # hidden
    city = tab.model.column_keys().index("City")
    assert not tab.view.isColumnHidden(city)
    first.close()

    second = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(second)
    again = second.record_tabs[TAB_CLIENTS]
    assert again.hidden_columns() == ["Next action", "Main barrier", "Werkverkenner"]
    employers = second.record_tabs[TAB_EMPLOYERS]
    assert employers.hidden_columns() == employers.default_hidden  # untouched: as shipped
    # and back: a column hidden from the start shows again, with a width
    shown.clear()
    barrier = again.model.column_keys().index("Main barrier")
    again.view.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    next(a for a in shown[0].actions() if a.text() == "Main barrier").trigger()
    assert not again.view.isColumnHidden(barrier)
    assert again.view.columnWidth(barrier) >= again.view.sizeHintForColumn(barrier)


@pytest.mark.parametrize("tab_index", [TAB_CLIENTS, TAB_EMPLOYERS, TAB_PIPELINE, TAB_AFTERCARE])
def test_table_models_follow_the_qt_contract(window: MainWindow, qtbot, tab_index: int) -> None:
    tab = window.record_tabs[tab_index]
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.reload()
    assert tab.model.rowCount(QModelIndex()) > 0


def test_overdue_follow_ups_are_highlighted(window: MainWindow, clock: FixedClock) -> None:
    window.tabs.setCurrentIndex(TAB_EMPLOYERS)
    tab = window.record_tabs[TAB_EMPLOYERS]
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    col = headers.index("Follow up on")
    assert tab.model.rowCount() > 0
    for row in range(tab.model.rowCount()):
        record = tab.model.shown_rows()[row]
        brush = tab.model.data(tab.model.index(row, col), Qt.ItemDataRole.BackgroundRole)
        overdue = record.follow_up_on is not None and record.follow_up_on < clock.today()
        assert (brush is not None) == (overdue or record.follow_up_on == clock.today())


def test_clients_in_every_phase_are_listed(window: MainWindow) -> None:
    phases = {r.phase for r in window.record_tabs[TAB_CLIENTS].model.rows()}
    assert phases >= {Phase.INTAKE, Phase.DEVELOPMENT, Phase.MATCHING, Phase.AFTERCARE}


def test_discrimination_flag_shows_its_reason(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TAB_EMPLOYERS)
    tab = window.record_tabs[TAB_EMPLOYERS]
    rows = tab.model.shown_rows()
    row = next(i for i, r in enumerate(rows) if r.ended_for_discrimination)
    tooltip = tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert rows[row].ended_reason and rows[row].ended_reason in tooltip
    assert "⚠" in tab.model.data(tab.model.index(row, 1))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_window_fits_a_laptop_screen_on_every_tab(
    qapp, qtbot, demo_store: Store, clock: FixedClock, data_dir: Path, lang: str
) -> None:
    # A 1366 x 768 laptop with the window maximised: every page, in every view and with a
    # stalled match open (its warning is the longest header line), must fit in it with
    # room for the window's own edges.
    room = 1366 - 24
    translators = install_translators(qapp, lang)
    try:
        win = MainWindow(demo_store, settings_for(data_dir), clock)
        qtbot.addWidget(win)
        win.show()

        def widest() -> int:
            qapp.processEvents()  # the layouts take in the new sizes
            return win.tabs.currentWidget().minimumSizeHint().width()

        for tab in (TAB_CLIENTS, TAB_EMPLOYERS):
            win.tabs.setCurrentIndex(tab)
            assert widest() <= room, f"tab {tab}"
        win.tabs.setCurrentIndex(TAB_PIPELINE)
        stalled = next(
            row for row in win.pipeline.list.model.rows() if row.stalled and row.stage.is_open
        )
        win.show_record("match", stalled.id)
        assert win.pipeline.file.days.text().startswith("⚠")
        assert widest() <= room, "pipeline"
        win.tabs.setCurrentIndex(TAB_AFTERCARE)
        for view in (MONTH, WEEK, AGENDA):  # the week's period is the longest title
            win.aftercare.set_view(view)
            assert widest() <= room, f"aftercare view {view}"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
