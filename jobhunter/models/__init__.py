"""ORM models: tables and their invariants, nothing else."""

from jobhunter.models.activity import Appointment, AuditEvent, ContactMoment
from jobhunter.models.base import Base, Record
from jobhunter.models.client import Barrier, Client, Intervention, LearningGoal
from jobhunter.models.employer import ContactPerson, Employer, Requirement, Workplace
from jobhunter.models.match import Match, StageChange

__all__ = [
    "Appointment",
    "AuditEvent",
    "Barrier",
    "Base",
    "Client",
    "ContactMoment",
    "ContactPerson",
    "Employer",
    "Intervention",
    "LearningGoal",
    "Match",
    "Record",
    "Requirement",
    "StageChange",
    "Workplace",
]
