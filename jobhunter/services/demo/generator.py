"""Deterministic demo data: the same seed and the same ``today`` give the same store, ids
and timestamps included.

Every date is relative to ``today`` so the demo always shows current work: appointments
today, overdue follow-ups and appointments, matches that sit long in a stage, interventions
past their end date without an evaluation. Nothing reads the wall clock.

All rows are built in memory first and then written with Core bulk inserts in one
transaction, parents before children; 5,000 clients with 100,000 contact moments take
seconds. The search-index triggers fill the FTS table on the way in.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from jobhunter.models import (
    Appointment,
    Arrangement,
    Barrier,
    Client,
    CompanyVisit,
    Consent,
    ContactMoment,
    ContactPerson,
    Employer,
    Intervention,
    LearningGoal,
    Match,
    PhaseChange,
    PlacementOutcome,
    PrimaryContactChange,
    Problem,
    Record,
    Requirement,
    StageChange,
    Workplace,
)
from jobhunter.models.enums import (
    SHARING_STAGES,
    AppointmentKind,
    AppointmentStatus,
    BarrierKind,
    CompanySize,
    ConsentCategory,
    ConsentParty,
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
from jobhunter.services.caseload import FACTORS, WORK_SKILLS
from jobhunter.services.clock import LOCAL_TZ, SYSTEM_CLOCK, local_day
from jobhunter.services.demo import vocabulary as voc
from jobhunter.services.demo.aftercare import add_aftercare_details
from jobhunter.services.demo.network import add_network_details
from jobhunter.services.demo.preparation import preparation
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store

Row = dict[str, Any]

DEMO_SECTORS = (
    Sector.CLEANING, Sector.CATERING, Sector.GREEN, Sector.PRODUCTION, Sector.LOGISTICS,
    Sector.CARE, Sector.TRANSPORT,
)  # fmt: skip
PIPELINE = (
    Stage.PROPOSED, Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED, Stage.DEBRIEF,
    Stage.TRIAL_PLACEMENT, Stage.CONTRACT,
)  # fmt: skip
OUTCOMES = (Stage.REJECTED, Stage.WITHDRAWN, Stage.DROPPED_OUT)
#: stages handed out in turn to clients in the matching phase; the outcomes come early so a
#: small demo still shows every stage (aftercare clients add placements of their own)
MATCHING_CYCLE = (*PIPELINE[:4], *OUTCOMES, Stage.TRIAL_PLACEMENT, Stage.CONTRACT)
PHASES = (Phase.INTAKE, Phase.DEVELOPMENT, Phase.MATCHING, Phase.AFTERCARE, Phase.CLOSED)
TRAJECTORY = PHASES[:4]
PHASE_WEIGHTS = (2, 4, 4, 2, 1)
#: how many days before today the intake was, by current phase
INTAKE_DAYS_AGO = {
    Phase.INTAKE: (3, 45),
    Phase.DEVELOPMENT: (30, 300),
    Phase.MATCHING: (90, 540),
    Phase.AFTERCARE: (150, 600),
    Phase.CLOSED: (120, 400),
}
PHASE_REASONS = {
    Phase.INTAKE: "Aangemeld door Werk en Inkomen",
    Phase.DEVELOPMENT: "Plan van aanpak vastgesteld",
    Phase.MATCHING: "Klaar voor bemiddeling",
    Phase.AFTERCARE: "Geplaatst; nazorg gestart",
}
CLOSED_REASONS = {
    Phase.AFTERCARE: "Uitgestroomd naar werk; nazorg afgerond",
    None: "Traject gestopt: verhuisd naar een andere gemeente",
}
ACTOR = "demo"
#: 08:00 to 15:45 in quarters of an hour: the moments a jobhunter logs work
SLOTS_PER_DAY = 32
#: a Monday; weekdays are counted from here
EPOCH_MONDAY = date(2000, 1, 3)
INSERT_ORDER: tuple[type[Record], ...] = (
    Employer, ContactPerson, PrimaryContactChange, CompanyVisit, Workplace, Requirement,
    Arrangement, Client, PhaseChange, Barrier, Intervention, LearningGoal, Consent, Match,
    StageChange,
    ContactMoment, Appointment, Problem, PlacementOutcome,
)  # fmt: skip
BATCH = 10_000
#: page cache during the bulk insert, in KiB (negative means KiB to SQLite)
BULK_CACHE_KIB = -131_072
#: aftercare appointments this many weeks after the start of a placement
AFTERCARE_WEEKS = (1, 2, 4, 6, 9, 13, 26)
PLANNING_HORIZON_DAYS = 42
TODAY_TIMES = (time(9, 30), time(11, 0), time(14, 0))
_TRANSLITERATE = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss", "'": "", " ": "",
     "-": "", "&": "en", ".": ""}
)  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind were made."""

    clients: int
    employers: int
    contact_persons: int
    workplaces: int
    matches: int
    contact_moments: int
    appointments: int


def generate_demo(
    store: Store,
    *,
    clients: int = 60,
    employers: int = 25,
    seed: int = 1,
    today: date | None = None,
    contact_moments: int | None = None,
) -> DemoSummary:
    """Fill an empty store with fictional clients, employers, matches and activity.

    ``contact_moments`` defaults to 20 per client. Raises ValidationError when the store
    already holds a client or an employer, so real data is never mixed with demo data.
    """
    moments = clients * 20 if contact_moments is None else contact_moments
    if min(clients, employers, moments) < 0:
        raise ValidationError("Het aantal demorecords mag niet negatief zijn.")
    with store.session() as session:
        if _has_data(session):
            raise ValidationError(
                "De database is niet leeg; demogegevens worden alleen in een lege database gezet."
            )
        gen = _Generator(seed, today or SYSTEM_CLOCK.today())
        gen.build(clients, employers, moments)
        gen.write(session)
    return gen.summary()


def _has_data(session: Session) -> bool:
    for model in (Client, Employer):
        if session.scalar(select(func.count()).select_from(model)):
            return True
    return False


def ascii_slug(text: str) -> str:
    """'Özdemir' -> 'ozdemir', "van 't Hof" -> 'vanthof': for e-mail addresses and websites."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    return decomposed.encode("ascii", "ignore").decode().lower()


def _weekday_index(day: date, *, forward: bool) -> int:
    """Number of weekdays from EPOCH_MONDAY; a weekend day moves forward or back."""
    weeks, weekday = divmod((day - EPOCH_MONDAY).days, 7)
    if weekday >= 5:
        return (weeks + 1) * 5 if forward else weeks * 5 + 4
    return weeks * 5 + weekday


def _weekday(index: int) -> date:
    weeks, weekday = divmod(index, 5)
    return EPOCH_MONDAY + timedelta(weeks=weeks, days=weekday)


def _on_weekday(day: date, *, forward: bool) -> date:
    return _weekday(_weekday_index(day, forward=forward))


@dataclass
class _ClientPlan:
    """A client row with the trajectory behind it, before the phase history is written."""

    row: Row
    phases: list[Phase]
    moments: list[datetime]
    intake_days_ago: int
    matching_day: date | None = None
    barriers: set[BarrierKind] = field(default_factory=set)


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows: dict[type[Record], list[Row]] = {model: [] for model in INSERT_ORDER}
        self.employer_by_id: dict[uuid.UUID, Row] = {}
        self.employer_days: list[int] = []  # days since each employer was added
        self.workplaces: list[Row] = []
        self.plans: list[_ClientPlan] = []
        self.placed: list[tuple[Row, datetime]] = []  # match and start of the placement
        self.pairs: list[tuple[uuid.UUID, uuid.UUID, int]] = []  # client, employer, days
        #: client -> the first and last day a match of theirs told an employer about them
        self.shared: dict[uuid.UUID, tuple[date, date]] = {}
        #: clients only just proposed: no consent in force (withdrawn if they had one)
        self.consent_withheld: set[uuid.UUID] = set()
        self._background_weights = [b.weight for b in voc.BACKGROUNDS]

    # --- basics ---------------------------------------------------------------------------
    def build(self, clients: int, employers: int, contact_moments: int) -> None:
        self._employers(employers)
        for index in range(clients):
            self._client(index)
        self._matches()
        self._consents()
        self._phase_history()
        self._appointments()
        add_aftercare_details(self)
        add_network_details(self)  # its visits count towards the contact moments asked for
        self._contact_moments(max(0, contact_moments - len(self.rows[ContactMoment])))

    def write(self, session: Session) -> None:
        """Core bulk inserts, one executemany per batch of rows with the same columns.

        A larger page cache for this transaction keeps the random-UUID indexes in memory;
        contact moments go in in time order, as they would have been written.
        """
        self.rows[ContactMoment].sort(key=lambda row: row["occurred_at"])
        previous_cache = session.execute(text("PRAGMA cache_size")).scalar_one()
        session.execute(text(f"PRAGMA cache_size={BULK_CACHE_KIB}"))
        try:
            self._insert(session)
        finally:
            session.execute(text(f"PRAGMA cache_size={int(previous_cache)}"))

    def _insert(self, session: Session) -> None:
        for model in INSERT_ORDER:
            groups: dict[tuple[str, ...], list[Row]] = {}
            for row in self.rows[model]:
                groups.setdefault(tuple(row), []).append(row)
            table = model.__table__
            assert isinstance(table, Table)
            statement = insert(table)
            for rows in groups.values():
                for start in range(0, len(rows), BATCH):
                    session.execute(statement, rows[start : start + BATCH])

    def summary(self) -> DemoSummary:
        count = {model: len(rows) for model, rows in self.rows.items()}
        return DemoSummary(
            clients=count[Client],
            employers=count[Employer],
            contact_persons=count[ContactPerson],
            workplaces=count[Workplace],
            matches=count[Match],
            contact_moments=count[ContactMoment],
            appointments=count[Appointment],
        )

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def add(
        self, model: type[Record], created: datetime, updated: datetime | None = None, **values: Any
    ) -> Row:
        row: Row = {"id": values.pop("id", None) or self.uuid()}
        row["created_at"] = created
        row["updated_at"] = max(created, updated or created)
        row.update(values)
        self.rows[model].append(row)
        return row

    def at(self, day: date, slot: int | None = None) -> datetime:
        """A working-hours moment (Europe/Amsterdam) on ``day``, a weekend moved back to
        Friday, returned in UTC."""
        weekday = day.weekday()
        if weekday >= 5:
            day -= timedelta(days=weekday - 4)
        if slot is None:
            slot = self.rng.randrange(SLOTS_PER_DAY)
        local = datetime.combine(day, time(8 + slot // 4, 15 * (slot % 4)), LOCAL_TZ)
        return local.astimezone(UTC)

    def days_ago(self, days: int) -> datetime:
        return self.at(self.today - timedelta(days=days))

    def moments(self, first: date, last: date, count: int) -> list[datetime]:
        """``count`` strictly increasing working-hours moments on weekdays in [first, last]."""
        low = _weekday_index(first, forward=True)
        high = max(low, _weekday_index(last, forward=False))
        picks = sorted(
            self.rng.sample(range(low * SLOTS_PER_DAY, (high + 1) * SLOTS_PER_DAY), count)
        )
        return [self.at(_weekday(p // SLOTS_PER_DAY), p % SLOTS_PER_DAY) for p in picks]

    def postcode(self, low: int, high: int) -> str:
        letters = voc.POSTCODE_LETTERS
        while True:
            pair = self.rng.choice(letters) + self.rng.choice(letters)
            if pair not in voc.POSTCODE_FORBIDDEN:
                return f"{self.rng.randint(low, high)} {pair}"

    def mobile(self) -> str:
        # 06-1 to 06-6: the blocks given out for mobiles (06-7 and 06-9 are not)
        return f"06-{self.rng.randint(10_000_000, 69_999_999)}"

    def landline(self, area: str) -> str:
        digits = 10 - len(area)
        return f"{area}-{self.rng.randint(2 * 10 ** (digits - 1), 10**digits - 1)}"

    def person(self) -> tuple[voc.Background, str, str]:
        background = self.rng.choices(voc.BACKGROUNDS, weights=self._background_weights)[0]
        first = self.rng.choice(background.first_names)
        return background, first, self.rng.choice(background.last_names)

    # --- employers ------------------------------------------------------------------------
    def _employers(self, count: int) -> None:
        rng = self.rng
        discriminating = min(3, count - 1)
        others = [i for i in range(count) if i not in (0, discriminating)]
        ended = set(rng.sample(others, min(len(others), max(1, count // 50)))) if others else set()
        ended.add(discriminating)
        used: set[str] = set()
        for index in range(count):
            sector = DEMO_SECTORS[index] if index < len(DEMO_SECTORS) else rng.choice(DEMO_SECTORS)
            if index in ended:
                status = RelationshipStatus.ENDED
            elif index == 0:
                status = RelationshipStatus.ACTIVE
            else:
                status = rng.choices(
                    (RelationshipStatus.PROSPECT, RelationshipStatus.ACTIVE,
                     RelationshipStatus.DORMANT), weights=(3, 6, 2),
                )[0]  # fmt: skip
            self._employer(index, sector, status, index == discriminating, used)

    def _company_name(self, sector: Sector, city: str, index: int, used: set[str]) -> str:
        rng = self.rng
        kinds, parts = voc.COMPANY_NAMES[sector]
        family = 0.2 if sector is Sector.CARE else 0.5
        for _ in range(6):
            if rng.random() < family:
                surname = self.person()[2]
                part = surname[0].upper() + surname[1:] + rng.choice(voc.FAMILY_SUFFIXES)
            else:
                part = rng.choice(parts) + rng.choice(voc.COMPANY_SUFFIXES)
            name = f"{rng.choice(kinds)} {part}"
            if name not in used:
                break
        if name in used:
            name = f"{name} {city}"
        if name in used:
            name = f"{name} {index + 1}"
        used.add(name)
        return name

    def _employer(
        self,
        index: int,
        sector: Sector,
        status: RelationshipStatus,
        discriminating: bool,
        used: set[str],
    ) -> None:
        rng = self.rng
        city, low, high, area = rng.choice(voc.CITIES)
        name = self._company_name(sector, city, index, used)
        domain = ascii_slug(name.removesuffix(" B.V.")) + ".nl"
        age = rng.randint(60, 1100)
        ended_reason = None
        if status is RelationshipStatus.ENDED:
            reasons = voc.DISCRIMINATION_REASONS if discriminating else voc.ENDED_REASONS
            ended_reason = rng.choice(reasons)
        follow_up = None
        if status in (RelationshipStatus.ACTIVE, RelationshipStatus.PROSPECT):
            follow_up = self.today + timedelta(days=rng.randint(-21, 45))  # some overdue
        elif status is RelationshipStatus.DORMANT and rng.random() < 0.5:
            follow_up = self.today + timedelta(days=rng.randint(30, 120))
        employer = self.add(
            Employer,
            self.days_ago(age),
            self.days_ago(rng.randint(1, age)),
            name=name,
            sector=sector,
            size=rng.choices(list(CompanySize), weights=(5, 3, 1))[0],
            city=city,
            address=f"{rng.choice(voc.STREETS)} {rng.randint(1, 220)}",
            postcode=self.postcode(low, high),
            website=f"https://www.{domain}",
            status=status,
            ended_reason=ended_reason,
            ended_for_discrimination=discriminating,
            follow_up_on=follow_up,
            notes=rng.choice(voc.EMPLOYER_NOTES) if rng.random() < 0.7 else None,
        )
        self.employer_by_id[employer["id"]] = employer
        self.employer_days.append(age)
        for number in range(rng.choices((1, 2, 3), weights=(4, 4, 2))[0]):
            _, first, last = self.person()
            self.add(
                ContactPerson,
                employer["created_at"],
                employer_id=employer["id"],
                name=f"{first} {last}",
                role=rng.choice(voc.CONTACT_ROLES),
                phone=self.mobile() if number == 0 or rng.random() < 0.5 else self.landline(area),
                email=f"{ascii_slug(first)[:1]}.{ascii_slug(last)}@{domain}",
                is_primary=number == 0,
            )
        for _ in range(rng.randint(1, 4)):
            if status is RelationshipStatus.ENDED:
                wp_status = WorkplaceStatus.CLOSED
            elif status is RelationshipStatus.DORMANT:
                wp_status = rng.choice((WorkplaceStatus.FILLED, WorkplaceStatus.CLOSED))
            else:
                wp_status = rng.choices(list(WorkplaceStatus), weights=(6, 2, 1))[0]
            title = rng.choice(voc.WORKPLACES[sector])
            workplace = self.add(
                Workplace,
                self.days_ago(rng.randint(1, age)),
                employer_id=employer["id"],
                title=title,
                tasks=rng.choice(voc.WORKPLACE_TASKS[sector]),
                hours_per_week=rng.choice((12, 16, 20, 24, 28, 32, 36, 38)),
                contract_form=rng.choice(voc.CONTRACT_FORMS),
                city=city,
                status=wp_status,
            )
            self.workplaces.append(workplace)
            self._requirements(workplace, sector, title)

    def _requirements(self, workplace: Row, sector: Sector, title: str) -> None:
        rng = self.rng

        def requirement(kind: RequirementKind, value: str, hard: bool) -> None:
            self.add(Requirement, workplace["created_at"], workplace_id=workplace["id"],
                     kind=kind, value=value, is_hard=hard)  # fmt: skip

        drives = any(word in title for word in ("chauffeur", "Chauffeur", "Taxi", "Bijrijder"))
        if sector is Sector.TRANSPORT or rng.random() < 0.12:
            requirement(RequirementKind.DRIVING_LICENCE, "B", drives and "Bijrijder" not in title)
        level = "B1" if sector in (Sector.CARE, Sector.CATERING) and rng.random() < 0.6 else "A2"
        requirement(RequirementKind.DUTCH_LEVEL, level, rng.random() < 0.5)
        certificates = voc.SECTOR_CERTIFICATES.get(sector, ())
        if certificates and rng.random() < 0.8:
            certificate = rng.choice(certificates)
            hard = "Heftruck" in title or rng.random() < 0.3
            requirement(RequirementKind.CERTIFICATE, certificate, hard)
        requirement(RequirementKind.HOURS, str(workplace["hours_per_week"]), rng.random() < 0.7)
        if rng.random() < 0.3:
            requirement(RequirementKind.OTHER, rng.choice(voc.OTHER_REQUIREMENTS), False)

    # --- clients --------------------------------------------------------------------------
    def _client(self, index: int) -> None:
        rng, today = self.rng, self.today
        phase = PHASES[index] if index < len(PHASES) else rng.choices(PHASES, PHASE_WEIGHTS)[0]
        background, first, last = self.person()
        city, low, high, _ = rng.choice(voc.CITIES)
        age = rng.choice((rng.randint(18, 26), rng.randint(27, 44), rng.randint(45, 54),
                          rng.randint(55, 64), rng.randint(27, 54)))  # fmt: skip
        abroad = background.country is not None and rng.random() < 0.85
        if abroad:
            education = rng.choice(voc.EDUCATION_ABROAD).format(country=background.country)
            startkwalificatie = False
            dutch = rng.choices(list(DutchLevel)[:5], weights=(1, 3, 4, 3, 1))[0]
        else:
            education, startkwalificatie = rng.choice(voc.EDUCATION_NL)
            native = background.country is None
            dutch = rng.choice((DutchLevel.C1, DutchLevel.C2) if native else list(DutchLevel)[4:])
        licence = rng.random() < (0.3 if abroad else 0.55)

        intake_ago = rng.randint(*INTAKE_DAYS_AGO[phase])
        intake_day = _on_weekday(today - timedelta(days=intake_ago), forward=False)
        intake_ago = (today - intake_day).days
        if phase is Phase.CLOSED:
            phases = [*TRAJECTORY[: rng.randint(1, 4)], Phase.CLOSED]
        else:
            phases = list(TRAJECTORY[: TRAJECTORY.index(phase) + 1])
        # aftercare starts with the placement itself; it is added when the match is made
        before = phases[:-1] if phase is Phase.AFTERCARE else phases
        last_day = today - timedelta(days={Phase.MATCHING: 30, Phase.AFTERCARE: 60}.get(phase, 1))
        moments = self.moments(intake_day, intake_day, 1)
        if len(before) > 1:
            moments += self.moments(intake_day + timedelta(days=1), last_day, len(before) - 1)

        chance = None if rng.random() < 0.33 else rng.randint(10, 90)
        factors = None
        if chance is not None:
            centre = 1 + 4 * chance / 100
            factors = {f: min(5, max(1, round(rng.gauss(centre, 1)))) for f in FACTORS}
        hours = rng.choice((12, 16, 20, 24, 28, 32, 36, 40))
        values: Row = {
            "first_name": first,
            "last_name": last,
            "phase": phase,
            "phase_since": local_day(moments[-1]),
            "birth_year": today.year - age,
            "email": (
                f"{ascii_slug(first)}.{ascii_slug(last)}{rng.choice(('', '', '1', '82', '07'))}"
                f"@{rng.choice(('example.com', 'example.net'))}"
                if rng.random() < 0.85
                else None
            ),
            "phone": self.mobile() if rng.random() < 0.95 else None,
            "city": city,
            "postcode": self.postcode(low, high),
            "languages": rng.choice(background.languages),
            "dutch_level": dutch,
            "education": education,
            "has_startkwalificatie": startkwalificatie,
            "work_experience": rng.choice(
                voc.WORK_EXPERIENCE + voc.WORK_EXPERIENCE_ABROAD if abroad else voc.WORK_EXPERIENCE
            ).format(country=background.country),
            "driving_licence": licence,
            "own_transport": rng.random() < (0.7 if licence else 0.2),
            "hours_available": hours,
            "wishes": " ".join(rng.sample(voc.WISHES, rng.randint(1, 2))),
            "skills": " ".join(rng.sample(voc.SKILLS, rng.randint(1, 2))),
            "motivation": rng.choice(
                voc.MOTIVATION + voc.MOTIVATION_NEWCOMER if abroad else voc.MOTIVATION
            ),
            "werkverkenner_chance": chance,
            "werkverkenner_date": (
                None
                if chance is None
                else min(intake_day + timedelta(days=rng.randint(2, 20)), today)
            ),
            "unemployed_since": intake_day - timedelta(days=rng.randint(60, 2500)),
            "notes": rng.choice(voc.CLIENT_NOTES) if rng.random() < 0.3 else None,
            "next_action": None,
            "next_action_on": None,
        }
        if phase is not Phase.CLOSED:
            values["next_action"] = rng.choice(voc.NEXT_ACTIONS)
            values["next_action_on"] = today + timedelta(days=rng.randint(-7, 21))
        # JSON columns are left out rather than set to None, so they stay SQL NULL
        if factors is not None:
            values["werkverkenner_factors"] = factors
        if phase is not Phase.INTAKE:
            values["work_skills"] = {s: rng.choices((1, 2, 3, 4), (1, 3, 4, 3))[0]
                                     for s in WORK_SKILLS}  # fmt: skip
        row = self.add(Client, moments[0], moments[-1], **values)
        plan = _ClientPlan(row, before, moments, intake_ago)
        if phase in (Phase.MATCHING, Phase.AFTERCARE):
            plan.matching_day = local_day(moments[phases.index(Phase.MATCHING)])
        self.plans.append(plan)
        self._barriers(plan, age, dutch, startkwalificatie)
        if Phase.DEVELOPMENT in phases:
            self._plan_of_approach(plan)

    def _barriers(
        self, plan: _ClientPlan, age: int, dutch: DutchLevel, startkwalificatie: bool
    ) -> None:
        rng = self.rng
        found: dict[BarrierKind, int] = {}
        if dutch.rank <= DutchLevel.A2.rank:
            found[BarrierKind.LANGUAGE] = 3 if dutch.rank <= DutchLevel.A1.rank else 2
        elif dutch is DutchLevel.B1 and rng.random() < 0.5:
            found[BarrierKind.LANGUAGE] = 1
        if not startkwalificatie and rng.random() < 0.7:
            found[BarrierKind.NO_STARTKWALIFICATIE] = rng.randint(1, 2)
        if age >= 50 and rng.random() < 0.7:
            found[BarrierKind.AGE] = rng.randint(1, 3)
        extra = [k for k in voc.BARRIER_NOTES if k not in found]
        for kind in rng.sample(extra, rng.randint(0 if found else 1, 2)):
            found[kind] = rng.randint(1, 3)
        for kind, severity in found.items():
            self.add(Barrier, plan.row["created_at"], client_id=plan.row["id"], kind=kind,
                     severity=severity, note=rng.choice(voc.BARRIER_NOTES[kind]))  # fmt: skip
        plan.barriers = set(found)

    def _plan_of_approach(self, plan: _ClientPlan) -> None:
        rng, today = self.rng, self.today
        client_id, created = plan.row["id"], plan.moments[1]  # when development started
        closed = plan.row["phase"] is Phase.CLOSED
        kinds = list(InterventionKind)
        for _ in range(rng.randint(1, 3)):
            if BarrierKind.LANGUAGE in plan.barriers and rng.random() < 0.5:
                kind = InterventionKind.LANGUAGE_COURSE
            else:
                kind = rng.choice(kinds)
            start = local_day(created) + timedelta(days=rng.randint(0, 60))
            end = start + timedelta(days=rng.randint(14, 180))
            if closed:
                end = min(end, local_day(plan.moments[-1]))
                start = min(start, end)
            evaluation = None
            if start > today:
                status = InterventionStatus.PLANNED
            elif end >= today:
                status = InterventionStatus.RUNNING
            else:
                # past its end date: evaluated, stopped, or (bijsturen!) not yet evaluated
                status = rng.choices(
                    (InterventionStatus.COMPLETED, InterventionStatus.STOPPED,
                     InterventionStatus.RUNNING), weights=(6, 1, 0 if closed else 3),
                )[0]  # fmt: skip
                if status is not InterventionStatus.RUNNING:
                    evaluation = rng.choice(voc.EVALUATIONS)
            self.add(
                Intervention, created, client_id=client_id, kind=kind,
                goal=rng.choice(voc.INTERVENTION_GOALS[kind]), provider=rng.choice(voc.PROVIDERS),
                start_date=start, end_date=end, status=status, evaluation=evaluation,
            )  # fmt: skip
        for goal in rng.sample(voc.LEARNING_GOALS, rng.randint(1, 2)):
            achieved = rng.random() < 0.3
            self.add(
                LearningGoal, created, client_id=client_id, text=goal,
                set_on=local_day(created), achieved=achieved,
                reflection="Lukt steeds beter; voelt zich zekerder." if achieved else None,
            )  # fmt: skip

    # --- matches --------------------------------------------------------------------------
    def _matches(self) -> None:
        rng, today = self.rng, self.today
        if not self.workplaces:
            return

        def pool(statuses: tuple[RelationshipStatus, ...], open_only: bool = False) -> list[Row]:
            found = [
                w
                for w in self.workplaces
                if self.employer_by_id[w["employer_id"]]["status"] in statuses
                and (not open_only or w["status"] is WorkplaceStatus.OPEN)
            ]
            return found or self.workplaces

        placing = pool((RelationshipStatus.ACTIVE,))
        proposing = pool((RelationshipStatus.ACTIVE, RelationshipStatus.PROSPECT), True)
        past = pool((RelationshipStatus.ACTIVE, RelationshipStatus.PROSPECT,
                     RelationshipStatus.DORMANT))  # fmt: skip
        discriminating = [
            w
            for w in self.workplaces
            if self.employer_by_id[w["employer_id"]]["ended_for_discrimination"]
        ]
        turn = failures = 0
        yesterday = today - timedelta(days=1)
        for plan in self.plans:
            if plan.matching_day is None:
                continue
            first_day = plan.matching_day + timedelta(days=1)
            if plan.row["phase"] is Phase.AFTERCARE:
                stage = rng.choice((Stage.TRIAL_PLACEMENT, Stage.CONTRACT))
                path = list(PIPELINE[: PIPELINE.index(stage) + 1])
                start = max(first_day, today - timedelta(days=200))
                moments = self.moments(start, yesterday, len(path))
                plan.phases.append(Phase.AFTERCARE)
                plan.moments.append(moments[4])  # placed: aftercare starts
            else:
                stage = MATCHING_CYCLE[turn % len(MATCHING_CYCLE)]
                turn += 1
                if stage in PIPELINE:
                    path = list(PIPELINE[: PIPELINE.index(stage) + 1])
                else:
                    path = [*PIPELINE[: rng.randint(1, 4)], stage]
                start = max(first_day, today - timedelta(days=120))
                moments = self.moments(start, yesterday, len(path))
            if stage in (Stage.TRIAL_PLACEMENT, Stage.CONTRACT):
                workplace = rng.choice(placing)
            elif stage.is_outcome:
                workplace = rng.choice(past)
            else:
                workplace = rng.choice(proposing)
            self._match(plan, workplace, path, moments)
            if stage is Stage.PROPOSED:
                self.consent_withheld.add(plan.row["id"])
            if rng.random() < 0.3:  # an earlier introduction that did not work out
                if discriminating and failures < 2:
                    stage, workplace = Stage.REJECTED, rng.choice(discriminating)
                    reason: str | None = voc.DISCRIMINATION_REJECTION
                else:
                    stage, workplace = OUTCOMES[failures % 3], rng.choice(past)
                    reason = None
                failures += 1
                path = [*PIPELINE[: rng.randint(1, 4)], stage]
                self._match(plan, workplace, path, self.moments(first_day, yesterday, len(path)),
                            reason)  # fmt: skip

    def _match(
        self,
        plan: _ClientPlan,
        workplace: Row,
        path: list[Stage],
        moments: list[datetime],
        reason: str | None = None,
    ) -> None:
        rng = self.rng
        stage = path[-1]
        if stage.is_outcome and reason is None:
            reason = rng.choice(voc.OUTCOME_REASONS[stage])
        match_id = self.uuid()
        previous = None
        for step, moment in zip(path, moments, strict=True):
            note = reason if step.is_outcome else rng.choice(voc.STAGE_NOTES[step])
            self.add(StageChange, moment, match_id=match_id, from_stage=previous, to_stage=step,
                     changed_at=moment, note=note)  # fmt: skip
            previous = step
        steps = voc.NEXT_STEPS.get(stage)
        match = self.add(
            Match, moments[0], moments[-1], id=match_id, client_id=plan.row["id"],
            employer_id=workplace["employer_id"], workplace_id=workplace["id"], stage=stage,
            stage_since=moments[-1], outcome_reason=reason if stage.is_outcome else None,
            next_step=rng.choice(steps) if steps else None,
            notes=rng.choice(voc.NOTE_BODIES) if rng.random() < 0.2 else None,
            **preparation(rng, path, moments, self.today),
        )  # fmt: skip
        if stage is Stage.CONTRACT:
            workplace["status"] = WorkplaceStatus.FILLED
        if stage in (Stage.TRIAL_PLACEMENT, Stage.CONTRACT):
            self.placed.append((match, moments[path.index(Stage.TRIAL_PLACEMENT)]))
        days = (self.today - local_day(moments[0])).days
        self.pairs.append((plan.row["id"], workplace["employer_id"], days))
        if any(step in SHARING_STAGES for step in path):
            first = next(m for s, m in zip(path, moments, strict=True) if s in SHARING_STAGES)
            known = self.shared.get(plan.row["id"])
            span = (local_day(first), local_day(moments[-1]))
            if known is not None:
                span = (min(known[0], span[0]), max(known[1], span[1]))
            self.shared[plan.row["id"]] = span

    def _consents(self) -> None:
        """A consent to share with employers for every client whose match reached the
        employer's pre-briefing, given when matching began (the pipeline refuses those
        stages without one). A client only just proposed again has none in force: never
        given, or withdrawn after their last try. Ids and choices are derived, not drawn,
        so the rest of the demo stays as it was."""
        for plan in self.plans:
            client_id = plan.row["id"]
            span = self.shared.get(client_id)
            if span is None:
                continue
            given = min(plan.matching_day or span[0], span[0])
            withdrawn = None
            if client_id in self.consent_withheld:
                withdrawn = min(self.today, span[1] + timedelta(days=1))
            named = (
                [ConsentCategory.HEALTH.value]
                if BarrierKind.HEALTH in plan.barriers and client_id.int % 2 == 0
                else []
            )
            scope = voc.CONSENT_SCOPES[client_id.int % len(voc.CONSENT_SCOPES)]
            if named:
                scope += " Ook de gezondheidsklachten, zodat de werkgever er rekening mee houdt."
            self.add(
                Consent, self.at(given, 0), self.at(withdrawn, 0) if withdrawn else None,
                id=uuid.uuid5(client_id, "consent-employers"), client_id=client_id,
                party=ConsentParty.EMPLOYERS, scope=scope, given_on=given,
                withdrawn_on=withdrawn,
                withdrawn_reason=voc.CONSENT_WITHDRAWN if withdrawn else None, categories=named,
            )  # fmt: skip

    def _phase_history(self) -> None:
        yesterday = self.today - timedelta(days=1)
        for plan in self.plans:
            if plan.row["phase"] is Phase.AFTERCARE and Phase.AFTERCARE not in plan.phases:
                assert plan.matching_day is not None  # placed without a match: no employers
                start = plan.matching_day + timedelta(days=1)
                plan.phases.append(Phase.AFTERCARE)
                plan.moments += self.moments(start, yesterday, 1)
            previous: Phase | None = None
            for phase, moment in zip(plan.phases, plan.moments, strict=True):
                reason = (
                    CLOSED_REASONS[Phase.AFTERCARE if previous is Phase.AFTERCARE else None]
                    if phase is Phase.CLOSED
                    else PHASE_REASONS[phase]
                )
                self.add(PhaseChange, moment, client_id=plan.row["id"], from_phase=previous,
                         to_phase=phase, changed_at=moment, actor=ACTOR, reason=reason)  # fmt: skip
                previous = phase
            plan.row["phase_since"] = local_day(plan.moments[-1])
            plan.row["updated_at"] = max(plan.row["updated_at"], plan.moments[-1])

    # --- activity -------------------------------------------------------------------------
    def _appointments(self) -> None:
        rng, today = self.rng, self.today
        horizon = today + timedelta(days=PLANNING_HORIZON_DAYS)
        overdue = 0
        for index, (match, placed_at) in enumerate(self.placed):
            employer = self.employer_by_id[match["employer_id"]]
            placed_on = local_day(placed_at)
            days: list[tuple[date, time | None]] = []
            for week in AFTERCARE_WEEKS:
                day = _on_weekday(placed_on + timedelta(weeks=week), forward=True)
                if day > horizon:
                    break
                days.append((day, None))
            if index < len(TODAY_TIMES) and today.weekday() < 5:
                days.append((today, TODAY_TIMES[index]))  # the demo always has work today
            last_past = None
            days.sort(key=lambda d: (d[0], d[1] is not None))
            for number, (day, fixed) in enumerate(days):
                start_time = fixed or time(rng.randint(9, 15), rng.choice((0, 30)))
                starts = datetime.combine(day, start_time, LOCAL_TZ)
                kind = voc.APPOINTMENT_KINDS[number % len(voc.APPOINTMENT_KINDS)]
                status = AppointmentStatus.PLANNED
                if day < today:
                    status = rng.choices(
                        (AppointmentStatus.DONE, AppointmentStatus.CANCELLED,
                         AppointmentStatus.PLANNED),
                        weights=(85, 10, 5 if (today - day).days <= 21 else 0),
                    )[0]  # fmt: skip
                overdue += status is AppointmentStatus.PLANNED and day < today
                row = self._appointment(match, employer, kind, starts, status, placed_at)
                if day < today:
                    last_past = row
            if overdue < 2 and last_past is not None:  # a few forgotten ones to tidy up
                last_past["status"] = AppointmentStatus.PLANNED
                last_past["notes"] = rng.choice(voc.APPOINTMENT_PLANNED_NOTES)
                last_past["updated_at"] = last_past["created_at"]
                overdue += 1

    def _appointment(
        self,
        match: Row,
        employer: Row,
        kind: AppointmentKind,
        starts: datetime,
        status: AppointmentStatus,
        placed_at: datetime,
    ) -> Row:
        rng = self.rng
        if kind is AppointmentKind.EMPLOYER_EVALUATION:
            location = f"{employer['name']}, {employer['city']}"
        elif kind is AppointmentKind.PROBLEM_FOLLOWUP:
            location = rng.choice(("Telefonisch", "Videobellen"))
        else:
            location = rng.choice((f"Op de werkplek, {employer['city']}", "Telefonisch",
                                   "Werkplein, spreekkamer 2"))  # fmt: skip
        notes = {
            AppointmentStatus.DONE: voc.APPOINTMENT_DONE_NOTES,
            AppointmentStatus.CANCELLED: voc.APPOINTMENT_CANCELLED_NOTES,
            AppointmentStatus.PLANNED: voc.APPOINTMENT_PLANNED_NOTES,
        }[status]
        starts_utc = starts.astimezone(UTC)
        return self.add(
            Appointment, placed_at,
            starts_utc if status is not AppointmentStatus.PLANNED else placed_at,
            client_id=match["client_id"], employer_id=match["employer_id"],
            match_id=match["id"], kind=kind, starts_at=starts_utc,
            ends_at=starts_utc + timedelta(minutes=rng.choice((30, 45, 60))),
            location=location, status=status, notes=rng.choice(notes),
        )  # fmt: skip

    def _contact_moments(self, count: int) -> None:
        rng, at, today = self.rng, self.at, self.today
        # (id, most recent, oldest) in days ago: nothing before the intake, nothing after a
        # client left, and about one client in ten not heard from for a month or more
        clients: list[tuple[uuid.UUID, int, int]] = []
        for plan in self.plans:
            if plan.row["phase"] is Phase.CLOSED:
                recent = (today - local_day(plan.moments[-1])).days
            else:
                recent = rng.randint(31, 90) if rng.random() < 0.1 else 1
            clients.append((plan.row["id"], recent, max(recent, plan.intake_days_ago)))
        employers = [
            (e["id"], 1, days)
            for e, days in zip(self.rows[Employer], self.employer_days, strict=True)
        ]
        pairs = [(c, e, 1, days) for c, e, days in self.pairs]
        if not clients and not employers:
            return
        rows = self.rows[ContactMoment]
        random_, choice, getrandbits = rng.random, rng.choice, rng.getrandbits
        for _ in range(count):
            pick = random_()
            client_id = employer_id = None
            if pairs and pick < 0.08:
                client_id, employer_id, recent, oldest = choice(pairs)
                kind, summary = choice(voc.MATCH_CONTACTS)
            elif employers and (pick < 0.25 or not clients):
                employer_id, recent, oldest = choice(employers)
                kind, summary = choice(voc.EMPLOYER_CONTACTS)
            else:
                client_id, recent, oldest = choice(clients)
                kind, summary = choice(voc.CLIENT_CONTACTS)
            # most contact is recent; the rest spreads over the year
            ago = int(rng.expovariate(1 / 40)) if random_() < 0.7 else rng.randint(0, 364)
            ago = min(recent + ago, oldest, max(365, recent))
            moment = at(today - timedelta(days=ago))
            rows.append({
                "id": uuid.UUID(int=getrandbits(128), version=4),
                "created_at": moment,
                "updated_at": moment,
                "client_id": client_id,
                "employer_id": employer_id,
                "kind": kind,
                "occurred_at": moment,
                "summary": summary,
                "body": choice(voc.NOTE_BODIES) if random_() < 0.4 else None,
            })  # fmt: skip
