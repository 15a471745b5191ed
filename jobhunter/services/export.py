"""Plain JSON-ready views of records, for ``jobhunter list --json`` and scripting."""

from __future__ import annotations

from typing import Any

from jobhunter.services.activity import AppointmentService
from jobhunter.services.clients import ClientService
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store

LIST_KINDS = ("clients", "employers", "matches", "appointments")


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
            }
            for r in EmployerService(store).list_rows()
        ]
    if kind == "matches":
        return [
            {
                "id": str(r.id),
                "client_id": str(r.client_id),
                "employer_id": str(r.employer_id),
                "workplace_id": str(r.workplace_id) if r.workplace_id else None,
                "stage": r.stage.value,
                "stage_since": _iso(r.stage_since),
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
