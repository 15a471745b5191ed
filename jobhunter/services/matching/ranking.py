"""Explainable, deterministic ranking of clients for a workplace and workplaces for a client.

Every point has a reason a jobhunter can read and check. The score is the share of the
points this workplace can give that the client earns, 0 to 100, so scores compare across
workplaces that ask more or less. A failed hard requirement is never hidden: such
suggestions sort after all others and say which requirement fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from jobhunter.services.matching.requirements import (
    Check,
    ClientFacts,
    Preselection,
    Requirement,
    RequirementCheck,
    check_fact,
    check_requirement,
    ordered_requirements,
    relevant_fact,
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
    #: somebody got this job; suggested only when asked to show what is left out
    filled: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    client: ClientFacts
    workplace: WorkplaceFacts
    score: int  # 0..100
    reasons: tuple[str, ...]  # Dutch, why it scores
    preselection: Preselection
    #: why it would have been left out ("closed", "placed", "filled"); shown when asked
    left_out: str | None = None

    @property
    def failed_hard(self) -> tuple[str, ...]:
        return tuple(c.reason for c in self.preselection.failed_hard)

    @property
    def sort_key(self) -> tuple[bool, int, str, uuid.UUID]:
        """Passing suggestions first, then by score, then by name and id: stable ties."""
        return (not self.preselection.passes, -self.score, self.client.name, self.client.id)


# Weights: hard requirements met matter most; place and hours make a placement last.
HARD_MET = 3
WISH_MET = 1
SAME_CITY = 2
HOURS_FIT = 2
EXPERIENCED_EMPLOYER = 1
WISH_MENTIONS_WORK = 2


#: the requirement checks, their points, their reasons and the most points they can give
RequirementsPart = tuple[Preselection, int, tuple[str, ...], int]


def score(client: ClientFacts, workplace: WorkplaceFacts) -> Suggestion:
    return _Scorer(workplace)(client)


class _Scorer:
    """Scores clients for one workplace.

    The requirement part of a score depends only on the few facts the requirements look at
    (licence, level, hours, certificates), and many clients share those: it is worked out
    once per combination. The result is the same as scoring each client from scratch.
    """

    def __init__(self, workplace: WorkplaceFacts) -> None:
        self.workplace = workplace
        self.requirements = ordered_requirements(workplace.requirements)
        self.kinds = tuple(r.kind for r in self.requirements)
        self.most = sum(HARD_MET if r.is_hard else WISH_MET for r in self.requirements)
        self.ceiling = _ceiling(workplace, self.most)
        self.memo: dict[tuple[object, ...], RequirementsPart] = {}

    def _requirements_part(self, client: ClientFacts) -> RequirementsPart:
        facts = tuple(relevant_fact(client, kind) for kind in self.kinds)
        part = self.memo.get(facts)
        if part is None:
            checks = tuple(
                check_fact(r, fact) for r, fact in zip(self.requirements, facts, strict=True)
            )
            part = self.memo[facts] = _part(checks, self.most)
        return part

    def __call__(self, client: ClientFacts) -> Suggestion:
        return _finish(client, self.workplace, self._requirements_part(client), self.ceiling)


def _part(checks: tuple[RequirementCheck, ...], most: int) -> RequirementsPart:
    """The requirement part of a score from its checks, in the requirements' order."""
    met = [c for c in checks if c.check is Check.MET]
    points = sum(HARD_MET if c.requirement.is_hard else WISH_MET for c in met)
    return (Preselection(checks), points, tuple(c.reason for c in met), most)


def _finish(
    client: ClientFacts, workplace: WorkplaceFacts, part: RequirementsPart, ceiling: int
) -> Suggestion:
    """Add the points that depend on both sides (place, hours, employer, wishes); the score
    is the share of the ``ceiling``, the most this workplace can give."""
    result, points, met_reasons, _most = part
    reasons = list(met_reasons)
    if client.city and workplace.city and client.city.casefold() == workplace.city.casefold():
        points += SAME_CITY
        reasons.append(f"Woont in {client.city}, waar de werkplek is.")
    hours, wanted = client.hours_available, workplace.hours_per_week
    if hours is not None and wanted is not None and abs(hours - wanted) <= 4:
        points += HOURS_FIT
        reasons.append(f"Uren passen: {hours} beschikbaar, {wanted} per week.")
    if workplace.experienced_employer:
        points += EXPERIENCED_EMPLOYER
        reasons.append(f"{workplace.employer_name} heeft ervaring met de doelgroep.")
    if client.wishes and _mentions(client.wishes, workplace.title):
        points += WISH_MENTIONS_WORK
        reasons.append(f"Wens past bij {workplace.title.lower()}.")
    score = 0 if points == 0 else min(100, max(1, round(100 * points / ceiling)))
    return Suggestion(client, workplace, score, tuple(reasons), result)


def _ceiling(workplace: WorkplaceFacts, requirement_points: int) -> int:
    """The most points this workplace can give: its requirements, and place, hours,
    experience and wishes where it says something they can be checked against."""
    most = requirement_points
    most += SAME_CITY if workplace.city else 0
    most += HOURS_FIT if workplace.hours_per_week is not None else 0
    most += EXPERIENCED_EMPLOYER if workplace.experienced_employer else 0
    most += WISH_MENTIONS_WORK if _title_words(workplace.title) else 0
    return most


def _mentions(wishes: str, title: str) -> bool:
    text = wishes.casefold()
    return any(w in text for w in _title_words(title))


@lru_cache(maxsize=8192)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in title.casefold().split() if len(w) > 4)


def rank_clients(workplace: WorkplaceFacts, clients: Iterable[ClientFacts]) -> list[Suggestion]:
    scorer = _Scorer(workplace)
    return sorted((scorer(c) for c in clients), key=lambda s: s.sort_key)


def rank_workplaces(client: ClientFacts, workplaces: Iterable[WorkplaceFacts]) -> list[Suggestion]:
    # For one client, the requirement part depends only on the requirements, and many
    # workplaces ask the same: it is worked out once per set, from the client's check of
    # each requirement, made once per requirement. Sets and requirements are told apart by
    # identity, which is cheap (``workplace_facts`` shares one object between equal ones;
    # an unshared equal one is merely worked out twice). Each suggestion keeps its
    # workplace, so nothing is freed, and no id reused, while this runs.
    parts: dict[int, RequirementsPart] = {}
    checked: dict[int, RequirementCheck] = {}

    def check(requirement: Requirement) -> RequirementCheck:
        found = checked.get(id(requirement))
        if found is None:
            found = checked[id(requirement)] = check_requirement(client, requirement)
        return found

    suggestions = []
    for workplace in workplaces:
        part = parts.get(id(workplace.requirements))
        if part is None:
            ordered = ordered_requirements(workplace.requirements)
            most = sum(HARD_MET if r.is_hard else WISH_MET for r in ordered)
            part = _part(tuple(check(r) for r in ordered), most)
            parts[id(workplace.requirements)] = part
        suggestions.append(_finish(client, workplace, part, _ceiling(workplace, part[3])))
    return sorted(
        suggestions,
        key=lambda s: (not s.preselection.passes, -s.score, s.workplace.title, s.workplace.id),
    )
