"""The Dutch names of the domain's vocabularies, for everything the services write for people.

Printed documents (the briefing, the kandidaatprofiel, the access export, the handover
summary) are Dutch whatever the interface language, and the command line prints them too,
so they do not go through Qt's translations. This is the one table they all read: a value
is named the same way in every document, and the names follow the Dutch interface, so a
document says what the screen says.

Names are keyed per vocabulary, since values repeat across enums ("jobcoach" is an
intervention, an appointment, an arrangement and a problem owner; "health" a barrier and a
consent category). A test fails when a member of any of the models' vocabularies, a
werknemersvaardigheid, a Werkverkenner factor or a checklist item has no name here.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    ArrangementKind,
    ArrangementStatus,
    BarrierKind,
    CandidatePreference,
    Channel,
    CollectiveArrangement,
    CompanySize,
    ConsentCategory,
    ConsentParty,
    ContactKind,
    DocumentKind,
    DutchLevel,
    InformationPreference,
    Intensity,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Motive,
    Phase,
    PlacementForm,
    ProblemOwner,
    ProblemStatus,
    RelationshipStatus,
    RequirementKind,
    Sector,
    Stage,
    WorkplaceStatus,
)
from jobhunter.models.privacy import RetentionAction

NAMES: dict[type[Enum], dict[Any, str]] = {
    Phase: {
        Phase.INTAKE: "Kennismaking en oriëntatie",
        Phase.DEVELOPMENT: "Ontwikkeling",
        Phase.MATCHING: "Matching",
        Phase.AFTERCARE: "Nazorg",
        Phase.CLOSED: "Afgesloten",
    },
    BarrierKind: {
        BarrierKind.LANGUAGE: "Beperkte beheersing van het Nederlands",
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
        BarrierKind.ADDICTION: "Verslaving",
        BarrierKind.UNSAFE_WORKPLACE: "Onveiligheid of uitsluiting op het werk",
        BarrierKind.OTHER: "Overig",
    },
    DocumentKind: {
        DocumentKind.CV: "Cv",
        DocumentKind.DIPLOMA: "Diploma",
        DocumentKind.CERTIFICATE: "Certificaat",
        DocumentKind.REFERENCE: "Referentie",
        DocumentKind.OTHER: "Overig",
    },
    ConsentParty: {
        ConsentParty.EMPLOYERS: "Werkgevers",
        ConsentParty.COLLEAGUES: "Collega's",
    },
    ConsentCategory: {
        ConsentCategory.HEALTH: "Gezondheid (ook verslaving)",
        ConsentCategory.DEBTS: "Schulden en financiën",
        ConsentCategory.HOME: "Thuissituatie en kinderopvang",
        ConsentCategory.TRAUMA: "Trauma",
        ConsentCategory.BACKGROUND: "Ervaren discriminatie, uitsluiting, statusverlies en leeftijd",
        ConsentCategory.OTHER: "Overige belemmeringen",
    },
    InterventionKind: {
        InterventionKind.SCHOOLING: "(Om)scholing",
        InterventionKind.LANGUAGE_COURSE: "Taalcursus",
        InterventionKind.TRAINING: "Training of workshop",
        InterventionKind.LEARNING_WORKPLACE: "Leerwerkplek",
        InterventionKind.WORK_EXPERIENCE: "Werkervaringsplek",
        InterventionKind.RESILIENCE_TRAINING: "Weerbaarheidstraining",
        InterventionKind.JOBCOACH: "Jobcoach",
        InterventionKind.OTHER: "Overig",
    },
    InterventionStatus: {
        InterventionStatus.PLANNED: "Gepland",
        InterventionStatus.RUNNING: "Lopend",
        InterventionStatus.COMPLETED: "Afgerond",
        InterventionStatus.STOPPED: "Gestopt",
    },
    InterventionFollowUp: {
        InterventionFollowUp.CONTINUE: "Voortzetten",
        InterventionFollowUp.ADJUST: "Bijstellen",
        InterventionFollowUp.REPLACE: "Andere interventie inzetten",
        InterventionFollowUp.STOP: "Stoppen",
    },
    DutchLevel: {level: level.value for level in DutchLevel},  # CEFR levels read the same
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
    RelationshipStatus: {
        RelationshipStatus.PROSPECT: "Prospect",
        RelationshipStatus.ACTIVE: "Actieve partner",
        RelationshipStatus.DORMANT: "Slapend",
        RelationshipStatus.ENDED: "Samenwerking beëindigd",
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
        InformationPreference.FULL: "Alles over de kandidaat",
        InformationPreference.CAPABILITIES: "Alleen wat de kandidaat kan",
    },
    Channel: {
        Channel.PHONE: "Telefoon",
        Channel.EMAIL: "E-mail",
        Channel.WHATSAPP: "WhatsApp",
        Channel.VISIT: "Bezoek",
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
        ArrangementStatus.OFFERED: "Aangeboden",
        ArrangementStatus.USED: "In gebruik",
    },
    WorkplaceStatus: {
        WorkplaceStatus.OPEN: "Open",
        WorkplaceStatus.FILLED: "Vervuld",
        WorkplaceStatus.CLOSED: "Afgesloten",
    },
    RequirementKind: {
        RequirementKind.DRIVING_LICENCE: "Rijbewijs",
        RequirementKind.DUTCH_LEVEL: "Niveau Nederlands",
        RequirementKind.CERTIFICATE: "Certificaat",
        RequirementKind.HOURS: "Uren per week",
        RequirementKind.OTHER: "Overige eis",
    },
    PlacementForm: {
        PlacementForm.TRIAL_PLACEMENT: "Proefplaatsing (met behoud van uitkering)",
        PlacementForm.INTERNSHIP: "Stage",
        PlacementForm.LEARNING_WORKPLACE: "Leerwerkplek",
        PlacementForm.WORK_EXPERIENCE: "Werkervaringsplek",
        PlacementForm.SECONDMENT: "Detachering",
        PlacementForm.TEMPORARY_CONTRACT: "Tijdelijk contract",
        PlacementForm.PERMANENT_CONTRACT: "Vast contract",
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
    ContactKind: {
        ContactKind.NOTE: "Notitie",
        ContactKind.CALL: "Telefoongesprek",
        ContactKind.VISIT: "Bezoek",
        ContactKind.EMAIL: "E-mail",
    },
    AppointmentKind: {
        AppointmentKind.EMPLOYEE_CHECKIN: "Check-in werknemer",
        AppointmentKind.EMPLOYER_EVALUATION: "Evaluatie werkgever",
        AppointmentKind.JOBCOACH: "Jobcoach",
        AppointmentKind.PROBLEM_FOLLOWUP: "Opvolging probleem",
    },
    AppointmentStatus: {
        AppointmentStatus.PLANNED: "Gepland",
        AppointmentStatus.DONE: "Afgerond",
        AppointmentStatus.CANCELLED: "Afgezegd",
    },
    Intensity: {
        Intensity.LIGHT: "Licht",
        Intensity.NORMAL: "Normaal",
        Intensity.INTENSIVE: "Intensief",
    },
    ProblemOwner: {
        ProblemOwner.JOBHUNTER: "Jobhunter",
        ProblemOwner.EMPLOYEE: "Werknemer",
        ProblemOwner.EMPLOYER: "Werkgever",
        ProblemOwner.JOBCOACH: "Jobcoach",
    },
    ProblemStatus: {
        ProblemStatus.OPEN: "Open",
        ProblemStatus.IN_PROGRESS: "In behandeling",
        ProblemStatus.SOLVED: "Opgelost",
    },
    RetentionAction: {
        RetentionAction.EXTEND: "Bewaartermijn verlengd",
        RetentionAction.ANONYMISE: "Geanonimiseerd",
    },
}

#: werknemersvaardigheden (``services.caseload.WORK_SKILLS``), as seed 002 names them
WORK_SKILL_NAMES = {
    "on_time": "Op tijd komen",
    "keeps_appointments": "Afspraken nakomen",
    "colleagues": "Omgaan met collega's",
    "manager": "Omgaan met een leidinggevende",
    "unpleasant_work": "Werk doen dat je niet leuk vindt",
    "instructions": "Instructies aannemen",
    "presentability": "Verzorgd voorkomen",
    "social_skills": "Sociale vaardigheden",
}

#: the Werkverkenner's factors (``services.caseload.FACTORS``)
FACTOR_NAMES = {
    "age": "Leeftijd",
    "education": "Opleidingsniveau",
    "work_experience": "Werkervaring",
    "unemployment_duration": "Duur van de werkloosheid",
    "perceived_health": "Ervaren gezondheid",
    "physical_capacity": "Lichamelijke belastbaarheid",
    "self_efficacy": "Vertrouwen in eigen kunnen",
    "return_expectation": "Verwachting werk te vinden",
    "motivation": "Motivatie",
    "search_behaviour": "Zoekgedrag",
    "search_knowledge": "Kennis van zoekstrategieën",
    "social_network": "Sociaal netwerk",
    "dutch_language": "Nederlandse taal",
    "mobility": "Mobiliteit",
    "care_duties": "Zorgtaken",
    "financial_situation": "Financiële situatie",
    "flexibility": "Flexibiliteit",
    "employer_attitude": "Ervaren houding van werkgevers",
}

#: the standard items of the preparation checklists (``services.matches.CHECKLIST_ITEMS``)
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


def name(value: Enum | None) -> str:
    """The Dutch name of a vocabulary value, capitalised as a label; empty for None. A value
    this table does not know (a newer version's) reads as its stored value."""
    if value is None:
        return ""
    return NAMES.get(type(value), {}).get(value, str(value.value).replace("_", " "))


def within_sentence(value: Enum | None) -> str:
    """The name as it reads inside a sentence ("liefst via telefoon", "(lopend)"): its first
    letter in lower case, unless the first word is a name or an abbreviation ("WhatsApp",
    "MVO")."""
    return lower_first(name(value))


def lower_first(text: str) -> str:
    """ "Telefoongesprek" -> "telefoongesprek"; "WhatsApp" and "MVO" stay as they are."""
    first_word = text.split(" ", 1)[0]
    if not text or any(c.isupper() for c in first_word[1:]):
        return text
    return text[:1].lower() + text[1:]
