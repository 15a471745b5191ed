"""Fits a work laptop: maximised on 1366×768, and on 1920×1080 at 150 % (1280×720 to Qt),
no page makes the window wider than the screen, whatever filter is chosen; the board shows
all nine stages beside the match file; the caseload shows four columns beside the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from jobhunter.models.enums import Stage
from jobhunter.services.clock import FixedClock
from jobhunter.services.demo import generate_demo
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.page import AGENDA, MONTH, WEEK
from jobhunter.ui.app import install_translators, settings_for
from jobhunter.ui.main_window import (
    TAB_AFTERCARE,
    TAB_CLIENTS,
    TAB_PIPELINE,
    TAB_TODAY,
    MainWindow,
)

#: a maximised window's size: the screen less the title bar and a panel
SCREENS = {"1366x768": (1366, 728), "1920x1080 at 150 %": (1280, 680)}


@pytest.fixture
def demo_store(store: Store, clock: FixedClock) -> Store:
    generate_demo(store, clients=40, employers=12, seed=7, today=clock.today())
    return store


@pytest.fixture(params=["nl", "en"])
def lang(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("screen", SCREENS)
def test_no_page_or_filter_makes_the_window_wider_than_the_screen(
    qtbot, demo_store: Store, clock: FixedClock, data_dir: Path, lang: str, screen: str
) -> None:
    width, height = SCREENS[screen]
    win = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)

    def fits(what: str) -> None:
        QApplication.processEvents()  # the layouts take in the new contents
        assert win.minimumSizeHint().width() <= width, what
        assert win.width() <= width, what

    for tab in range(win.tabs.count()):
        win.tabs.setCurrentIndex(tab)
        fits(f"tab {tab}")
    # every filter of every list, one after the other (the "no contact for N days" filter
    # used to add a spin box that made the window 1,402 pixels wide)
    for index, records in enumerate(win.record_tabs):
        win.tabs.setCurrentIndex(index)
        if index == TAB_PIPELINE:
            win.pipeline.set_view(1)
        for choice in range(records.choice_box.count()):
            records.choice_box.setCurrentIndex(choice)
            fits(f"tab {index}, filter {records.choice_box.itemText(choice)}")
        records.choice_box.setCurrentIndex(0)
    win.pipeline.set_view(0)
    # a stalled match open: its warning is the longest line of the match file
    stalled = next(r for r in win.pipeline.list.model.rows() if r.stalled and r.stage.is_open)
    win.show_record("match", stalled.id)
    fits("pipeline with a stalled match")
    win.tabs.setCurrentIndex(TAB_AFTERCARE)
    for view in (MONTH, WEEK, AGENDA):
        win.aftercare.set_view(view)
        fits(f"aftercare view {view}")
    win.tabs.setCurrentIndex(TAB_TODAY)
    fits("today")


@pytest.mark.parametrize("screen", SCREENS)
def test_the_board_shows_all_nine_stages_beside_the_match_file(
    qtbot, demo_store: Store, clock: FixedClock, data_dir: Path, screen: str
) -> None:
    width, height = SCREENS[screen]
    win = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    # Given the pipeline with a match open in the file beside the board
    win.tabs.setCurrentIndex(TAB_PIPELINE)
    win.pipeline.open_first()
    QApplication.processEvents()
    assert win.pipeline.file_shown()
    board = win.pipeline.board
    viewport = board.scroll_area.viewport()
    # Then every stage's column lies wholly in view, and nothing scrolls sideways
    assert board.scroll_area.horizontalScrollBar().maximum() == 0
    visible = QRect(0, 0, viewport.width(), viewport.height())
    for stage in Stage:
        column = board.columns[stage]
        place = QRect(column.mapTo(viewport, column.rect().topLeft()), column.size())
        assert visible.contains(place), stage
        assert column.width() >= 100, stage  # a card still shows the start of a name
    # And folded away, the match file gives the board its width
    before = board.columns[Stage.PROPOSED].width()
    win.pipeline.file_button.click()
    QApplication.processEvents()
    assert not win.pipeline.file_shown()
    assert board.columns[Stage.PROPOSED].width() > before


def test_the_caseload_shows_name_phase_last_contact_and_next_action_beside_the_file(
    qtbot, demo_store: Store, clock: FixedClock, data_dir: Path
) -> None:
    win = MainWindow(demo_store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(*SCREENS["1366x768"])
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(TAB_CLIENTS)
    records = win.caseload.list
    qtbot.waitUntil(lambda: not records._fit_pending)
    header = records.view.horizontalHeader()
    shown = [
        records.model.column_keys()[c]
        for c in range(header.count())
        if not header.isSectionHidden(c)
        and header.sectionViewportPosition(c) + header.sectionSize(c)
        <= records.view.viewport().width()
    ]
    assert shown[:4] == ["Name", "Phase", "Last contact", "Next action"]
    assert records.view.horizontalScrollBar().maximum() == 0
    # and every section of the file is listed at once, none behind scroll arrows
    sections = win.caseload.file.sections
    nav = sections.nav
    assert nav.count() == 8
    for row in range(nav.count()):
        assert nav.visualItemRect(nav.item(row)).bottom() <= nav.viewport().height()
        assert nav.fontMetrics().horizontalAdvance(nav.item(row).text()) < nav.width()
