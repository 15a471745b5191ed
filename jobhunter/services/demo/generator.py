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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
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
    Document,
    Employer,
    Intervention,
    LearningGoal,
    Match,
    PhaseChange,
    PlacementOutcome,
    PrimaryContactChange,
    Problem,
    Record,
    Reflection,
    Requirement,
    StageChange,
    Workplace,
)
from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    BarrierKind,
    CompanySize,
    DutchLevel,
    Phase,
    PlacementForm,
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
from jobhunter.services.demo.contacts import add_contact_moments
from jobhunter.services.demo.days import on_weekday as _on_weekday
from jobhunter.services.demo.days import weekday as _weekday
from jobhunter.services.demo.days import weekday_index as _weekday_index
from jobhunter.services.demo.network import add_network_details
from jobhunter.services.demo.paperwork import add_consents, add_documents, write_files
from jobhunter.services.demo.plan import add_plan_of_approach
from jobhunter.services.demo.preparation import preparation
from jobhunter.services.errors import ValidationError
from jobhunter.services.matching.requirements import ClientFacts, preselect
from jobhunter.services.matching.requirements import Requirement as Asked
from jobhunter.services.store import Store

Row = dict[str, Any]
RecordId = uuid.UUID

DEMO_SECTORS = (
    Sector.CLEANING, Sector.CATERING, Sector.GREEN, Sector.PRODUCTION, Sector.LOGISTICS,
    Sector.CARE, Sector.TRANSPORT,
)  # fmt: skip
PIPELINE = (
    Stage.PROPOSED, Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED, Stage.DEBRIEF,
    Stage.TRIAL_PLACEMENT, Stage.CONTRACT,
)  # fmt: skip
OUTCOMES = (Stage.REJECTED, Stage.WITHDRAWN, Stage.DROPPED_OUT)
PLACED = (Stage.TRIAL_PLACEMENT, Stage.CONTRACT)
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
#: a client whose trajectory closed after a lasting placement was placed this long ago
OUTFLOW_PLACED_DAYS_AGO = (395, 540)
#: a client placed from the matching phase is moved to Nazorg after this many days
AFTERCARE_AFTER_DAYS = 14
#: placement forms handed out in turn in the trial stage and in the contract stage, so even
#: a small demo shows each (a proefplaatsing most often, a tijdelijk contract before a vast)
TRIAL_FORMS = (
    PlacementForm.TRIAL_PLACEMENT, PlacementForm.LEARNING_WORKPLACE,
    PlacementForm.TRIAL_PLACEMENT, PlacementForm.WORK_EXPERIENCE, PlacementForm.INTERNSHIP,
    PlacementForm.TRIAL_PLACEMENT, PlacementForm.SECONDMENT, PlacementForm.TRIAL_PLACEMENT,
)  # fmt: skip
CONTRACT_FORMS = (
    PlacementForm.TEMPORARY_CONTRACT, PlacementForm.PERMANENT_CONTRACT,
    PlacementForm.TEMPORARY_CONTRACT,
)  # fmt: skip
#: how long a placement of each form lasts, in months (a vast contract does not end)
FORM_MONTHS = {
    PlacementForm.TRIAL_PLACEMENT: (2, 3), PlacementForm.INTERNSHIP: (3, 6),
    PlacementForm.LEARNING_WORKPLACE: (6, 12), PlacementForm.WORK_EXPERIENCE: (3, 6),
    PlacementForm.SECONDMENT: (6, 12), PlacementForm.TEMPORARY_CONTRACT: (6, 12),
}  # fmt: skip
#: share of proposals made although a hard requirement is known to fail (with the reason)
ARGUED_PROPOSALS = 0.1
PHASE_REASONS = {
    Phase.INTAKE: "Aangemeld door Werk en Inkomen",
    Phase.DEVELOPMENT: "Plan van aanpak vastgesteld",
    Phase.MATCHING: "Klaar voor bemiddeling",
    Phase.AFTERCARE: "Geplaatst; nazorg gestart",
}
CLOSED_REASONS = {
    Phase.AFTERCARE: "Duurzaam uitgestroomd: na 12 maanden nog aan het werk",
    None: "Traject gestopt: verhuisd naar een andere gemeente",
}
ACTOR = "demo"
#: 08:00 to 15:45 in quarters of an hour: the moments a jobhunter logs work
SLOTS_PER_DAY = 32
INSERT_ORDER: tuple[type[Record], ...] = (
    Employer, ContactPerson, PrimaryContactChange, CompanyVisit, Workplace, Requirement,
    Client, Consent, Document, PhaseChange, Barrier, Intervention, LearningGoal, Reflection,
    Match, StageChange, Arrangement, ContactMoment, Appointment, Problem, PlacementOutcome,
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
    write_files(store.data_dir, gen.files)  # the documents' rows are in the store now
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


@dataclass
class _ClientPlan:
    """A client row with the trajectory behind it, before the phase history is written."""

    row: Row
    phases: list[Phase]
    moments: list[datetime]
    intake_days_ago: int
    facts: ClientFacts
    matching_day: date | None = None
    barriers: set[BarrierKind] = field(default_factory=set)
    #: when the trajectory closed; None while it runs
    ended: datetime | None = None
    #: closed after a placement that lasted a year: the day that placement started
    outflow_day: date | None = None


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
        #: every placed run: match, its start, and its end (a dropout) or None
        self.runs: list[tuple[Row, datetime, datetime | None]] = []
        #: each workplace's requirements, to check a client against before proposing
        self.asked: dict[uuid.UUID, list[Asked]] = {}
        #: demo documents to write once the rows are stored: (relative path, text)
        self.files: list[tuple[str, str]] = []
        self._moments: dict[tuple[date, int], datetime] = {}
        self._fitting: dict[tuple[int, object, object, object], list[Row]] = {}
        self._hard_cache: dict[RecordId, tuple[bool, int | None, int | None]] = {}
        self._pool_hard: dict[int, list[tuple[Row, bool, int | None, int | None]]] = {}
        self._forms_given = dict.fromkeys(PLACED, 0)
        self._argued = 0
        self.workplaces_open: list[Row] = []
        self._background_weights = [b.weight for b in voc.BACKGROUNDS]

    # --- basics ---------------------------------------------------------------------------
    def build(self, clients: int, employers: int, contact_moments: int) -> None:
        self._employers(employers)
        for index in range(clients):
            self._client(index)
        self._matches()
        self._phase_history()
        add_consents(self)
        self._appointments()
        add_aftercare_details(self)
        add_network_details(self)  # its visits count towards the contact moments asked for
        add_documents(self)
        add_contact_moments(self, max(0, contact_moments - len(self.rows[ContactMoment])))

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
        key = (day, slot)
        moment = self._moments.get(key)
        if moment is None:  # the time-zone arithmetic is the slow part: once per slot
            local = datetime.combine(day, time(8 + slot // 4, 15 * (slot % 4)), LOCAL_TZ)
            moment = self._moments[key] = local.astimezone(UTC)
        return moment

    def slug(self, text: str) -> str:
        return ascii_slug(text)

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
                jobcarving=rng.choice(voc.JOBCARVING[sector]) if rng.random() < 0.25 else None,
            )
            self.workplaces.append(workplace)
            self._requirements(workplace, sector, title)

    def _requirements(self, workplace: Row, sector: Sector, title: str) -> None:
        rng = self.rng

        asked = self.asked.setdefault(workplace["id"], [])

        def requirement(kind: RequirementKind, value: str, hard: bool) -> None:
            self.add(Requirement, workplace["created_at"], workplace_id=workplace["id"],
                     kind=kind, value=value, is_hard=hard)  # fmt: skip
            asked.append(Asked(kind, value, hard))

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

        # every other closed trajectory (the first one always) ended in a lasting placement
        outflow = phase is Phase.CLOSED and (index == 4 or rng.random() < 0.5)
        outflow_day = None
        if outflow:
            placed_ago = rng.randint(*OUTFLOW_PLACED_DAYS_AGO)
            outflow_day = _on_weekday(today - timedelta(days=placed_ago), forward=True)
            intake_ago = (today - outflow_day).days + rng.randint(90, 240)
        else:
            intake_ago = rng.randint(*INTAKE_DAYS_AGO[phase])
        intake_day = _on_weekday(today - timedelta(days=intake_ago), forward=False)
        intake_ago = (today - intake_day).days
        if outflow:
            phases = list(TRAJECTORY)  # closed once the placement lasted a year
        elif phase is Phase.CLOSED:
            phases = [*TRAJECTORY[: rng.randint(1, 3)], Phase.CLOSED]
        else:
            phases = list(TRAJECTORY[: TRAJECTORY.index(phase) + 1])
        # aftercare starts with the placement itself; it is added when the match is made
        before = phases[:-1] if Phase.AFTERCARE in phases else phases
        last_day = today - timedelta(days={Phase.MATCHING: 30, Phase.AFTERCARE: 60}.get(phase, 1))
        if outflow_day is not None:
            last_day = outflow_day - timedelta(days=30)
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
        facts = ClientFacts(
            id=row["id"], name=f"{first} {last}", driving_licence=licence, dutch_level=dutch,
            hours_available=hours, city=city, phase=phase,
        )  # fmt: skip
        plan = _ClientPlan(row, before, moments, intake_ago, facts, outflow_day=outflow_day)
        if phase in (Phase.MATCHING, Phase.AFTERCARE) or outflow:
            plan.matching_day = local_day(moments[phases.index(Phase.MATCHING)])
        if outflow_day is not None:
            closing = outflow_day + relativedelta(months=12) + timedelta(days=rng.randint(1, 20))
            plan.ended = self.at(
                _on_weekday(min(closing, today - timedelta(days=1)), forward=False)
            )
        elif phase is Phase.CLOSED:
            plan.ended = moments[-1]
        self.plans.append(plan)
        self._barriers(plan, age, dutch, startkwalificatie)
        if Phase.DEVELOPMENT in phases:
            add_plan_of_approach(self, plan)

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
        #: the last resort for a placement in a small demo: any employer still in business
        self.workplaces_open = pool((RelationshipStatus.ACTIVE, RelationshipStatus.PROSPECT,
                                     RelationshipStatus.DORMANT))  # fmt: skip
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
            if plan.outflow_day is not None:
                self._outflow(plan, placing)
                continue
            if plan.row["phase"] is Phase.AFTERCARE:
                stage = rng.choice(PLACED)
                path = list(PIPELINE[: PIPELINE.index(stage) + 1])
                start = max(first_day, today - timedelta(days=300))
            else:
                stage = MATCHING_CYCLE[turn % len(MATCHING_CYCLE)]
                turn += 1
                if stage in PIPELINE:
                    path = list(PIPELINE[: PIPELINE.index(stage) + 1])
                elif stage is Stage.DROPPED_OUT:  # a placement that did not last
                    path = [*PIPELINE[: 6 if rng.random() < 0.3 else 5], stage]
                else:
                    path = [*PIPELINE[: rng.randint(1, 4)], stage]
                start = max(first_day, today - timedelta(days=120))
            moments = self.moments(start, yesterday, len(path))
            placed = Stage.TRIAL_PLACEMENT in path
            if placed:
                workplace, argued = self._pick(plan, placing, argue=False)
            elif stage.is_outcome:
                workplace, argued = self._pick(plan, past, argue=True)
            else:
                workplace, argued = self._pick(plan, proposing, argue=True)
            self._match(plan, workplace, path, moments, override=argued)
            started = moments[path.index(Stage.TRIAL_PLACEMENT)] if placed else None
            if (
                started is not None
                and stage in PLACED
                and (
                    plan.row["phase"] is Phase.AFTERCARE
                    or local_day(started) < today - timedelta(days=AFTERCARE_AFTER_DAYS)
                )
            ):
                # placed: the trajectory moved on to Nazorg (a recent one still waits)
                plan.phases.append(Phase.AFTERCARE)
                plan.moments.append(started)
                plan.row["phase"] = Phase.AFTERCARE
            if rng.random() < 0.3:  # an earlier introduction that did not work out
                path = [*PIPELINE[: rng.randint(1, 4)]]
                candidates = [w for w in discriminating if self._passes(plan, w)]
                if candidates and failures < 2:
                    stage, workplace = Stage.REJECTED, rng.choice(candidates)
                    reason: str | None = voc.DISCRIMINATION_REJECTION
                    argued = None
                else:
                    stage = (Stage.REJECTED, Stage.WITHDRAWN)[failures % 2]
                    workplace, argued = self._pick(plan, past, argue=True)
                    reason = None
                failures += 1
                path.append(stage)
                moments = self.moments(first_day, yesterday, len(path))
                self._match(plan, workplace, path, moments, reason, override=argued)

    def _outflow(self, plan: _ClientPlan, placing: list[Row]) -> None:
        """A contract that started more than a year ago and lasted: trial, then contract,
        then Nazorg, and the trajectory closed after the twelve-month outcome."""
        rng = self.rng
        assert plan.outflow_day is not None and plan.matching_day is not None
        assert plan.ended is not None
        placed = self.at(plan.outflow_day)
        before = self.moments(
            plan.matching_day + timedelta(days=1), plan.outflow_day - timedelta(days=1), 4
        )
        contract = self.at(_on_weekday(plan.outflow_day + timedelta(days=rng.randint(28, 70)),
                                       forward=True))  # fmt: skip
        workplace, _ = self._pick(plan, placing, argue=False)
        self._match(plan, workplace, list(PIPELINE), [*before, placed, contract])
        plan.phases += [Phase.AFTERCARE, Phase.CLOSED]
        plan.moments += [placed, plan.ended]

    def _passes(self, plan: _ClientPlan, workplace: Row) -> bool:
        """No hard requirement known to fail, as ``preselect`` decides, from the three facts
        hard requirements here look at (a licence, a Dutch level, hours): fast enough to
        check thousands of workplaces per client."""
        licence, level, hours = self._hard(workplace["id"])
        facts = plan.facts
        if licence and facts.driving_licence is False:
            return False
        if level is not None and facts.dutch_level is not None and facts.dutch_level.rank < level:
            return False
        return hours is None or facts.hours_available is None or facts.hours_available >= hours

    def _hard(self, workplace_id: RecordId) -> tuple[bool, int | None, int | None]:
        found = self._hard_cache.get(workplace_id)
        if found is None:
            licence, level, hours = False, None, None
            for asked in self.asked.get(workplace_id, ()):
                if not asked.is_hard:
                    continue
                if asked.kind is RequirementKind.DRIVING_LICENCE:
                    licence = True
                elif asked.kind is RequirementKind.DUTCH_LEVEL:
                    level = max(level or 0, DutchLevel((asked.value or "").upper()).rank)
                elif asked.kind is RequirementKind.HOURS:
                    hours = max(hours or 0, int(asked.value or 0))
            found = self._hard_cache[workplace_id] = (licence, level, hours)
        return found

    def _fitting_in(self, plan: _ClientPlan, pool: list[Row]) -> list[Row]:
        """The workplaces of ``pool`` whose hard requirements the client meets; worked out
        once per pool and per combination of the facts requirements look at."""
        facts = plan.facts
        key = (id(pool), facts.driving_licence, facts.dutch_level, facts.hours_available)
        fitting = self._fitting.get(key)
        if fitting is None:
            hard = self._pool_hard.get(id(pool))
            if hard is None:
                hard = self._pool_hard[id(pool)] = [(w, *self._hard(w["id"])) for w in pool]
            no_licence = facts.driving_licence is False
            rank = facts.dutch_level.rank if facts.dutch_level is not None else None
            hours = facts.hours_available
            fitting = self._fitting[key] = [
                w
                for w, licence, level, asked in hard
                if not (licence and no_licence)
                and (level is None or rank is None or rank >= level)
                and (asked is None or hours is None or hours >= asked)
            ]
        return fitting

    def _pick(self, plan: _ClientPlan, pool: list[Row], *, argue: bool) -> tuple[Row, str | None]:
        """A workplace whose hard requirements the client meets, and None. Now and then a
        proposal is made although one fails (``argue``): then the reason why, which stays on
        the match. A placement never fails one unless nothing in the pool fits."""
        rng = self.rng
        if argue and (rng.random() < ARGUED_PROPOSALS or not self._argued):
            failing = [w for w in rng.sample(pool, min(len(pool), 6)) if not self._passes(plan, w)]
            if failing:  # the first such proposal comes early, so every demo shows one
                self._argued += 1
                return failing[0], self._override(plan, failing[0])
        fitting = self._fitting_in(plan, pool) or self._fitting_in(plan, self.workplaces_open)
        if fitting:
            return rng.choice(fitting), None
        workplace = rng.choice(pool)  # a tiny demo: nothing fits
        if argue:
            return workplace, self._override(plan, workplace)
        self._meet(plan, workplace)  # a placement: the client grew into the job
        return workplace, None

    def _meet(self, plan: _ClientPlan, workplace: Row) -> None:
        """Make the client meet the workplace's hard requirements (more hours, a licence, a
        better level of Dutch): only when a small demo has no workplace that fits."""
        licence, level, hours = self._hard(workplace["id"])
        row, facts = plan.row, plan.facts
        if licence:
            row["driving_licence"] = True
        if level is not None and facts.dutch_level is not None and facts.dutch_level.rank < level:
            row["dutch_level"] = list(DutchLevel)[level]
        if hours is not None and (row["hours_available"] or 0) < hours:
            row["hours_available"] = hours
        plan.facts = replace(
            facts, driving_licence=row["driving_licence"], dutch_level=row["dutch_level"],
            hours_available=row["hours_available"],
        )  # fmt: skip

    def _override(self, plan: _ClientPlan, workplace: Row) -> str | None:
        failed = preselect(plan.facts, self.asked.get(workplace["id"], ())).failed_hard
        kinds = sorted({check.requirement.kind for check in failed}, key=lambda k: k.value)
        return " ".join(self.rng.choice(voc.OVERRIDE_REASONS[k]) for k in kinds) or None

    def _match(
        self,
        plan: _ClientPlan,
        workplace: Row,
        path: list[Stage],
        moments: list[datetime],
        reason: str | None = None,
        *,
        override: str | None = None,
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
            override_reason=override,
            **preparation(rng, path, moments, self.today),
            **self._terms(plan, workplace, path, moments),
        )  # fmt: skip
        if stage is Stage.CONTRACT:
            workplace["status"] = WorkplaceStatus.FILLED
        if Stage.TRIAL_PLACEMENT in path:
            started = moments[path.index(Stage.TRIAL_PLACEMENT)]
            ended = moments[-1] if stage not in PLACED else None
            self.runs.append((match, started, ended))
            if ended is None:
                self.placed.append((match, started))

    def _terms(
        self, plan: _ClientPlan, workplace: Row, path: list[Stage], moments: list[datetime]
    ) -> Row:
        """The placement terms of a match that reached a placement: those of the last placed
        stage it reached (a contract after a trial), from the day it began."""
        reached = [stage for stage in path if stage in PLACED]
        if not reached:
            return dict.fromkeys(
                ("placement_form", "placement_start", "placement_hours", "placement_end")
            )
        rng = self.rng
        last = reached[-1]
        forms = TRIAL_FORMS if last is Stage.TRIAL_PLACEMENT else CONTRACT_FORMS
        form = forms[self._forms_given[last] % len(forms)]
        self._forms_given[last] += 1
        start = local_day(moments[path.index(last)])
        hours = min(workplace["hours_per_week"] or 40, plan.row["hours_available"] or 40)
        end = None
        if form in FORM_MONTHS:
            end = start + relativedelta(months=rng.randint(*FORM_MONTHS[form]))
        return {
            "placement_form": form,
            "placement_start": start,
            "placement_hours": max(1, hours),
            "placement_end": end,
        }

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
        overdue = busy = 0
        closed = {plan.row["id"] for plan in self.plans if plan.ended is not None}
        for match, placed_at in self.placed:
            employer = self.employer_by_id[match["employer_id"]]
            placed_on = local_day(placed_at)
            days: list[tuple[date, time | None]] = []
            for week in AFTERCARE_WEEKS:
                day = _on_weekday(placed_on + timedelta(weeks=week), forward=True)
                if day > horizon:
                    break
                days.append((day, None))
            if busy < len(TODAY_TIMES) and today.weekday() < 5 and match["client_id"] not in closed:
                days.append((today, TODAY_TIMES[busy]))  # the demo always has work today
                busy += 1
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
            recent = last_past is not None and last_past["starts_at"] > self.at(today) - timedelta(
                days=21
            )
            if overdue < 2 and last_past is not None and recent:  # forgotten ones to tidy up
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
