"""Aftercare services: schedules from templates, check-ins, problems, outcomes, the start of
the day and the iCalendar export — all on a fixed clock."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from jobhunter.cli import main
from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    ConsentParty,
    Intensity,
    ProblemOwner,
    ProblemStatus,
    RelationshipStatus,
    Sector,
    Stage,
)
from jobhunter.services.activity import AppointmentService
from jobhunter.services.aftercare import DEFAULT_TEMPLATES, AftercareService
from jobhunter.services.agenda import AgendaService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.durability import DurabilityService, Outcome
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.ical import write_calendar
from jobhunter.services.matches import MatchService, PlacementEnd
from jobhunter.services.store import Store


@pytest.fixture
def placed(store: Store, clock: FixedClock):
    """Zoë started a trial placement today (Monday 16 March 2026) at Van Dijk in Schiedam."""
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    CaseloadService(store, clock).give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
    )
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    matches = MatchService(store, clock)
    match = matches.propose(client.id, employer.id, workplace.id)
    matches.move(match.id, Stage.TRIAL_PLACEMENT, "Twee maanden proefplaatsing")
    return match


def test_the_intensive_template_meets_in_weeks_one_to_fifty_two() -> None:
    assert DEFAULT_TEMPLATES[Intensity.INTENSIVE].employee == (1, 2, 4, 8, 13, 26, 52)
    light, normal, intensive = (DEFAULT_TEMPLATES[i] for i in Intensity)
    assert len(light.employee) < len(normal.employee) < len(intensive.employee)


def test_a_schedule_counts_weeks_from_the_start_on_working_days(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    schedule = service.propose_schedule(placed.id, Intensity.INTENSIVE)
    employee = [p for p in schedule if p.kind is AppointmentKind.EMPLOYEE_CHECKIN]
    employer = [p for p in schedule if p.kind is AppointmentKind.EMPLOYER_EVALUATION]
    assert [p.week for p in employee] == [1, 2, 4, 8, 13, 26, 52]
    assert len(employer) == len(DEFAULT_TEMPLATES[Intensity.INTENSIVE].employer)
    start = date(2026, 3, 16)
    for planned in schedule:
        local = planned.starts_at.astimezone(LOCAL_TZ)
        assert local.weekday() < 5
        assert 0 <= (local.date() - (start + timedelta(weeks=planned.week))).days <= 2
        # 10:00 and 14:00 local time, also after the switch to summer time on 29 March
        expected = time(10) if planned.kind is AppointmentKind.EMPLOYEE_CHECKIN else time(14)
        assert local.time() == expected
        assert planned.ends_at - planned.starts_at == timedelta(minutes=45)
    assert schedule == sorted(schedule, key=lambda p: p.starts_at)


def test_a_weekend_day_moves_to_monday(store: Store, clock: FixedClock, placed) -> None:
    saturday = date(2026, 3, 14)
    schedule = AftercareService(store, clock).propose_schedule(
        placed.id, Intensity.LIGHT, start=saturday
    )
    assert all(p.starts_at.astimezone(LOCAL_TZ).weekday() == 0 for p in schedule)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 4, 20), date(2026, 4, 28)),  # Koningsdag, a Monday: to the Tuesday
        (date(2026, 12, 18), date(2026, 12, 28)),  # Kerst on Friday and Saturday: to Monday
        (date(2026, 12, 25), date(2027, 1, 4)),  # Nieuwjaarsdag in the next year: to Monday
        (date(2026, 3, 27), date(2026, 4, 3)),  # Goede Vrijdag: most workplaces are open
        (date(2025, 4, 28), date(2025, 5, 6)),  # Bevrijdingsdag in a lustrum year: closed...
        (date(2026, 4, 28), date(2026, 5, 5)),  # ... and in other years not
    ],
)
def test_a_check_in_on_a_public_holiday_moves_to_the_next_working_day(
    store: Store, clock: FixedClock, placed, start: date, expected: date
) -> None:
    service = AftercareService(store, clock)
    service.save_template(Intensity.LIGHT, [1], [1])
    schedule = service.propose_schedule(placed.id, Intensity.LIGHT, start=start, include_past=True)
    assert {p.starts_at.astimezone(LOCAL_TZ).date() for p in schedule} == {expected}


def test_templates_edited_in_settings_are_used_and_kept(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    with pytest.raises(ValidationError, match="tussen 1 en 104"):
        service.save_template(Intensity.LIGHT, [0, 4], [6])
    with pytest.raises(ValidationError, match="minstens één"):
        service.save_template(Intensity.LIGHT, [], [])
    service.save_template(Intensity.LIGHT, [6, 3, 3], [12])
    assert AftercareService(store, clock).templates()[Intensity.LIGHT].employee == (3, 6)
    weeks = [p.week for p in service.propose_schedule(placed.id, Intensity.LIGHT)]
    assert weeks == [3, 6, 12]
    # the others keep their defaults
    assert service.templates()[Intensity.NORMAL] == DEFAULT_TEMPLATES[Intensity.NORMAL]


def test_creating_a_schedule_makes_appointments_with_both_sides(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    proposed = service.propose_schedule(placed.id, Intensity.NORMAL)
    edited = [*proposed[:-1]]  # the user dropped the last one before creating
    created = service.create_schedule(placed.id, edited)
    assert len(created) == len(proposed) - 1
    assert {(a.client_id, a.employer_id, a.match_id) for a in created} == {
        (placed.client_id, placed.employer_id, placed.id)
    }
    assert {a.location for a in created} == {"Schiedam"}
    assert service.planned_count(placed.id) == len(edited)
    rows = AppointmentService(store, clock).list_rows()
    assert [r.match_id for r in rows] == [placed.id] * len(edited)


def test_planning_twice_does_not_double_the_schedule(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    schedule = service.propose_schedule(placed.id, Intensity.LIGHT)
    first = service.create_schedule(placed.id, schedule)
    service.update(first[0].id, status=AppointmentStatus.CANCELLED)
    # a day earlier is another day; a cancelled one does not count as planned
    earlier = replace(
        schedule[1],
        starts_at=schedule[1].starts_at - timedelta(days=1),
        ends_at=schedule[1].ends_at - timedelta(days=1),
    )
    again = service.create_schedule(placed.id, [*schedule, earlier])
    assert [(a.kind, a.starts_at) for a in again] == [
        (schedule[0].kind, schedule[0].starts_at), (earlier.kind, earlier.starts_at),
    ]  # fmt: skip
    assert service.planned_count(placed.id) == len(schedule) + 1


def test_a_late_schedule_leaves_out_check_ins_already_past(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    clock.advance(timedelta(weeks=5))
    proposed = service.propose_schedule(placed.id, Intensity.NORMAL)
    assert [(p.kind, p.week) for p in proposed][:2] == [
        (AppointmentKind.EMPLOYEE_CHECKIN, 8), (AppointmentKind.EMPLOYER_EVALUATION, 8),
    ]  # fmt: skip
    assert all(p.starts_at > clock.now() and not p.past for p in proposed)
    everything = service.propose_schedule(placed.id, Intensity.NORMAL, include_past=True)
    assert [p for p in everything if not p.past] == proposed
    assert [(p.kind, p.week) for p in everything if p.past] == [
        (AppointmentKind.EMPLOYEE_CHECKIN, 1), (AppointmentKind.EMPLOYER_EVALUATION, 2),
        (AppointmentKind.EMPLOYEE_CHECKIN, 4),
    ]  # fmt: skip
    assert all(p.starts_at < clock.now() for p in everything if p.past)


def test_a_schedule_is_only_for_a_placement(store: Store, clock: FixedClock, placed) -> None:
    matches = MatchService(store, clock)
    other = matches.propose(placed.client_id, placed.employer_id, None)
    service = AftercareService(store, clock)
    schedule = service.propose_schedule(placed.id, Intensity.LIGHT)
    with pytest.raises(ValidationError, match="proefplaatsing of contract"):
        service.create_schedule(other.id, schedule)
    assert AppointmentService(store, clock).list_rows() == []


def test_a_check_in_records_what_was_discussed_and_how_it_goes(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    (first, *_rest) = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    with pytest.raises(ValidationError, match="moet nog plaatsvinden"):
        service.record_checkin(first.id, "Gaat goed")
    clock.advance(first.starts_at - clock.now() + timedelta(hours=1))
    with pytest.raises(ValidationError, match=r"^Vul in wat er besproken is\.$"):
        service.record_checkin(first.id, "  ")
    with pytest.raises(ValidationError, match="1 tot en met 5"):
        service.record_checkin(first.id, "Gaat goed", employee_rating=6)
    done = service.record_checkin(first.id, "Op tijd, collega's helpen", 4, 3)
    assert (done.status, done.employee_rating, done.employer_rating) == (
        AppointmentStatus.DONE, 4, 3,
    )  # fmt: skip


def test_done_through_the_form_follows_the_check_in_rules(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    (first, *_rest) = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    with pytest.raises(ValidationError, match="moet nog plaatsvinden"):
        service.update(first.id, status=AppointmentStatus.DONE, discussed="Gaat goed")
    clock.advance(first.starts_at - clock.now() + timedelta(hours=1))
    with pytest.raises(ValidationError, match=r"^Vul in wat er besproken is\.$"):
        service.update(first.id, status=AppointmentStatus.DONE)
    assert service.get(first.id).status is AppointmentStatus.PLANNED
    service.update(first.id, discussed="Gaat goed")
    done = service.update(first.id, status=AppointmentStatus.DONE)
    assert (done.status, done.discussed) == (AppointmentStatus.DONE, "Gaat goed")
    with pytest.raises(ValidationError, match="besproken"):
        service.update(first.id, discussed=" ")  # a done check-in keeps its record


def test_a_cancelled_appointment_is_not_checked_in(store: Store, clock: FixedClock, placed) -> None:
    service = AftercareService(store, clock)
    (first, *_rest) = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    service.update(first.id, status=AppointmentStatus.CANCELLED)
    clock.advance(timedelta(days=30))
    with pytest.raises(ValidationError, match="geannuleerd"):
        service.record_checkin(first.id, "Gesprek")
    assert service.get(first.id).status is AppointmentStatus.CANCELLED


def test_moving_an_appointment_keeps_its_length(store: Store, clock: FixedClock, placed) -> None:
    service = AftercareService(store, clock)
    (first, *_rest) = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    later = first.starts_at + timedelta(days=1, hours=2)
    moved = service.reschedule(first.id, later)
    assert (moved.starts_at, moved.ends_at - moved.starts_at) == (later, timedelta(minutes=45))
    with pytest.raises(ValidationError, match="eindigt vóór"):
        service.reschedule(first.id, later, later - timedelta(minutes=5))


def test_a_check_in_done_is_corrected_in_time_but_not_moved_to_the_future(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    (first, *_rest) = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    clock.advance(first.starts_at - clock.now() + timedelta(hours=2))
    service.record_checkin(first.id, "Gaat goed, wil meer uren")
    earlier = first.starts_at - timedelta(minutes=30)  # it really began half an hour earlier
    assert service.reschedule(first.id, earlier).starts_at == earlier
    with pytest.raises(ValidationError, match="al afgerond"):
        service.reschedule(first.id, first.starts_at + timedelta(days=1))
    assert service.get(first.id).starts_at == earlier


def test_a_problem_stays_open_until_solved_with_a_solution(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    problem = service.add_problem(placed.id, "Komt twee keer te laat", ProblemOwner.EMPLOYEE)
    assert [p.id for p in service.problems(open_only=True)] == [problem.id]
    with pytest.raises(ValidationError, match="oplossing"):
        service.update_problem(problem.id, status=ProblemStatus.SOLVED)
    service.update_problem(problem.id, owner=ProblemOwner.JOBCOACH,
                           status=ProblemStatus.IN_PROGRESS)  # fmt: skip
    assert service.problems(open_only=True)[0].owner is ProblemOwner.JOBCOACH
    clock.advance(timedelta(days=3))
    solved = service.solve(problem.id, "Eerdere bus; wekker met de jobcoach geoefend")
    assert (solved.status, solved.solved_on) == (ProblemStatus.SOLVED, clock.today())
    assert service.problems(open_only=True) == []
    assert service.problems(placed.id)[0].solution.startswith("Eerdere bus")
    reopened = service.update_problem(problem.id, status=ProblemStatus.OPEN)
    assert (reopened.solution, reopened.solved_on) == (None, None)


def test_a_solved_problem_keeps_a_solution(store: Store, clock: FixedClock, placed) -> None:
    service = AftercareService(store, clock)
    problem = service.add_problem(placed.id, "Komt te laat", ProblemOwner.EMPLOYEE)
    service.solve(problem.id, "Eerdere bus")
    with pytest.raises(ValidationError, match="oplossing"):
        service.update_problem(problem.id, solution="   ")
    assert service.problems(placed.id)[0].solution == "Eerdere bus"
    # reopening clears it, also when a form sends the old solution along ...
    reopened = service.update_problem(
        problem.id, owner=ProblemOwner.JOBCOACH, status=ProblemStatus.OPEN, solution="Eerdere bus"
    )
    assert (reopened.status, reopened.solution, reopened.solved_on) == (
        ProblemStatus.OPEN, None, None,
    )  # fmt: skip
    # ... so solving again needs a new one
    clock.advance(timedelta(days=30))
    with pytest.raises(ValidationError, match="oplossing"):
        service.update_problem(problem.id, status=ProblemStatus.SOLVED)
    again = service.update_problem(
        problem.id, status=ProblemStatus.SOLVED, solution="Fiets van de gemeente"
    )
    assert (again.solution, again.solved_on) == ("Fiets van de gemeente", clock.today())


def test_a_problem_is_raised_at_an_appointment_of_its_own_placement(
    store: Store, clock: FixedClock, placed
) -> None:
    service = AftercareService(store, clock)
    (first, *_rest) = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    other = MatchService(store, clock).propose(placed.client_id, placed.employer_id, None)
    with pytest.raises(NotFoundError):
        service.add_problem(placed.id, "Komt te laat", appointment_id=uuid.uuid4())
    with pytest.raises(ValidationError, match="andere plaatsing"):
        service.add_problem(other.id, "Komt te laat", appointment_id=first.id)
    problem = service.add_problem(placed.id, "Komt te laat", appointment_id=first.id)
    assert problem.appointment_id == first.id
    assert [p.id for p in service.problems()] == [problem.id]


def test_a_match_never_placed_has_no_outcomes(store: Store, clock: FixedClock, placed) -> None:
    other = MatchService(store, clock).propose(placed.client_id, placed.employer_id, None)
    service = AftercareService(store, clock)
    with pytest.raises(ValidationError, match="nooit geplaatst"):
        service.record_outcome(other.id, 3, False, reason="Nooit begonnen")
    assert service.outcomes(other.id) == {}


def test_outcomes_feed_the_employer_history(store: Store, clock: FixedClock, placed) -> None:
    service = AftercareService(store, clock)
    with pytest.raises(ValidationError, match="16-06-2026"):
        service.record_outcome(placed.id, 3, still_working=True)
    with pytest.raises(ValidationError, match="reden"):
        service.record_outcome(placed.id, 3, still_working=False)
    clock.advance(timedelta(days=95))
    service.record_outcome(placed.id, 3, True, contract_form="tijdelijk contract 6 maanden")
    (placement,) = DurabilityService(store, clock).placements(placed.employer_id)
    assert placement.outcomes == {3: Outcome.WORKING, 6: Outcome.NOT_YET, 12: Outcome.NOT_YET}
    # a dropout recorded at six months counts for twelve too, even while the match is open
    service.record_outcome(placed.id, 6, False, reason="Ziek uitgevallen, rugklachten")
    (placement,) = DurabilityService(store, clock).placements(placed.employer_id)
    assert placement.outcomes == {3: Outcome.WORKING, 6: Outcome.STOPPED, 12: Outcome.STOPPED}
    # recording again corrects, it does not duplicate
    service.record_outcome(placed.id, 6, False, reason="Rugklachten; werkgever wil opnieuw")
    assert service.outcomes(placed.id)[6].reason == "Rugklachten; werkgever wil opnieuw"
    with pytest.raises(ValidationError, match="3, 6 of 12"):
        service.record_outcome(placed.id, 9, True)


def test_the_start_of_the_day_lists_today_and_what_is_overdue(
    store: Store, clock: FixedClock, placed
) -> None:
    appointments = AppointmentService(store, clock)
    yesterday = clock.now() - timedelta(days=1)
    overdue = appointments.create(
        AppointmentKind.EMPLOYEE_CHECKIN,
        yesterday,
        yesterday + timedelta(hours=1),
        client_id=placed.client_id,
    )
    later_today = datetime.combine(clock.today(), time(15), tzinfo=LOCAL_TZ)
    today = appointments.create(
        AppointmentKind.EMPLOYER_EVALUATION,
        later_today,
        later_today + timedelta(hours=1),
        employer_id=placed.employer_id,
    )
    tomorrow = clock.now() + timedelta(days=1)
    appointments.create(AppointmentKind.JOBCOACH, tomorrow, tomorrow + timedelta(hours=1),
                        client_id=placed.client_id)  # fmt: skip
    done = appointments.create(AppointmentKind.JOBCOACH, yesterday, yesterday + timedelta(hours=1),
                               client_id=placed.client_id)  # fmt: skip
    AftercareService(store, clock).update(
        done.id, status=AppointmentStatus.DONE, discussed="Werkplek bekeken"
    )
    employers = EmployerService(store, clock)
    employers.update(placed.employer_id, follow_up_on=clock.today())
    gone = employers.create("Taxicentrale Vos", Sector.TRANSPORT)
    employers.update(gone.id, follow_up_on=clock.today() - timedelta(days=3),
                     status=RelationshipStatus.ENDED, ended_reason="Failliet")  # fmt: skip
    ClientService(store, clock).update(
        placed.client_id, next_action="Loonstrook bespreken",
        next_action_on=clock.today() - timedelta(days=2),
    )  # fmt: skip
    items = AgendaService(store, clock).start_of_day()
    # overdue first, oldest first; then today, the untimed follow-up before the 15:00
    assert [(i.record_kind, i.overdue) for i in items] == [
        ("client", True), ("appointment", True), ("employer", False), ("appointment", False),
    ]  # fmt: skip
    assert [i.record_id for i in items if i.record_kind == "appointment"] == [overdue.id, today.id]
    assert items[0].detail == "Loonstrook bespreken"
    assert items[1].title == "Zoë Özdemir"


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT")), calendar


def test_the_calendar_export_is_valid_icalendar_with_stable_uids(
    store: Store, clock: FixedClock, placed, tmp_path: Path
) -> None:
    service = AftercareService(store, clock)
    created = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.NORMAL)
    )
    service.update(created[-1].id, status=AppointmentStatus.CANCELLED)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert write_calendar(store, first, clock) == len(created)
    clock.advance(timedelta(hours=2))
    write_calendar(store, second, clock)
    events, calendar = _events(first)
    again, _ = _events(second)
    assert len(events) == len(created)
    assert [str(e["uid"]) for e in events] == [str(e["uid"]) for e in again]
    assert {str(e["uid"]) for e in events} == {f"{a.id}@jobhunter.local" for a in created}
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    event = events[0]
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("dtstart") == created[0].starts_at
    assert event.decoded("dtend") > event.decoded("dtstart")
    assert "Zoë Özdemir" in str(event["summary"])
    assert "Groenvoorziening Van Dijk" in str(event["summary"])
    kinds = {str(e["summary"]).split(":")[0] for e in events}
    assert kinds == {"Nazorg check-in", "Evaluatie werkgever"}
    assert [str(e["status"]) for e in events].count("CANCELLED") == 1


def test_a_moved_or_cancelled_appointment_gets_a_higher_sequence_in_the_next_export(
    store: Store, clock: FixedClock, placed, tmp_path: Path
) -> None:
    """Outlook and Thunderbird ignore a re-imported event whose SEQUENCE did not grow."""
    service = AftercareService(store, clock)
    first, second, third = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )[:3]
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    write_calendar(store, before, clock)
    # When: one moves, one is cancelled and one only gets a note
    service.reschedule(first.id, first.starts_at + timedelta(days=1))
    service.update(second.id, status=AppointmentStatus.CANCELLED)
    service.update(third.id, notes="Parkeren achter de loods")
    clock.advance(timedelta(minutes=5))
    write_calendar(store, after, clock)

    def sequences(path: Path) -> dict[str, int]:
        return {str(e["uid"]): int(e["sequence"]) for e in _events(path)[0]}

    old, new = sequences(before), sequences(after)
    uid = {a.id: f"{a.id}@jobhunter.local" for a in (first, second, third)}
    assert new[uid[first.id]] > old[uid[first.id]]
    assert new[uid[second.id]] > old[uid[second.id]]
    assert new[uid[third.id]] == old[uid[third.id]]  # nothing a calendar shows changed
    assert all("last-modified" in e for e in _events(after)[0])


def test_the_calendar_command_writes_a_file_or_says_why_not(
    store: Store, clock: FixedClock, placed, data_dir: Path, tmp_path: Path, capsys
) -> None:
    service = AftercareService(store, clock)
    service.create_schedule(placed.id, service.propose_schedule(placed.id, Intensity.LIGHT))
    target = tmp_path / "nazorg.ics"
    assert main(["--data-dir", str(data_dir), "calendar", "--out", str(target)]) == 0
    events, _ = _events(target)
    assert len(events) == 5
    capsys.readouterr()
    missing = tmp_path / "nowhere" / "nazorg.ics"
    assert main(["--data-dir", str(data_dir), "calendar", "--out", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bestaat niet" in err
    assert not missing.exists()


# --- the placed period: its latest continuous run in proefplaatsing or contract -------------
#: every way out of a placement: the outcomes, and a step back to talk it over again
LEAVING_THE_PLACEMENT = [
    (Stage.REJECTED, "Werkgever neemt niet aan na de proefplaatsing"),
    (Stage.DEBRIEF, "Proefplaatsing gestopt, opnieuw bespreken"),
    (Stage.DROPPED_OUT, "Ziek uitgevallen"),
    (Stage.WITHDRAWN, "Verhuisd"),
]


@pytest.mark.parametrize(("target", "note"), LEAVING_THE_PLACEMENT)
def test_a_placement_ends_at_the_first_move_out_of_the_placed_stages(
    store: Store, clock: FixedClock, placed, target: Stage, note: str
) -> None:
    matches = MatchService(store, clock)
    clock.advance(timedelta(weeks=4))
    matches.move(placed.id, target, note)
    clock.advance(timedelta(days=400))
    (placement,) = DurabilityService(store, clock).placements(placed.employer_id)
    assert (placement.started_on, placement.ended_on) == (date(2026, 3, 16), date(2026, 4, 13))
    assert placement.outcomes == {3: Outcome.STOPPED, 6: Outcome.STOPPED, 12: Outcome.STOPPED}


def test_trial_then_contract_is_one_placement(store: Store, clock: FixedClock, placed) -> None:
    clock.advance(timedelta(weeks=8))
    MatchService(store, clock).move(placed.id, Stage.CONTRACT, "Contract voor een jaar")
    clock.advance(timedelta(days=400))
    (placement,) = DurabilityService(store, clock).placements(placed.employer_id)
    assert (placement.started_on, placement.ended_on) == (date(2026, 3, 16), None)
    assert set(placement.outcomes.values()) == {Outcome.WORKING}
    assert AftercareService(store, clock).placement_start(placed.id) == date(2026, 3, 16)


def test_a_match_placed_again_counts_from_its_latest_start(
    store: Store, clock: FixedClock, placed
) -> None:
    matches = MatchService(store, clock)
    clock.advance(timedelta(days=30))
    matches.move(placed.id, Stage.DROPPED_OUT, "Ziek")
    clock.advance(timedelta(days=335))
    matches.move(placed.id, Stage.TRIAL_PLACEMENT, "Tweede kans")
    again = clock.today()
    service = AftercareService(store, clock)
    assert service.placement_start(placed.id) == again == date(2027, 3, 16)
    schedule = service.propose_schedule(placed.id, Intensity.NORMAL)
    assert all(p.starts_at > clock.now() for p in schedule)
    assert [row.started_on for row in service.placements()] == [again]
    (placement,) = DurabilityService(store, clock).placements(placed.employer_id)
    assert (placement.started_on, placement.ended_on) == (again, None)
    assert set(placement.outcomes.values()) == {Outcome.NOT_YET}


@pytest.mark.parametrize(("target", "note"), LEAVING_THE_PLACEMENT)
def test_leaving_the_placement_cancels_the_check_ins_still_to_come(
    store: Store, clock: FixedClock, placed, target: Stage, note: str
) -> None:
    service = AftercareService(store, clock)
    created = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.NORMAL)
    )
    ended: list[PlacementEnd] = []
    matches = MatchService(store, clock, on_placement_end=[ended.append])
    clock.advance(timedelta(days=10))  # the week-1 check-in passed without a record
    matches.move(placed.id, target, note)
    statuses = {a.id: service.get(a.id).status for a in created}
    past = [a.id for a in created if a.starts_at <= clock.now()]
    assert len(past) == 1 and statuses[past[0]] is AppointmentStatus.PLANNED
    assert [s for i, s in statuses.items() if i not in past] == (
        [AppointmentStatus.CANCELLED] * (len(created) - 1)
    )
    assert [(e.match_id, e.stage, e.cancelled_appointments) for e in ended] == [
        (placed.id, target, len(created) - 1)
    ]
    assert service.planned_count(placed.id) == 0
    overdue = [i for i in AgendaService(store, clock).start_of_day() if i.overdue]
    assert [i.record_id for i in overdue] == past


def test_from_trial_to_contract_the_check_ins_stay(store: Store, clock: FixedClock, placed) -> None:
    service = AftercareService(store, clock)
    created = service.create_schedule(
        placed.id, service.propose_schedule(placed.id, Intensity.LIGHT)
    )
    ended: list[PlacementEnd] = []
    clock.advance(timedelta(days=1))
    MatchService(store, clock, on_placement_end=[ended.append]).move(placed.id, Stage.CONTRACT)
    assert ended == [] and service.planned_count(placed.id) == len(created)
