"""The record of processing (AVG art. 30): reading the audit trail, and writing the events
that are not one record's edit (exports, erasures, retention decisions).

Action names are shared with the other parts of the program (see ``contracts.md``); the
viewer and ``jobhunter audit`` filter on the groups below. An event's ``detail`` says what
and to whom or where, never a note's content.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select

from jobhunter.models import AuditEvent, Client
from jobhunter.services.base import Service
from jobhunter.services.clock import SYSTEM_CLOCK, Clock, local_midnight
from jobhunter.services.store import Store

EXPORT_CALENDAR = "export_calendar"
EXPORT_VCARD = "export_vcard"
EXPORT_PACKET = "export_packet"
IMPORT_PACKET = "import_packet"
MARK_TRANSFERRED = "mark_transferred"
PRINT_BRIEFING = "print_briefing"
PRINT_PROFILE = "print_profile"
EXPORT_ACCESS = "export_access"
ERASE = "erase"
CONSENT = "consent"
CONSENT_WITHDRAWN = "consent_withdrawn"
RESTORE_BACKUP = "restore_backup"
RETENTION_EXTEND = "retention_extend"
RETENTION_ANONYMISE = "retention_anonymise"
RETENTION_ERASE = "retention_erase"
ENCRYPT_STORE = "encrypt_store"
DECRYPT_STORE = "decrypt_store"
RENEW_RECOVERY = "renew_recovery_passphrase"

#: the kinds the viewer filters on -> the actions of each kind; anything else is an edit
ACTION_GROUPS: dict[str, frozenset[str]] = {
    "export": frozenset(
        {EXPORT_CALENDAR, EXPORT_VCARD, EXPORT_PACKET, EXPORT_ACCESS, PRINT_BRIEFING, PRINT_PROFILE}
    ),
    "import": frozenset({IMPORT_PACKET}),
    "transfer": frozenset({MARK_TRANSFERRED}),
    "erase": frozenset({ERASE, RETENTION_ERASE}),
    "consent": frozenset({CONSENT, CONSENT_WITHDRAWN}),
    "restore": frozenset({RESTORE_BACKUP}),
    "retention": frozenset({RETENTION_EXTEND, RETENTION_ANONYMISE, RETENTION_ERASE}),
    "encryption": frozenset({ENCRYPT_STORE, DECRYPT_STORE, RENEW_RECOVERY}),
}
EDIT_GROUP = "edit"
GROUPS = (*ACTION_GROUPS, EDIT_GROUP)

#: actions whose detail names only where data went (a recipient, an employer, a file), so it
#: stays when the client is erased or anonymised; other details are removed then
DISCLOSURE_ACTIONS = frozenset(
    {EXPORT_PACKET, IMPORT_PACKET, MARK_TRANSFERRED, PRINT_BRIEFING, PRINT_PROFILE,
     EXPORT_ACCESS, ERASE, RETENTION_ERASE, RETENTION_ANONYMISE}
)  # fmt: skip

#: the longest list the viewer or the command line shows at once
DEFAULT_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    client_id: uuid.UUID | None
    #: the client's name; None when the client was erased (``client_id`` is a pseudonym then)
    client_name: str | None
    detail: str | None

    @property
    def group(self) -> str:
        return action_group(self.action)


@dataclass(frozen=True, slots=True)
class AuditClient:
    """A client the trail mentions: a living one by name, an erased one by pseudonym."""

    id: uuid.UUID
    name: str | None  # None: erased

    @property
    def label(self) -> str:
        return self.name if self.name is not None else pseudonym_label(self.id)


def action_group(action: str) -> str:
    """The first group an action belongs to (``retention_erase`` counts as an erasure)."""
    for group, actions in ACTION_GROUPS.items():
        if action in actions:
            return group
    return EDIT_GROUP


def pseudonym_label(pseudonym: uuid.UUID) -> str:
    """How an erased client is named in the trail: "gewist-3f9a1c2e"."""
    return f"gewist-{pseudonym.hex[:8]}"


class AuditService(Service):
    def record(
        self,
        action: str,
        entity: str,
        entity_id: uuid.UUID | None = None,
        detail: str | None = None,
        *,
        client_id: uuid.UUID | None = None,
    ) -> None:
        """Write one event in its own transaction (for work that has no session of its own,
        such as writing an export file)."""
        with self.store.session() as session:
            self._audit_event(session, action, entity, entity_id, detail, client_id=client_id)

    def events(
        self,
        *,
        groups: set[str] | frozenset[str] | None = None,
        client_id: uuid.UUID | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = DEFAULT_LIMIT,
    ) -> list[AuditRow]:
        """Newest first; ``groups`` from :data:`GROUPS`, ``since``/``until`` local days
        (both included)."""
        stmt = (
            select(AuditEvent, Client.first_name, Client.last_name)
            .outerjoin(Client, Client.id == AuditEvent.client_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.created_at.desc())
        )
        if groups is not None:
            stmt = stmt.where(_in_groups(set(groups)))
        if client_id is not None:
            stmt = stmt.where(AuditEvent.client_id == client_id)
        if since is not None:
            stmt = stmt.where(AuditEvent.at >= local_midnight(since))
        if until is not None:
            stmt = stmt.where(AuditEvent.at < local_midnight(until + timedelta(days=1)))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.store.session() as session:
            rows = session.execute(stmt).all()
        return [
            AuditRow(
                id=event.id,
                at=event.at,
                actor=event.actor,
                action=event.action,
                entity=event.entity,
                entity_id=event.entity_id,
                client_id=event.client_id,
                client_name=f"{first} {last}" if first is not None else None,
                detail=event.detail,
            )
            for event, first, last in rows
        ]

    def clients(self) -> list[AuditClient]:
        """Every client the trail mentions, living ones by name first, then erased ones."""
        stmt = (
            select(AuditEvent.client_id, Client.first_name, Client.last_name)
            .outerjoin(Client, Client.id == AuditEvent.client_id)
            .where(AuditEvent.client_id.is_not(None))
            .group_by(AuditEvent.client_id)
        )
        with self.store.session() as session:
            rows = session.execute(stmt).all()
        found = [
            AuditClient(client_id, f"{first} {last}" if first is not None else None)
            for client_id, first, last in rows
            if client_id is not None
        ]
        return sorted(found, key=lambda c: (c.name is None, (c.name or c.label).casefold()))

    def count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _in_groups(groups: set[str]) -> ColumnElement[bool]:
    named = set().union(*(ACTION_GROUPS[g] for g in groups if g in ACTION_GROUPS))
    conditions: list[ColumnElement[bool]] = []
    if named:
        conditions.append(AuditEvent.action.in_(sorted(named)))
    if EDIT_GROUP in groups:
        every = set().union(*ACTION_GROUPS.values())
        conditions.append(AuditEvent.action.not_in(sorted(every)))
    return or_(*conditions) if conditions else AuditEvent.action.in_([])


def record_event(
    store: Store,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None = None,
    detail: str | None = None,
    *,
    clock: Clock = SYSTEM_CLOCK,
    client_id: uuid.UUID | None = None,
) -> None:
    """:meth:`AuditService.record` for module-level functions (the calendar export...)."""
    AuditService(store, clock).record(action, entity, entity_id, detail, client_id=client_id)
