"""The employer network: companies, their contact persons and their workplaces."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobhunter.models.base import Record
from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    CandidatePreference,
    Channel,
    CompanySize,
    InformationPreference,
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
    hr_formalised: Mapped[bool | None]
    target_group_experience: Mapped[str | None] = mapped_column(Text)
    culture: Mapped[str | None] = mapped_column(Text)
    working_conditions: Mapped[str | None] = mapped_column(Text)
    staff_composition: Mapped[str | None] = mapped_column(Text)
    #: values of enums.Motive
    motives: Mapped[list[str] | None] = mapped_column(JSON)
    #: values of enums.CollectiveArrangement
    collective_arrangements: Mapped[list[str] | None] = mapped_column(JSON)
    candidate_preference: Mapped[CandidatePreference | None]
    information_preference: Mapped[InformationPreference | None]
    wants_jobhunter_at_interview: Mapped[bool | None]

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="employer", cascade="all, delete-orphan", passive_deletes=True
    )
    workplaces: Mapped[list[Workplace]] = relationship(
        back_populates="employer", cascade="all, delete-orphan", passive_deletes=True
    )


class ContactPerson(Record):
    __tablename__ = "contact_person"
    __table_args__ = (
        # exactly one reachable contact per employer: at most one primary, enforced here
        Index(
            "uq_contact_person_one_primary",
            "employer_id",
            unique=True,
            sqlite_where=text("is_primary"),
        ),
    )

    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    role: Mapped[str | None]
    phone: Mapped[str | None]
    email: Mapped[str | None]
    preferred_channel: Mapped[Channel | None]
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
    #: jobcarving or function-creation possibilities
    jobcarving: Mapped[str | None] = mapped_column(Text)

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


class PrimaryContactChange(Record):
    """A change of the one reachable contact person: many changes break the relation."""

    __tablename__ = "primary_contact_change"

    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    previous_name: Mapped[str | None]
    new_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    new_name: Mapped[str]
    changed_on: Mapped[date]


class CompanyVisit(Record):
    """A company visit with its three aims: relationship, a concrete workplace, commitment."""

    __tablename__ = "company_visit"

    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    visited_on: Mapped[date] = mapped_column(index=True)
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    relationship_done: Mapped[bool] = mapped_column(default=False)
    relationship_notes: Mapped[str | None] = mapped_column(Text)
    workplace_done: Mapped[bool] = mapped_column(default=False)
    workplace_notes: Mapped[str | None] = mapped_column(Text)
    commitment_done: Mapped[bool] = mapped_column(default=False)
    commitment_notes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Arrangement(Record):
    """A regeling offered to or used by an employer, optionally for one workplace and for the
    placement (match) it supports; employers sometimes let people go when it stops."""

    __tablename__ = "arrangement"
    __table_args__ = (
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="ends_after_start"
        ),
        CheckConstraint("wage_value IS NULL OR wage_value BETWEEN 1 AND 100", name="wage_value"),
    )

    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    workplace_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workplace.id", ondelete="SET NULL")
    )
    #: the placement this arrangement supports
    match_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("match.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[ArrangementKind]
    status: Mapped[ArrangementStatus] = mapped_column(default=ArrangementStatus.OFFERED)
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None] = mapped_column(index=True)
    #: loonwaarde in percent of full productivity (loondispensatie, loonkostensubsidie)
    wage_value: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)
