"""Aftercare (nazorg): check-in schedules from templates, check-in records, problems that
stay visible until solved, and whether a placement lasted 3, 6 and 12 months."""

from __future__ import annotations

import uuid
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobhunter.models import (
    Appointment,
    Client,
    Employer,
    Match,
    PlacementOutcome,
    Problem,
    Setting,
    Workplace,
)
from jobhunter.models.enums import (
    PLACED_STAGES,
    AppointmentKind,
    AppointmentStatus,
    Intensity,
    ProblemOwner,
    ProblemStatus,
    Stage,
)
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import LOCAL_TZ, local_day
from jobhunter.services.durability import latest_runs
from jobhunter.services.errors import ValidationError
from jobhunter.services.public_holidays import public_holidays


@dataclass(frozen=True, slots=True)
class Template:
    """Weeks after the start of a placement at which to meet employee and employer."""

    employee: tuple[int, ...]
    employer: tuple[int, ...]


DEFAULT_TEMPLATES: dict[Intensity, Template] = {
    Intensity.LIGHT: Template(employee=(2, 8, 26), employer=(4, 13)),
    Intensity.NORMAL: Template(employee=(1, 4, 8, 13, 26), employer=(2, 8, 26)),
    Intensity.INTENSIVE: Template(
        employee=(1, 2, 4, 8, 13, 26, 52), employer=(1, 4, 8, 13, 26, 52)
    ),
}
TEMPLATES_KEY = "aftercare_templates"
MAX_WEEK = 104
CHECKIN_MINUTES = 45
#: employee check-ins in the morning, employer evaluations in the afternoon
CHECKIN_TIMES = {
    AppointmentKind.EMPLOYEE_CHECKIN: time(10, 0),
    AppointmentKind.EMPLOYER_EVALUATION: time(14, 0),
}
CHECKPOINTS = (3, 6, 12)
RATINGS = range(1, 6)
DISCUSSED_MISSING = "Vul in wat er besproken is."


@dataclass(frozen=True, slots=True)
class PlannedCheckin:
    """One proposed appointment of a schedule, editable before it is created."""

    kind: AppointmentKind
    week: int
    starts_at: datetime
    ends_at: datetime
    #: its time has passed already (only proposed when asked for with ``include_past``)
    past: bool = False


@dataclass(frozen=True, slots=True)
class ProblemRow:
    id: uuid.UUID
    match_id: uuid.UUID
    client_name: str
    employer_name: str
    raised_on: date
    description: str
    owner: ProblemOwner
    status: ProblemStatus
    solution: str | None
    solved_on: date | None


@dataclass(frozen=True, slots=True)
class PlacementRow:
    """A placed match as aftercare sees it."""

    match_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    employer_id: uuid.UUID
    employer_name: str
    workplace_title: str | None
    stage: Stage
    started_on: date
    planned: int  # appointments still planned
    next_at: datetime | None
    open_problems: int


def _working_day(day: date, closed: Container[date]) -> date:
    """A weekend day or public holiday moves to the next working day."""
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


def _weeks(values: Iterable[int], who: str) -> tuple[int, ...]:
    weeks = sorted(set(values))
    if any(not 1 <= w <= MAX_WEEK for w in weeks):
        raise ValidationError(f"Weken voor de {who} moeten tussen 1 en {MAX_WEEK} liggen.", "weeks")
    return tuple(weeks)


def make_template(employee: Iterable[int], employer: Iterable[int]) -> Template:
    """A template from weeks after the start; refuses weeks out of range and an empty one."""
    template = Template(_weeks(employee, "werknemer"), _weeks(employer, "werkgever"))
    if not template.employee and not template.employer:
        raise ValidationError("Een schema heeft minstens één afspraak.", "weeks")
    return template


def _placed_since(session: Session, match: Match) -> date | None:
    """The local day the latest placed run of the match began; None if it was never placed."""
    run = latest_runs(session, [match.id]).get(match.id)
    moment = run.started if run else match.stage_since if match.stage in PLACED_STAGES else None
    return local_day(moment) if moment else None


class AftercareService(Service):
    # --- templates ------------------------------------------------------------------------
    def templates(self) -> dict[Intensity, Template]:
        """The templates as the user set them in settings, else the defaults."""
        with self.store.session() as session:
            stored = session.scalar(select(Setting.value).where(Setting.key == TEMPLATES_KEY))
        templates = dict(DEFAULT_TEMPLATES)
        for name, weeks in (stored or {}).items():
            try:
                templates[Intensity(name)] = Template(
                    tuple(weeks["employee"]), tuple(weeks["employer"])
                )
            except (ValueError, KeyError, TypeError):
                continue  # a damaged entry falls back to the default
        return templates

    def save_template(
        self, intensity: Intensity, employee: Iterable[int], employer: Iterable[int]
    ) -> Template:
        template = make_template(employee, employer)
        self.save_templates({Intensity(intensity): template})
        return template

    def save_templates(self, changed: Mapping[Intensity, Template]) -> None:
        """Store changed templates together: all of them or, on a broken one, none."""
        templates = self.templates()
        for intensity, template in changed.items():
            templates[Intensity(intensity)] = make_template(template.employee, template.employer)
        value = {
            i.value: {"employee": list(t.employee), "employer": list(t.employer)}
            for i, t in templates.items()
        }
        with self.store.session() as session:
            setting = session.scalar(select(Setting).where(Setting.key == TEMPLATES_KEY))
            if setting is None:
                session.add(Setting(key=TEMPLATES_KEY, value=value))
            else:
                setting.value = value

    # --- schedules ------------------------------------------------------------------------
    def placement_start(self, match_id: uuid.UUID) -> date:
        """The day the placement began: the start of the latest run in proefplaatsing or
        contract (a match placed again after leaving counts from its new start), or the
        agreed start of the placement it began with, when that lies later. A match never
        placed gets today, a start to plan from."""
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            start = _placed_since(session, match)
            # the terms of the stage the run began in (not a contract after a trial)
            began_here = start is not None and local_day(match.stage_since) == start
            agreed = match.placement_start if began_here else None
        if start is not None and agreed is not None and agreed > start:
            return agreed  # agreed now, starting later: check-ins count from the real start
        return start or self.clock.today()

    def propose_schedule(
        self,
        match_id: uuid.UUID,
        intensity: Intensity,
        start: date | None = None,
        include_past: bool = False,
    ) -> list[PlannedCheckin]:
        """The template's check-ins counted from the start, on working days (not on
        weekends or public holidays), in time order.

        A schedule planned late would make the check-ins whose time has passed overdue at
        once, so those are left out; with ``include_past`` they are proposed too, marked
        ``past``, for a view that shows them unticked."""
        template = self.templates()[Intensity(intensity)]
        start = start or self.placement_start(match_id)
        now = self.clock.now()
        last = max((*template.employee, *template.employer), default=0)
        closed = public_holidays(range(start.year, (start + timedelta(weeks=last + 1)).year + 1))
        planned = []
        for kind, weeks in (
            (AppointmentKind.EMPLOYEE_CHECKIN, template.employee),
            (AppointmentKind.EMPLOYER_EVALUATION, template.employer),
        ):
            for week in weeks:
                day = _working_day(start + timedelta(weeks=week), closed)
                starts = datetime.combine(day, CHECKIN_TIMES[kind], tzinfo=LOCAL_TZ)
                ends = starts + timedelta(minutes=CHECKIN_MINUTES)
                past = starts < now
                if include_past or not past:
                    planned.append(PlannedCheckin(kind, week, starts, ends, past))
        return sorted(planned, key=lambda p: (p.starts_at, p.kind.value))

    def create_schedule(
        self, match_id: uuid.UUID, checkins: Sequence[PlannedCheckin]
    ) -> list[Appointment]:
        """Create the (possibly edited) check-ins of a placement, all or none. A check-in on
        a day that already has a planned appointment of its kind for this match is left out,
        so planning twice does not double the schedule; the created ones are returned."""
        for checkin in checkins:
            if checkin.ends_at <= checkin.starts_at:
                raise ValidationError("Een afspraak eindigt vóór het begin.", "ends_at")
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            if match.stage not in PLACED_STAGES:
                raise ValidationError(
                    "Nazorg plan je voor een proefplaatsing of contract.", "match_id"
                )
            employer = session.get(Employer, match.employer_id)
            workplace = session.get(Workplace, match.workplace_id) if match.workplace_id else None
            location = (workplace.city if workplace else None) or (
                employer.city if employer else None
            )
            taken = {
                (kind, local_day(starts))
                for kind, starts in session.execute(
                    select(Appointment.kind, Appointment.starts_at).where(
                        Appointment.match_id == match.id,
                        Appointment.status == AppointmentStatus.PLANNED,
                    )
                )
            }
            created = []
            for c in checkins:
                key = (c.kind, local_day(c.starts_at))
                if key in taken:
                    continue
                taken.add(key)
                created.append(
                    Appointment(
                        kind=c.kind,
                        starts_at=c.starts_at,
                        ends_at=c.ends_at,
                        client_id=match.client_id,
                        employer_id=match.employer_id,
                        match_id=match.id,
                        location=location,
                    )
                )
            session.add_all(created)
            session.flush()
            self._audit(session, "schedule", match, f"{len(created)} afspraken")
        return created

    def planned_count(self, match_id: uuid.UUID) -> int:
        """Check-ins still planned for this placement (a schedule need not be made twice)."""
        with self.store.session() as session:
            return (
                session.scalar(
                    select(func.count()).where(
                        Appointment.match_id == match_id,
                        Appointment.status == AppointmentStatus.PLANNED,
                        Appointment.starts_at >= self.clock.now(),
                    )
                )
                or 0
            )

    # --- appointments ---------------------------------------------------------------------
    def get(self, appointment_id: uuid.UUID) -> Appointment:
        with self.store.session() as session:
            return get_or_raise(session, Appointment, appointment_id)

    def reschedule(
        self, appointment_id: uuid.UUID, starts_at: datetime, ends_at: datetime | None = None
    ) -> Appointment:
        """Move an appointment; without an end it keeps its length. A check-in already
        recorded as done can be corrected to when it took place, not moved to the future."""
        v.sane_date(starts_at, "Het begin", "starts_at")  # before any sum can overflow
        v.sane_date(ends_at, "Het einde", "ends_at")
        with self.store.session() as session:
            appointment = get_or_raise(session, Appointment, appointment_id)
            end = ends_at or starts_at + (appointment.ends_at - appointment.starts_at)
            if end <= starts_at:
                raise ValidationError("De afspraak eindigt vóór het begin.", "ends_at")
            if appointment.status is AppointmentStatus.DONE and starts_at > self.clock.now():
                raise ValidationError(
                    "Deze afspraak is al afgerond; een afgeronde afspraak ligt niet in de "
                    "toekomst.",
                    "starts_at",
                )
            appointment.starts_at, appointment.ends_at = starts_at, end
            self._audit(session, "update", appointment, "verplaatst")
        return appointment

    def update(self, appointment_id: uuid.UUID, **fields: Any) -> Appointment:
        """Edit an appointment's fields; the check-in record validates its ratings. Done
        means what record_checkin means: it took place and what was discussed is written."""
        allowed = {"kind", "starts_at", "ends_at", "location", "notes", "status", "discussed",
                   "employee_rating", "employer_rating"}  # fmt: skip
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown appointment fields: {sorted(unknown)}")
        for name in ("employee_rating", "employer_rating"):
            if fields.get(name) is not None and fields[name] not in RATINGS:
                raise ValidationError("Een beoordeling is 1 tot en met 5.", name)
        for name in ("location", "notes", "discussed"):
            if name in fields:
                fields[name] = v.optional_text(fields[name])
        v.sane_date(fields.get("starts_at"), "Het begin", "starts_at")
        v.sane_date(fields.get("ends_at"), "Het einde", "ends_at")
        if "kind" in fields:
            fields["kind"] = AppointmentKind(fields["kind"])
        if "status" in fields:
            fields["status"] = AppointmentStatus(fields["status"])
        with self.store.session() as session:
            appointment = get_or_raise(session, Appointment, appointment_id)
            starts = fields.get("starts_at", appointment.starts_at)
            ends = fields.get("ends_at", appointment.ends_at)
            if ends <= starts:
                raise ValidationError("De afspraak eindigt vóór het begin.", "ends_at")
            done = fields.get("status", appointment.status) is AppointmentStatus.DONE
            if done and fields.keys() & {"status", "starts_at", "discussed"}:
                discussed = fields.get("discussed", appointment.discussed)
                v.required_text(discussed, "Wat er besproken is", "discussed", DISCUSSED_MISSING)
                if starts > self.clock.now():
                    raise ValidationError("Deze afspraak moet nog plaatsvinden.", "status")
            for name, value in fields.items():
                setattr(appointment, name, value)
            self._audit(session, "update", appointment, ", ".join(sorted(fields)))
        return appointment

    def record_checkin(
        self,
        appointment_id: uuid.UUID,
        discussed: str,
        employee_rating: int | None = None,
        employer_rating: int | None = None,
    ) -> Appointment:
        """What was discussed and how it goes; the appointment is done after this. A
        cancelled appointment is not checked in: it did not take place."""
        discussed = v.required_text(
            discussed, "Wat er besproken is", "discussed", DISCUSSED_MISSING
        )
        appointment = self.get(appointment_id)
        if appointment.status is AppointmentStatus.CANCELLED:
            raise ValidationError(
                "Deze afspraak is geannuleerd; zet hem eerst terug op gepland.", "status"
            )
        if appointment.starts_at > self.clock.now():
            raise ValidationError("Deze afspraak moet nog plaatsvinden.", "discussed")
        return self.update(
            appointment_id,
            discussed=discussed,
            employee_rating=employee_rating,
            employer_rating=employer_rating,
            status=AppointmentStatus.DONE,
        )

    # --- problems -------------------------------------------------------------------------
    def add_problem(
        self,
        match_id: uuid.UUID,
        description: str,
        owner: ProblemOwner = ProblemOwner.JOBHUNTER,
        appointment_id: uuid.UUID | None = None,
    ) -> Problem:
        """A problem in a placement, raised at one of its appointments or on its own."""
        description = v.required_text(description, "Het probleem", "description")
        with self.store.session() as session:
            get_or_raise(session, Match, match_id)
            if appointment_id is not None:
                appointment = get_or_raise(session, Appointment, appointment_id)
                if appointment.match_id != match_id:
                    raise ValidationError(
                        "Deze afspraak hoort bij een andere plaatsing.", "appointment_id"
                    )
            problem = Problem(
                match_id=match_id,
                appointment_id=appointment_id,
                raised_on=self.clock.today(),
                description=description,
                owner=ProblemOwner(owner),
                status=ProblemStatus.OPEN,
            )
            session.add(problem)
            session.flush()
            self._audit(session, "create", problem)
        return problem

    def update_problem(
        self,
        problem_id: uuid.UUID,
        *,
        owner: ProblemOwner | None = None,
        status: ProblemStatus | None = None,
        solution: str | None = None,
    ) -> Problem:
        """Change owner, solution or status. A solved problem needs its solution, checked on
        the result of all changes (so clearing it is refused). Reopening a solved problem
        clears its solution and the day it was solved, also when the old solution is sent
        along (a form sends what it shows); an open problem may hold a draft solution."""
        with self.store.session() as session:
            problem = get_or_raise(session, Problem, problem_id)
            was_solved = problem.status is ProblemStatus.SOLVED
            status = ProblemStatus(status) if status is not None else problem.status
            if owner is not None:
                problem.owner = ProblemOwner(owner)
            if was_solved and status is not ProblemStatus.SOLVED:
                problem.solution = problem.solved_on = None
            elif solution is not None:
                problem.solution = v.optional_text(solution)
            if status is ProblemStatus.SOLVED:
                if not problem.solution:
                    raise ValidationError(
                        "Beschrijf de oplossing voordat je het probleem afsluit.", "solution"
                    )
                problem.solved_on = problem.solved_on or self.clock.today()
            problem.status = status
            self._audit(session, "update", problem, problem.status.value)
        return problem

    def solve(self, problem_id: uuid.UUID, solution: str) -> Problem:
        solution = v.required_text(solution, "De oplossing", "solution")
        return self.update_problem(problem_id, solution=solution, status=ProblemStatus.SOLVED)

    def open_problem_count(self) -> int:
        with self.store.session() as session:
            stmt = select(func.count()).where(Problem.status != ProblemStatus.SOLVED)
            return session.scalar(stmt) or 0

    def problems(
        self, match_id: uuid.UUID | None = None, open_only: bool = False
    ) -> list[ProblemRow]:
        """Problems, unsolved first, oldest first: what waits longest comes first."""
        stmt = (
            select(Problem, Client.first_name, Client.last_name, Employer.name)
            .join(Match, Match.id == Problem.match_id)
            .join(Client, Client.id == Match.client_id)
            .join(Employer, Employer.id == Match.employer_id)
        )
        if match_id is not None:
            stmt = stmt.where(Problem.match_id == match_id)
        if open_only:
            stmt = stmt.where(Problem.status != ProblemStatus.SOLVED)
        with self.store.session() as session:
            rows = [
                ProblemRow(
                    p.id,
                    p.match_id,
                    f"{first} {last}",
                    employer,
                    p.raised_on,
                    p.description,
                    p.owner,
                    p.status,
                    p.solution,
                    p.solved_on,
                )
                for p, first, last, employer in session.execute(stmt)
            ]
        return sorted(
            rows, key=lambda r: (r.status is ProblemStatus.SOLVED, r.raised_on, r.client_name)
        )

    # --- durability -----------------------------------------------------------------------
    def record_outcome(
        self,
        match_id: uuid.UUID,
        months: int,
        still_working: bool,
        contract_form: str | None = None,
        reason: str | None = None,
    ) -> PlacementOutcome:
        """Record (or correct) the outcome at 3, 6 or 12 months. "Still working" can only be
        said once the checkpoint has come; a dropout can be recorded at once, with why. Only
        a match that was placed has outcomes."""
        if months not in CHECKPOINTS:
            raise ValidationError("Uitkomsten gelden na 3, 6 of 12 maanden.", "months")
        reason = v.optional_text(reason)
        if not still_working and not reason:
            raise ValidationError("Geef de reden van de uitval op.", "reason")
        today = self.clock.today()
        with self.store.session() as session:
            start = _placed_since(session, get_or_raise(session, Match, match_id))
            if start is None:
                raise ValidationError(
                    "Deze match is nooit geplaatst; uitkomsten gelden voor een "
                    "proefplaatsing of contract.",
                    "match_id",
                )
            if still_working and today < start + relativedelta(months=months):
                raise ValidationError(
                    f"Na {months} maanden is pas op "
                    f"{(start + relativedelta(months=months)).strftime('%d-%m-%Y')}.",
                    "months",
                )
            outcome = session.scalar(
                select(PlacementOutcome).where(
                    PlacementOutcome.match_id == match_id, PlacementOutcome.months == months
                )
            )
            if outcome is None:
                outcome = PlacementOutcome(match_id=match_id, months=months)
                session.add(outcome)
            outcome.recorded_on = today
            outcome.still_working = still_working
            outcome.contract_form = v.optional_text(contract_form)
            outcome.reason = None if still_working else reason
            session.flush()
            self._audit(session, "outcome", outcome, f"{months} mnd: {still_working}")
        return outcome

    def outcomes(self, match_id: uuid.UUID) -> dict[int, PlacementOutcome]:
        with self.store.session() as session:
            stmt = select(PlacementOutcome).where(PlacementOutcome.match_id == match_id)
            return {o.months: o for o in session.scalars(stmt)}

    # --- overview -------------------------------------------------------------------------
    def placements(self) -> list[PlacementRow]:
        """Everyone in proefplaatsing or contract, with what aftercare has planned."""
        now = self.clock.now()
        with self.store.session() as session:
            upcoming = {
                match_id: (count, first)
                for match_id, count, first in session.execute(
                    select(Appointment.match_id, func.count(), func.min(Appointment.starts_at))
                    .where(
                        Appointment.status == AppointmentStatus.PLANNED,
                        Appointment.starts_at >= now,
                        Appointment.match_id.is_not(None),
                    )
                    .group_by(Appointment.match_id)
                )
            }
            problems = dict(
                session.execute(
                    select(Problem.match_id, func.count())
                    .where(Problem.status != ProblemStatus.SOLVED)
                    .group_by(Problem.match_id)
                ).all()
            )
            rows = session.execute(
                select(
                    Match.id,
                    Match.client_id,
                    Match.employer_id,
                    Match.stage,
                    Match.stage_since,
                    Client.first_name,
                    Client.last_name,
                    Employer.name,
                    Workplace.title,
                )
                .join(Client, Client.id == Match.client_id)
                .join(Employer, Employer.id == Match.employer_id)
                .outerjoin(Workplace, Workplace.id == Match.workplace_id)
                .where(Match.stage.in_(list(PLACED_STAGES)))
            ).all()
            runs = latest_runs(session, [row[0] for row in rows])
        out = []
        for match_id, client_id, employer_id, stage, since, first, last, employer, title in rows:
            run = runs.get(match_id)
            start = run.started if run else since
            count, next_at = upcoming.get(match_id, (0, None))
            out.append(
                PlacementRow(
                    match_id,
                    client_id,
                    f"{first} {last}",
                    employer_id,
                    employer,
                    title,
                    stage,
                    local_day(start),
                    count,
                    next_at,
                    problems.get(match_id, 0),
                )
            )
        # without a schedule first: those need one; then the longest placed
        return sorted(out, key=lambda r: (r.planned > 0, r.started_on))
