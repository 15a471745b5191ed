"""Which clients, employers and matches a changed record belongs to.

A view hears of a change by its kind and ids ("contact_moment", [id]); a list that shows a
fact derived from such records (a client's last contact, an employer's open workplaces)
asks here which of its own rows that touches, and reloads only those.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import select

from jobhunter.models import (
    Appointment,
    Arrangement,
    CompanyVisit,
    Consent,
    ContactMoment,
    ContactPerson,
    Document,
    Intervention,
    LearningGoal,
    Match,
    PlacementOutcome,
    Problem,
    Workplace,
)
from jobhunter.services.base import Service

#: kind of a changed record -> its model and the columns that point to its owners, by kind
LINKS: Mapping[str, tuple[Any, Mapping[str, str]]] = {
    "contact_moment": (ContactMoment, {"client": "client_id", "employer": "employer_id"}),
    "appointment": (
        Appointment,
        {"client": "client_id", "employer": "employer_id", "match": "match_id"},
    ),
    "match": (
        Match,
        {"client": "client_id", "employer": "employer_id", "workplace": "workplace_id"},
    ),
    "workplace": (Workplace, {"employer": "employer_id"}),
    "contact_person": (ContactPerson, {"employer": "employer_id"}),
    "visit": (CompanyVisit, {"employer": "employer_id"}),
    "arrangement": (Arrangement, {"employer": "employer_id"}),
    "document": (Document, {"client": "client_id"}),
    "consent": (Consent, {"client": "client_id"}),
    "intervention": (Intervention, {"client": "client_id"}),
    "learning_goal": (LearningGoal, {"client": "client_id"}),
    "problem": (Problem, {"match": "match_id", "appointment": "appointment_id"}),
    "outcome": (PlacementOutcome, {"match": "match_id"}),
}


class RelationService(Service):
    def related(self, kind: str, ids: Collection[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
        """The owners of these records by kind, the records themselves included under
        ``kind``; a match found on the way adds its client and employer. A kind without
        owners (a client, an employer, one this module does not know) maps to itself."""
        found: dict[str, set[uuid.UUID]] = {kind: set(ids)}
        if not ids or kind not in LINKS:
            return found
        model, columns = LINKS[kind]
        selected = [getattr(model, column) for column in columns.values()]
        with self.store.session() as session:
            for values in session.execute(select(*selected).where(model.id.in_(ids))):
                for owner, value in zip(columns, values, strict=True):
                    if value is not None:
                        found.setdefault(owner, set()).add(value)
            matches = found.get("match", set()) - (set(ids) if kind == "match" else set())
            if matches:
                for client_id, employer_id in session.execute(
                    select(Match.client_id, Match.employer_id).where(Match.id.in_(matches))
                ):
                    found.setdefault("client", set()).add(client_id)
                    found.setdefault("employer", set()).add(employer_id)
        return found
