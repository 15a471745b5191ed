"""ORM models: tables and their invariants, nothing else."""

from jobhunter.models.activity import Appointment, AuditEvent, ContactMoment
from jobhunter.models.aftercare import PlacementOutcome, Problem, Setting
from jobhunter.models.base import Base, Record
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
from jobhunter.models.handover import HandoverLink, RecordVersion
from jobhunter.models.match import Match, StageChange

__all__ = [
    "Appointment",
    "Arrangement",
    "AuditEvent",
    "Barrier",
    "Base",
    "Client",
    "CompanyVisit",
    "Consent",
    "ContactMoment",
    "ContactPerson",
    "Document",
    "Employer",
    "HandoverLink",
    "Intervention",
    "LearningGoal",
    "Match",
    "PhaseChange",
    "PlacementOutcome",
    "PrimaryContactChange",
    "Problem",
    "Record",
    "RecordVersion",
    "Reflection",
    "Requirement",
    "Setting",
    "StageChange",
    "Workplace",
]
