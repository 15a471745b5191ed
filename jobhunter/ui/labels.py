"""Translated labels for the domain vocabularies (enum values are English identifiers)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

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
    ConsentParty,
    ContactKind,
    DocumentKind,
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
from jobhunter.ui.translate import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

_LABELS: dict[Enum, str] = {
    Phase.INTAKE: QT_TRANSLATE_NOOP("labels", "Intake and orientation"),
    Phase.DEVELOPMENT: QT_TRANSLATE_NOOP("labels", "Development"),
    Phase.MATCHING: QT_TRANSLATE_NOOP("labels", "Matching"),
    Phase.AFTERCARE: QT_TRANSLATE_NOOP("labels", "Aftercare"),
    Phase.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
    Sector.CLEANING: QT_TRANSLATE_NOOP("labels", "Cleaning"),
    Sector.CATERING: QT_TRANSLATE_NOOP("labels", "Catering"),
    Sector.GREEN: QT_TRANSLATE_NOOP("labels", "Green maintenance"),
    Sector.PRODUCTION: QT_TRANSLATE_NOOP("labels", "Production"),
    Sector.LOGISTICS: QT_TRANSLATE_NOOP("labels", "Logistics"),
    Sector.CARE: QT_TRANSLATE_NOOP("labels", "Care"),
    Sector.TRANSPORT: QT_TRANSLATE_NOOP("labels", "Transport"),
    Sector.RETAIL: QT_TRANSLATE_NOOP("labels", "Retail"),
    Sector.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    CompanySize.SMALL: QT_TRANSLATE_NOOP("labels", "Small"),
    CompanySize.MEDIUM: QT_TRANSLATE_NOOP("labels", "Medium"),
    CompanySize.LARGE: QT_TRANSLATE_NOOP("labels", "Large"),
    RelationshipStatus.PROSPECT: QT_TRANSLATE_NOOP("labels", "Prospect"),
    RelationshipStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active partner"),
    RelationshipStatus.DORMANT: QT_TRANSLATE_NOOP("labels", "Dormant"),
    RelationshipStatus.ENDED: QT_TRANSLATE_NOOP("labels", "Cooperation ended"),
    Stage.PROPOSED: QT_TRANSLATE_NOOP("labels", "Proposed"),
    Stage.EMPLOYER_PREBRIEF: QT_TRANSLATE_NOOP("labels", "Employer pre-briefing"),
    Stage.INTERVIEW_PLANNED: QT_TRANSLATE_NOOP("labels", "Interview planned"),
    Stage.DEBRIEF: QT_TRANSLATE_NOOP("labels", "Debrief"),
    Stage.TRIAL_PLACEMENT: QT_TRANSLATE_NOOP("labels", "Trial placement"),
    Stage.CONTRACT: QT_TRANSLATE_NOOP("labels", "Contract"),
    Stage.REJECTED: QT_TRANSLATE_NOOP("labels", "Rejected"),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    Stage.DROPPED_OUT: QT_TRANSLATE_NOOP("labels", "Dropped out"),
    AppointmentKind.EMPLOYEE_CHECKIN: QT_TRANSLATE_NOOP("labels", "Employee check-in"),
    AppointmentKind.EMPLOYER_EVALUATION: QT_TRANSLATE_NOOP("labels", "Employer evaluation"),
    AppointmentKind.JOBCOACH: QT_TRANSLATE_NOOP("labels", "Jobcoach"),
    AppointmentKind.PROBLEM_FOLLOWUP: QT_TRANSLATE_NOOP("labels", "Problem follow-up"),
    AppointmentStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    AppointmentStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    Intensity.LIGHT: QT_TRANSLATE_NOOP("labels", "Light"),
    Intensity.NORMAL: QT_TRANSLATE_NOOP("labels", "Normal"),
    Intensity.INTENSIVE: QT_TRANSLATE_NOOP("labels", "Intensive"),
    ProblemOwner.JOBHUNTER: QT_TRANSLATE_NOOP("labels", "Jobhunter"),
    ProblemOwner.EMPLOYEE: QT_TRANSLATE_NOOP("labels", "Employee"),
    ProblemOwner.EMPLOYER: QT_TRANSLATE_NOOP("labels", "Employer"),
    ProblemOwner.JOBCOACH: QT_TRANSLATE_NOOP("labels", "Jobcoach"),
    ProblemStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
    ProblemStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
    ProblemStatus.SOLVED: QT_TRANSLATE_NOOP("labels", "Solved"),
    ContactKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
    ContactKind.CALL: QT_TRANSLATE_NOOP("labels", "Call"),
    ContactKind.VISIT: QT_TRANSLATE_NOOP("labels", "Visit"),
    ContactKind.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    BarrierKind.LANGUAGE: QT_TRANSLATE_NOOP("labels", "Limited Dutch"),
    BarrierKind.NO_STARTKWALIFICATIE: QT_TRANSLATE_NOOP("labels", "No startkwalificatie"),
    BarrierKind.NO_NETWORK: QT_TRANSLATE_NOOP("labels", "No network in the labour market"),
    BarrierKind.SEARCH_STRATEGIES: QT_TRANSLATE_NOOP(
        "labels", "Little knowledge of search strategies"
    ),
    BarrierKind.DISCRIMINATION: QT_TRANSLATE_NOOP(
        "labels", "Experienced prejudice or discrimination"
    ),
    BarrierKind.HEALTH: QT_TRANSLATE_NOOP("labels", "Health"),
    BarrierKind.AGE: QT_TRANSLATE_NOOP("labels", "Age"),
    BarrierKind.DEBTS: QT_TRANSLATE_NOOP("labels", "Debts"),
    BarrierKind.CHILDCARE: QT_TRANSLATE_NOOP("labels", "Child care"),
    BarrierKind.HOME_SITUATION: QT_TRANSLATE_NOOP("labels", "Home situation"),
    BarrierKind.TRAUMA: QT_TRANSLATE_NOOP("labels", "Trauma"),
    BarrierKind.STATUS_LOSS: QT_TRANSLATE_NOOP("labels", "Loss of status or identity"),
    BarrierKind.ADDICTION: QT_TRANSLATE_NOOP("labels", "Addiction"),
    BarrierKind.UNSAFE_WORKPLACE: QT_TRANSLATE_NOOP("labels", "Unsafety or exclusion at work"),
    BarrierKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    InterventionKind.SCHOOLING: QT_TRANSLATE_NOOP("labels", "(Re)schooling"),
    InterventionKind.LANGUAGE_COURSE: QT_TRANSLATE_NOOP("labels", "Language course"),
    InterventionKind.TRAINING: QT_TRANSLATE_NOOP("labels", "Training or workshop"),
    InterventionKind.LEARNING_WORKPLACE: QT_TRANSLATE_NOOP("labels", "Learning workplace"),
    InterventionKind.WORK_EXPERIENCE: QT_TRANSLATE_NOOP("labels", "Work experience placement"),
    InterventionKind.RESILIENCE_TRAINING: QT_TRANSLATE_NOOP("labels", "Resilience training"),
    InterventionKind.JOBCOACH: QT_TRANSLATE_NOOP("labels", "Jobcoach"),
    InterventionKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    InterventionStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    InterventionStatus.RUNNING: QT_TRANSLATE_NOOP("labels", "Running"),
    InterventionStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    InterventionStatus.STOPPED: QT_TRANSLATE_NOOP("labels", "Stopped"),
    InterventionFollowUp.CONTINUE: QT_TRANSLATE_NOOP("labels", "Continue"),
    InterventionFollowUp.ADJUST: QT_TRANSLATE_NOOP("labels", "Adjust"),
    InterventionFollowUp.REPLACE: QT_TRANSLATE_NOOP("labels", "Replace by another"),
    InterventionFollowUp.STOP: QT_TRANSLATE_NOOP("labels", "Stop"),
    DocumentKind.CV: QT_TRANSLATE_NOOP("labels", "CV"),
    DocumentKind.DIPLOMA: QT_TRANSLATE_NOOP("labels", "Diploma"),
    DocumentKind.CERTIFICATE: QT_TRANSLATE_NOOP("labels", "Certificate"),
    DocumentKind.REFERENCE: QT_TRANSLATE_NOOP("labels", "Reference"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    ConsentParty.EMPLOYERS: QT_TRANSLATE_NOOP("labels", "Employers"),
    ConsentParty.COLLEAGUES: QT_TRANSLATE_NOOP("labels", "Colleagues"),
    Motive.CSR: QT_TRANSLATE_NOOP("labels", "CSR"),
    Motive.SOCIAL_RETURN: QT_TRANSLATE_NOOP("labels", "Social return"),
    Motive.SHORTAGE: QT_TRANSLATE_NOOP("labels", "Labour shortage"),
    Motive.FINANCIAL: QT_TRANSLATE_NOOP("labels", "Financial"),
    Motive.IDEALISM: QT_TRANSLATE_NOOP("labels", "Idealism"),
    CollectiveArrangement.EMPLOYERS_AGREEMENT: QT_TRANSLATE_NOOP("labels", "Employers' agreement"),
    CollectiveArrangement.CSR_PLATFORM: QT_TRANSLATE_NOOP("labels", "CSR platform"),
    CollectiveArrangement.EMPLOYER_SERVICE_POINT: QT_TRANSLATE_NOOP(
        "labels", "Employer service point"
    ),
    CandidatePreference.ONE: QT_TRANSLATE_NOOP("labels", "One candidate"),
    CandidatePreference.SEVERAL: QT_TRANSLATE_NOOP("labels", "Several CVs"),
    InformationPreference.FULL: QT_TRANSLATE_NOOP("labels", "Everything about the candidate"),
    InformationPreference.CAPABILITIES: QT_TRANSLATE_NOOP(
        "labels", "Only what the candidate can do"
    ),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    Channel.VISIT: QT_TRANSLATE_NOOP("labels", "Visit"),
    ArrangementKind.TRIAL_PLACEMENT: QT_TRANSLATE_NOOP("labels", "Trial placement"),
    ArrangementKind.WAGE_COST_SUBSIDY: QT_TRANSLATE_NOOP("labels", "Wage cost subsidy"),
    ArrangementKind.WAGE_DISPENSATION: QT_TRANSLATE_NOOP("labels", "Wage dispensation"),
    ArrangementKind.NO_RISK_POLICY: QT_TRANSLATE_NOOP("labels", "No-risk policy"),
    ArrangementKind.JOBCOACH: QT_TRANSLATE_NOOP("labels", "Jobcoach"),
    ArrangementKind.TRAINING_SUBSIDY: QT_TRANSLATE_NOOP("labels", "Training subsidy"),
    ArrangementKind.PRACTICAL_ROUTE: QT_TRANSLATE_NOOP("labels", "Practical route"),
    ArrangementKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    ArrangementStatus.OFFERED: QT_TRANSLATE_NOOP("labels", "Offered"),
    ArrangementStatus.USED: QT_TRANSLATE_NOOP("labels", "In use"),
    WorkplaceStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
    WorkplaceStatus.FILLED: QT_TRANSLATE_NOOP("labels", "Filled"),
    WorkplaceStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
    RequirementKind.DRIVING_LICENCE: QT_TRANSLATE_NOOP("labels", "Driving licence"),
    RequirementKind.DUTCH_LEVEL: QT_TRANSLATE_NOOP("labels", "Dutch level"),
    RequirementKind.CERTIFICATE: QT_TRANSLATE_NOOP("labels", "Certificate"),
    RequirementKind.HOURS: QT_TRANSLATE_NOOP("labels", "Hours per week"),
    RequirementKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}


#: placement forms share values with other vocabularies ("trial_placement" is also a stage
#: and an arrangement), and string enums with equal values are equal keys: kept apart
_FORM_LABELS: dict[PlacementForm, str] = {
    PlacementForm.TRIAL_PLACEMENT: QT_TRANSLATE_NOOP("labels", "Trial placement (keeping benefit)"),
    PlacementForm.INTERNSHIP: QT_TRANSLATE_NOOP("labels", "Internship"),
    PlacementForm.LEARNING_WORKPLACE: QT_TRANSLATE_NOOP("labels", "Learning workplace"),
    PlacementForm.WORK_EXPERIENCE: QT_TRANSLATE_NOOP("labels", "Work experience placement"),
    PlacementForm.SECONDMENT: QT_TRANSLATE_NOOP("labels", "Secondment"),
    PlacementForm.TEMPORARY_CONTRACT: QT_TRANSLATE_NOOP("labels", "Temporary contract"),
    PlacementForm.PERMANENT_CONTRACT: QT_TRANSLATE_NOOP("labels", "Permanent contract"),
}


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    source = _FORM_LABELS.get(value) if isinstance(value, PlacementForm) else _LABELS.get(value)
    if source is None:
        return str(value.value)
    return QCoreApplication.translate(_CONTEXT, source)


#: Shorter names where a list or a board has little room (the full one goes in a tooltip).
_SHORT_LABELS: dict[Enum, str] = {
    Phase.INTAKE: QT_TRANSLATE_NOOP("labels", "Intake"),
    Stage.EMPLOYER_PREBRIEF: QT_TRANSLATE_NOOP("labels", "Pre-brief"),
    Stage.INTERVIEW_PLANNED: QT_TRANSLATE_NOOP("labels", "Interview"),
    Stage.TRIAL_PLACEMENT: QT_TRANSLATE_NOOP("labels", "Trial"),
}


def short_label(value: Enum | None) -> str:
    """The short name of a value where there is one, else its usual label."""
    source = _SHORT_LABELS.get(value) if value is not None else None
    return QCoreApplication.translate(_CONTEXT, source) if source else label(value)


def tr(text: str, context: str = "jobhunter") -> str:
    """Translate outside a QObject (module-level helpers, models)."""
    return QCoreApplication.translate(context, text)


#: Werkverkenner factors (services.caseload.FACTORS) and their labels.
FACTOR_LABELS: dict[str, str] = {
    "age": QT_TRANSLATE_NOOP("labels", "Age"),
    "education": QT_TRANSLATE_NOOP("labels", "Education level"),
    "work_experience": QT_TRANSLATE_NOOP("labels", "Work experience"),
    "unemployment_duration": QT_TRANSLATE_NOOP("labels", "Duration of unemployment"),
    "perceived_health": QT_TRANSLATE_NOOP("labels", "Perceived health"),
    "physical_capacity": QT_TRANSLATE_NOOP("labels", "Physical capacity"),
    "self_efficacy": QT_TRANSLATE_NOOP("labels", "Confidence in own abilities"),
    "return_expectation": QT_TRANSLATE_NOOP("labels", "Expectation of finding work"),
    "motivation": QT_TRANSLATE_NOOP("labels", "Motivation"),
    "search_behaviour": QT_TRANSLATE_NOOP("labels", "Job search behaviour"),
    "search_knowledge": QT_TRANSLATE_NOOP("labels", "Knowledge of search strategies"),
    "social_network": QT_TRANSLATE_NOOP("labels", "Social network"),
    "dutch_language": QT_TRANSLATE_NOOP("labels", "Dutch language"),
    "mobility": QT_TRANSLATE_NOOP("labels", "Mobility"),
    "care_duties": QT_TRANSLATE_NOOP("labels", "Care duties"),
    "financial_situation": QT_TRANSLATE_NOOP("labels", "Financial situation"),
    "flexibility": QT_TRANSLATE_NOOP("labels", "Flexibility"),
    "employer_attitude": QT_TRANSLATE_NOOP("labels", "Perceived attitude of employers"),
}

#: Werknemersvaardigheden (services.caseload.WORK_SKILLS) and their labels.
SKILL_LABELS: dict[str, str] = {
    "on_time": QT_TRANSLATE_NOOP("labels", "Being on time"),
    "keeps_appointments": QT_TRANSLATE_NOOP("labels", "Keeping appointments"),
    "colleagues": QT_TRANSLATE_NOOP("labels", "Dealing with colleagues"),
    "manager": QT_TRANSLATE_NOOP("labels", "Dealing with a manager"),
    "unpleasant_work": QT_TRANSLATE_NOOP("labels", "Doing work you do not like"),
    "instructions": QT_TRANSLATE_NOOP("labels", "Accepting instructions"),
    "presentability": QT_TRANSLATE_NOOP("labels", "Presentability"),
    "social_skills": QT_TRANSLATE_NOOP("labels", "Social skills"),
}


def key_label(mapping: dict[str, str], key: str) -> str:
    return QCoreApplication.translate(_CONTEXT, mapping.get(key, key))


#: The preparation checklists (services.matches.CHECKLIST_ITEMS) and their labels.
CHECK_LABELS: dict[str, str] = {
    "questions": QT_TRANSLATE_NOOP("labels", "Questions to expect"),
    "answers": QT_TRANSLATE_NOOP("labels", "Answers practised"),
    "clothing": QT_TRANSLATE_NOOP("labels", "Clothing"),
    "behaviour": QT_TRANSLATE_NOOP("labels", "Behaviour during the interview"),
    "function": QT_TRANSLATE_NOOP("labels", "The job and the company"),
    "procedure": QT_TRANSLATE_NOOP("labels", "Procedure: who is there, how long"),
    "route_time": QT_TRANSLATE_NOOP("labels", "Route, travel time and when to leave"),
    "candidate": QT_TRANSLATE_NOOP("labels", "About the candidate (as far as consent allows)"),
    "contract": QT_TRANSLATE_NOOP("labels", "Which contract can be offered"),
    "trial_period": QT_TRANSLATE_NOOP("labels", "Trial period or trial placement"),
    "arrangements": QT_TRANSLATE_NOOP("labels", "Arrangements (subsidy, no-risk policy, jobcoach)"),
}


#: Sensitive categories a consent names (models.enums.ConsentCategory values); kept apart from
#: the enum labels above because their values repeat barrier kinds ("health", "other").
CONSENT_CATEGORY_LABELS: dict[str, str] = {
    "health": QT_TRANSLATE_NOOP("labels", "Health (including addiction)"),
    "debts": QT_TRANSLATE_NOOP("labels", "Debts and finances"),
    "home": QT_TRANSLATE_NOOP("labels", "Home situation and child care"),
    "trauma": QT_TRANSLATE_NOOP("labels", "Trauma"),
    "background": QT_TRANSLATE_NOOP(
        "labels", "Experienced discrimination, exclusion, loss of status, age"
    ),
    "other": QT_TRANSLATE_NOOP("labels", "Other barriers"),
}
