"""The employer network: companies, their contact persons and workplaces."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from jobhunter.models import ContactMoment, ContactPerson, Employer, Match, Workplace
from jobhunter.models.enums import (
    PLACED_STAGES,
    CompanySize,
    RelationshipStatus,
    Sector,
    WorkplaceStatus,
)
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clients import as_utc
from jobhunter.services.clock import days_between
from jobhunter.services.errors import ValidationError


@dataclass(frozen=True, slots=True)
class EmployerRow:
    id: uuid.UUID
    name: str
    sector: Sector
    size: CompanySize | None
    city: str | None
    status: RelationshipStatus
    ended_for_discrimination: bool
    placements: int
    open_workplaces: int
    last_contact: datetime | None
    days_since_contact: int | None
    follow_up_on: date | None


_EDITABLE = {"name", "sector", "size", "city", "address", "postcode", "website", "status",
             "ended_reason", "ended_for_discrimination", "follow_up_on", "notes"}  # fmt: skip


class EmployerService(Service):
    def list_rows(self) -> list[EmployerRow]:
        last = (
            select(ContactMoment.employer_id, func.max(ContactMoment.occurred_at).label("last"))
            .where(ContactMoment.employer_id.is_not(None))
            .group_by(ContactMoment.employer_id)
            .subquery()
        )
        placed = (
            select(Match.employer_id, func.count().label("n"))
            .where(Match.stage.in_(PLACED_STAGES))
            .group_by(Match.employer_id)
            .subquery()
        )
        open_wp = (
            select(Workplace.employer_id, func.count().label("n"))
            .where(Workplace.status == WorkplaceStatus.OPEN)
            .group_by(Workplace.employer_id)
            .subquery()
        )
        stmt = (
            select(Employer, last.c.last, placed.c.n, open_wp.c.n.label("open_n"))
            .outerjoin(last, last.c.employer_id == Employer.id)
            .outerjoin(placed, placed.c.employer_id == Employer.id)
            .outerjoin(open_wp, open_wp.c.employer_id == Employer.id)
            .order_by(Employer.name)
        )
        now = self.clock.now()
        with self.store.session() as session:
            result = session.execute(stmt).all()
        rows = []
        for employer, last_at, n_placed, n_open in result:
            last_contact = as_utc(last_at)
            rows.append(
                EmployerRow(
                    id=employer.id,
                    name=employer.name,
                    sector=employer.sector,
                    size=employer.size,
                    city=employer.city,
                    status=employer.status,
                    ended_for_discrimination=employer.ended_for_discrimination,
                    placements=n_placed or 0,
                    open_workplaces=n_open or 0,
                    last_contact=last_contact,
                    days_since_contact=days_between(last_contact, now),
                    follow_up_on=employer.follow_up_on,
                )
            )
        return rows

    def get(self, employer_id: uuid.UUID) -> Employer:
        with self.store.session() as session:
            return get_or_raise(session, Employer, employer_id)

    def create(self, name: str, sector: Sector, **fields: Any) -> Employer:
        values = self._clean({"name": name, "sector": sector, **fields})
        with self.store.session() as session:
            employer = Employer(**values)
            session.add(employer)
            session.flush()
            self._audit(session, "create", employer)
        return employer

    def update(self, employer_id: uuid.UUID, **changes: Any) -> Employer:
        values = self._clean(changes)
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)
            for key, value in values.items():
                setattr(employer, key, value)
            if employer.status is RelationshipStatus.ENDED and not employer.ended_reason:
                raise ValidationError(
                    "Geef een reden op wanneer de samenwerking wordt beëindigd.", "ended_reason"
                )
            self._audit(session, "update", employer, ", ".join(sorted(values)))
        return employer

    def contacts(self, employer_id: uuid.UUID) -> list[ContactPerson]:
        with self.store.session() as session:
            stmt = (
                select(ContactPerson)
                .where(ContactPerson.employer_id == employer_id)
                .order_by(ContactPerson.is_primary.desc(), ContactPerson.name)
            )
            return list(session.scalars(stmt))

    def add_contact(
        self, employer_id: uuid.UUID, name: str, *, primary: bool = False, **fields: Any
    ) -> ContactPerson:
        """Add a contact person; the first one (or one marked primary) becomes the primary."""
        name = v.required_text(name, "Naam", "name")
        email = v.email(fields.pop("email", None))
        phone = v.phone(fields.pop("phone", None))
        with self.store.session() as session:
            get_or_raise(session, Employer, employer_id)
            has_primary = session.scalar(
                select(func.count())
                .select_from(ContactPerson)
                .where(ContactPerson.employer_id == employer_id, ContactPerson.is_primary)
            )
            person = ContactPerson(
                employer_id=employer_id, name=name, email=email, phone=phone, **fields
            )
            if primary or not has_primary:
                _clear_primary(session, employer_id)
                person.is_primary = True
            session.add(person)
            session.flush()
            self._audit(session, "create", person)
        return person

    def workplaces(self, employer_id: uuid.UUID) -> list[Workplace]:
        with self.store.session() as session:
            stmt = (
                select(Workplace)
                .where(Workplace.employer_id == employer_id)
                .order_by(Workplace.title)
            )
            return list(session.scalars(stmt))

    def add_workplace(self, employer_id: uuid.UUID, title: str, **fields: Any) -> Workplace:
        title = v.required_text(title, "Functienaam", "title")
        v.int_range(fields.get("hours_per_week"), 1, 60, "Het aantal uren", "hours_per_week")
        with self.store.session() as session:
            get_or_raise(session, Employer, employer_id)
            workplace = Workplace(employer_id=employer_id, title=title, **fields)
            session.add(workplace)
            session.flush()
            self._audit(session, "create", workplace)
        return workplace

    def count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(Employer)) or 0

    @staticmethod
    def _clean(changes: dict[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise ValidationError(f"Onbekende velden: {', '.join(sorted(unknown))}.")
        out = dict(changes)
        if "name" in out:
            out["name"] = v.required_text(out["name"], "Naam", "name")
        if "postcode" in out:
            out["postcode"] = v.postcode(out["postcode"])
        if "sector" in out:
            out["sector"] = Sector(out["sector"])
        return out


def _clear_primary(session: Any, employer_id: uuid.UUID) -> None:
    for person in session.scalars(
        select(ContactPerson).where(
            ContactPerson.employer_id == employer_id, ContactPerson.is_primary
        )
    ):
        person.is_primary = False
