"""No accidental edits: the mouse wheel over a field that does not have the focus scrolls the
page and changes nothing, in every form of the application (one rule on the application)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from jobhunter.models.enums import DutchLevel
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.main_window import MainWindow

FIELDS = ["dutch_level", "has_startkwalificatie", "birth_year", "unemployed_since"]


def wheel(widget: QWidget, notches: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def shown(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


@pytest.fixture
def client(store: Store, clock: FixedClock):
    return ClientService(store, clock).create(
        "Ahmed", "Bakkali", birth_year=1980, dutch_level=DutchLevel.A2,
        has_startkwalificatie=False, unemployed_since=date(2024, 5, 1),
    )  # fmt: skip


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, client) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_wheel_over_unfocused_fields_changes_nothing_stored(
    window: MainWindow, qtbot, store, clock, client
) -> None:
    # Given the intake of a client, the keyboard focus in the client list
    assert window.show_record("client", client.id)
    intake = window.caseload.file.intake
    window.caseload.list.view.setFocus()
    before = ClientService(store, clock).get(client.id)
    scrollbar = intake.verticalScrollBar()
    assert scrollbar.maximum() > 0  # the form is longer than the screen
    for name in FIELDS:
        field = intake.findChild(QWidget, name)
        scrollbar.setValue(0)
        value = shown(field)
        # When the wheel turns over the field, which does not have the focus
        wheel(field)
        # Then the field shows what it showed, the form scrolled instead, and nothing was
        # given the focus or saved
        assert shown(field) == value, name
        assert scrollbar.value() > 0, name
        assert not field.hasFocus()
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus
    assert intake.pending() == {}
    intake.flush()
    after = ClientService(store, clock).get(client.id)
    for name in FIELDS:
        assert getattr(after, name) == getattr(before, name), name


def test_a_field_the_user_chose_still_takes_the_wheel(window: MainWindow, client) -> None:
    # Given the year of birth, clicked into (it has the focus)
    assert window.show_record("client", client.id)
    year = window.caseload.file.intake.findChild(QAbstractSpinBox, "birth_year")
    year.setFocus()
    QApplication.processEvents()
    before = year.text()
    # When the wheel turns over it, then it changes, as the user meant
    wheel(year, notches=1)
    assert year.text() != before


def test_the_rule_holds_in_a_dialog_without_a_scroll_area(qtbot, window: MainWindow) -> None:
    # A combo box in a dialog: nothing to scroll, and still nothing changes
    from jobhunter.ui.caseload.dialogs import InterventionDialog

    dialog = InterventionDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.goal.setFocus()
    QApplication.processEvents()
    index = dialog.kind.currentIndex()
    wheel(dialog.kind)
    assert dialog.kind.currentIndex() == index
