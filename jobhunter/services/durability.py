"""How durable placements at an employer are: still working after 3, 6 and 12 months?

An outcome recorded in aftercare (still working, or stopped and why) wins. Without one the
answer is derived from the match's history: a placement is its latest continuous run in
proefplaatsing or contract. It starts with the move into those stages and ends with the first
move out of them, whatever the target (uitgevallen, afgewezen after a trial, moved back to an
earlier stage). A match placed again after leaving counts from its new start.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import Client, Match, PlacementOutcome, StageChange, Workplace
from jobhunter.models.enums import PLACED_STAGES, PlacementForm, Stage
from jobhunter.services.base import Service
from jobhunter.services.clock import local_day

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
    form: PlacementForm | None = None  # proefplaatsing, stage, ..., vast contract


@dataclass(frozen=True, slots=True)
class PlacedRun:
    """The latest continuous run of a match in proefplaatsing or contract."""

    started: datetime
    #: the first move out of the placed stages; None while the placement lasts
    ended: datetime | None


def latest_run(history: Iterable[StageChange]) -> PlacedRun | None:
    """The latest run in the placed stages of a history given in the order it happened;
    None for a match that was never placed."""
    started: datetime | None = None
    ended: datetime | None = None
    placed = False
    for change in history:
        now_placed = change.to_stage in PLACED_STAGES
        if now_placed and not placed:
            started, ended = change.changed_at, None
        elif placed and not now_placed:
            ended = change.changed_at
        placed = now_placed
    return None if started is None else PlacedRun(started, ended)


def latest_runs(session: Session, match_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PlacedRun]:
    """The latest placed run of each of these matches that was ever placed. A back-dated move
    can share its moment with the change before it, so the order of recording breaks a tie."""
    histories: dict[uuid.UUID, list[StageChange]] = {}
    for change in session.scalars(
        select(StageChange)
        .where(StageChange.match_id.in_(list(match_ids)))
        .order_by(StageChange.changed_at, StageChange.created_at)
    ):
        histories.setdefault(change.match_id, []).append(change)
    runs = {match_id: latest_run(history) for match_id, history in histories.items()}
    return {match_id: run for match_id, run in runs.items() if run is not None}


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


def placements_in(session: Session, employer_id: uuid.UUID, today: date) -> list[Placement]:
    """Every placement at the employer, newest first, read inside the caller's session (the
    briefing reads them with the rest of the employer)."""
    stmt = (
        select(Match, Client.first_name, Client.last_name, Workplace.title)
        .join(Client, Client.id == Match.client_id)
        .outerjoin(Workplace, Workplace.id == Match.workplace_id)
        .where(Match.employer_id == employer_id)
    )
    recorded: dict[uuid.UUID, dict[int, bool]] = {}
    for match_id, months, working in session.execute(
        select(PlacementOutcome.match_id, PlacementOutcome.months, PlacementOutcome.still_working)
        .join(Match, Match.id == PlacementOutcome.match_id)
        .where(Match.employer_id == employer_id)
    ):
        recorded.setdefault(match_id, {})[months] = working
    rows = session.execute(stmt).all()
    runs = latest_runs(session, [match.id for match, *_ in rows])
    out = []
    for match, first, last, title in rows:
        run = runs.get(match.id)
        if run is None:
            continue
        started = local_day(run.started)
        ended = local_day(run.ended) if run.ended else None
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
                form=match.placement_form,
            )
        )
    return sorted(out, key=lambda p: p.started_on, reverse=True)


class DurabilityService(Service):
    def placements(self, employer_id: uuid.UUID) -> list[Placement]:
        with self.store.session() as session:
            return placements_in(session, employer_id, self.clock.today())
