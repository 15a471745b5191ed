"""How durable placements at an employer are: still working after 3, 6 and 12 months?

An outcome recorded in aftercare (still working, or stopped and why) wins. Without one the
answer is derived from the match: a placement starts when the match first reached
proefplaatsing or contract; it ended when the match moved to uitgevallen (dropout) or
teruggetrokken afterwards.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from jobhunter.models import Client, Match, PlacementOutcome, StageChange, Workplace
from jobhunter.models.enums import PLACED_STAGES, Stage
from jobhunter.services.base import Service
from jobhunter.services.clock import LOCAL_TZ

CHECKPOINTS = (3, 6, 12)


class Outcome(StrEnum):
    WORKING = "working"
    STOPPED = "stopped"
    NOT_YET = "not_yet"  # the checkpoint lies in the future


@dataclass(frozen=True, slots=True)
class Placement:
    match_id: uuid.UUID
    client_name: str
    workplace_title: str | None
    started_on: date
    ended_on: date | None
    stage: Stage
    reason: str | None
    outcomes: dict[int, Outcome]  # months -> outcome


def outcome_at(
    started: date,
    ended: date | None,
    months: int,
    today: date,
    recorded: dict[int, bool] | None = None,
) -> Outcome:
    """The outcome at a checkpoint; ``recorded`` maps checkpoints to "still working"."""
    recorded = recorded or {}
    if months in recorded:
        return Outcome.WORKING if recorded[months] else Outcome.STOPPED
    if any(not working for m, working in recorded.items() if m < months):
        return Outcome.STOPPED  # stopped at an earlier checkpoint
    checkpoint = started + relativedelta(months=months)
    if ended is not None and ended < checkpoint:
        return Outcome.STOPPED
    if checkpoint > today:
        return Outcome.NOT_YET
    return Outcome.WORKING


class DurabilityService(Service):
    def placements(self, employer_id: uuid.UUID) -> list[Placement]:
        today = self.clock.today()
        stmt = (
            select(Match, Client.first_name, Client.last_name, Workplace.title)
            .join(Client, Client.id == Match.client_id)
            .outerjoin(Workplace, Workplace.id == Match.workplace_id)
            .where(Match.employer_id == employer_id)
        )
        out = []
        with self.store.session() as session:
            recorded: dict[uuid.UUID, dict[int, bool]] = {}
            for match_id, months, working in session.execute(
                select(
                    PlacementOutcome.match_id,
                    PlacementOutcome.months,
                    PlacementOutcome.still_working,
                )
                .join(Match, Match.id == PlacementOutcome.match_id)
                .where(Match.employer_id == employer_id)
            ):
                recorded.setdefault(match_id, {})[months] = working
            for match, first, last, title in session.execute(stmt):
                history = session.scalars(
                    select(StageChange)
                    .where(StageChange.match_id == match.id)
                    .order_by(StageChange.changed_at)
                ).all()
                start = next((h for h in history if h.to_stage in PLACED_STAGES), None)
                if start is None:
                    continue
                started = start.changed_at.astimezone(LOCAL_TZ).date()
                ended = None
                if match.stage in (Stage.DROPPED_OUT, Stage.WITHDRAWN):
                    ended = match.stage_since.astimezone(LOCAL_TZ).date()
                out.append(
                    Placement(
                        match_id=match.id,
                        client_name=f"{first} {last}",
                        workplace_title=title,
                        started_on=started,
                        ended_on=ended,
                        stage=match.stage,
                        reason=match.outcome_reason,
                        outcomes={
                            m: outcome_at(started, ended, m, today, recorded.get(match.id))
                            for m in CHECKPOINTS
                        },
                    )
                )
        return sorted(out, key=lambda p: p.started_on, reverse=True)
