"""Where a packet meets this store's rules, shown in the preview before anything is written.

The records of a packet are the colleague's history and come in as they are; but the user
should know, before pressing Import, that the import brings

- an open match at an employer whose cooperation ended (perhaps for discrimination): the
  research rule is that no candidate is proposed there any more;
- a match past the point where the employer hears about the candidate (the pre-briefing
  and later) while the client has no consent to share with employers in force;
- a client who was erased here (AVG): she may have asked to be forgotten.

Only records the import adds or changes are looked at, so importing a packet a second time
says nothing new. After the import this store's services apply their rules to every next
step (a move needs a consent, an ended employer gets no proposals).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import Client, Consent, Employer
from jobhunter.models.enums import CLOSED_STAGES, SHARING_STAGES, ConsentParty, RelationshipStatus


class Concern(StrEnum):
    ENDED_EMPLOYER = "ended_employer"
    NO_CONSENT = "no_consent"
    ERASED_HERE = "erased_here"


@dataclass(frozen=True, slots=True)
class RuleWarning:
    """One line of the preview: what, about which packet record, in Dutch."""

    kind: Concern
    table: str
    record_id: uuid.UUID
    text: str


def erased_client_ids(data_dir: Path, client_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``client_ids`` that were erased here (the erasure ledger beside the store,
    which no restore replaces)."""
    from jobhunter.services.privacy.ledger import erased_among

    return set(erased_among(data_dir, client_ids))


def _value(value: Any) -> str:
    return str(getattr(value, "value", value))


def concerns(
    session: Session,
    data_dir: Path,
    manifest_clients: Iterable[tuple[uuid.UUID, str]],
    actions: Iterable[Any],
    today: date,
) -> list[RuleWarning]:
    """The warnings for a plan's actions (``merge._Action``: table, packet_id, local_id,
    verb, row), checked against the store as it would be after the import."""
    actions = list(actions)
    after: dict[str, dict[uuid.UUID, Mapping[str, Any]]] = {}
    for action in actions:
        after.setdefault(action.table, {})[action.local_id] = action.row
    changed_matches = [a for a in actions if a.table == "match" and a.verb != "none"]
    warnings: list[RuleWarning] = []
    names = _client_names(session, after, {a.row["client_id"] for a in changed_matches})
    employers = _employers(session, after, {a.row["employer_id"] for a in changed_matches})
    consents = _consents(session, after, {a.row["client_id"] for a in changed_matches})
    for action in changed_matches:
        row = action.row
        stage = _value(row["stage"])
        if stage in {_value(s) for s in CLOSED_STAGES}:
            continue
        who = names.get(row["client_id"], "de cliënt")
        employer = employers.get(row["employer_id"])
        if employer is not None and _value(employer["status"]) == RelationshipStatus.ENDED.value:
            why = " wegens discriminatie" if employer.get("ended_for_discrimination") else ""
            warnings.append(
                RuleWarning(
                    Concern.ENDED_EMPLOYER,
                    "match",
                    action.packet_id,
                    f"De match van {who} bij {employer['name']} staat open, maar de "
                    f"samenwerking met deze werkgever is beëindigd{why}; sluit de match of "
                    "houd hem bewust open.",
                )
            )
        if stage in {_value(s) for s in SHARING_STAGES} and not _in_force(
            consents.get(row["client_id"], []), today
        ):
            warnings.append(
                RuleWarning(
                    Concern.NO_CONSENT,
                    "match",
                    action.packet_id,
                    f"De match van {who} is zo ver dat de werkgever over de kandidaat hoort, "
                    "maar er is geen toestemming om met werkgevers te delen; leg die vast "
                    "voordat je verdergaat.",
                )
            )
    clients = dict(manifest_clients)
    for client_id in sorted(erased_client_ids(data_dir, clients), key=lambda u: u.bytes):
        warnings.append(
            RuleWarning(
                Concern.ERASED_HERE,
                "client",
                client_id,
                f"{clients[client_id]} is hier eerder gewist (AVG); lees deze cliënt alleen "
                "opnieuw in als zij dat zelf wil.",
            )
        )
    return warnings


def _client_names(
    session: Session, after: Mapping[str, Mapping[uuid.UUID, Mapping[str, Any]]], ids: set[Any]
) -> dict[uuid.UUID, str]:
    found = {
        i: f"{r['first_name']} {r['last_name']}"
        for i, r in after.get("client", {}).items()
        if i in ids
    }
    missing = ids - set(found)
    if missing:
        for client in session.scalars(select(Client).where(Client.id.in_(missing))):
            found[client.id] = client.name
    return found


def _employers(
    session: Session, after: Mapping[str, Mapping[uuid.UUID, Mapping[str, Any]]], ids: set[Any]
) -> dict[uuid.UUID, Mapping[str, Any]]:
    found = {i: r for i, r in after.get("employer", {}).items() if i in ids}
    missing = ids - set(found)
    if missing:
        for employer in session.scalars(select(Employer).where(Employer.id.in_(missing))):
            found[employer.id] = {
                "name": employer.name,
                "status": employer.status,
                "ended_for_discrimination": employer.ended_for_discrimination,
            }
    return found


def _consents(
    session: Session, after: Mapping[str, Mapping[uuid.UUID, Mapping[str, Any]]], ids: set[Any]
) -> dict[uuid.UUID, list[Mapping[str, Any]]]:
    """Per client, the consents as they would be after the import."""
    rows: dict[uuid.UUID, Mapping[str, Any]] = {}
    if ids:
        for consent in session.scalars(select(Consent).where(Consent.client_id.in_(ids))):
            rows[consent.id] = {
                "client_id": consent.client_id,
                "party": consent.party,
                "given_on": consent.given_on,
                "withdrawn_on": consent.withdrawn_on,
            }
    rows.update({i: r for i, r in after.get("consent", {}).items() if r["client_id"] in ids})
    out: dict[uuid.UUID, list[Mapping[str, Any]]] = {}
    for row in rows.values():
        out.setdefault(row["client_id"], []).append(row)
    return out


def _in_force(consents: Iterable[Mapping[str, Any]], today: date) -> bool:
    return any(
        _value(c["party"]) == ConsentParty.EMPLOYERS.value
        and c["given_on"] <= today
        and (c["withdrawn_on"] is None or c["withdrawn_on"] > today)
        for c in consents
    )
