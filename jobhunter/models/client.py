"""The job seeker (werkzoekende) and the plan around them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobhunter.models.base import Record
from jobhunter.models.enums import (
    BarrierKind,
    ConsentParty,
    DocumentKind,
    DutchLevel,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Phase,
)


class Client(Record):
    """A job seeker in the caseload. No BSN is stored: data minimisation."""

    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint(
            "werkverkenner_chance IS NULL OR werkverkenner_chance BETWEEN 0 AND 100",
            name="werkverkenner_range",
        ),
        CheckConstraint(
            "hours_available IS NULL OR hours_available BETWEEN 0 AND 60", name="hours_range"
        ),
        # everything the caseload list sorts and filters on (``ClientService.list_keys``):
        # the list reads this instead of the wide table
        Index(
            "ix_client_list",
            "last_name",
            "first_name",
            "phase",
            "city",
            "werkverkenner_chance",
            "next_action",
            "next_action_on",
            "id",
        ),
    )

    first_name: Mapped[str]
    last_name: Mapped[str] = mapped_column(index=True)
    phase: Mapped[Phase] = mapped_column(default=Phase.INTAKE, index=True)
    phase_since: Mapped[date]
    birth_year: Mapped[int | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    city: Mapped[str | None]
    postcode: Mapped[str | None]
    languages: Mapped[str | None]
    dutch_level: Mapped[DutchLevel | None]
    education: Mapped[str | None]
    has_startkwalificatie: Mapped[bool | None]
    work_experience: Mapped[str | None] = mapped_column(Text)
    driving_licence: Mapped[bool | None]
    own_transport: Mapped[bool | None]
    hours_available: Mapped[int | None]
    wishes: Mapped[str | None] = mapped_column(Text)
    skills: Mapped[str | None] = mapped_column(Text)
    motivation: Mapped[str | None] = mapped_column(Text)
    werkverkenner_chance: Mapped[int | None]
    werkverkenner_date: Mapped[date | None]
    unemployed_since: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    #: Werkverkenner factor -> score 1 (knelpunt) .. 5 (kracht); see services.caseload.FACTORS
    werkverkenner_factors: Mapped[dict[str, int] | None] = mapped_column(JSON)
    #: werknemersvaardigheid -> score 1 (nog niet) .. 4 (goed); see services.caseload.WORK_SKILLS
    work_skills: Mapped[dict[str, int] | None] = mapped_column(JSON)
    next_action: Mapped[str | None]
    next_action_on: Mapped[date | None]

    barriers: Mapped[list[Barrier]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    interventions: Mapped[list[Intervention]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    learning_goals: Mapped[list[LearningGoal]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    phase_changes: Mapped[list[PhaseChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PhaseChange.changed_at"
    )

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Barrier(Record):
    """A belemmering on the way to work, with its weight (1 light .. 3 severe)."""

    __tablename__ = "barrier"
    __table_args__ = (CheckConstraint("severity BETWEEN 1 AND 3", name="severity_range"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[BarrierKind]
    severity: Mapped[int] = mapped_column(default=2)
    note: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="barriers")


class Intervention(Record):
    """An item of the plan van aanpak, as gewogen maatwerk records it: what is done (and for
    which barriers), how it is done (bejegening), and what effect was seen."""

    __tablename__ = "intervention"
    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="end_after_start",
        ),
        CheckConstraint("effect IS NULL OR effect BETWEEN 1 AND 5", name="effect_range"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[InterventionKind]
    goal: Mapped[str]
    provider: Mapped[str | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    status: Mapped[InterventionStatus] = mapped_column(default=InterventionStatus.PLANNED)
    #: values of enums.BarrierKind: the belemmeringen this intervention addresses
    barriers: Mapped[list[str] | None] = mapped_column(JSON)
    #: how it is done: the bejegening (approach, tone, who does what)
    approach: Mapped[str | None] = mapped_column(Text)
    evaluation: Mapped[str | None] = mapped_column(Text)
    #: the effect seen, 1 (none) .. 5 (strong); see enums.EFFECT_SCALE
    effect: Mapped[int | None]
    #: the decision after a weak effect (or any evaluation): continue, adjust, replace, stop
    follow_up: Mapped[InterventionFollowUp | None]

    client: Mapped[Client] = relationship(back_populates="interventions")


class LearningGoal(Record):
    """A goal the client sets for the search (learning-oriented, not performance-oriented)."""

    __tablename__ = "learning_goal"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    set_on: Mapped[date]
    achieved: Mapped[bool] = mapped_column(default=False)
    reflection: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="learning_goals")
    reflections: Mapped[list[Reflection]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Reflection.written_on"
    )


class Reflection(Record):
    """What the client learned towards a goal, dated: a learning goal is revisited over time."""

    __tablename__ = "reflection"

    learning_goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learning_goal.id", ondelete="CASCADE"), index=True
    )
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)


class PhaseChange(Record):
    """An explicit move of the client between phases: who, when and why."""

    __tablename__ = "phase_change"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    from_phase: Mapped[Phase | None]
    to_phase: Mapped[Phase]
    changed_at: Mapped[datetime]
    actor: Mapped[str]
    reason: Mapped[str] = mapped_column(Text)


class Document(Record):
    """A file attached to the client (CV, diploma...), copied into the data folder."""

    __tablename__ = "document"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DocumentKind]
    title: Mapped[str]
    original_name: Mapped[str]
    #: path relative to the data folder
    stored_path: Mapped[str]
    added_on: Mapped[date]
    is_current_cv: Mapped[bool] = mapped_column(default=False)


class Consent(Record):
    """What a client agreed may be shared with whom, since when; withdrawal is kept, not
    deleted, so it is clear what was allowed at any moment."""

    __tablename__ = "consent"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    party: Mapped[ConsentParty]
    #: what may be shared, in the client's and jobhunter's words
    scope: Mapped[str] = mapped_column(Text)
    #: the sensitive categories (values of enums.ConsentCategory) the client named
    #: explicitly; nothing sensitive is shared that is not listed here
    categories: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    given_on: Mapped[date]
    withdrawn_on: Mapped[date | None]
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)

    def active_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)
