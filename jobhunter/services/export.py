"""Plain JSON-ready views of records, for ``jobhunter list --json`` and scripting."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from jobhunter.models import Client, Employer, Workplace
from jobhunter.models.enums import RelationshipStatus
from jobhunter.services.activity import AppointmentService
from jobhunter.services.clients import ClientService
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import NotFoundError
from jobhunter.services.matches import MatchService
from jobhunter.services.matching.suggestions import SuggestionService, failed_hard_counts
from jobhunter.services.store import Store

LIST_KINDS = ("clients", "employers", "workplaces", "matches", "appointments")


def _iso(value: Any) -> Any:
    return value.isoformat() if value is not None else None


def list_records(store: Store, kind: str) -> list[dict[str, Any]]:
    if kind == "clients":
        return [
            {
                "id": str(r.id),
                "name": r.name,
                "phase": r.phase.value,
                "phase_since": _iso(r.phase_since),
                "city": r.city,
                "werkverkenner_chance": r.werkverkenner_chance,
                "last_contact": _iso(r.last_contact),
                "consent_employers": r.consent_employers,
            }
            for r in ClientService(store).list_rows()
        ]
    if kind == "employers":
        return [
            {
                "id": str(r.id),
                "name": r.name,
                "sector": r.sector.value,
                "size": r.size.value if r.size else None,
                "city": r.city,
                "status": r.status.value,
                "placements": r.placements,
                "follow_up_on": _iso(r.follow_up_on),
                "discrimination": r.status is RelationshipStatus.ENDED
                and r.ended_for_discrimination,
            }
            for r in EmployerService(store).list_rows()
        ]
    if kind == "workplaces":
        with store.session() as session:
            rows = session.execute(
                select(Workplace.id, Workplace.employer_id, Workplace.title, Workplace.status)
                .join(Employer, Employer.id == Workplace.employer_id)
                .order_by(Employer.name, Workplace.title)
            ).all()
        return [
            {
                "id": str(workplace_id),
                "employer_id": str(employer_id),
                "title": title,
                "status": status.value,
            }
            for workplace_id, employer_id, title, status in rows
        ]
    if kind == "matches":
        with store.session() as session:
            failed = failed_hard_counts(session)
        return [
            {
                "id": str(r.id),
                "client_id": str(r.client_id),
                "employer_id": str(r.employer_id),
                "workplace_id": str(r.workplace_id) if r.workplace_id else None,
                "stage": r.stage.value,
                "stage_since": _iso(r.stage_since),
                "failed_hard_requirements": failed.get(r.id, 0),
                "override_reason": r.override_reason,
            }
            for r in MatchService(store).list_rows()
        ]
    if kind == "appointments":
        return [
            {
                "id": str(r.id),
                "start": _iso(r.starts_at),
                "end": _iso(r.ends_at),
                "client_id": str(r.client_id) if r.client_id else None,
                "employer_id": str(r.employer_id) if r.employer_id else None,
                "kind": r.kind.value,
                "status": r.status.value,
            }
            for r in AppointmentService(store).list_rows()
        ]
    raise ValueError(kind)


def suggestions(
    store: Store, *, client_id: uuid.UUID | None = None, workplace_id: uuid.UUID | None = None
) -> list[dict[str, Any]]:
    """Ranked suggestions for a client (workplaces) or a workplace (clients), as
    ``jobhunter suggest`` prints them; what the dialog leaves out is left out here too."""
    service = SuggestionService(store)
    if client_id is not None:
        with store.session() as session:
            if session.get(Client, client_id) is None:
                raise NotFoundError("cliënt", client_id)
        return [
            {
                "workplace_id": str(s.workplace.id),
                "employer_id": str(s.workplace.employer_id),
                "score": s.score,
                "reasons": list(s.reasons),
                "failed_hard_requirements": list(s.failed_hard),
            }
            for s in service.for_client(client_id)
        ]
    assert workplace_id is not None
    with store.session() as session:
        if session.get(Workplace, workplace_id) is None:
            raise NotFoundError("werkplek", workplace_id)
    return [
        {
            "client_id": str(s.client.id),
            "employer_id": str(s.workplace.employer_id),
            "score": s.score,
            "reasons": list(s.reasons),
            "failed_hard_requirements": list(s.failed_hard),
        }
        for s in service.for_workplace(workplace_id)
    ]
