"""The employer briefing: what the jobhunter and the candidate read before an interview.

It answers, in the order they ask it: when and where, whom to ask for, what the job is and
how the candidate meets its hard requirements, who the employer is and what works there,
what was agreed (contract, trial period, arrangements) and what is still open on the two
preparation lists. It names no other client: earlier placements at the employer show the
job and how long it lasted, not who held it.

The builders here are pure: the document service reads the records in one session and hands
them over; ``briefing_pdf`` lays the result out. Nothing here imports reportlab.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from jobhunter.models import Arrangement, CompanyVisit, ContactPerson, Employer, Match, Workplace
from jobhunter.models.enums import CollectiveArrangement, Motive, RequirementKind
from jobhunter.services.documents import wording as w
from jobhunter.services.durability import Outcome, Placement
from jobhunter.services.matches import CheckItem
from jobhunter.services.matching.requirements import Check, Preselection, RequirementCheck
from jobhunter.services.settings import UserProfile

#: visits whose notes the briefing quotes ("what works with this employer"), newest first
VISITS_QUOTED = 3
#: earlier placements listed, newest first
PLACEMENTS_LISTED = 6
_MOTIVES = {m.value for m in Motive}
_COLLECTIVE = {c.value for c in CollectiveArrangement}


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    role: str | None
    phone: str | None
    email: str | None
    #: how this person likes to be reached ("telefoon", "e-mail")
    channel: str | None


@dataclass(frozen=True, slots=True)
class VisitNote:
    on: date
    text: str


@dataclass(frozen=True, slots=True)
class EarlierPlacement:
    """A placement of another client at the employer, without the client's name."""

    workplace: str
    started_on: date
    ended_on: date | None
    #: months after the start -> "werkt" / "gestopt" / "nog niet"
    outcomes: dict[int, Outcome]


@dataclass(frozen=True, slots=True)
class EmployerPart:
    name: str
    sector: str
    size: str
    address: str
    website: str | None
    culture: str | None
    working_conditions: str | None
    staff: str | None
    target_group_experience: str | None
    motives: list[str]
    collective: list[str]
    information_preference: str | None
    what_works: list[VisitNote]
    placements: list[EarlierPlacement]
    placements_total: int


@dataclass(frozen=True, slots=True)
class RequirementLine:
    """One requirement of the workplace and how the candidate meets it."""

    label: str
    hard: bool
    check: Check
    how: str


@dataclass(frozen=True, slots=True)
class WorkplacePart:
    title: str
    tasks: str | None
    hours: int | None
    contract_form: str | None
    city: str | None
    jobcarving: str | None
    requirements: list[RequirementLine]

    @property
    def hard(self) -> list[RequirementLine]:
        return [r for r in self.requirements if r.hard]

    @property
    def wishes(self) -> list[RequirementLine]:
        return [r for r in self.requirements if not r.hard]


@dataclass(frozen=True, slots=True)
class ArrangementLine:
    kind: str
    status: str
    period: str
    notes: str | None


@dataclass(frozen=True, slots=True)
class InterviewPart:
    at: datetime | None
    place: str
    attendees: list[str]
    #: what was agreed on the contract and the trial period; None while not agreed
    contract: str | None
    trial: str | None
    arrangements: list[ArrangementLine]


@dataclass(frozen=True, slots=True)
class CheckLine:
    label: str
    done: bool
    note: str


@dataclass(frozen=True, slots=True)
class Briefing:
    match_id: uuid.UUID
    client_id: uuid.UUID
    candidate: str
    stage: str
    employer: EmployerPart
    contact: Contact | None
    workplace: WorkplacePart | None
    interview: InterviewPart
    candidate_prep: list[CheckLine]
    employer_prebrief: list[CheckLine]
    #: the client agreed that information may go to employers
    may_share: bool
    author: UserProfile
    printed_on: date
    #: why the match was made although a hard requirement fails
    override_reason: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def open_items(self) -> int:
        return sum(not c.done for c in (*self.candidate_prep, *self.employer_prebrief))

    @property
    def title(self) -> str:
        return f"Briefing {self.candidate} bij {self.employer.name}"

    @property
    def file_name(self) -> str:
        return safe_file_name(f"Briefing {self.candidate} - {self.employer.name}.pdf")


def safe_file_name(text: str) -> str:
    """A file name that every file system takes: no path separators or reserved signs."""
    cleaned = "".join("-" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in text)
    return " ".join(cleaned.split())[:150]


# --- builders ---------------------------------------------------------------------------------
def address_of(employer: Employer) -> str:
    street = (employer.address or "").strip()
    town = " ".join(p for p in (employer.postcode, employer.city) if p)
    return ", ".join(p for p in (street, town) if p)


def contact_of(person: ContactPerson | None) -> Contact | None:
    if person is None:
        return None
    channel = w.within_sentence(person.preferred_channel) or None
    return Contact(person.name, person.role, person.phone, person.email, channel)


def employer_part(
    employer: Employer,
    visits: Sequence[CompanyVisit],
    placements: Sequence[Placement],
    exclude_match: uuid.UUID | None = None,
) -> EmployerPart:
    """The employer as the briefing shows it; ``visits`` newest first."""
    what_works = []
    for visit in visits:
        parts = [visit.relationship_notes, visit.commitment_notes, visit.workplace_notes,
                 visit.notes]  # fmt: skip
        text = " ".join(p.strip() for p in parts if p and p.strip())
        if text:
            what_works.append(VisitNote(visit.visited_on, text))
        if len(what_works) == VISITS_QUOTED:
            break
    earlier = [p for p in placements if p.match_id != exclude_match]
    motives = [w.name(Motive(m)) for m in employer.motives or [] if m in _MOTIVES]
    collective = [
        w.name(CollectiveArrangement(m))
        for m in employer.collective_arrangements or []
        if m in _COLLECTIVE
    ]
    return EmployerPart(
        name=employer.name,
        sector=w.name(employer.sector),
        size=w.name(employer.size),
        address=address_of(employer),
        website=employer.website,
        culture=employer.culture,
        working_conditions=employer.working_conditions,
        staff=employer.staff_composition,
        target_group_experience=employer.target_group_experience,
        motives=motives,
        collective=collective,
        information_preference=w.name(employer.information_preference) or None,
        what_works=what_works,
        placements=[
            EarlierPlacement(p.workplace_title or "—", p.started_on, p.ended_on, p.outcomes)
            for p in earlier[:PLACEMENTS_LISTED]
        ],
        placements_total=len(earlier),
    )


def requirement_label(check: RequirementCheck) -> str:
    """ "Rijbewijs B", "Nederlands B1", "Certificaat VCA", "24 uur per week"."""
    requirement = check.requirement
    kind, value = requirement.kind, (requirement.value or "").strip()
    if kind is RequirementKind.OTHER:
        return value or w.name(kind)
    if kind is RequirementKind.HOURS and value:
        return f"{value} uur per week"
    if kind is RequirementKind.DRIVING_LICENCE:
        return f"Rijbewijs {value or 'B'}"
    return f"{w.name(kind)} {value}".strip()


def workplace_part(workplace: Workplace, preselection: Preselection | None) -> WorkplacePart:
    checks = preselection.checks if preselection is not None else ()
    return WorkplacePart(
        title=workplace.title,
        tasks=workplace.tasks,
        hours=workplace.hours_per_week,
        contract_form=workplace.contract_form,
        city=workplace.city,
        jobcarving=workplace.jobcarving,
        requirements=[
            RequirementLine(requirement_label(c), c.requirement.is_hard, c.check, c.reason)
            for c in checks
        ],
    )


def check_lines(items: Iterable[CheckItem]) -> list[CheckLine]:
    return [
        CheckLine(item.label or w.CHECK_NAMES.get(item.key, item.key), item.done, item.note or "")
        for item in items
    ]


def arrangement_lines(arrangements: Iterable[Arrangement], today: date) -> list[ArrangementLine]:
    """Arrangements still in play (not ended before today)."""
    lines = []
    for item in arrangements:
        if item.ends_on is not None and item.ends_on < today:
            continue
        if item.starts_on and item.ends_on:
            period = f"{w.short_date(item.starts_on)} t/m {w.short_date(item.ends_on)}"
        elif item.starts_on:
            period = f"vanaf {w.short_date(item.starts_on)}"
        elif item.ends_on:
            period = f"t/m {w.short_date(item.ends_on)}"
        else:
            period = ""
        status = w.within_sentence(item.status)
        lines.append(ArrangementLine(w.name(item.kind), status, period, item.notes))
    return lines


def interview_part(
    match: Match,
    candidate: str,
    employer: Employer,
    contact: ContactPerson | None,
    workplace: Workplace | None,
    prebrief: Sequence[CheckItem],
    arrangements: Sequence[Arrangement],
    author: UserProfile,
    today: date,
) -> InterviewPart:
    """When, where and with whom; what was agreed on the contract and trial period, read
    from the notes on the employer pre-briefing list (where the jobhunter writes it down)."""
    place = address_of(employer)
    if workplace is not None and workplace.city and workplace.city != employer.city:
        place = (place + "; " if place else "") + f"werkplek in {workplace.city}"
    attendees = [f"{candidate} (kandidaat)"]
    if contact is not None:
        attendees.append(contact.name + (f", {contact.role}" if contact.role else ""))
    if employer.wants_jobhunter_at_interview:
        attendees.append(f"{author.name or 'de jobhunter'} (jobhunter; de werkgever wil dat graag)")
    by_key = {item.key: item for item in prebrief}

    def agreed(key: str) -> str | None:
        item = by_key.get(key)
        if item is None or not (item.done or item.note):
            return None
        return item.note or "besproken"

    relevant = [
        a
        for a in arrangements
        if a.workplace_id is None or (workplace is not None and a.workplace_id == workplace.id)
    ]
    return InterviewPart(
        at=match.interview_at,
        place=place,
        attendees=attendees,
        contract=agreed("contract"),
        trial=agreed("trial_period"),
        arrangements=arrangement_lines(relevant, today),
    )


def missing_author_notes(author: UserProfile, where: str = "in de voettekst") -> list[str]:
    """What a document says while the user's profile lacks what it prints."""
    missing = author.missing
    if not missing:
        return []
    if len(missing) == 1:
        return [f"Je {missing[0]} ontbreekt {where}: vul het in via Bestand › Instellingen."]
    return [f"Je {w.join(missing)} ontbreken {where}: vul ze in via Bestand › Instellingen."]
