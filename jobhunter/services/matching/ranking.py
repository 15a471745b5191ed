"""Explainable, deterministic ranking of clients for a workplace and workplaces for a client.

Every point has a reason a jobhunter can read and check. A failed hard requirement is never
hidden: such suggestions sort after all others and say which requirement fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from jobhunter.services.matching.requirements import (
    Check,
    ClientFacts,
    Preselection,
    Requirement,
    preselect,
)


@dataclass(frozen=True, slots=True)
class WorkplaceFacts:
    id: uuid.UUID
    title: str
    employer_name: str
    city: str | None
    hours_per_week: int | None
    requirements: tuple[Requirement, ...]
    #: the employer has placed people from the target group before
    experienced_employer: bool = False
    employer_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    client: ClientFacts
    workplace: WorkplaceFacts
    score: int
    reasons: tuple[str, ...]  # Dutch, why it scores
    preselection: Preselection

    @property
    def failed_hard(self) -> tuple[str, ...]:
        return tuple(c.reason for c in self.preselection.failed_hard)

    @property
    def sort_key(self) -> tuple[bool, int, str, str]:
        """Passing suggestions first, then by score, then by name and id: stable ties."""
        return (bool(self.failed_hard), -self.score, self.client.name, str(self.client.id))


# Weights: hard requirements met matter most; place and hours make a placement last.
HARD_MET = 3
WISH_MET = 1
SAME_CITY = 2
HOURS_FIT = 2
EXPERIENCED_EMPLOYER = 1
WISH_MENTIONS_WORK = 2


def score(client: ClientFacts, workplace: WorkplaceFacts) -> Suggestion:
    result = preselect(client, workplace.requirements)
    points = 0
    reasons: list[str] = []
    for check in result.checks:
        if check.check is Check.MET:
            points += HARD_MET if check.requirement.is_hard else WISH_MET
            reasons.append(check.reason)
    if client.city and workplace.city and client.city.casefold() == workplace.city.casefold():
        points += SAME_CITY
        reasons.append(f"Woont in {client.city}, waar de werkplek is.")
    hours, wanted = client.hours_available, workplace.hours_per_week
    if hours is not None and wanted is not None and abs(hours - wanted) <= 4:
        points += HOURS_FIT
        reasons.append(
            f"Uren passen: {client.hours_available} beschikbaar, "
            f"{workplace.hours_per_week} per week."
        )
    if workplace.experienced_employer:
        points += EXPERIENCED_EMPLOYER
        reasons.append(f"{workplace.employer_name} heeft ervaring met de doelgroep.")
    if client.wishes and _mentions(client.wishes, workplace.title):
        points += WISH_MENTIONS_WORK
        reasons.append(f"Wens past bij {workplace.title.lower()}.")
    return Suggestion(client, workplace, points, tuple(reasons), result)


def _mentions(wishes: str, title: str) -> bool:
    words = {w for w in title.casefold().split() if len(w) > 4}
    text = wishes.casefold()
    return any(w in text for w in words)


def rank_clients(workplace: WorkplaceFacts, clients: Iterable[ClientFacts]) -> list[Suggestion]:
    return sorted((score(c, workplace) for c in clients), key=lambda s: s.sort_key)


def rank_workplaces(client: ClientFacts, workplaces: Iterable[WorkplaceFacts]) -> list[Suggestion]:
    return sorted(
        (score(client, w) for w in workplaces),
        key=lambda s: (bool(s.failed_hard), -s.score, s.workplace.title, str(s.workplace.id)),
    )
