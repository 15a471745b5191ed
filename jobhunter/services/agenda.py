"""The start of the day: today's and overdue appointments and follow-ups, across all tabs,
and the arrangements that end within a month (employers sometimes let people go when the
subsidy stops, seed 002: "sturen mensen weer weg als ze geen subsidie meer krijgen")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jobhunter.models import Appointment, Arrangement, Client, Employer, Match
from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    ArrangementKind,
    ArrangementStatus,
    Phase,
    RelationshipStatus,
)
from jobhunter.services.base import Service
from jobhunter.services.clock import LOCAL_TZ, local_midnight
from jobhunter.services.privacy.retention import AGENDA_TEXT as RETENTION_AGENDA_TEXT
from jobhunter.services.privacy.retention import RetentionService

#: how long before its end an arrangement in use is brought up
ARRANGEMENT_NOTICE = relativedelta(months=1)


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
    #: an arrangement that ends on ``day`` (a reminder a month ahead)
    arrangement: ArrangementKind | None = None


class AgendaService(Service):
    def start_of_day(self) -> list[AgendaItem]:
        """Overdue first (oldest first), then today's in time order, then the arrangements
        ending within a month, soonest first."""
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
            items += self._ending_arrangements(session, today)
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

    @staticmethod
    def _ending_arrangements(session: Session, today: date) -> list[AgendaItem]:
        """Arrangements in use that end between today and a month from now. One for a
        placement opens the match; one for the employer as a whole opens the employer."""
        rows = session.execute(
            select(
                Arrangement.kind,
                Arrangement.ends_on,
                Arrangement.employer_id,
                Employer.name,
                Arrangement.match_id,
                Client.first_name,
                Client.last_name,
            )
            .join(Employer, Employer.id == Arrangement.employer_id)
            .outerjoin(Match, Match.id == Arrangement.match_id)
            .outerjoin(Client, Client.id == Match.client_id)
            .where(
                Arrangement.status == ArrangementStatus.USED,
                Arrangement.ends_on >= today,
                Arrangement.ends_on <= today + ARRANGEMENT_NOTICE,
            )
        ).all()
        items = []
        for kind, ends_on, employer_id, employer, match_id, first, last in rows:
            assert ends_on is not None  # the query asks for an end date
            who = f"{first} {last} — {employer}" if match_id and first is not None else employer
            items.append(
                AgendaItem(
                    "match" if match_id else "employer",
                    match_id or employer_id,
                    ends_on,
                    None,
                    who,
                    None,
                    None,
                    False,
                    kind,
                )
            )
        return items
