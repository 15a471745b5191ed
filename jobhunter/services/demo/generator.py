"""Deterministic demo data: same seed and same ``today`` give the same store, ids included.

Dates are relative to ``today`` so the demo always shows current work: appointments today,
overdue follow-ups, matches that sit too long in a stage. Rows go in with Core bulk inserts
in one transaction, so 5,000 clients and 100,000 contact moments take seconds.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from jobhunter.models import (
    Appointment,
    Barrier,
    Client,
    ContactMoment,
    ContactPerson,
    Employer,
    Intervention,
    LearningGoal,
    Match,
    PhaseChange,
    Requirement,
    StageChange,
    Workplace,
)
from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    BarrierKind,
    CompanySize,
    ContactKind,
    DutchLevel,
    InterventionKind,
    InterventionStatus,
    Phase,
    RelationshipStatus,
    RequirementKind,
    Sector,
    Stage,
    WorkplaceStatus,
)
from jobhunter.services.clock import LOCAL_TZ, SYSTEM_CLOCK
from jobhunter.services.demo import vocabulary as voc
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store

DEMO_SECTORS = (
    Sector.CLEANING,
    Sector.CATERING,
    Sector.GREEN,
    Sector.PRODUCTION,
    Sector.LOGISTICS,
    Sector.CARE,
    Sector.TRANSPORT,
)
PIPELINE = (
    Stage.PROPOSED,
    Stage.EMPLOYER_PREBRIEF,
    Stage.INTERVIEW_PLANNED,
    Stage.DEBRIEF,
    Stage.TRIAL_PLACEMENT,
    Stage.CONTRACT,
)


_LETTERS = "ABCDEGHJKLMNPRST"


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    employers: int
    contact_persons: int
    workplaces: int
    matches: int
    contact_moments: int
    appointments: int


class _Gen:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows: dict[type, list[dict[str, Any]]] = {}

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def at(self, days_ago: float, hour: int | None = None) -> datetime:
        """A local working-hours moment ``days_ago`` days before today, as UTC."""
        day = self.today - timedelta(days=int(days_ago))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        hour = hour if hour is not None else self.rng.randint(8, 16)
        minute = self.rng.choice((0, 15, 30, 45))
        return datetime.combine(day, time(hour, minute), LOCAL_TZ).astimezone(UTC)

    def add(self, model: type, **values: Any) -> dict[str, Any]:
        values.setdefault("id", self.uuid())
        stamp = values.pop("_stamp", None) or datetime.combine(self.today, time(8), LOCAL_TZ)
        values.setdefault("created_at", stamp)
        values.setdefault("updated_at", stamp)
        self.rows.setdefault(model, []).append(values)
        return values

    def postcode(self, prefix: str) -> str:
        first, second = self.rng.choice(_LETTERS), self.rng.choice(_LETTERS)
        return f"{prefix}{self.rng.randint(10, 99)} {first}{second}"

    def phone(self) -> str:
        return f"06-{self.rng.randint(10_000_000, 99_999_999)}"


def generate_demo(
    store: Store,
    *,
    clients: int = 60,
    employers: int = 25,
    seed: int = 1,
    today: date | None = None,
    contact_moments: int | None = None,
) -> DemoSummary:
    with store.session() as session:
        existing = session.scalar(select(func.count()).select_from(Client)) or 0
        existing += session.scalar(select(func.count()).select_from(Employer)) or 0
    if existing:
        raise ValidationError(
            "De database is niet leeg; demogegevens worden alleen in een lege database gezet."
        )
    gen = _Gen(seed, today or SYSTEM_CLOCK.today())
    employer_rows, workplace_rows = _employers(gen, employers)
    client_rows = _clients(gen, clients)
    match_rows = _matches(gen, client_rows, workplace_rows)
    _appointments(gen, match_rows)
    moments = contact_moments if contact_moments is not None else clients * 20
    _contact_moments(gen, moments, client_rows, employer_rows)
    with store.session() as session:
        # parents before children, so foreign keys hold at every insert
        for model in (
            Employer,
            ContactPerson,
            Workplace,
            Requirement,
            Client,
            PhaseChange,
            Barrier,
            Intervention,
            LearningGoal,
            Match,
            StageChange,
            ContactMoment,
            Appointment,
        ):
            rows = gen.rows.get(model, [])
            for start in range(0, len(rows), 5000):
                session.execute(insert(model), rows[start : start + 5000])
    count = {model: len(rows) for model, rows in gen.rows.items()}
    return DemoSummary(
        clients=count.get(Client, 0),
        employers=count.get(Employer, 0),
        contact_persons=count.get(ContactPerson, 0),
        workplaces=count.get(Workplace, 0),
        matches=count.get(Match, 0),
        contact_moments=count.get(ContactMoment, 0),
        appointments=count.get(Appointment, 0),
    )


def _employers(gen: _Gen, n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = gen.rng
    employers, workplaces = [], []
    used: set[str] = set()
    for i in range(n):
        sector = DEMO_SECTORS[i % len(DEMO_SECTORS)]
        prefixes, names = voc.COMPANY_NAMES[sector]
        name = f"{rng.choice(prefixes)} {rng.choice(names)}"
        if name in used:
            name = f"{name} {rng.choice(voc.CITIES)[0]}"
        if name in used:
            name = f"{name} {i + 1}"
        used.add(name)
        city, pc = rng.choice(voc.CITIES)
        status = rng.choices(list(RelationshipStatus), weights=(3, 6, 2, 1))[0]
        if i == 3:  # always one ended for discrimination, so the flag shows in the demo
            status = RelationshipStatus.ENDED
        discrimination = i == 3
        ended_reason = None
        if status is RelationshipStatus.ENDED:
            ended_reason = (
                "Weigerde twee kandidaten openlijk vanwege afkomst; samenwerking beëindigd."
                if discrimination
                else "Bedrijf verhuisd naar Brabant."
            )
        follow_up = None
        if status in (RelationshipStatus.ACTIVE, RelationshipStatus.PROSPECT):
            follow_up = gen.today + timedelta(days=rng.randint(-20, 40))
        employer = gen.add(
            Employer,
            name=name,
            sector=sector,
            size=rng.choice(list(CompanySize)),
            city=city,
            address=f"{rng.choice(voc.STREETS)} {rng.randint(1, 180)}",
            postcode=gen.postcode(pc),
            website=f"https://www.{name.lower().replace(' ', '').replace('&', 'en')[:24]}.nl",
            status=status,
            ended_reason=ended_reason,
            ended_for_discrimination=discrimination,
            follow_up_on=follow_up,
            notes=rng.choice(
                (
                    "Wil altijd eerst één cv zien.",
                    "Eigenaar is zelf ooit via de gemeente aan werk gekomen.",
                    "Let op: ploegendienst.",
                    None,
                )
            ),
        )
        employers.append(employer)
        for c in range(rng.randint(1, 3)):
            first = rng.choice(voc.FIRST_NAMES)
            last = rng.choice(voc.LAST_NAMES)
            gen.add(
                ContactPerson,
                employer_id=employer["id"],
                name=f"{first} {last}",
                role=rng.choice(voc.CONTACT_ROLES),
                phone=gen.phone(),
                email=f"{first.lower()[:1]}.{last.lower().replace(' ', '')}@voorbeeld.nl".encode(
                    "ascii", "ignore"
                ).decode(),
                is_primary=c == 0,
            )
        for _ in range(rng.randint(1, 4)):
            workplace = gen.add(
                Workplace,
                employer_id=employer["id"],
                title=rng.choice(voc.WORKPLACES[sector]),
                tasks="Meewerken in een vast team; inwerken door een buddy.",
                hours_per_week=rng.choice((16, 20, 24, 28, 32, 36, 38)),
                contract_form=rng.choice(voc.CONTRACT_FORMS),
                city=city,
                status=rng.choices(list(WorkplaceStatus), weights=(6, 2, 1))[0],
            )
            workplaces.append(workplace)
            _requirements(gen, workplace, sector)
    return employers, workplaces


def _requirements(gen: _Gen, workplace: dict[str, Any], sector: Sector) -> None:
    rng = gen.rng
    wid = workplace["id"]
    if sector in (Sector.TRANSPORT, Sector.GREEN) or rng.random() < 0.15:
        gen.add(
            Requirement,
            workplace_id=wid,
            kind=RequirementKind.DRIVING_LICENCE,
            value="B",
            is_hard=sector is Sector.TRANSPORT,
        )
    gen.add(
        Requirement,
        workplace_id=wid,
        kind=RequirementKind.DUTCH_LEVEL,
        value=rng.choice(("A2", "B1")),
        is_hard=rng.random() < 0.6,
    )
    certificate = {
        Sector.LOGISTICS: "heftruckcertificaat",
        Sector.CATERING: "HACCP",
        Sector.PRODUCTION: "VCA",
    }.get(sector)
    if certificate:
        gen.add(
            Requirement,
            workplace_id=wid,
            kind=RequirementKind.CERTIFICATE,
            value=certificate,
            is_hard=rng.random() < 0.5,
        )
    gen.add(
        Requirement,
        workplace_id=wid,
        kind=RequirementKind.HOURS,
        value=str(workplace["hours_per_week"]),
        is_hard=True,
    )


def _clients(gen: _Gen, n: int) -> list[dict[str, Any]]:
    rng = gen.rng
    phases = (Phase.INTAKE, Phase.DEVELOPMENT, Phase.MATCHING, Phase.AFTERCARE, Phase.CLOSED)
    out = []
    for i in range(n):
        phase = phases[i % 4] if i < 8 else rng.choices(phases, weights=(2, 4, 4, 2, 1))[0]
        first, last = rng.choice(voc.FIRST_NAMES), rng.choice(voc.LAST_NAMES)
        city, pc = rng.choice(voc.CITIES)
        intake = gen.today - timedelta(days=rng.randint(20, 500))
        phase_since = intake + timedelta(days=rng.randint(0, (gen.today - intake).days))
        chance = None if rng.random() < 0.33 else rng.randint(10, 90)
        mail_name = f"{first}.{last}".lower().replace(" ", "")
        client = gen.add(
            Client,
            _stamp=gen.at((gen.today - intake).days),
            first_name=first,
            last_name=last,
            phase=phase,
            phase_since=phase_since,
            birth_year=gen.today.year - rng.randint(19, 62),
            email=f"{mail_name.encode('ascii', 'ignore').decode()}@voorbeeld.nl",
            phone=gen.phone(),
            city=city,
            postcode=gen.postcode(pc),
            languages=rng.choice(voc.LANGUAGES),
            dutch_level=rng.choice(list(DutchLevel)[1:6]),
            education=rng.choice(voc.EDUCATION),
            has_startkwalificatie=rng.random() < 0.35,
            work_experience=rng.choice(
                (
                    "Schoonmaak in hotel, 2 jaar.",
                    "Kok in eigen land.",
                    "Magazijn via uitzendbureau.",
                    "Geen betaald werk; vrijwilliger in de moskee.",
                    "Bezorger, 1 jaar.",
                )
            ),
            driving_licence=rng.random() < 0.4,
            own_transport=rng.random() < 0.6,
            hours_available=rng.choice((12, 16, 20, 24, 32, 36)),
            wishes=rng.choice(voc.WISHES),
            skills=rng.choice(voc.SKILLS),
            motivation=rng.choice(voc.MOTIVATION),
            werkverkenner_chance=chance,
            werkverkenner_date=None if chance is None else intake + timedelta(days=7),
            unemployed_since=intake - timedelta(days=rng.randint(30, 1500)),
            next_action=rng.choice(voc.NEXT_ACTIONS) if phase is not Phase.CLOSED else None,
            next_action_on=gen.today + timedelta(days=rng.randint(-5, 21))
            if phase is not Phase.CLOSED
            else None,
        )
        out.append(client)
        _client_file(gen, client, intake)
    return out


def _client_file(gen: _Gen, client: dict[str, Any], intake: date) -> None:
    rng = gen.rng
    cid, phase = client["id"], client["phase"]
    order = list(Phase)
    previous = None
    for step in order[: order.index(phase) + 1]:
        if step is Phase.CLOSED and phase is not Phase.CLOSED:
            break
        when = intake if previous is None else client["phase_since"]
        if previous is not None and step is not phase:
            when = intake + (client["phase_since"] - intake) * (order.index(step)) / (
                order.index(phase) + 1
            )
        gen.add(
            PhaseChange,
            client_id=cid,
            from_phase=previous,
            to_phase=step,
            changed_at=gen.at((gen.today - when).days),
            actor="demo",
            reason="Aangemeld door de gemeente"
            if previous is None
            else "Volgende stap in het traject",
        )
        previous = step
    for kind in rng.sample(list(BarrierKind)[:10], rng.randint(1, 3)):
        gen.add(
            Barrier,
            client_id=cid,
            kind=kind,
            severity=rng.randint(1, 3),
            note=rng.choice(voc.BARRIER_NOTES),
        )
    if phase is not Phase.INTAKE:
        for _ in range(rng.randint(1, 3)):
            start = intake + timedelta(days=rng.randint(10, 120))
            end = start + timedelta(days=rng.randint(14, 180))
            done = end < gen.today
            evaluated = done and rng.random() < 0.6
            gen.add(
                Intervention,
                client_id=cid,
                kind=rng.choice(list(InterventionKind)),
                goal=rng.choice(voc.INTERVENTION_GOALS),
                provider=rng.choice(voc.PROVIDERS),
                start_date=start,
                end_date=end,
                status=(
                    InterventionStatus.COMPLETED
                    if evaluated
                    else InterventionStatus.RUNNING
                    if start <= gen.today
                    else InterventionStatus.PLANNED
                ),
                evaluation="Duidelijk effect: meer zelfvertrouwen in gesprekken."
                if evaluated
                else None,
            )
        gen.add(
            LearningGoal,
            client_id=cid,
            text=rng.choice(voc.LEARNING_GOALS),
            set_on=intake + timedelta(days=14),
            achieved=rng.random() < 0.3,
        )


def _matches(
    gen: _Gen, clients: list[dict[str, Any]], workplaces: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    rng = gen.rng
    candidates = [c for c in clients if c["phase"] in (Phase.MATCHING, Phase.AFTERCARE)]
    if not candidates or not workplaces:
        return []
    stages = list(Stage)
    plan: list[tuple[dict[str, Any], Stage]] = []
    k = 0
    for client in candidates:
        if client["phase"] is Phase.AFTERCARE:
            plan.append((client, rng.choice((Stage.TRIAL_PLACEMENT, Stage.CONTRACT))))
        else:
            plan.append((client, stages[k % len(stages)]))
            k += 1
        if rng.random() < 0.3:  # an earlier introduction that did not work out
            plan.append((client, rng.choice((Stage.REJECTED, Stage.WITHDRAWN, Stage.DROPPED_OUT))))
    out = []
    for client, stage in plan:
        workplace = rng.choice(workplaces)
        started = rng.randint(5, 150)
        path = (
            list(PIPELINE[: PIPELINE.index(stage) + 1])
            if stage in PIPELINE
            else [*PIPELINE[: rng.randint(1, 4)], stage]
        )
        stamps = sorted(gen.at(rng.uniform(0, started)) for _ in path)
        match_id = gen.uuid()
        previous = None
        for step, stamp in zip(path, stamps, strict=True):
            gen.add(
                StageChange,
                match_id=match_id,
                from_stage=previous,
                to_stage=step,
                changed_at=stamp,
                note=rng.choice(voc.NOTE_BODIES) if previous else "Warme introductie",
            )
            previous = step
        match = gen.add(
            Match,
            id=match_id,
            client_id=client["id"],
            employer_id=workplace["employer_id"],
            workplace_id=workplace["id"],
            stage=stage,
            stage_since=stamps[-1],
            outcome_reason=rng.choice(voc.OUTCOME_REASONS) if stage.is_outcome else None,
            next_step=None
            if not stage.is_open
            else rng.choice(
                ("Gesprek voorbereiden", "Werkgever bellen", "Contract bespreken", "Route oefenen")
            ),
        )
        out.append(match)
    return out


def _appointments(gen: _Gen, matches: list[dict[str, Any]]) -> None:
    rng = gen.rng
    placed = [m for m in matches if m["stage"] in (Stage.TRIAL_PLACEMENT, Stage.CONTRACT)]
    for index, match in enumerate(placed):
        placed_on = match["stage_since"].astimezone(LOCAL_TZ).date()
        for week in (1, 2, 4, 8, 13, 26):
            day = placed_on + timedelta(weeks=week)
            kind = (
                AppointmentKind.EMPLOYEE_CHECKIN
                if week % 2
                else AppointmentKind.EMPLOYER_EVALUATION
            )
            if index == 0 and week == 1:
                day = gen.today  # the demo always has something today
            while day.weekday() >= 5:
                day += timedelta(days=1)
            start = datetime.combine(
                day, time(rng.choice((9, 10, 11, 13, 14, 15)), rng.choice((0, 30))), LOCAL_TZ
            )
            past = day < gen.today
            status = AppointmentStatus.PLANNED
            if past:
                status = rng.choices(
                    (
                        AppointmentStatus.DONE,
                        AppointmentStatus.CANCELLED,
                        AppointmentStatus.PLANNED,
                    ),
                    weights=(8, 1, 1),
                )[0]
            gen.add(
                Appointment,
                client_id=match["client_id"],
                employer_id=match["employer_id"],
                match_id=match["id"],
                kind=kind,
                starts_at=start.astimezone(UTC),
                ends_at=(start + timedelta(minutes=rng.choice((30, 45, 60)))).astimezone(UTC),
                location=rng.choice(
                    ("Op de werkplek", "Telefonisch", "Wijkkantoor", "Videobellen")
                ),
                status=status,
                notes="Gaat goed; wil meer uren." if status is AppointmentStatus.DONE else None,
            )


def _contact_moments(
    gen: _Gen, n: int, clients: list[dict[str, Any]], employers: list[dict[str, Any]]
) -> None:
    rng = gen.rng
    if not clients and not employers:
        return
    kinds = list(ContactKind)
    # Each client and employer is last seen some days ago (most recently, some long ago),
    # so the lists show who needs attention.
    last_seen = {
        id(r): rng.choice((0, 1, 2, 4, 7, 10, 15, 21, 35, 50, 80)) for r in clients + employers
    }
    for i in range(n):
        to_employer = employers and (not clients or rng.random() < 0.2)
        subject = rng.choice(employers) if to_employer else rng.choice(clients)
        ago = last_seen[id(subject)] + (rng.expovariate(1 / 40) if i % 3 else rng.uniform(0, 365))
        if to_employer:
            summary = rng.choice(voc.EMPLOYER_CONTACT_SUMMARIES)
            client_id, employer_id = None, subject["id"]
        else:
            summary = rng.choice(voc.CLIENT_CONTACT_SUMMARIES)
            client_id, employer_id = subject["id"], None
        gen.add(
            ContactMoment,
            client_id=client_id,
            employer_id=employer_id,
            kind=rng.choice(kinds),
            occurred_at=gen.at(min(ago, 365)),
            summary=summary,
            body=rng.choice(voc.NOTE_BODIES) if rng.random() < 0.5 else None,
        )
