"""The Pipeline tab driven as a jobhunter would: propose from suggestions, move a card through
the stages by keyboard and by drag and drop, prepare, debrief."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QMenu, QPushButton

from jobhunter.models.enums import ConsentParty, DutchLevel, Phase, RequirementKind, Sector, Stage
from jobhunter.services.activity import AppointmentService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.dialogs import ScheduleDialog
from jobhunter.ui.app import settings_for
from jobhunter.ui.labels import label
from jobhunter.ui.main_window import TAB_PIPELINE, MainWindow
from jobhunter.ui.pipeline.board import FORWARD_STAGES, ROW_ROLE
from jobhunter.ui.pipeline.dialogs import MoveDialog, ProposeDialog
from jobhunter.ui.pipeline.page import TABLE
from jobhunter.ui.widgets import from_qdate


@pytest.fixture
def people(store: Store, clock: FixedClock):
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir", driving_licence=True, dutch_level=DutchLevel.B1,
                         hours_available=24, city="Schiedam")  # fmt: skip
    ahmed = clients.create("Ahmed", "Bakkali", driving_licence=False, hours_available=24)
    for client in (zoe, ahmed):
        clients.change_phase(client.id, Phase.MATCHING, "Klaar voor bemiddeling")
    # Zoë agreed that employers may hear about her (the pipeline's later stages need it)
    CaseloadService(store, clock).give_consent(
        zoe.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
    )
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    employers.set_requirements(workplace.id, [(RequirementKind.DRIVING_LICENCE, "B", True)])
    return zoe, ahmed, employer, workplace


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, people) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(TAB_PIPELINE)
    return win


def _answer_moves(
    monkeypatch, asked: list[tuple[Stage, Stage]], note: str = ""
) -> list[ScheduleDialog]:
    """The move dialog confirms the stage it was opened with, dated now; an aftercare
    schedule offered on placement is declined (and returned for the test to look at)."""

    def answer(dialog: MoveDialog) -> int:
        asked.append((dialog.current, Stage(dialog.stage.currentData())))
        dialog.note.setText(note)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    offered: list[ScheduleDialog] = []

    def decline(dialog: ScheduleDialog) -> int:
        offered.append(dialog)
        return ScheduleDialog.DialogCode.Rejected

    monkeypatch.setattr(MoveDialog, "exec", answer)
    monkeypatch.setattr(ScheduleDialog, "exec", decline)
    return offered


def _propose(window: MainWindow, store: Store, clock: FixedClock, client, employer, workplace):
    match = MatchService(store, clock).propose(client.id, employer.id, workplace.id)
    window.pipeline.list.reload()
    return match


def test_a_card_walks_through_every_stage_by_keyboard(
    window: MainWindow, qtbot, monkeypatch, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = _propose(window, store, clock, zoe, employer, workplace)
    asked: list[tuple[Stage, Stage]] = []
    offered = _answer_moves(monkeypatch, asked)
    board = window.pipeline.board
    assert board.select(match.id)
    assert window.pipeline.file.client_button.text() == "Zoë Özdemir"
    for current, target in pairwise(FORWARD_STAGES):
        view = board.columns[current].view
        view.setFocus()
        # When the user presses Ctrl+Right on the card
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        # Then the move to the next stage is asked, saved, and the card sits there, selected
        assert asked[-1] == (current, target)
        assert board.columns[target].model.row_of(match.id) is not None
        assert board.columns[current].model.row_of(match.id) is None
        assert board.selected_id() == match.id
        # (a contract's badge names its form too: "Contract · Tijdelijk contract")
        assert window.pipeline.file.stage_badge.text().split(" · ")[0] == label(target)
    history = MatchService(store, clock).history(match.id)
    assert [h.to_stage for h in history] == list(FORWARD_STAGES)
    # aftercare was offered on reaching proefplaatsing, and again at contract as none
    # was planned (declined here)
    assert [d.match_id for d in offered] == [match.id, match.id]
    # Ctrl+Right on a contract goes nowhere: there is no stage after it
    qtbot.keyClick(
        board.columns[Stage.CONTRACT].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    assert len(asked) == len(FORWARD_STAGES) - 1


def test_dropping_a_card_on_another_column_records_the_move(
    window: MainWindow, qtbot, monkeypatch, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = _propose(window, store, clock, zoe, employer, workplace)
    asked: list[tuple[Stage, Stage]] = []
    _answer_moves(monkeypatch, asked, note="Voorman belt terug")
    board = window.pipeline.board
    source = board.columns[Stage.PROPOSED].model
    target = board.columns[Stage.INTERVIEW_PLANNED].model
    data = source.mimeData([source.index(0)])
    # The same column does not take its own card
    assert not source.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, source.index(0))
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target.index(0))
    target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target.index(0).parent())
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [(Stage.PROPOSED, Stage.INTERVIEW_PLANNED)]
    file = MatchService(store, clock).load(match.id)
    assert file.row.stage is Stage.INTERVIEW_PLANNED
    assert file.history[-1].note == "Voorman belt terug"
    assert target.row_of(match.id) == 0


@pytest.mark.parametrize("how", ["menu key", "shift+f10"])
def test_the_keyboard_opens_the_menu_of_the_chosen_card(
    window: MainWindow, qtbot, monkeypatch, store, clock, people, how
) -> None:
    zoe, ahmed, employer, workplace = people
    MatchService(store, clock).propose(
        ahmed.id, employer.id, workplace.id, override_reason="Haalt zijn rijbewijs in mei"
    )
    _propose(window, store, clock, zoe, employer, workplace)
    board = window.pipeline.board
    column = board.columns[Stage.PROPOSED]
    view = column.view
    view.setFocus()
    view.setCurrentIndex(column.model.index(1))  # the second card, not the first
    chosen = column.model.index(1).data(ROW_ROLE)
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_: shown.append(menu))
    if how == "menu key":
        QApplication.sendEvent(
            view,
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), view.mapToGlobal(QPoint(0, 0))
            ),
        )
    else:
        qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    [menu] = shown
    targets = [a.text() for a in menu.actions()[0].menu().actions()]
    assert label(Stage.PROPOSED) not in targets and label(Stage.CONTRACT) in targets
    opened: list[tuple[str, uuid.UUID]] = []
    board.openRecord.connect(lambda kind, record_id: opened.append((kind, record_id)))
    next(a for a in menu.actions() if a.text() in ("Cliënt openen", "Open client")).trigger()
    assert opened == [("client", chosen.client_id)]


def test_an_outcome_asks_for_a_reason_before_it_is_recorded(qtbot, clock) -> None:
    dialog = MoveDialog(Stage.DEBRIEF, Stage.REJECTED, clock)
    qtbot.addWidget(dialog)
    assert dialog.validate()  # a rejection without a reason
    dialog.findChild(QLineEdit, "note").setText("Vond het tempo te hoog")
    assert dialog.validate() is None
    values = dialog.values()
    assert (values.stage, values.note, values.when) == (
        Stage.REJECTED, "Vond het tempo te hoog", clock.now(),
    )  # fmt: skip
    # a day in the past is recorded on that day
    dialog.day.setDate(dialog.day.date().addDays(-2))
    assert dialog.values().when.date() == clock.today() - timedelta(days=2)


def test_change_stage_suggests_the_next_step_and_a_refusal_keeps_the_dialog_open(
    window: MainWindow, qtbot, monkeypatch, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    clock.advance(timedelta(days=-3))
    match = _propose(window, store, clock, zoe, employer, workplace)
    clock.advance(timedelta(days=3))
    window.pipeline.list.reload()
    shown: list[MoveDialog] = []

    def look(dialog: MoveDialog) -> int:
        shown.append(dialog)
        return MoveDialog.DialogCode.Rejected

    monkeypatch.setattr(MoveDialog, "exec", look)
    assert window.pipeline.board.select(match.id)
    window.pipeline.file.change_button.click()
    [dialog] = shown
    # forward, not back to the first stage in the list
    assert Stage(dialog.stage.currentData()) is Stage.EMPLOYER_PREBRIEF
    # no day before the match came into its stage
    assert from_qdate(dialog.day.minimumDate()) == clock.today() - timedelta(days=3)

    def refuse(values) -> None:
        raise ValidationError("Deze match staat al open bij deze werkplek.")

    refusing = MoveDialog(Stage.PROPOSED, Stage.EMPLOYER_PREBRIEF, clock, apply=refuse)
    qtbot.addWidget(refusing)
    refusing.note.setText("Werkgever belde terug")
    refusing.buttons.button(refusing.buttons.StandardButton.Ok).click()
    assert refusing.result() != MoveDialog.DialogCode.Accepted
    assert "al open" in refusing.error.text()
    assert refusing.note.text() == "Werkgever belde terug"  # nothing typed is lost


def test_proposing_from_suggestions_argues_a_failed_hard_requirement(
    window: MainWindow, qtbot, store, clock, people
) -> None:
    zoe, ahmed, _employer, workplace = people
    dialog = ProposeDialog(store, clock, window)
    qtbot.addWidget(dialog)

    def first_header() -> str:
        return dialog.table.model().headerData(0, Qt.Orientation.Horizontal)

    assert first_header() == "Client"  # named before anything is chosen
    dialog.mode_client.click()
    assert first_header() == "Workplace"
    dialog.start_with_workplace(workplace.id)
    assert first_header() == "Client"
    # typing another name clears the list: nothing can be proposed for the old choice
    dialog.subject.lineEdit().setText("")
    qtbot.keyClicks(dialog.subject.lineEdit(), "Bakk")
    assert dialog.table.model().rowCount() == 0 and dialog.selected() is None
    assert dialog.validate() and dialog.created is None
    # Enter takes the first name containing what was typed
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.subject.lineEdit().setText("")
    qtbot.keyClicks(dialog.subject.lineEdit(), workplace.title[:5].lower())
    qtbot.keyClick(dialog.subject.lineEdit(), Qt.Key.Key_Return)
    assert dialog.chosen() == workplace.id
    assert dialog.created is None  # Enter chose; it did not propose
    # Zoë meets the licence requirement and ranks first; Ahmed is listed last, in red
    assert [s.client.id for s in dialog._shown] == [zoe.id, ahmed.id]
    failing = dialog.table.model().index(1, 2)
    assert failing.data().startswith("✖")
    assert failing.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#a4262c")
    assert dialog.select_suggestion(ahmed.id)
    assert dialog.override.isEnabled()
    problem = dialog.validate()
    assert problem and "Ahmed Bakkali" in problem and dialog.created is None
    dialog.override.setText("Haalt zijn rijbewijs in mei; werkgever wil hem toch spreken")
    assert dialog.validate() is None and dialog.created is not None
    file = MatchService(store, clock).load(dialog.created)
    assert file.row.stage is Stage.PROPOSED
    assert file.override_reason.startswith("Haalt zijn rijbewijs")


def test_the_propose_dialog_offers_the_names_of_the_side_chosen(
    qtbot, store, clock, people
) -> None:
    zoe, ahmed, _employer, workplace = people
    dialog = ProposeDialog(store, clock)
    qtbot.addWidget(dialog)
    completer = dialog.subject.completer()

    def offered(typed: str) -> list[str]:
        completer.setCompletionPrefix(typed)
        model = completer.completionModel()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    # workplaces to choose from, found by any part of their name
    assert offered("hoven") == ["Groenvoorziening Van Dijk — Hovenier"]
    assert offered("bakk") == []
    # the other side: clients, each chosen by name with their own suggestions
    dialog.mode_client.click()
    assert offered("bakk") == ["Ahmed Bakkali"] and offered("hoven") == []
    dialog.start_with_client(zoe.id)
    assert dialog.subject.currentText() == "Zoë Özdemir"
    assert [s.workplace.id for s in dialog._shown] == [workplace.id]
    dialog.start_with_workplace(workplace.id)
    assert dialog.chosen() == workplace.id
    assert {s.client.id for s in dialog._shown} == {zoe.id, ahmed.id}
    # the names show whole in their column, which leaves the rest to the reasons
    metrics = dialog.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(n) for n in ("Zoë Özdemir", "Ahmed Bakkali"))
    assert widest < dialog.table.columnWidth(0) < 240
    # a very long name is cut, at most 240 pixels wide
    clients = ClientService(store, clock)
    long = clients.create("Maximiliaan Alexander", "van Oldenbarnevelt-Hoogstraten tot Zuylen")
    clients.change_phase(long.id, Phase.MATCHING, "Klaar voor bemiddeling")
    dialog = ProposeDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.start_with_workplace(workplace.id)
    assert long.id in {s.client.id for s in dialog._shown}
    assert dialog.table.columnWidth(0) == 240


def test_ctrl_n_on_the_pipeline_proposes_and_shows_the_new_card(
    window: MainWindow, qtbot, monkeypatch, people
) -> None:
    zoe, _ahmed, _employer, workplace = people

    def choose(dialog: ProposeDialog) -> int:
        dialog.start_with_client(zoe.id)
        assert dialog.select_suggestion(workplace.id)
        assert dialog.validate() is None
        return ProposeDialog.DialogCode.Accepted

    monkeypatch.setattr(ProposeDialog, "exec", choose)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # the dialog is let go once it closed (it holds every name and suggestion)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ProposeDialog) == []
    board = window.pipeline.board
    created = board.selected_id()
    assert created is not None
    assert board.columns[Stage.PROPOSED].model.row_of(created) is not None
    assert window.pipeline.file.client_button.text() == "Zoë Özdemir"
    assert "1 match" in window.counts_label.text()


def test_preparation_is_ticked_off_and_the_debrief_saved_in_the_file(
    window: MainWindow, qtbot, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = _propose(window, store, clock, zoe, employer, workplace)
    window.pipeline.board.select(match.id)
    file = window.pipeline.file
    assert file.preselection.item(0).text().startswith("✔")
    # tick an item and write a note
    file.candidate_list.findChild(QCheckBox, "check_route_time").setChecked(True)
    note = file.candidate_list.findChild(QLineEdit, "note_route_time")
    note.setText("Bus 8.05 vanaf Schiedam Centrum")
    note.editingFinished.emit()
    # add an own item with Enter
    own = file.employer_list.findChild(QLineEdit, "new_item_employer_prebrief")
    qtbot.keyClicks(own, "Werkschoenen regelen")
    qtbot.keyClick(own, Qt.Key.Key_Return)
    assert "0 of 5" in file.employer_list.progress.text()
    # the debrief
    file.sections.setCurrentWidget(file.form)
    employer_said = file.form.findChild(QLineEdit, "next_step")
    employer_said.setFocus()
    qtbot.keyClicks(employer_said, "Proefdag vrijdag")
    employer_said.editingFinished.emit()

    saved = MatchService(store, clock).load(match.id)
    route = next(i for i in saved.candidate_prep if i.key == "route_time")
    assert route.done and route.note == "Bus 8.05 vanaf Schiedam Centrum"
    assert saved.employer_prebrief[-1].label == "Werkschoenen regelen"
    assert saved.row.next_step == "Proefdag vrijdag"
    # and the card on the board shows the agreed next step after the refresh
    qtbot.waitUntil(
        lambda: (
            window.pipeline.board.columns[Stage.PROPOSED].model.rows()[0].next_step
            == "Proefdag vrijdag"
        )
    )


def test_a_match_long_in_its_stage_is_flagged_on_board_and_file(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    clock.advance(timedelta(days=20))
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.tabs.setCurrentIndex(TAB_PIPELINE)
    column = win.pipeline.board.columns[Stage.PROPOSED]
    assert "⚠ 1" in column.header.text()
    win.pipeline.board.select(match.id)
    assert "⚠" in win.pipeline.file.days.text()


def test_the_table_view_shows_the_same_match(
    window: MainWindow, qtbot, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = _propose(window, store, clock, zoe, employer, workplace)
    window.pipeline.board.select(match.id)
    qtbot.mouseClick(window.pipeline.table_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.pipeline.views.currentIndex() == TABLE
    assert window.pipeline.list.selected_id() == match.id


def test_find_workplaces_from_the_client_file_opens_the_match_on_the_board(
    window: MainWindow, qtbot, monkeypatch, people
) -> None:
    zoe, _ahmed, _employer, workplace = people
    offered: list[uuid.UUID] = []

    def choose(dialog: ProposeDialog) -> int:
        offered.extend(s.workplace.id for s in dialog._shown)
        assert dialog.select_suggestion(workplace.id) and dialog.validate() is None
        return ProposeDialog.DialogCode.Accepted

    monkeypatch.setattr(ProposeDialog, "exec", choose)
    window.show_record("client", zoe.id)
    window.caseload.file.sections.setCurrentWidget(window.caseload.file.overview)
    window.caseload.file.overview.findChild(QPushButton, "find_workplaces").click()
    assert offered == [workplace.id]
    assert window.tabs.currentIndex() == TAB_PIPELINE
    assert window.pipeline.file.client_button.text() == "Zoë Özdemir"


def test_find_candidates_from_a_workplace_ranks_clients_for_it(
    window: MainWindow, qtbot, monkeypatch, people
) -> None:
    zoe, ahmed, employer, _workplace = people
    offered: list[uuid.UUID] = []

    def cancel(dialog: ProposeDialog) -> int:
        offered.extend(s.client.id for s in dialog._shown)
        return ProposeDialog.DialogCode.Rejected

    monkeypatch.setattr(ProposeDialog, "exec", cancel)
    window.show_record("employer", employer.id)
    section = window.employers.file.workplaces
    window.employers.file.sections.setCurrentWidget(section)
    section.table.selectRow(0)
    section.findChild(QPushButton, "find_candidates").click()
    assert offered == [zoe.id, ahmed.id]
    # cancelled: back where the user was, nothing created
    assert window.tabs.currentIndex() != TAB_PIPELINE
    assert window.pipeline.list.total() == 0


def test_placing_a_match_plans_its_aftercare_schedule(
    window: MainWindow, qtbot, monkeypatch, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = _propose(window, store, clock, zoe, employer, workplace)
    asked: list[tuple[Stage, Stage]] = []
    _answer_moves(monkeypatch, asked)

    def accept(dialog: ScheduleDialog) -> int:
        dialog.intensity.setCurrentIndex(dialog.intensity.findData("intensive"))
        assert dialog.validate() is None
        return ScheduleDialog.DialogCode.Accepted

    monkeypatch.setattr(ScheduleDialog, "exec", accept)
    window.pipeline.board.select(match.id)
    assert window.pipeline.request_move(match.id, Stage.TRIAL_PLACEMENT)
    rows = AppointmentService(store, clock).list_rows()
    assert len(rows) == 13 and {r.match_id for r in rows} == {match.id}
    assert "13" in window.statusBar().currentMessage()
    # with a schedule planned, reaching the contract offers nothing more
    monkeypatch.setattr(ScheduleDialog, "exec", lambda d: pytest.fail("offered twice"))
    assert window.pipeline.request_move(match.id, Stage.CONTRACT)
