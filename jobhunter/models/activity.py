"""What happens over time: contact moments, aftercare appointments and the audit trail."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Connection, ForeignKey, Index, Text, event, inspect
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from jobhunter.models.base import Record
from jobhunter.models.enums import AppointmentKind, AppointmentStatus, ContactKind


class ContactMoment(Record):
    """A dated note, call, visit or e-mail about a client, an employer, or both."""

    __tablename__ = "contact_moment"
    __table_args__ = (
        CheckConstraint("client_id IS NOT NULL OR employer_id IS NOT NULL", name="has_subject"),
        # "days since last contact" per client and employer reads only these indexes
        Index("ix_contact_moment_client_last", "client_id", "occurred_at"),
        Index("ix_contact_moment_employer_last", "employer_id", "occurred_at"),
    )

    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    #: who at the employer the call, e-mail or visit was with
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    kind: Mapped[ContactKind]
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    summary: Mapped[str]
    body: Mapped[str | None] = mapped_column(Text)


class Appointment(Record):
    """An aftercare appointment (nazorg) with a placed employee and/or their employer."""

    __tablename__ = "appointment"
    __table_args__ = (
        CheckConstraint("client_id IS NOT NULL OR employer_id IS NOT NULL", name="has_subject"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    match_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("match.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[AppointmentKind]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    location: Mapped[str | None]
    status: Mapped[AppointmentStatus] = mapped_column(default=AppointmentStatus.PLANNED)
    notes: Mapped[str | None] = mapped_column(Text)
    #: the check-in record: what was discussed, and how it goes (1-5) for each side
    discussed: Mapped[str | None] = mapped_column(Text)
    employee_rating: Mapped[int | None]
    employer_rating: Mapped[int | None]
    #: revision of the appointment's time, place and status, for iCalendar's SEQUENCE: a
    #: calendar that imported an earlier export takes a moved appointment only if it grew
    sequence: Mapped[int] = mapped_column(default=0, server_default="0")


#: what a calendar shows of an appointment; changing one of them is a new revision
SCHEDULING_FIELDS = ("kind", "starts_at", "ends_at", "location", "status")


@event.listens_for(Appointment, "before_update")
def _count_revision(
    mapper: Mapper[Appointment], connection: Connection, target: Appointment
) -> None:
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in SCHEDULING_FIELDS):
        target.sequence = (target.sequence or 0) + 1


class AuditEvent(Record):
    """Who did what to which record: the AVG asks for a record of processing."""

    __tablename__ = "audit_event"

    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    detail: Mapped[str | None] = mapped_column(Text)
    #: whose data the event concerns (the client, or the client owning the record), so the
    #: trail can be read per client and pseudonymised on erasure; no foreign key: the event
    #: outlives the client
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
