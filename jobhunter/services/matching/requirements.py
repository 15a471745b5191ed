"""Pre-selection: does a client meet a workplace's requirements, as far as the file tells?

Each requirement comes out met, not met or unknown. Unknown is honest: the file does not
say (no driving licence recorded either way), and the jobhunter must ask before proposing.
A failed hard requirement is never hidden: a bad match costs the employer's goodwill.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from jobhunter.models.enums import DutchLevel, Phase, RequirementKind


class Check(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """What the client file says that requirements can be checked against."""

    id: uuid.UUID
    name: str
    driving_licence: bool | None = None
    dutch_level: DutchLevel | None = None
    hours_available: int | None = None
    #: certificates and diplomas known from documents and skills, lower case
    certificates: frozenset[str] = field(default_factory=frozenset)
    city: str | None = None
    wishes: str | None = None
    #: where the client is in the trajectory (a closed one is not suggested)
    phase: Phase | None = None


@dataclass(frozen=True, slots=True)
class Requirement:
    kind: RequirementKind
    value: str | None
    is_hard: bool


@dataclass(frozen=True, slots=True)
class RequirementCheck:
    requirement: Requirement
    check: Check
    reason: str  # Dutch, one line, for the screen and the briefing


@dataclass(frozen=True, slots=True)
class Preselection:
    checks: tuple[RequirementCheck, ...]

    @property
    def failed_hard(self) -> tuple[RequirementCheck, ...]:
        return tuple(c for c in self.checks if c.requirement.is_hard and c.check is Check.NOT_MET)

    @property
    def unknown_hard(self) -> tuple[RequirementCheck, ...]:
        return tuple(c for c in self.checks if c.requirement.is_hard and c.check is Check.UNKNOWN)

    @property
    def passes(self) -> bool:
        """No hard requirement is known to fail (unknown ones still need asking)."""
        return not any(c.requirement.is_hard and c.check is Check.NOT_MET for c in self.checks)


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def check_requirement(client: ClientFacts, requirement: Requirement) -> RequirementCheck:
    return check_fact(requirement, relevant_fact(client, requirement.kind))


def relevant_fact(client: ClientFacts, kind: RequirementKind) -> object:
    """The one fact of the file a requirement of this kind depends on."""
    if kind is RequirementKind.DRIVING_LICENCE:
        return client.driving_licence
    if kind is RequirementKind.DUTCH_LEVEL:
        return client.dutch_level
    if kind is RequirementKind.HOURS:
        return client.hours_available
    if kind is RequirementKind.CERTIFICATE:
        return client.certificates
    return None


@lru_cache(maxsize=16_384)
def check_fact(requirement: Requirement, fact: Any) -> RequirementCheck:
    """The check of one requirement against the one fact it depends on.

    Cached: ranking thousands of clients asks the same few questions over and over, and
    the answer (an immutable value) only depends on the requirement and that fact.
    """
    kind, value = requirement.kind, (requirement.value or "").strip()

    def result(check: Check, reason: str) -> RequirementCheck:
        return RequirementCheck(requirement, check, reason)

    if kind is RequirementKind.DRIVING_LICENCE:
        if fact is None:
            return result(Check.UNKNOWN, "Onbekend of de cliënt een rijbewijs heeft.")
        if fact:
            return result(Check.MET, f"Heeft rijbewijs {value or 'B'}.")
        return result(Check.NOT_MET, "Heeft geen rijbewijs.")
    if kind is RequirementKind.DUTCH_LEVEL:
        try:
            needed = DutchLevel(value.upper())
        except ValueError:
            return result(Check.UNKNOWN, f"Taaleis '{value}' is geen niveau (A1 t/m C2).")
        if fact is None:
            return result(Check.UNKNOWN, f"Taalniveau onbekend; {needed.value} gevraagd.")
        level = DutchLevel(fact)
        reason = f"Nederlands {level.value}, {needed.value} gevraagd."
        return result(Check.MET if level.rank >= needed.rank else Check.NOT_MET, reason)
    if kind is RequirementKind.HOURS:
        try:
            needed_hours = int(value)
        except ValueError:
            return result(Check.UNKNOWN, f"Ureneis '{value}' is geen aantal.")
        if fact is None:
            return result(Check.UNKNOWN, f"Beschikbare uren onbekend; {needed_hours} gevraagd.")
        reason = f"Beschikbaar {fact} uur, {needed_hours} gevraagd."
        return result(Check.MET if fact >= needed_hours else Check.NOT_MET, reason)
    if kind is RequirementKind.CERTIFICATE:
        wanted = _normalise(value)
        if wanted and any(wanted in _normalise(c) for c in fact):
            return result(Check.MET, f"Heeft {value}.")
        return result(
            Check.UNKNOWN, f"Niet bekend of de cliënt {value or 'het certificaat'} heeft."
        )
    return result(Check.UNKNOWN, f"Vraag na: {value or 'overige eis'}.")


def preselect(client: ClientFacts, requirements: Iterable[Requirement]) -> Preselection:
    """Check every requirement; hard ones first, in a stable order."""
    return Preselection(
        tuple(
            check_fact(r, relevant_fact(client, r.kind))
            for r in ordered_requirements(tuple(requirements))
        )
    )


@lru_cache(maxsize=4096)
def ordered_requirements(requirements: tuple[Requirement, ...]) -> tuple[Requirement, ...]:
    return tuple(sorted(requirements, key=lambda r: (not r.is_hard, r.kind.value, r.value or "")))
