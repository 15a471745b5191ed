"""The pipeline: matches of a client at an employer, and their stage history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from jobhunter.models import Client, Employer, Match, StageChange, Workplace
from jobhunter.models.enums import Stage
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import days_between
from jobhunter.services.errors import ValidationError


@dataclass(frozen=True, slots=True)
class MatchRow:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    employer_id: uuid.UUID
    employer_name: str
    workplace_id: uuid.UUID | None
    workplace_title: str | None
    stage: Stage
    stage_since: datetime
    days_in_stage: int
    next_step: str | None


class MatchService(Service):
    def list_rows(self) -> list[MatchRow]:
        wp = aliased(Workplace)
        stmt = (
            select(
                Match.id,
                Match.client_id,
                Client.first_name,
                Client.last_name,
                Match.employer_id,
                Employer.name,
                Match.workplace_id,
                wp.title,
                Match.stage,
                Match.stage_since,
                Match.next_step,
            )
            .join(Client, Client.id == Match.client_id)
            .join(Employer, Employer.id == Match.employer_id)
            .outerjoin(wp, wp.id == Match.workplace_id)
            .order_by(Match.stage_since.desc())
        )
        now = self.clock.now()
        with self.store.session() as session:
            result = session.execute(stmt).all()
        return [
            MatchRow(
                id=r[0],
                client_id=r[1],
                client_name=f"{r[2]} {r[3]}",
                employer_id=r[4],
                employer_name=r[5],
                workplace_id=r[6],
                workplace_title=r[7],
                stage=r[8],
                stage_since=r[9],
                days_in_stage=days_between(r[9], now) or 0,
                next_step=r[10],
            )
            for r in result
        ]

    def propose(
        self,
        client_id: uuid.UUID,
        employer_id: uuid.UUID,
        workplace_id: uuid.UUID | None = None,
        note: str | None = None,
    ) -> Match:
        """Create a match in the first stage (warm introduction) with its first history entry."""
        now = self.clock.now()
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            get_or_raise(session, Employer, employer_id)
            if workplace_id is not None:
                workplace = get_or_raise(session, Workplace, workplace_id)
                if workplace.employer_id != employer_id:
                    raise ValidationError(
                        "Deze werkplek hoort bij een andere werkgever.", "workplace_id"
                    )
            match = Match(
                client_id=client_id,
                employer_id=employer_id,
                workplace_id=workplace_id,
                stage=Stage.PROPOSED,
                stage_since=now,
            )
            match.history.append(
                StageChange(
                    from_stage=None,
                    to_stage=Stage.PROPOSED,
                    changed_at=now,
                    note=v.optional_text(note),
                )
            )
            session.add(match)
            session.flush()
            self._audit(session, "create", match)
        return match

    def move(self, match_id: uuid.UUID, stage: Stage, note: str | None = None) -> Match:
        """Record a transition; an outcome (afgewezen, teruggetrokken, uitgevallen) needs why."""
        note, stage = v.optional_text(note), Stage(stage)
        if stage.is_outcome and not note:
            raise ValidationError(
                "Geef een reden op bij afwijzing, terugtrekking of uitval.", "note"
            )
        now = self.clock.now()
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            if match.stage == stage:
                raise ValidationError("De match staat al in deze fase.", "stage")
            session.add(
                StageChange(
                    match_id=match.id,
                    from_stage=match.stage,
                    to_stage=stage,
                    changed_at=now,
                    note=note,
                )
            )
            match.stage = stage
            match.stage_since = now
            if stage.is_outcome:
                match.outcome_reason = note
            self._audit(session, "stage", match, f"{stage.value}: {note or ''}".strip(": "))
        return match

    def history(self, match_id: uuid.UUID) -> list[StageChange]:
        with self.store.session() as session:
            stmt = (
                select(StageChange)
                .where(StageChange.match_id == match_id)
                .order_by(StageChange.changed_at)
            )
            return list(session.scalars(stmt))
