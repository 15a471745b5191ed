"""Anonymisation of a closed file: the person goes, the numbers stay.

When a file's retention period ends, the jobhunter may keep what it says about the work
(which phases, which placements at which employers, how durable they were) without the
person: names, contact details and every free text are removed, the records that are only
about the person (contact log, documents, consents, learning goals) are deleted, and the
audit trail loses its personal details. What remains is no longer personal data, so no
retention period applies to it any more.

:data:`POLICY` says per table holding client data whether its rows stay (scrubbed) or go;
a test fails when a new table holding client data has no entry, so its author decides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import JSON, Enum, MetaData, String, Table, Text, delete, update

from jobhunter.models import Base, Client, RetentionAction, RetentionDecision
from jobhunter.models.enums import Phase
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.errors import ValidationError
from jobhunter.services.privacy import audit
from jobhunter.services.privacy.erasure import (
    chunks,
    client_name_words,
    pseudonymise_audit,
    refuse_damaged,
    remove_client_files,
    stored_documents,
    wipe_free_space,
)
from jobhunter.services.privacy.ownership import all_ids, owned_rows
from jobhunter.services.store import Store


class Policy(StrEnum):
    KEEP = "keep"  # the row stays, every free text and contact detail removed
    DELETE = "delete"  # the row is about the person only: it goes


#: table holding client data -> what anonymisation does with its rows
POLICY: dict[str, Policy] = {
    "phase_change": Policy.KEEP,  # how long each phase took
    "barrier": Policy.KEEP,  # which barriers the target group meets (kind and weight)
    "intervention": Policy.KEEP,  # which services were used, and when
    "match": Policy.KEEP,  # placements per employer: the employer's durability
    "stage_change": Policy.KEEP,
    "appointment": Policy.KEEP,  # how much aftercare a placement took
    "problem": Policy.KEEP,
    "placement_outcome": Policy.KEEP,  # still working after 3, 6, 12 months
    "retention_decision": Policy.KEEP,
    "contact_moment": Policy.DELETE,  # notes of conversations
    "document": Policy.DELETE,  # CVs, diplomas
    "consent": Policy.DELETE,
    "learning_goal": Policy.DELETE,  # in the client's own words
    "reflection": Policy.DELETE,
    "record_version": Policy.DELETE,  # earlier versions of the person's records
    "handover_link": Policy.DELETE,  # which of the person's records came in a packet
}

#: what an anonymised client row keeps besides its id and dates
CLIENT_KEEPS = frozenset(
    {"phase", "phase_since", "werkverkenner_chance", "dutch_level", "has_startkwalificatie"}
)
ANONYMOUS_FIRST_NAME = "Geanonimiseerd"
#: a required text that had to go
REMOVED = "—"


@dataclass(frozen=True, slots=True)
class AnonymiseReport:
    client_id: uuid.UUID
    #: how the client is named from now on
    name: str
    kept: int
    deleted: int
    documents_removed: int
    wiped: bool


def anonymous_name(client_id: uuid.UUID) -> str:
    return f"A-{client_id.hex[:8]}"


class AnonymiseService(Service):
    def __init__(
        self, store: Store, clock: Clock = SYSTEM_CLOCK, *, metadata: MetaData = Base.metadata
    ) -> None:
        super().__init__(store, clock)
        self.metadata = metadata

    def anonymise(self, client_id: uuid.UUID) -> AnonymiseReport:
        """Anonymise a closed file (see the module docstring)."""
        refuse_damaged(self.store)
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)
            if client.phase is not Phase.CLOSED:
                raise ValidationError(
                    "Alleen het dossier van een afgesloten traject kan worden geanonimiseerd."
                )
            owned = owned_rows(session, client_id, self.metadata)
            files = [path for _title, path in stored_documents(session, owned, self.metadata)]
            pseudonymise_audit(
                session, client_id, all_ids(owned), client_id, keep_ids=True,
                names=client_name_words(client),
            )  # fmt: skip
            session.expunge_all()
            kept = deleted = 0
            for name in reversed(list(owned)):
                ids = owned[name]
                if name == Client.__tablename__ or not ids:
                    continue
                table = self.metadata.tables[name]
                if POLICY.get(name, Policy.DELETE) is Policy.DELETE:
                    for chunk in chunks(ids):
                        session.execute(delete(table).where(table.c.id.in_(chunk)))
                    deleted += len(ids)
                else:
                    for chunk in chunks(ids):
                        session.execute(
                            update(table).where(table.c.id.in_(chunk)).values(**_scrubbed(table))
                        )
                    kept += len(ids)
            table = self.metadata.tables[Client.__tablename__]
            values = _scrubbed(table, keep=CLIENT_KEEPS | {"first_name", "last_name"})
            values.update(first_name=ANONYMOUS_FIRST_NAME, last_name=anonymous_name(client_id))
            session.execute(update(table).where(table.c.id == client_id).values(**values))
            session.add(
                RetentionDecision(
                    client_id=client_id,
                    action=RetentionAction.ANONYMISE,
                    decided_on=self.clock.today(),
                )
            )
            self._audit_event(
                session,
                audit.RETENTION_ANONYMISE,
                Client.__tablename__,
                client_id,
                f"{deleted} records gewist, {kept} geanonimiseerd",
                client_id=client_id,
            )
        removed, _left = remove_client_files(self.store, client_id, files)
        wiped = wipe_free_space(self.store)
        return AnonymiseReport(
            client_id,
            f"{ANONYMOUS_FIRST_NAME} {anonymous_name(client_id)}",
            kept + 1,
            deleted,
            removed,
            wiped,
        )


def _scrubbed(table: Table, keep: frozenset[str] = frozenset()) -> dict[str, object]:
    """New values for every free-text, JSON or contact column of ``table``: NULL, or a dash
    where a text is required. Keys, dates, numbers, flags and choices stay."""
    values: dict[str, object] = {}
    for column in table.columns:
        if column.name in keep or column.primary_key or column.foreign_keys:
            continue
        kind = column.type
        if isinstance(kind, Enum):
            continue
        if isinstance(kind, String | Text | JSON):
            values[column.name] = None if column.nullable else REMOVED
        elif column.nullable and table.name == Client.__tablename__:
            values[column.name] = None  # a client keeps only what CLIENT_KEEPS names
    return values
