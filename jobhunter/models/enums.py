"""Closed vocabularies of the domain, stored by their (English) value.

Dutch labels live in the UI layer, where Qt translations apply, and for what the services
write for people (documents, the command line) in ``services.wording``.
"""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    """The four phases of a begeleidingstraject, plus closed (uitgestroomd or stopped)."""

    INTAKE = "intake"  # kennismaking en oriëntatie
    DEVELOPMENT = "development"  # ontwikkeling (plan van aanpak)
    MATCHING = "matching"  # bemiddeling
    AFTERCARE = "aftercare"  # nazorg
    CLOSED = "closed"


class BarrierKind(StrEnum):
    LANGUAGE = "language"
    NO_STARTKWALIFICATIE = "no_startkwalificatie"
    NO_NETWORK = "no_network"
    SEARCH_STRATEGIES = "search_strategies"
    DISCRIMINATION = "discrimination"
    HEALTH = "health"
    AGE = "age"
    DEBTS = "debts"
    CHILDCARE = "childcare"
    HOME_SITUATION = "home_situation"
    TRAUMA = "trauma"
    STATUS_LOSS = "status_loss"
    ADDICTION = "addiction"  # verslaving (seed 002)
    UNSAFE_WORKPLACE = "unsafe_workplace"  # onveiligheid op de werkvloer, uitsluiting (seed 003)
    OTHER = "other"


class DocumentKind(StrEnum):
    CV = "cv"
    DIPLOMA = "diploma"
    CERTIFICATE = "certificate"
    REFERENCE = "reference"
    OTHER = "other"


class ConsentParty(StrEnum):
    """Who a client agreed may receive their information."""

    EMPLOYERS = "employers"
    COLLEAGUES = "colleagues"


class ConsentCategory(StrEnum):
    """Sensitive information a consent must name before it may be shared.

    A consent covers the ordinary profile (experience, skills, availability...). What is
    sensitive goes only where the client named it explicitly: these are ticked one by one,
    never read from the consent's free text (where "geen gezondheid" would name health).
    """

    HEALTH = "health"  # gezondheid
    DEBTS = "debts"  # schulden en financiële situatie
    HOME = "home"  # thuissituatie en kinderopvang
    TRAUMA = "trauma"
    BACKGROUND = "background"  # ervaren discriminatie, statusverlies, leeftijd
    OTHER = "other"  # overige belemmeringen: free notes of unknown content


#: the category a barrier of each kind falls under, decided for every kind: None for the
#: kinds that are no special category (they describe what the candidate is working on:
#: language, qualifications, network, search skills). Addiction is health data; unsafety or
#: exclusion at work is an experience of the kind discrimination is. A test fails when a new
#: kind has no decision here.
BARRIER_CATEGORY: dict[BarrierKind, ConsentCategory | None] = {
    BarrierKind.LANGUAGE: None,
    BarrierKind.NO_STARTKWALIFICATIE: None,
    BarrierKind.NO_NETWORK: None,
    BarrierKind.SEARCH_STRATEGIES: None,
    BarrierKind.HEALTH: ConsentCategory.HEALTH,
    BarrierKind.ADDICTION: ConsentCategory.HEALTH,
    BarrierKind.DEBTS: ConsentCategory.DEBTS,
    BarrierKind.HOME_SITUATION: ConsentCategory.HOME,
    BarrierKind.CHILDCARE: ConsentCategory.HOME,
    BarrierKind.TRAUMA: ConsentCategory.TRAUMA,
    BarrierKind.DISCRIMINATION: ConsentCategory.BACKGROUND,
    BarrierKind.UNSAFE_WORKPLACE: ConsentCategory.BACKGROUND,
    BarrierKind.STATUS_LOSS: ConsentCategory.BACKGROUND,
    BarrierKind.AGE: ConsentCategory.BACKGROUND,
    BarrierKind.OTHER: ConsentCategory.OTHER,
}


class InterventionKind(StrEnum):
    SCHOOLING = "schooling"
    LANGUAGE_COURSE = "language_course"
    TRAINING = "training"
    LEARNING_WORKPLACE = "learning_workplace"  # leerwerkplek
    WORK_EXPERIENCE = "work_experience"  # werkervaringsplek
    RESILIENCE_TRAINING = "resilience_training"  # weerbaarheidstraining
    JOBCOACH = "jobcoach"
    OTHER = "other"


class InterventionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED = "stopped"


class InterventionFollowUp(StrEnum):
    """What the jobhunter decides after evaluating an intervention's effect (gewogen
    maatwerk: record what you do, how, and the effect, and adjust when it does not come)."""

    CONTINUE = "continue"  # voortzetten
    ADJUST = "adjust"  # bijstellen: same intervention, done differently
    REPLACE = "replace"  # een andere interventie inzetten
    STOP = "stop"  # stoppen: not needed any more, or no use


#: the effect an evaluation records: 1 none, 2 weak, 3 some, 4 good, 5 strong
EFFECT_SCALE = range(1, 6)
#: an effect at or below this asks for a follow-up decision ("bijstellen?")
WEAK_EFFECT = 2


class DutchLevel(StrEnum):
    """CEFR level of Dutch, as used by inburgering and employers' requirements."""

    A0 = "A0"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"

    @property
    def rank(self) -> int:
        return _DUTCH_RANK[self]


_DUTCH_RANK = {level: rank for rank, level in enumerate(DutchLevel)}


class Sector(StrEnum):
    CLEANING = "cleaning"
    CATERING = "catering"
    GREEN = "green"  # groenvoorziening
    PRODUCTION = "production"
    LOGISTICS = "logistics"
    CARE = "care"
    TRANSPORT = "transport"
    RETAIL = "retail"
    OTHER = "other"


class CompanySize(StrEnum):
    SMALL = "small"  # fewer than 50 employees
    MEDIUM = "medium"  # 50 to 250
    LARGE = "large"  # more than 250


class RelationshipStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class Motive(StrEnum):
    """Why an employer takes on people with a distance to the labour market."""

    CSR = "csr"  # MVO
    SOCIAL_RETURN = "social_return"
    SHORTAGE = "shortage"
    FINANCIAL = "financial"
    IDEALISM = "idealism"


class CollectiveArrangement(StrEnum):
    EMPLOYERS_AGREEMENT = "employers_agreement"  # werkgeversakkoord / convenant
    CSR_PLATFORM = "csr_platform"  # MVO-platform
    EMPLOYER_SERVICE_POINT = "employer_service_point"  # werkgeversservicepunt


class CandidatePreference(StrEnum):
    ONE = "one"  # one well-chosen candidate
    SEVERAL = "several"  # several CVs to choose from


class InformationPreference(StrEnum):
    FULL = "full"  # wants to know everything about a candidate
    CAPABILITIES = "capabilities"  # only what the candidate can do


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    VISIT = "visit"


class ArrangementKind(StrEnum):
    TRIAL_PLACEMENT = "trial_placement"  # proefplaatsing
    WAGE_COST_SUBSIDY = "wage_cost_subsidy"  # loonkostensubsidie
    WAGE_DISPENSATION = "wage_dispensation"  # loondispensatie
    NO_RISK_POLICY = "no_risk_policy"  # no-riskpolis
    JOBCOACH = "jobcoach"
    TRAINING_SUBSIDY = "training_subsidy"  # scholingssubsidie
    PRACTICAL_ROUTE = "practical_route"  # praktijkroute
    OTHER = "other"


class ArrangementStatus(StrEnum):
    OFFERED = "offered"
    USED = "used"


class WorkplaceStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class RequirementKind(StrEnum):
    DRIVING_LICENCE = "driving_licence"
    DUTCH_LEVEL = "dutch_level"
    CERTIFICATE = "certificate"
    HOURS = "hours"
    OTHER = "other"


class PlacementForm(StrEnum):
    """How a placed client works at the employer. The first five are placements without an
    employment contract with this employer (the trial-placement stage holds them); the two
    contracts are the contract stage's."""

    TRIAL_PLACEMENT = "trial_placement"  # proefplaatsing, often keeping the benefit
    INTERNSHIP = "internship"  # stage
    LEARNING_WORKPLACE = "learning_workplace"  # leerwerkplek
    WORK_EXPERIENCE = "work_experience"  # werkervaringsplek
    SECONDMENT = "secondment"  # detachering: employed elsewhere, working here
    TEMPORARY_CONTRACT = "temporary_contract"  # tijdelijk contract
    PERMANENT_CONTRACT = "permanent_contract"  # vast contract

    @property
    def is_contract(self) -> bool:
        return self in CONTRACT_FORMS

    @property
    def has_end(self) -> bool:
        """A permanent contract has no end date; every other form may have one."""
        return self is not PlacementForm.PERMANENT_CONTRACT


CONTRACT_FORMS = frozenset({PlacementForm.TEMPORARY_CONTRACT, PlacementForm.PERMANENT_CONTRACT})


class Stage(StrEnum):
    """Stages of a match, in order, then the three outcomes that end it without contract."""

    PROPOSED = "proposed"  # voorgesteld (warme introductie)
    EMPLOYER_PREBRIEF = "employer_prebrief"  # voorbespreking werkgever
    INTERVIEW_PLANNED = "interview_planned"  # sollicitatiegesprek gepland
    DEBRIEF = "debrief"  # nabespreking
    TRIAL_PLACEMENT = "trial_placement"  # proefplaatsing
    CONTRACT = "contract"
    REJECTED = "rejected"  # afgewezen
    WITHDRAWN = "withdrawn"  # teruggetrokken
    DROPPED_OUT = "dropped_out"  # uitgevallen

    @property
    def is_outcome(self) -> bool:
        return self in OUTCOME_STAGES

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STAGES


OUTCOME_STAGES = frozenset({Stage.REJECTED, Stage.WITHDRAWN, Stage.DROPPED_OUT})
#: stages in which the employer hears about the candidate: they need the client's consent
#: to share with employers (the outcomes end a match and need none)
SHARING_STAGES = frozenset(
    {Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED, Stage.DEBRIEF, Stage.TRIAL_PLACEMENT,
     Stage.CONTRACT}
)  # fmt: skip
CLOSED_STAGES = OUTCOME_STAGES | {Stage.CONTRACT}
PLACED_STAGES = frozenset({Stage.TRIAL_PLACEMENT, Stage.CONTRACT})


def forms_for(stage: Stage) -> tuple[PlacementForm, ...]:
    """The placement forms a placed stage can hold, the usual one first."""
    if stage is Stage.CONTRACT:
        return (PlacementForm.TEMPORARY_CONTRACT, PlacementForm.PERMANENT_CONTRACT)
    if stage is Stage.TRIAL_PLACEMENT:
        return tuple(form for form in PlacementForm if not form.is_contract)
    return ()


class ContactKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"


class AppointmentKind(StrEnum):
    EMPLOYEE_CHECKIN = "employee_checkin"
    EMPLOYER_EVALUATION = "employer_evaluation"
    JOBCOACH = "jobcoach"
    PROBLEM_FOLLOWUP = "problem_followup"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Intensity(StrEnum):
    """How closely a placement is followed: the aftercare schedule template."""

    LIGHT = "light"
    NORMAL = "normal"
    INTENSIVE = "intensive"


class ProblemOwner(StrEnum):
    """Who picks up a problem raised in aftercare."""

    JOBHUNTER = "jobhunter"
    EMPLOYEE = "employee"
    EMPLOYER = "employer"
    JOBCOACH = "jobcoach"


class ProblemStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    SOLVED = "solved"
