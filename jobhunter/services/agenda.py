"""The start of the day: today's and overdue appointments and follow-ups, across all tabs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select

from jobhunter.models import Appointment, Client, Employer
from jobhunter.models.enums import AppointmentKind, AppointmentStatus, Phase, RelationshipStatus
from jobhunter.services.base import Service
from jobhunter.services.clock import LOCAL_TZ, local_midnight
from jobhunter.services.privacy.retention import AGENDA_TEXT as RETENTION_AGENDA_TEXT
from jobhunter.services.privacy.retention import RetentionService


@dataclass(frozen=True, slots=True)
class AgendaItem:
    #: which tab opens it: "appointment", "employer" or "client"
    record_kind: str
    record_id: uuid.UUID
    day: date
    at: datetime | None  # appointments have a time; follow-ups only a day
    title: str  # who
    detail: str | None  # the client's next action, an appointment's location
    kind: AppointmentKind | None
    overdue: bool


class AgendaService(Service):
    def start_of_day(self) -> list[AgendaItem]:
        """Overdue first (oldest first), then today's in time order."""
        today, now = self.clock.today(), self.clock.now()
        tomorrow = local_midnight(today + timedelta(days=1))
        items: list[AgendaItem] = []
        with self.store.session() as session:
            appointments = session.execute(
                select(Appointment, Client.first_name, Client.last_name, Employer.name)
                .outerjoin(Client, Client.id == Appointment.client_id)
                .outerjoin(Employer, Employer.id == Appointment.employer_id)
                .where(
                    Appointment.status == AppointmentStatus.PLANNED,
                    Appointment.starts_at < tomorrow,
                    or_(Appointment.starts_at >= local_midnight(today), Appointment.ends_at < now),
                )
            ).all()
            for appointment, first, last, employer in appointments:
                who = " — ".join(
                    part for part in (f"{first} {last}" if first else None, employer) if part
                )
                items.append(
                    AgendaItem(
                        "appointment",
                        appointment.id,
                        appointment.starts_at.astimezone(LOCAL_TZ).date(),
                        appointment.starts_at,
                        who,
                        appointment.location or "",
                        appointment.kind,
                        appointment.ends_at < now,
                    )
                )
            for employer_id, name, day in session.execute(
                select(Employer.id, Employer.name, Employer.follow_up_on).where(
                    Employer.follow_up_on <= today,
                    Employer.status != RelationshipStatus.ENDED,  # nothing left to follow up
                )
            ):
                assert day is not None  # the query asks for a follow-up date
                items.append(
                    AgendaItem("employer", employer_id, day, None, name, None, None, day < today)
                )
            for client_id, first, last, action, day in session.execute(
                select(
                    Client.id, Client.first_name, Client.last_name, Client.next_action,
                    Client.next_action_on,
                ).where(Client.next_action_on <= today, Client.phase != Phase.CLOSED)
            ):  # fmt: skip
                assert day is not None  # the query asks for a next-action date
                items.append(
                    AgendaItem(
                        "client",
                        client_id,
                        day,
                        None,
                        f"{first} {last}",
                        action,
                        None,
                        day < today,
                    )
                )
        # closed files past their retention date: the client file offers the decision
        for due in RetentionService(self.store, self.clock).due(today):
            items.append(
                AgendaItem("client", due.client_id, due.retain_until, None, due.name,
                           RETENTION_AGENDA_TEXT, None, due.retain_until < today)
            )  # fmt: skip
        return sorted(
            items,
            key=lambda i: (not i.overdue, i.day, i.at or local_midnight(i.day), i.title),
        )
