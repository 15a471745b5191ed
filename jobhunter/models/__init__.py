"""ORM models: tables and their invariants, nothing else."""

from jobhunter.models.activity import Appointment, AuditEvent, ContactMoment
from jobhunter.models.aftercare import PlacementOutcome, Problem, Setting
from jobhunter.models.base import Base, Record
from jobhunter.models.bookkeeping import ChangeCounter
from jobhunter.models.client import (
    Barrier,
    Client,
    Consent,
    Document,
    Intervention,
    LearningGoal,
    PhaseChange,
    Reflection,
)
from jobhunter.models.employer import (
    Arrangement,
    CompanyVisit,
    ContactPerson,
    Employer,
    PrimaryContactChange,
    Requirement,
    Workplace,
)
from jobhunter.models.match import Match, StageChange
from jobhunter.models.privacy import RetentionAction, RetentionDecision

__all__ = [
    "Appointment",
    "Arrangement",
    "AuditEvent",
    "Barrier",
    "Base",
    "ChangeCounter",
    "Client",
    "CompanyVisit",
    "Consent",
    "ContactMoment",
    "ContactPerson",
    "Document",
    "Employer",
    "Intervention",
    "LearningGoal",
    "Match",
    "PhaseChange",
    "PlacementOutcome",
    "PrimaryContactChange",
    "Problem",
    "Record",
    "Reflection",
    "Requirement",
    "RetentionAction",
    "RetentionDecision",
    "Setting",
    "StageChange",
    "Workplace",
]
