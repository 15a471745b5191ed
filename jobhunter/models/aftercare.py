"""Aftercare: problems raised in check-ins, placement outcomes, and the user's settings."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jobhunter.models.base import Record
from jobhunter.models.enums import ProblemOwner, ProblemStatus


class Problem(Record):
    """A problem in a placement (late, conflict with a colleague, travel): it has an owner
    and stays visible until it is solved, with the solution recorded."""

    __tablename__ = "problem"

    match_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), index=True
    )
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True
    )
    raised_on: Mapped[date]
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[ProblemOwner] = mapped_column(default=ProblemOwner.JOBHUNTER)
    status: Mapped[ProblemStatus] = mapped_column(default=ProblemStatus.OPEN, index=True)
    solution: Mapped[str | None] = mapped_column(Text)
    solved_on: Mapped[date | None]


class PlacementOutcome(Record):
    """Is the placed employee still working 3, 6 or 12 months after the start?"""

    __tablename__ = "placement_outcome"
    __table_args__ = (
        UniqueConstraint("match_id", "months"),
        CheckConstraint("months IN (3, 6, 12)", name="checkpoint"),
    )

    match_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), index=True
    )
    months: Mapped[int]
    recorded_on: Mapped[date]
    still_working: Mapped[bool]
    contract_form: Mapped[str | None]
    #: why the employee stopped (required when not still working)
    reason: Mapped[str | None] = mapped_column(Text)


class Setting(Record):
    """One user setting (aftercare templates, ...) as JSON under a unique key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(unique=True)
    value: Mapped[Any] = mapped_column(JSON)
