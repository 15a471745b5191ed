"""The kandidaatprofiel: what an employer may read about a candidate, and nothing more.

Three rules decide what goes in, all in :func:`select_profile`, a pure function:

1. No profile without the client's active consent to share with employers (the document
   service refuses before anything is selected).
2. The employer's information preference sets the depth. "Alleen wat de kandidaat kan"
   (and an employer whose preference is not recorded) gets the capabilities: work
   experience, skills, availability, driving licence and transport, languages, and the
   strengths among the werknemersvaardigheden. "Volledige informatie" adds education,
   motivation, wishes, the job-related parts of the plan of approach, the werknemers-
   vaardigheden still in development, and the points of attention below.
3. A barrier reaches an employer only in a full profile, only when it matters for the work
   (language, qualifications) or when its sensitive category (health, debts, home
   situation, trauma, background, other) is named in the consent. The client's free notes,
   the Werkverkenner, the birth year and barriers about the search itself (network, search
   strategies) never appear; nor do plan items that may reveal a sensitive matter
   (resilience training, "other": debt counselling, arranging child care).

The candidate's own phone and e-mail are left out: the employer contacts the jobhunter.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from jobhunter.models.enums import (
    BarrierKind,
    ConsentCategory,
    DutchLevel,
    InformationPreference,
    InterventionKind,
    InterventionStatus,
)
from jobhunter.services.consents import may_share_barrier
from jobhunter.services.documents import wording as w
from jobhunter.services.documents.briefing import missing_author_notes, safe_file_name
from jobhunter.services.settings import UserProfile

#: werknemersvaardigheid scores (1 nog niet .. 4 goed) that count as a strength
STRENGTH_FROM = 3
#: barriers about the work itself, shared in a full profile under any consent
WORK_RELATED_BARRIERS = frozenset({BarrierKind.LANGUAGE, BarrierKind.NO_STARTKWALIFICATIE})
#: plan items an employer may hear about: they say what the candidate learned or practised
WORK_RELATED_INTERVENTIONS = (
    InterventionKind.SCHOOLING,
    InterventionKind.LANGUAGE_COURSE,
    InterventionKind.TRAINING,
    InterventionKind.LEARNING_WORKPLACE,
    InterventionKind.WORK_EXPERIENCE,
    InterventionKind.JOBCOACH,
)


@dataclass(frozen=True, slots=True)
class BarrierFact:
    kind: BarrierKind
    severity: int
    note: str | None


@dataclass(frozen=True, slots=True)
class InterventionFact:
    kind: InterventionKind
    goal: str
    provider: str | None
    status: InterventionStatus
    end_date: date | None


@dataclass(frozen=True, slots=True)
class CandidateFacts:
    """What the client file says, read by the document service; selection happens later."""

    client_id: uuid.UUID
    name: str
    city: str | None = None
    languages: str | None = None
    dutch_level: DutchLevel | None = None
    education: str | None = None
    has_startkwalificatie: bool | None = None
    work_experience: str | None = None
    skills: str | None = None
    driving_licence: bool | None = None
    own_transport: bool | None = None
    hours_available: int | None = None
    wishes: str | None = None
    motivation: str | None = None
    work_skills: Mapping[str, int] = field(default_factory=dict)
    barriers: Sequence[BarrierFact] = ()
    interventions: Sequence[InterventionFact] = ()
    #: never printed; kept here so tests can show they are not
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ProfileContext:
    """For whom the profile is made and on what consent."""

    match_id: uuid.UUID
    employer: str
    workplace: str | None
    preference: InformationPreference | None
    consent_given_on: date
    named: frozenset[ConsentCategory]
    author: UserProfile
    printed_on: date


@dataclass(frozen=True, slots=True)
class Attention:
    """A point of attention shared in a full profile: a barrier, put as what helps."""

    topic: str
    note: str


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    match_id: uuid.UUID
    client_id: uuid.UUID
    candidate: str
    employer: str
    workplace: str | None
    full: bool
    #: label -> value, the facts at a glance (availability, licence, languages)
    facts: list[tuple[str, str]]
    work_experience: str | None
    skills: str | None
    strengths: list[str]
    # --- full profile only ---
    city: str | None = None
    education: str | None = None
    motivation: str | None = None
    wishes: str | None = None
    development: list[str] = field(default_factory=list)
    developing_skills: list[str] = field(default_factory=list)
    attention: list[Attention] = field(default_factory=list)
    # --- how it was made ---
    preference_recorded: bool = True
    named: frozenset[ConsentCategory] = frozenset()
    consent_given_on: date | None = None
    author: UserProfile = field(default_factory=UserProfile)
    printed_on: date | None = None

    @property
    def depth(self) -> str:
        return "volledige informatie" if self.full else "alleen wat de kandidaat kan"

    @property
    def title(self) -> str:
        return f"Kandidaatprofiel {self.candidate} voor {self.employer}"

    @property
    def file_name(self) -> str:
        return safe_file_name(f"Kandidaatprofiel {self.candidate} - {self.employer}.pdf")


def select_profile(facts: CandidateFacts, context: ProfileContext) -> CandidateProfile:
    """Decide what the employer may read (see the module's rules)."""
    full = context.preference is InformationPreference.FULL
    base = CandidateProfile(
        match_id=context.match_id,
        client_id=facts.client_id,
        candidate=facts.name,
        employer=context.employer,
        workplace=context.workplace,
        full=full,
        facts=capability_facts(facts),
        work_experience=facts.work_experience,
        skills=facts.skills,
        strengths=skill_names(facts.work_skills, lambda score: score >= STRENGTH_FROM),
        preference_recorded=context.preference is not None,
        named=context.named,
        consent_given_on=context.consent_given_on,
        author=context.author,
        printed_on=context.printed_on,
    )
    if not full:
        return base
    return replace(
        base,
        city=facts.city,
        education=education_line(facts),
        motivation=facts.motivation,
        wishes=facts.wishes,
        development=development_lines(facts.interventions),
        developing_skills=skill_names(facts.work_skills, lambda score: score < STRENGTH_FROM),
        attention=attention_points(facts.barriers, context.named),
    )


def capability_facts(facts: CandidateFacts) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if facts.hours_available is not None:
        rows.append(("Beschikbaar", f"{facts.hours_available} uur per week"))
    if facts.driving_licence is not None:
        transport = {True: "; eigen vervoer", False: "; geen eigen vervoer", None: ""}
        licence = "rijbewijs B" if facts.driving_licence else "geen rijbewijs"
        rows.append(("Rijbewijs", licence + transport[facts.own_transport]))
    elif facts.own_transport is not None:
        rows.append(("Vervoer", "eigen vervoer" if facts.own_transport else "geen eigen vervoer"))
    if facts.dutch_level is not None:
        rows.append(("Nederlands", f"niveau {facts.dutch_level.value}"))
    if facts.languages:
        rows.append(("Talen", facts.languages))
    return rows


def education_line(facts: CandidateFacts) -> str | None:
    start = {True: "met startkwalificatie", False: "zonder startkwalificatie", None: ""}
    parts = [p for p in (facts.education, start[facts.has_startkwalificatie]) if p]
    return "; ".join(parts) or None


def skill_names(scores: Mapping[str, int], keep: Callable[[int], bool]) -> list[str]:
    """Names of the werknemersvaardigheden whose score ``keep`` accepts, in the rubric's
    order."""
    return [
        label for key, label in w.WORK_SKILL_NAMES.items() if key in scores and keep(scores[key])
    ]


def development_lines(interventions: Iterable[InterventionFact]) -> list[str]:
    """Job-related plan items that ran or finished: "Taalcursus: Taalniveau B1 halen (lopend)"."""
    lines = []
    for item in interventions:
        if item.kind not in WORK_RELATED_INTERVENTIONS:
            continue
        if item.status not in (InterventionStatus.RUNNING, InterventionStatus.COMPLETED):
            continue
        status = w.within_sentence(item.status)
        if item.status is InterventionStatus.COMPLETED and item.end_date:
            status = f"afgerond {w.short_date(item.end_date)}"
        if item.kind is InterventionKind.JOBCOACH:
            lines.append(f"{w.name(item.kind)} ({status})")
        else:
            lines.append(f"{w.name(item.kind)}: {item.goal} ({status})")
    return lines


def attention_points(
    barriers: Iterable[BarrierFact], named: frozenset[ConsentCategory]
) -> list[Attention]:
    points = []
    for barrier in sorted(barriers, key=lambda b: (-b.severity, list(BarrierKind).index(b.kind))):
        work_related = barrier.kind in WORK_RELATED_BARRIERS
        sensitive_named = barrier.kind not in _ORDINARY and may_share_barrier(barrier.kind, named)
        if work_related or sensitive_named:
            points.append(Attention(w.name(barrier.kind), barrier.note or ""))
    return points


#: barriers that are no special category: shared only when they concern the work itself
_ORDINARY = frozenset(kind for kind in BarrierKind if may_share_barrier(kind, frozenset()))


def profile_notes(profile: CandidateProfile) -> list[str]:
    """What the jobhunter should know before handing the profile over (Dutch, one line
    each): how deep it goes and why, and which sensitive categories the consent names."""
    notes = []
    if profile.preference_recorded:
        notes.append(f"Volgens de voorkeur van de werkgever: {profile.depth}.")
    else:
        notes.append(
            "De werkgever heeft geen informatievoorkeur opgegeven: het profiel toont alleen "
            "wat de kandidaat kan."
        )
    if profile.full:
        named = [w.within_sentence(c) for c in ConsentCategory if c in profile.named]
        notes.append(
            f"Bijzondere gegevens die de toestemming noemt: {w.join(named)}."
            if named
            else "De toestemming noemt geen bijzondere gegevens: die blijven buiten het profiel."
        )
    return notes + missing_author_notes(profile.author, "in het profiel")
