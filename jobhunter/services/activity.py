"""Contact moments and aftercare appointments: what happens with whom, and when."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select

from jobhunter.models import Appointment, Client, ContactMoment, Employer
from jobhunter.models.enums import AppointmentKind, AppointmentStatus, ContactKind
from jobhunter.services import validation as v
from jobhunter.services.base import Service
from jobhunter.services.errors import ValidationError


@dataclass(frozen=True, slots=True)
class ContactLine:
    """A contact moment as a log shows it: read as plain columns, not as a record."""

    id: uuid.UUID
    occurred_at: datetime
    kind: ContactKind
    summary: str
    body: str | None


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    kind: AppointmentKind
    status: AppointmentStatus
    client_id: uuid.UUID | None
    client_name: str | None
    employer_id: uuid.UUID | None
    employer_name: str | None
    location: str | None
    match_id: uuid.UUID | None = None
    sequence: int = 0  # revision of time, place and status
    updated_at: datetime | None = None

    def is_overdue(self, now: datetime) -> bool:
        return self.status is AppointmentStatus.PLANNED and self.ends_at < now


class ContactService(Service):
    def log(
        self,
        kind: ContactKind,
        summary: str,
        *,
        client_id: uuid.UUID | None = None,
        employer_id: uuid.UUID | None = None,
        occurred_at: datetime | None = None,
        body: str | None = None,
    ) -> ContactMoment:
        if client_id is None and employer_id is None:
            raise ValidationError("Een contactmoment hoort bij een cliënt of een werkgever.")
        summary = v.required_text(summary, "Een korte omschrijving", "summary")
        kind = ContactKind(kind)
        moment = ContactMoment(
            kind=kind,
            summary=summary,
            body=v.optional_text(body),
            client_id=client_id,
            employer_id=employer_id,
            occurred_at=occurred_at or self.clock.now(),
        )
        with self.store.session() as session:
            session.add(moment)
            session.flush()
            self._audit(session, "create", moment)
        return moment

    def for_client(self, client_id: uuid.UUID) -> list[ContactMoment]:
        return self._list(ContactMoment.client_id == client_id)

    def log_for_client(self, client_id: uuid.UUID) -> list[ContactLine]:
        """A client's contact log, newest first, as lines: a file with hundreds of contact
        moments opens without building a record for each."""
        stmt = (
            select(
                ContactMoment.id, ContactMoment.occurred_at, ContactMoment.kind,
                ContactMoment.summary, ContactMoment.body,
            )
            .where(ContactMoment.client_id == client_id)
            .order_by(ContactMoment.occurred_at.desc())
        )  # fmt: skip
        with self.store.session() as session:
            return [ContactLine(*row) for row in session.execute(stmt)]

    def for_employer(self, employer_id: uuid.UUID) -> list[ContactMoment]:
        return self._list(ContactMoment.employer_id == employer_id)

    def _list(self, condition: ColumnElement[bool]) -> list[ContactMoment]:
        stmt = select(ContactMoment).where(condition).order_by(ContactMoment.occurred_at.desc())
        with self.store.session() as session:
            return list(session.scalars(stmt))


class AppointmentService(Service):
    def list_rows(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        ids: Collection[uuid.UUID] | None = None,
    ) -> list[AppointmentRow]:
        """Appointments starting in [start, end) (all when not given); with ``ids`` only
        those."""
        stmt = (
            select(
                Appointment.id,
                Appointment.starts_at,
                Appointment.ends_at,
                Appointment.kind,
                Appointment.status,
                Appointment.client_id,
                Client.first_name,
                Client.last_name,
                Appointment.employer_id,
                Employer.name,
                Appointment.location,
                Appointment.match_id,
                Appointment.sequence,
                Appointment.updated_at,
            )
            .outerjoin(Client, Client.id == Appointment.client_id)
            .outerjoin(Employer, Employer.id == Appointment.employer_id)
            .order_by(Appointment.starts_at)
        )
        if start is not None:
            stmt = stmt.where(Appointment.starts_at >= start)
        if end is not None:
            stmt = stmt.where(Appointment.starts_at < end)
        if ids is not None:
            stmt = stmt.where(Appointment.id.in_(ids))
        with self.store.session() as session:
            result = session.execute(stmt).all()
        return [
            AppointmentRow(
                id=r[0],
                starts_at=r[1],
                ends_at=r[2],
                kind=r[3],
                status=r[4],
                client_id=r[5],
                client_name=f"{r[6]} {r[7]}" if r[6] is not None else None,
                employer_id=r[8],
                employer_name=r[9],
                location=r[10],
                match_id=r[11],
                sequence=r[12],
                updated_at=r[13],
            )
            for r in result
        ]

    def create(
        self,
        kind: AppointmentKind,
        starts_at: datetime,
        ends_at: datetime,
        *,
        client_id: uuid.UUID | None = None,
        employer_id: uuid.UUID | None = None,
        match_id: uuid.UUID | None = None,
        location: str | None = None,
        notes: str | None = None,
    ) -> Appointment:
        if client_id is None and employer_id is None:
            raise ValidationError("Een afspraak is met een cliënt of een werkgever.")
        kind = AppointmentKind(kind)
        if ends_at <= starts_at:
            raise ValidationError("De afspraak eindigt vóór het begin.", "ends_at")
        appointment = Appointment(
            kind=kind,
            starts_at=starts_at,
            ends_at=ends_at,
            client_id=client_id,
            employer_id=employer_id,
            match_id=match_id,
            location=v.optional_text(location),
            notes=v.optional_text(notes),
        )
        with self.store.session() as session:
            session.add(appointment)
            session.flush()
            self._audit(session, "create", appointment)
        return appointment
