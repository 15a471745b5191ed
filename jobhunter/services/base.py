"""What every service shares: the store, the clock and the audit trail."""

from __future__ import annotations

import getpass
import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from jobhunter.models import AuditEvent, Record
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.privacy.ownership import CLIENT_TABLE, client_graph, owning_client
from jobhunter.services.store import Store

R = TypeVar("R", bound=Record)


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a container or service account
        return "onbekend"


class Service:
    def __init__(self, store: Store, clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = store
        self.clock = clock

    def _audit(
        self,
        session: Session,
        action: str,
        record: Record,
        detail: str | None = None,
    ) -> None:
        self._audit_event(
            session, action, record.__tablename__, record.id, detail, client_id=_client_of(record)
        )

    def _audit_event(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: uuid.UUID | None = None,
        detail: str | None = None,
        *,
        client_id: uuid.UUID | None = None,
    ) -> None:
        """Record something done that is not an edit of one record: an export, an import,
        a print (``entity`` names what it concerned, ``detail`` what and to whom, never a
        note's content). ``client_id`` (whose data it concerns) is found from the record
        when not given, so the trail reads per client and can be pseudonymised."""
        if client_id is None and entity_id is not None and _may_belong_to_a_client(entity):
            session.flush()  # a record added in this session must be found by its id
            client_id = owning_client(session, entity, entity_id)
        session.add(
            AuditEvent(
                at=self.clock.now(),
                actor=current_actor(),
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=detail,
                client_id=client_id,
            )
        )


def _client_of(record: Record) -> uuid.UUID | None:
    """The client a record belongs to when the record says so itself (a client, or a row
    with its ``client_id`` set): most edits, found without a query. None: look it up."""
    if record.__tablename__ == CLIENT_TABLE:
        return record.id
    value = getattr(record, "client_id", None)
    return value if isinstance(value, uuid.UUID) else None


def _may_belong_to_a_client(entity: str) -> bool:
    """Can a row of ``entity`` belong to a client at all (an employer's cannot)?"""
    return entity == CLIENT_TABLE or bool(client_graph().strong.get(entity))


def get_or_raise(session: Session, model: type[R], record_id: uuid.UUID) -> R:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(model.__tablename__, record_id)
    return record
