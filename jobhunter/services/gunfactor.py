"""The gunfactor: an employer's goodwill, built by good matches and lost by bad ones.

Seed 002: "Het gevaar van een mis-match door slechte voorbereiding is het verlies van de
gunfactor van een bedrijf. Deze factor is moeilijk terug te winnen." So the employer file
shows what happened there (proposals, hires, dropouts), and a new proposal after a recent
dropout or rejection shows that history first. An employer who wants one candidate, not a
pile of CVs (seed 002: "willen slechts aan één kandidaat worden voorgesteld"), is warned
about before a second open proposal for the same workplace.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from jobhunter.models import Client, Employer, Match, StageChange, Workplace
from jobhunter.models.enums import CLOSED_STAGES, PLACED_STAGES, CandidatePreference, Stage
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import local_day

#: how far back a dropout or rejection counts as recent
RECENT = timedelta(days=365)
SETBACKS = (Stage.DROPPED_OUT, Stage.REJECTED)


@dataclass(frozen=True, slots=True)
class Setback:
    """A match at the employer that ended badly: a dropout, or a rejection (a mismatch)."""

    match_id: uuid.UUID
    client_name: str
    workplace_title: str | None
    stage: Stage
    on: date
    reason: str | None

    def describe(self) -> str:
        """One Dutch line, for the warning before a new proposal."""
        where = f" ({self.workplace_title})" if self.workplace_title else ""
        what = "uitgevallen" if self.stage is Stage.DROPPED_OUT else "afgewezen"
        because = f": {self.reason}" if self.reason else ""
        return f"{self.on.strftime('%d-%m-%Y')} {self.client_name}{where} {what}{because}"


def _sentence(text: str) -> str:
    """End with a full stop, unless the text (a reason typed by the user) already ends a
    sentence: "te zwaar." gave "te zwaar.."."""
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


@dataclass(frozen=True, slots=True)
class Gunfactor:
    """What happened at one employer, for its file."""

    proposals: int
    hires: int  # reached a proefplaatsing or contract
    dropouts: int
    rejections: int
    withdrawals: int
    open: int
    recent_setbacks: tuple[Setback, ...]


@dataclass(frozen=True, slots=True)
class ProposalWarning:
    """Something to read before proposing; ``kind`` is "one_candidate" or "history"."""

    kind: str
    text: str  # Dutch, one line


class GunfactorService(Service):
    def summary(self, employer_id: uuid.UUID) -> Gunfactor:
        with self.store.session() as session:
            get_or_raise(session, Employer, employer_id)
            matches = session.execute(
                select(Match.id, Match.stage).where(Match.employer_id == employer_id)
            ).all()
            placed = set(
                session.scalars(
                    select(StageChange.match_id)
                    .join(Match, Match.id == StageChange.match_id)
                    .where(
                        Match.employer_id == employer_id,
                        StageChange.to_stage.in_(list(PLACED_STAGES)),
                    )
                )
            )
        stages = [stage for _id, stage in matches]
        return Gunfactor(
            proposals=len(matches),
            hires=len(placed),
            dropouts=stages.count(Stage.DROPPED_OUT),
            rejections=stages.count(Stage.REJECTED),
            withdrawals=stages.count(Stage.WITHDRAWN),
            open=sum(1 for stage in stages if stage not in CLOSED_STAGES),
            recent_setbacks=tuple(self.recent_setbacks(employer_id)),
        )

    def recent_setbacks(self, employer_id: uuid.UUID) -> list[Setback]:
        """Dropouts and rejections at the employer in the last year, newest first."""
        since: datetime = self.clock.now() - RECENT
        with self.store.session() as session:
            rows = session.execute(
                select(
                    Match.id,
                    Client.first_name,
                    Client.last_name,
                    Workplace.title,
                    Match.stage,
                    Match.stage_since,
                    Match.outcome_reason,
                )
                .join(Client, Client.id == Match.client_id)
                .outerjoin(Workplace, Workplace.id == Match.workplace_id)
                .where(
                    Match.employer_id == employer_id,
                    Match.stage.in_(SETBACKS),
                    Match.stage_since >= since,
                )
                .order_by(Match.stage_since.desc())
            ).all()
        return [
            Setback(match_id, f"{first} {last}", title, stage, local_day(at), reason)
            for match_id, first, last, title, stage, at, reason in rows
        ]

    def proposal_warnings(
        self, client_id: uuid.UUID, employer_id: uuid.UUID, workplace_id: uuid.UUID | None
    ) -> list[ProposalWarning]:
        """What to read before putting this client forward here: recent setbacks at the
        employer first, then a "one candidate" employer's open proposal for this workplace."""
        warnings = [
            ProposalWarning(
                "history", _sentence(f"Recent bij deze werkgever: {setback.describe()}")
            )
            for setback in self.recent_setbacks(employer_id)
        ]
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)
            if employer.candidate_preference is CandidatePreference.ONE:
                others = session.execute(
                    select(Client.first_name, Client.last_name, Match.created_at)
                    .join(Client, Client.id == Match.client_id)
                    .where(
                        Match.employer_id == employer_id,
                        Match.workplace_id.is_(None)
                        if workplace_id is None
                        else Match.workplace_id == workplace_id,
                        Match.stage.not_in(list(CLOSED_STAGES)),
                        Match.client_id != client_id,
                    )
                    .order_by(Match.created_at)
                ).all()
                for first, last, since in others:
                    warnings.append(
                        ProposalWarning(
                            "one_candidate",
                            f"{employer.name} wil één kandidaat per vacature; {first} {last} "
                            f"is hier al voorgesteld (sinds {local_day(since):%d-%m-%Y}).",
                        )
                    )
        return warnings
