"""A match: a client put forward at an employer (and usually a workplace), with its stages."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobhunter.models.base import Record
from jobhunter.models.client import Client
from jobhunter.models.employer import Employer, Workplace
from jobhunter.models.enums import PlacementForm, Stage


class Match(Record):
    __tablename__ = "match"
    __table_args__ = (
        CheckConstraint(
            "placement_hours IS NULL OR placement_hours BETWEEN 1 AND 60",
            name="placement_hours_range",
        ),
        CheckConstraint(
            "placement_end IS NULL OR placement_start IS NULL OR placement_end >= placement_start",
            name="placement_end_after_start",
        ),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    workplace_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workplace.id", ondelete="SET NULL"), index=True
    )
    stage: Mapped[Stage] = mapped_column(default=Stage.PROPOSED, index=True)
    stage_since: Mapped[datetime]
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    #: why the match was made although a hard requirement is known to fail
    override_reason: Mapped[str | None] = mapped_column(Text)
    interview_at: Mapped[datetime | None]
    #: checklists before the interview: ``[{"key", "label", "done", "note"}]``
    candidate_prep: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    employer_prebrief: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    #: the debrief after the interview; the agreed next step goes in ``next_step``
    debrief_on: Mapped[date | None]
    debrief_employer: Mapped[str | None] = mapped_column(Text)
    debrief_candidate: Mapped[str | None] = mapped_column(Text)
    #: the terms of the placement once placed: its form (proefplaatsing, stage, ..., vast
    #: contract), when it starts, hours per week and, for all but a vast contract, its end
    placement_form: Mapped[PlacementForm | None]
    placement_start: Mapped[date | None]
    placement_hours: Mapped[int | None]
    placement_end: Mapped[date | None]

    client: Mapped[Client] = relationship()
    employer: Mapped[Employer] = relationship()
    workplace: Mapped[Workplace | None] = relationship()
    history: Mapped[list[StageChange]] = relationship(
        back_populates="match",
        cascade="all, delete-orphan",
        passive_deletes=True,
        # a back-dated move can share its moment with the one before: recording order decides
        order_by="[StageChange.changed_at, StageChange.created_at]",
    )


class StageChange(Record):
    """One transition of a match; the first one has no ``from_stage``."""

    __tablename__ = "stage_change"

    match_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[Stage | None]
    to_stage: Mapped[Stage]
    changed_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)

    match: Mapped[Match] = relationship(back_populates="history")
