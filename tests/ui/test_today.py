"""The "Vandaag" page: a tab of the window (Ctrl+5) that opens by itself in the morning and at
the first start of a day, lists whatever the agenda holds, and stays up to date."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jobhunter.services.agenda import AgendaItem, AgendaService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.main_window import TAB_EMPLOYERS, TAB_TODAY, MainWindow, opens_on_today

MONDAY = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("hour", "last_opened", "expected"),
    [
        (8, MONDAY, True),  # the morning, opened before today: still the morning
        (11, MONDAY, True),
        (14, MONDAY, False),  # the afternoon, already opened today: where the user left off
        (14, MONDAY - timedelta(days=1), True),  # the first start of the day
        (14, None, True),  # the very first start
    ],
)
def test_the_day_opens_in_the_morning_and_at_its_first_start(
    hour: int, last_opened: date | None, expected: bool
) -> None:
    now = datetime.combine(MONDAY, datetime.min.time(), tzinfo=LOCAL_TZ).replace(hour=hour)
    assert opens_on_today(now, last_opened) is expected


def test_the_window_opens_on_vandaag_then_where_the_user_left_off(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    ClientService(store, clock).create("Zoë", "Özdemir", next_action="Bellen",
                                       next_action_on=clock.today())  # fmt: skip
    # Given Monday morning: the window opens on the day's agenda, a tab, not a window on top
    first = MainWindow(store, settings_for(data_dir), clock, start_of_day=True)
    qtbot.addWidget(first)
    first.show()
    assert first.tabs.currentIndex() == TAB_TODAY
    assert first.tabs.currentWidget() is first.today
    assert [e.text(2) for e in first.today.entries()] == ["Zoë Özdemir"]
    first.tabs.setCurrentIndex(TAB_EMPLOYERS)
    first.close()
    # When it opens again that afternoon, it opens where the user left off
    clock.advance(timedelta(hours=5))
    second = MainWindow(store, settings_for(data_dir), clock, start_of_day=True)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == TAB_EMPLOYERS
    # and Ctrl+5 shows the day whenever wanted
    second.show()
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.keyClick(second, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert second.tabs.currentIndex() == TAB_TODAY


def test_the_page_follows_changes_made_elsewhere(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    win = MainWindow(store, settings_for(data_dir), clock, start_of_day=True)
    qtbot.addWidget(win)
    win.show()
    assert win.today.entries() == [] and win.today.empty.isVisibleTo(win.today)
    # When a next action for today is set on a client (and announced, as every action does)
    client = ClientService(store, clock).create("Bram", "de Vries", next_action="Cv nasturen",
                                               next_action_on=clock.today())  # fmt: skip
    win.hub.announce("client", [client.id])
    # Then Vandaag lists it without being asked
    qtbot.waitUntil(lambda: len(win.today.entries()) == 1)
    assert win.today.entries()[0].text(1) == "Cv nasturen"


def test_any_kind_of_agenda_item_is_listed_and_opened(
    qtbot, monkeypatch, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    # Given the agenda service lists a kind of item the page knows nothing of
    record = uuid.uuid4()
    item = AgendaItem("retention", record, clock.today() - timedelta(days=2), None,
                      "Dossier Z. Özdemir", "Bewaartermijn verlopen", None, True)  # fmt: skip
    monkeypatch.setattr(AgendaService, "start_of_day", lambda self: [item])
    win = MainWindow(store, settings_for(data_dir), clock, start_of_day=True)
    qtbot.addWidget(win)
    win.show()
    opened: list[tuple[str, uuid.UUID]] = []
    win.today.openRecord.connect(lambda kind, record_id: opened.append((kind, record_id)))
    # Then it is listed with its own words, under "Overdue"
    [entry] = win.today.entries()
    assert [entry.text(c) for c in (1, 2)] == ["Bewaartermijn verlopen", "Dossier Z. Özdemir"]
    assert entry.parent().text(0).startswith("Overdue")
    # and opening it asks for that record (a tab that knows the kind shows it)
    win.today.list.itemActivated.emit(entry, 0)
    assert opened == [("retention", record)]
    assert not win.show_record("retention", record)  # no tab lists it: nothing breaks
