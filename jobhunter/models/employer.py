"""The employer network: companies, their contact persons and their workplaces."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobhunter.models.base import Record
from jobhunter.models.enums import (
    CompanySize,
    RelationshipStatus,
    RequirementKind,
    Sector,
    WorkplaceStatus,
)


class Employer(Record):
    __tablename__ = "employer"

    name: Mapped[str] = mapped_column(index=True)
    sector: Mapped[Sector] = mapped_column(index=True)
    size: Mapped[CompanySize | None]
    city: Mapped[str | None]
    address: Mapped[str | None]
    postcode: Mapped[str | None]
    website: Mapped[str | None]
    status: Mapped[RelationshipStatus] = mapped_column(default=RelationshipStatus.PROSPECT)
    ended_reason: Mapped[str | None] = mapped_column(Text)
    ended_for_discrimination: Mapped[bool] = mapped_column(default=False)
    follow_up_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="employer", cascade="all, delete-orphan", passive_deletes=True
    )
    workplaces: Mapped[list[Workplace]] = relationship(
        back_populates="employer", cascade="all, delete-orphan", passive_deletes=True
    )


class ContactPerson(Record):
    __tablename__ = "contact_person"

    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    role: Mapped[str | None]
    phone: Mapped[str | None]
    email: Mapped[str | None]
    is_primary: Mapped[bool] = mapped_column(default=False)

    employer: Mapped[Employer] = relationship(back_populates="contacts")


class Workplace(Record):
    """A concrete workplace or vacancy at an employer, with its real requirements."""

    __tablename__ = "workplace"
    __table_args__ = (
        CheckConstraint(
            "hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 60", name="hours_range"
        ),
    )

    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str]
    tasks: Mapped[str | None] = mapped_column(Text)
    hours_per_week: Mapped[int | None]
    contract_form: Mapped[str | None]
    city: Mapped[str | None]
    status: Mapped[WorkplaceStatus] = mapped_column(default=WorkplaceStatus.OPEN)

    employer: Mapped[Employer] = relationship(back_populates="workplaces")
    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="workplace", cascade="all, delete-orphan", passive_deletes=True
    )


class Requirement(Record):
    """One requirement of a workplace: hard (the true minimum) or a wish."""

    __tablename__ = "requirement"

    workplace_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workplace.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RequirementKind]
    value: Mapped[str | None]
    is_hard: Mapped[bool] = mapped_column(default=True)

    workplace: Mapped[Workplace] = relationship(back_populates="requirements")
