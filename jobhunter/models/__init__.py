"""ORM models: tables and their invariants, nothing else."""

from jobhunter.models.activity import Appointment, AuditEvent, ContactMoment
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
from jobhunter.models.employer import ContactPerson, Employer, Requirement, Workplace
from jobhunter.models.match import Match, StageChange

__all__ = [
    "Appointment",
    "AuditEvent",
    "Barrier",
    "Base",
    "Client",
    "Consent",
    "ContactMoment",
    "ContactPerson",
    "Document",
    "Employer",
    "Intervention",
    "LearningGoal",
    "Match",
    "PhaseChange",
    "Record",
    "Reflection",
    "Requirement",
    "StageChange",
    "Workplace",
]
