"""Dutch words for printed documents: the vocabularies' names, dates and times.

Printed documents are Dutch whatever the interface language (they go to Dutch employers and
candidates), so they do not go through Qt's translations. The names match the Dutch
interface, so a briefing says what the screen says.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    BarrierKind,
    CandidatePreference,
    Channel,
    CollectiveArrangement,
    CompanySize,
    ConsentCategory,
    InformationPreference,
    InterventionKind,
    InterventionStatus,
    Motive,
    RequirementKind,
    Sector,
    Stage,
)
from jobhunter.services.clock import LOCAL_TZ

#: Dutch names per vocabulary; keyed per enum, since values repeat across enums
#: (BarrierKind.HEALTH and ConsentCategory.HEALTH are both "health")
_NAMES: dict[type[Enum], dict[Any, str]] = {
    Sector: {
        Sector.CLEANING: "Schoonmaak",
        Sector.CATERING: "Horeca en catering",
        Sector.GREEN: "Groenvoorziening",
        Sector.PRODUCTION: "Productie",
        Sector.LOGISTICS: "Logistiek",
        Sector.CARE: "Zorg",
        Sector.TRANSPORT: "Transport",
        Sector.RETAIL: "Detailhandel",
        Sector.OTHER: "Overig",
    },
    CompanySize: {
        CompanySize.SMALL: "Klein (minder dan 50 medewerkers)",
        CompanySize.MEDIUM: "Middelgroot (50 tot 250 medewerkers)",
        CompanySize.LARGE: "Groot (meer dan 250 medewerkers)",
    },
    Stage: {
        Stage.PROPOSED: "Voorgesteld",
        Stage.EMPLOYER_PREBRIEF: "Voorbespreking werkgever",
        Stage.INTERVIEW_PLANNED: "Sollicitatiegesprek gepland",
        Stage.DEBRIEF: "Nabespreking",
        Stage.TRIAL_PLACEMENT: "Proefplaatsing",
        Stage.CONTRACT: "Contract",
        Stage.REJECTED: "Afgewezen",
        Stage.WITHDRAWN: "Teruggetrokken",
        Stage.DROPPED_OUT: "Uitgevallen",
    },
    Motive: {
        Motive.CSR: "MVO",
        Motive.SOCIAL_RETURN: "Social return",
        Motive.SHORTAGE: "Personeelstekort",
        Motive.FINANCIAL: "Financieel voordeel",
        Motive.IDEALISM: "Idealisme",
    },
    CollectiveArrangement: {
        CollectiveArrangement.EMPLOYERS_AGREEMENT: "Werkgeversakkoord of convenant",
        CollectiveArrangement.CSR_PLATFORM: "MVO-platform",
        CollectiveArrangement.EMPLOYER_SERVICE_POINT: "Werkgeversservicepunt",
    },
    CandidatePreference: {
        CandidatePreference.ONE: "Eén kandidaat",
        CandidatePreference.SEVERAL: "Meerdere cv's",
    },
    InformationPreference: {
        InformationPreference.FULL: "Volledige informatie",
        InformationPreference.CAPABILITIES: "Alleen wat de kandidaat kan",
    },
    Channel: {
        Channel.PHONE: "telefoon",
        Channel.EMAIL: "e-mail",
        Channel.WHATSAPP: "WhatsApp",
        Channel.VISIT: "langsgaan",
    },
    ArrangementKind: {
        ArrangementKind.TRIAL_PLACEMENT: "Proefplaatsing",
        ArrangementKind.WAGE_COST_SUBSIDY: "Loonkostensubsidie",
        ArrangementKind.WAGE_DISPENSATION: "Loondispensatie",
        ArrangementKind.NO_RISK_POLICY: "No-riskpolis",
        ArrangementKind.JOBCOACH: "Jobcoach",
        ArrangementKind.TRAINING_SUBSIDY: "Scholingssubsidie",
        ArrangementKind.PRACTICAL_ROUTE: "Praktijkroute",
        ArrangementKind.OTHER: "Overige regeling",
    },
    ArrangementStatus: {
        ArrangementStatus.OFFERED: "aangeboden",
        ArrangementStatus.USED: "in gebruik",
    },
    RequirementKind: {
        RequirementKind.DRIVING_LICENCE: "Rijbewijs",
        RequirementKind.DUTCH_LEVEL: "Nederlands",
        RequirementKind.CERTIFICATE: "Certificaat",
        RequirementKind.HOURS: "Uren per week",
        RequirementKind.OTHER: "Overige eis",
    },
    BarrierKind: {
        BarrierKind.LANGUAGE: "Nederlandse taal",
        BarrierKind.NO_STARTKWALIFICATIE: "Geen startkwalificatie",
        BarrierKind.NO_NETWORK: "Geen netwerk op de arbeidsmarkt",
        BarrierKind.SEARCH_STRATEGIES: "Weinig kennis van zoekstrategieën",
        BarrierKind.DISCRIMINATION: "Ervaren vooroordelen of discriminatie",
        BarrierKind.HEALTH: "Gezondheid",
        BarrierKind.AGE: "Leeftijd",
        BarrierKind.DEBTS: "Schulden",
        BarrierKind.CHILDCARE: "Kinderopvang",
        BarrierKind.HOME_SITUATION: "Thuissituatie",
        BarrierKind.TRAUMA: "Trauma",
        BarrierKind.STATUS_LOSS: "Verlies van status of identiteit",
        BarrierKind.OTHER: "Overig",
    },
    ConsentCategory: {
        ConsentCategory.HEALTH: "gezondheid",
        ConsentCategory.DEBTS: "schulden en financiën",
        ConsentCategory.HOME: "thuissituatie en kinderopvang",
        ConsentCategory.TRAUMA: "trauma",
        ConsentCategory.BACKGROUND: "ervaren discriminatie, statusverlies en leeftijd",
        ConsentCategory.OTHER: "overige belemmeringen",
    },
    InterventionKind: {
        InterventionKind.SCHOOLING: "(Om)scholing",
        InterventionKind.LANGUAGE_COURSE: "Taalcursus",
        InterventionKind.TRAINING: "Training of workshop",
        InterventionKind.LEARNING_WORKPLACE: "Leerwerkplek",
        InterventionKind.WORK_EXPERIENCE: "Werkervaringsplaats",
        InterventionKind.RESILIENCE_TRAINING: "Weerbaarheidstraining",
        InterventionKind.JOBCOACH: "Begeleiding door een jobcoach",
        InterventionKind.OTHER: "Overig",
    },
    InterventionStatus: {
        InterventionStatus.PLANNED: "gepland",
        InterventionStatus.RUNNING: "loopt",
        InterventionStatus.COMPLETED: "afgerond",
        InterventionStatus.STOPPED: "gestopt",
    },
}

#: werknemersvaardigheden (services.caseload.WORK_SKILLS)
WORK_SKILL_NAMES = {
    "on_time": "Op tijd komen",
    "keeps_appointments": "Afspraken nakomen",
    "colleagues": "Omgaan met collega's",
    "manager": "Omgaan met een leidinggevende",
    "instructions": "Instructies aannemen",
    "presentability": "Verzorgd voorkomen",
    "social_skills": "Sociale vaardigheden",
}

#: the standard items of the preparation checklists (services.matches.CHECKLIST_ITEMS)
CHECK_NAMES = {
    "questions": "Vragen die je kunt verwachten",
    "answers": "Antwoorden geoefend",
    "clothing": "Kleding",
    "behaviour": "Gedrag tijdens het gesprek",
    "function": "De functie en het bedrijf",
    "procedure": "Procedure: wie zijn erbij, hoe lang",
    "route_time": "Route, reistijd en vertrektijd",
    "candidate": "Over de kandidaat (voor zover de toestemming dat toelaat)",
    "contract": "Welk contract kan worden geboden",
    "trial_period": "Proeftijd of proefplaatsing",
    "arrangements": "Regelingen (subsidie, no-riskpolis, jobcoach)",
}

_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def name(value: Enum | None) -> str:
    """The Dutch name of a vocabulary value; empty for None."""
    if value is None:
        return ""
    return _NAMES.get(type(value), {}).get(value, str(value.value))


def short_date(day: date | None) -> str:
    """16-03-2026"""
    return day.strftime("%d-%m-%Y") if day else ""


def long_date(day: date) -> str:
    """maandag 16 maart 2026"""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def local_date(moment: datetime) -> date:
    """The Dutch calendar day of a moment."""
    return moment.astimezone(LOCAL_TZ).date()


def local_time(moment: datetime) -> str:
    """10:30, in Dutch local time."""
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M")


def long_moment(moment: datetime) -> str:
    """maandag 16 maart 2026 om 10:30, in Dutch local time."""
    local = moment.astimezone(LOCAL_TZ)
    return f"{long_date(local.date())} om {local.strftime('%H:%M')}"


def yes_no(value: bool | None, yes: str = "ja", no: str = "nee", unknown: str = "") -> str:
    return unknown if value is None else yes if value else no


def join(parts: list[str], last: str = " en ") -> str:
    """ "a", "a en b", "a, b en c"."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + last + parts[-1]
