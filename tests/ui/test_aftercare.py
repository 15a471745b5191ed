"""The Nazorg tab on a fixed clock: the calendar views, today, moving by drag, the check-in
record, problems, outcomes, templates, the start of the day and the calendar export."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QToolTip,
)

from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    ConsentParty,
    Intensity,
    ProblemOwner,
    ProblemStatus,
    Sector,
    Stage,
)
from jobhunter.services.activity import AppointmentRow
from jobhunter.services.aftercare import AftercareService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.durability import DurabilityService, Outcome
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.calendar import WeekView
from jobhunter.ui.aftercare.dialogs import (
    OutcomeDialog,
    ProblemDialog,
    ScheduleDialog,
    TemplatesDialog,
)
from jobhunter.ui.aftercare.page import AGENDA, MONTH, WEEK
from jobhunter.ui.app import install_translators, settings_for
from jobhunter.ui.labels import label
from jobhunter.ui.main_window import TAB_AFTERCARE, MainWindow
from jobhunter.ui.pipeline.dialogs import MoveDialog


@pytest.fixture
def schedule(store: Store, clock: FixedClock):
    """Zoë was placed two weeks ago with a light schedule: the week-2 check-in is today."""
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    CaseloadService(store, clock).give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
    )
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    matches = MatchService(store, clock)
    clock.advance(timedelta(days=-14))
    match = matches.propose(client.id, employer.id, workplace.id)
    matches.move(match.id, Stage.TRIAL_PLACEMENT)
    clock.advance(timedelta(days=14))
    service = AftercareService(store, clock)
    created = service.create_schedule(match.id, service.propose_schedule(match.id, Intensity.LIGHT))
    return match, created


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, schedule) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(TAB_AFTERCARE)
    return win


def test_ctrl_t_shows_todays_week_with_the_check_in(window: MainWindow, qtbot, schedule) -> None:
    page = window.aftercare
    page.step(5)  # somewhere else first
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.views.currentIndex() == WEEK
    start, end = page.week.period()
    assert start <= window.clock.today() < end
    today = [r for r in page.week.rows if r.starts_at.astimezone(LOCAL_TZ).date() == start + (
        window.clock.today() - start)]  # fmt: skip
    assert [r.kind for r in today] == [AppointmentKind.EMPLOYEE_CHECKIN]
    assert "Week" in page.period_label.text()


def test_month_and_agenda_views_show_the_schedule(window: MainWindow, schedule) -> None:
    _match, created = schedule
    page = window.aftercare
    page.set_view(MONTH)
    first, last = page.month.period()
    in_month = [a for a in created if first <= a.starts_at.astimezone(LOCAL_TZ).date() < last]
    assert {r.id for r in page.month.rows} == {a.id for a in in_month}
    page.month.grab()  # paints without error, and records where the chips are
    assert {appointment_id for _rect, appointment_id in page.month._hits} == {
        a.id for a in in_month
    }
    page.set_view(AGENDA)
    assert page.list.total() == len(created)
    assert not page.previous_button.isEnabled()


@pytest.mark.parametrize("view", [WEEK, MONTH])
def test_a_public_holiday_is_named_in_the_calendar(window: MainWindow, qtbot, view) -> None:
    """Koningsdag 2026 is a Monday: nobody plans a check-in there by accident."""
    page = window.aftercare
    page.set_view(view)
    calendar = page.week if view == WEEK else page.month
    calendar.set_anchor(date(2026, 4, 27))
    calendar.grab()
    spot = next(
        QPoint(x, y)
        for y in range(calendar.height() - 5, 0, -10)
        for x in range(calendar.width() - 1, 0, -10)
        if calendar.day_at(QPoint(x, y)) == date(2026, 4, 27)
    )
    QApplication.sendEvent(
        calendar, QHelpEvent(QEvent.Type.ToolTip, spot, calendar.mapToGlobal(spot))
    )
    assert QToolTip.text() == calendar.holidays()[date(2026, 4, 27)]
    assert QToolTip.text() in ("Koningsdag", "King's Day")  # in the interface's language


def test_double_click_opens_and_dragging_moves_an_appointment(
    window: MainWindow, qtbot, store, clock, schedule
) -> None:
    _match, created = schedule
    page = window.aftercare
    page.go_today()
    today = created[0]
    assert today.starts_at.astimezone(LOCAL_TZ).date() == clock.today()
    page.week.grab()
    rect = next(r for r, appointment_id in page.week._hits if appointment_id == today.id)
    qtbot.mouseDClick(page.week, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.panel.appointment is not None and page.panel.appointment.id == today.id
    assert "Zoë Özdemir" in page.panel.title.text()
    # drag the block one day to the right and one hour down
    target = rect.center() + QPoint(page.week.column_width(today.starts_at.weekday()),
                                    round(page.week._hour_height()))  # fmt: skip
    qtbot.mousePress(page.week, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseMove(page.week, pos=rect.center() + QPoint(10, 10))
    qtbot.mouseMove(page.week, pos=target)
    qtbot.mouseRelease(page.week, Qt.MouseButton.LeftButton, pos=target)
    moved = AftercareService(store, clock).get(today.id)
    local = moved.starts_at.astimezone(LOCAL_TZ)
    assert (local.date(), local.time()) == (clock.today() + timedelta(days=1), time(11, 0))
    assert moved.ends_at - moved.starts_at == today.ends_at - today.starts_at


def test_an_evening_appointment_widens_the_week_and_the_keyboard_opens_it(
    window: MainWindow, qtbot, store, clock, schedule
) -> None:
    _match, created = schedule
    evening = datetime.combine(clock.today(), time(20, 0), tzinfo=LOCAL_TZ)
    AftercareService(store, clock).reschedule(created[0].id, evening)
    page = window.aftercare
    page.go_today()
    week = page.week
    assert week.hours() == (7, 21)  # 20:00-20:45 fits, not squeezed onto the 19:00 edge
    week.grab()
    rect = next(r for r, appointment_id in week._hits if appointment_id == created[0].id)
    assert rect.height() > week._hour_height() / 2 and rect.bottom() < week.height()
    # the arrow key selects it (the only one this week), Enter opens it
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert week.selected == created[0].id
    qtbot.keyClick(week, Qt.Key.Key_Return)
    assert page.panel.appointment is not None and page.panel.appointment.id == created[0].id


def test_the_keyboard_turns_the_weeks_and_moves_an_appointment(
    window: MainWindow, qtbot, store, clock, schedule
) -> None:
    _match, created = schedule
    page = window.aftercare
    page.go_today()
    week = page.week
    this_week = week.period()
    title = page.period_label.text()
    qtbot.keyClick(week, Qt.Key.Key_PageDown)
    assert week.period()[0] == this_week[0] + timedelta(weeks=1)
    assert page.period_label.text() == week.title() != title
    qtbot.keyClick(week, Qt.Key.Key_PageUp)
    assert week.period() == this_week
    # choose today's check-in, then: two days later (a Wednesday), and a quarter later
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert week.selected == created[0].id
    ctrl = Qt.KeyboardModifier.ControlModifier
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(week, key, ctrl)
    moved = AftercareService(store, clock).get(created[0].id)
    local = moved.starts_at.astimezone(LOCAL_TZ)
    assert (local.date(), local.time()) == (clock.today() + timedelta(days=2), time(10, 15))
    assert moved.ends_at - moved.starts_at == timedelta(minutes=45)
    assert week.selected == created[0].id and page.panel.appointment.id == created[0].id
    # past Sunday the week follows the appointment
    for _ in range(5):
        qtbot.keyClick(week, Qt.Key.Key_Right, ctrl)
    assert week.period()[0] == this_week[0] + timedelta(weeks=1)
    assert created[0].id in {r.id for r in week.rows}


@pytest.mark.parametrize(
    ("start", "key", "expected"),
    [
        (datetime(2026, 3, 17, 10, 7), Qt.Key.Key_Down, datetime(2026, 3, 17, 10, 15)),
        (datetime(2026, 3, 17, 10, 7), Qt.Key.Key_Up, datetime(2026, 3, 17, 10, 0)),
        (datetime(2026, 3, 17, 10, 0), Qt.Key.Key_Up, datetime(2026, 3, 17, 9, 45)),
        # the night summer time starts, 02:00 does not exist: a quarter is a real quarter
        (datetime(2026, 3, 29, 3, 0), Qt.Key.Key_Up, datetime(2026, 3, 29, 1, 45)),
        # and a day later is the same time of day, though that day had 23 hours
        (datetime(2026, 3, 28, 10, 0), Qt.Key.Key_Right, datetime(2026, 3, 29, 10, 0)),
    ],
)
def test_ctrl_arrows_move_by_a_snapped_quarter_or_a_day(
    qtbot, clock: FixedClock, start: datetime, key: Qt.Key, expected: datetime
) -> None:
    week = WeekView(clock)
    qtbot.addWidget(week)
    starts = start.replace(tzinfo=LOCAL_TZ)
    row = AppointmentRow(uuid.uuid4(), starts, starts + timedelta(minutes=45),
                         AppointmentKind.EMPLOYEE_CHECKIN, AppointmentStatus.PLANNED,
                         None, "Zoë Özdemir", None, None, None)  # fmt: skip
    week.set_anchor(start.date())
    week.set_rows([row])
    week.selected = row.id
    moves: list[tuple[uuid.UUID, datetime]] = []
    week.moveRequested.connect(lambda *args: moves.append(args))
    qtbot.keyClick(week, key, Qt.KeyboardModifier.ControlModifier)
    assert moves == [(row.id, expected.replace(tzinfo=LOCAL_TZ))]
    assert moves[0][1].astimezone(LOCAL_TZ).replace(tzinfo=None) == expected


def test_a_check_in_is_recorded_and_a_problem_raised(
    window: MainWindow, qtbot, monkeypatch, store, clock, schedule
) -> None:
    match, created = schedule
    page = window.aftercare
    panel = page.panel
    assert window.show_record("appointment", created[1].id)
    assert not panel.done_button.isEnabled()  # weeks ahead: nothing to record yet
    clock.advance(timedelta(hours=3))  # after this morning's check-in
    assert window.show_record("appointment", created[0].id)
    assert panel.done_button.isEnabled()
    discussed = panel.form.findChild(QPlainTextEdit, "discussed")
    discussed.setPlainText("Gaat goed; moeite met vroeg beginnen")
    discussed.editingFinished.emit()
    rating = panel.form.findChild(QSpinBox, "employee_rating")
    rating.setValue(4)
    rating.editingFinished.emit()
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    stored = AftercareService(store, clock).get(created[0].id)
    assert (stored.status, stored.discussed, stored.employee_rating) == (
        AppointmentStatus.DONE, "Gaat goed; moeite met vroeg beginnen", 4,
    )  # fmt: skip
    assert not panel.done_button.isEnabled()

    monkeypatch.setattr(
        ProblemDialog, "get_values",
        classmethod(lambda cls, parent: ("Komt te laat door de bus", ProblemOwner.JOBCOACH)),
    )  # fmt: skip
    qtbot.mouseClick(panel.problem_button, Qt.MouseButton.LeftButton)
    problems = AftercareService(store, clock).problems(match.id)
    assert [(p.description, p.owner) for p in problems] == [
        ("Komt te laat door de bus", ProblemOwner.JOBCOACH)
    ]
    qtbot.waitUntil(lambda: "(1)" in page.side.tabText(1))
    page.side.setCurrentWidget(page.problems)  # the list loads when looked at
    assert page.problems.table.rowCount() == 1


def test_a_problem_is_only_closed_with_its_solution(
    window: MainWindow, qtbot, store, clock, schedule
) -> None:
    match, _created = schedule
    AftercareService(store, clock).add_problem(match.id, "Conflict met collega")
    page = window.aftercare
    page.refresh()
    page.side.setCurrentWidget(page.problems)
    problems = page.problems
    problems.table.selectRow(0)
    problems.status.setCurrentIndex(problems.status.findData(ProblemStatus.SOLVED.value))
    assert not problems.save()
    assert "oplossing" in problems.message.text()
    problems.solution.setText("Gesprek met teamleider; andere ploeg")
    assert problems.save()
    assert problems.table.rowCount() == 0  # solved: off the open list
    problems.show_solved.setChecked(True)
    assert problems.table.rowCount() == 1


def test_an_outcome_recorded_shows_in_the_employer_history(
    window: MainWindow, qtbot, store, clock, schedule
) -> None:
    match, _created = schedule
    page = window.aftercare
    page.side.setCurrentWidget(page.placements)
    assert page.placements.table.rowCount() == 1
    dialog = OutcomeDialog(page.service, match.id, "Zoë Özdemir — Van Dijk", page)
    qtbot.addWidget(dialog)
    dialog.working.setCurrentIndex(1)  # stopped
    assert "reden" in dialog.validate()
    dialog.findChild(QLineEdit, "reason").setText("Verhuisd naar Groningen")
    assert dialog.validate() is None
    (placement,) = DurabilityService(store, clock).placements(match.employer_id)
    assert placement.outcomes[3] is Outcome.STOPPED


def test_a_dropout_shows_when_reopened_and_can_move_the_match_too(
    window: MainWindow, qtbot, monkeypatch, store, clock, schedule
) -> None:
    match, created = schedule
    page = window.aftercare
    page.side.setCurrentWidget(page.placements)

    def drop_out(dialog: OutcomeDialog) -> int:
        assert not dialog.recorded.isVisibleTo(dialog)  # nothing recorded yet
        dialog.working.setCurrentIndex(dialog.working.findData(False))
        dialog.reason.setText("Te zwaar werk")
        assert dialog.validate() is None
        return OutcomeDialog.DialogCode.Accepted

    asked: list[str] = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def confirm_move(dialog: MoveDialog) -> int:
        assert Stage(dialog.stage.currentData()) is Stage.DROPPED_OUT
        assert dialog.note.text() == "Te zwaar werk"  # the reason comes along
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", drop_out)
    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(MoveDialog, "exec", confirm_move)
    monkeypatch.setattr(ScheduleDialog, "exec", lambda d: pytest.fail("no schedule to offer"))
    assert page.placements.record_outcome(match.id, "Zoë Özdemir")
    assert len(asked) == 1
    file = MatchService(store, clock).load(match.id)
    assert file.row.stage is Stage.DROPPED_OUT
    assert file.history[-1].note == "Te zwaar werk"
    # the check-ins still to come are cancelled, and the user is told
    to_come = [a for a in created if a.starts_at > clock.now()]
    statuses = {AftercareService(store, clock).get(a.id).status for a in to_come}
    assert to_come and statuses == {AppointmentStatus.CANCELLED}
    assert window.statusBar().currentMessage().startswith(f"{len(to_come)} aftercare appoint")
    # opened again, the dialog shows what was recorded at that checkpoint
    again = OutcomeDialog(page.service, match.id, "Zoë Özdemir", page)
    qtbot.addWidget(again)
    assert again.months.currentData() == 6  # the first checkpoint still open
    again.months.setCurrentIndex(again.months.findData(3))
    assert again.recorded.isVisibleTo(again)
    assert again.working.currentData() is False and again.reason.text() == "Te zwaar werk"


def test_a_schedule_planned_late_leaves_past_check_ins_unticked(
    window: MainWindow, qtbot, clock: FixedClock, schedule
) -> None:
    match, _created = schedule  # placed two weeks ago
    dialog = ScheduleDialog(window.aftercare.service, match.id, "Zoë Özdemir", window)
    qtbot.addWidget(dialog)
    dialog.intensity.setCurrentIndex(dialog.intensity.findData(Intensity.INTENSIVE.value))
    ticked = {(c.kind, c.week): c.starts_at for c in dialog.chosen()}
    # week 1 lies in the past: shown, but not planned unless the user ticks it
    assert (AppointmentKind.EMPLOYEE_CHECKIN, 1) not in ticked
    week_1 = next(keep for keep, c, _when in dialog._editors if c.week == 1)
    assert not week_1.isChecked()
    assert all(starts > clock.now() for starts in ticked.values())
    assert (AppointmentKind.EMPLOYEE_CHECKIN, 4) in ticked


def test_templates_are_edited_in_settings(window: MainWindow, qtbot, store, clock) -> None:
    dialog = TemplatesDialog(window.aftercare.service, window)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "employee_light")
    field.setText("1, twee")
    assert "hele" in dialog.validate() or "whole" in dialog.validate()
    field.setText("1, 3, 9")
    # a week out of range in another template: nothing is saved, and it says which one
    intensive = dialog.findChild(QLineEdit, "employer_intensive")
    intensive.setText("1, 200")
    problem = dialog.validate()
    assert problem and problem.startswith(label(Intensity.INTENSIVE))
    service = AftercareService(store, clock)
    assert service.templates()[Intensity.LIGHT].employee != (1, 3, 9)
    intensive.setText("1, 26")
    assert dialog.validate() is None
    assert service.templates()[Intensity.LIGHT].employee == (1, 3, 9)
    assert service.templates()[Intensity.INTENSIVE].employer == (1, 26)


def test_the_start_of_the_day_lists_today_and_opens_an_item(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, schedule
) -> None:
    _match, created = schedule
    win = MainWindow(store, settings_for(data_dir), clock, start_of_day=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.start_of_day is not None)
    dialog = win.start_of_day
    [entry] = dialog.entries()  # under the heading "Today (1)"
    assert "Zoë Özdemir" in entry.text(2)
    assert dialog.list.currentItem() is entry  # Enter opens it straight away
    dialog.list.itemActivated.emit(entry, 0)
    assert win.tabs.currentIndex() == TAB_AFTERCARE
    assert win.aftercare.panel.appointment.id == created[0].id
    # switched off: the next start shows nothing
    dialog.show_again.setChecked(False)
    again = MainWindow(store, settings_for(data_dir), clock, start_of_day=True)
    qtbot.addWidget(again)
    qtbot.wait(50)
    assert again.start_of_day is None


def test_a_check_in_left_unrecorded_shows_as_overdue_with_its_age(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, schedule
) -> None:
    clock.advance(timedelta(days=3))
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    dialog = win.show_start_of_day()
    assert dialog is not None
    heading = dialog.list.topLevelItem(0)
    assert heading.text(0).startswith(("Overdue", "Achterstallig"))
    [entry] = dialog.entries()
    overdue_since = (clock.today() - timedelta(days=3)).strftime("%d-%m")
    assert entry.text(0).startswith(f"{overdue_since} (3 ")  # "(3 dagen geleden)"
    assert entry.text(2) == "Zoë Özdemir — Groenvoorziening Van Dijk"


def test_a_check_in_left_unrecorded_earlier_today_says_when_today(
    qtbot, store: Store, clock: FixedClock, data_dir: Path, schedule
) -> None:
    clock.advance(timedelta(hours=3))  # 12:30; today's 10:00 check-in is over, not recorded
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    dialog = win.show_start_of_day()
    assert dialog is not None
    [entry] = dialog.entries()
    assert entry.text(0) in ("vandaag 10:00", "today 10:00")  # not "0 dagen geleden"


def test_the_calendar_exports_from_the_menu(
    window: MainWindow, monkeypatch, tmp_path: Path, schedule
) -> None:
    _match, created = schedule
    target = tmp_path / "nazorg.ics"
    monkeypatch.setattr(window, "ask_save_path", lambda *args: str(target))
    assert window.export_calendar() == target
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == len(created)
    start = events[0].decoded("dtstart")
    assert isinstance(start, datetime) and start.tzinfo is not None


def test_exporting_into_a_missing_folder_says_why_in_dutch(
    qapp, window: MainWindow, monkeypatch, tmp_path: Path, schedule
) -> None:
    translators = install_translators(qapp, "nl")
    shown: list[str] = []
    monkeypatch.setattr(window, "ask_save_path", lambda *a: str(tmp_path / "weg" / "n.ics"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        assert window.export_calendar() is None
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    [text] = shown
    assert "de map bestaat niet" in text and "No such file" not in text
    assert not (tmp_path / "weg").exists()
