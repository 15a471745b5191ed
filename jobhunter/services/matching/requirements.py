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

from jobhunter.models.enums import DutchLevel, RequirementKind


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
        return not self.failed_hard


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def check_requirement(client: ClientFacts, requirement: Requirement) -> RequirementCheck:
    kind, value = requirement.kind, (requirement.value or "").strip()

    def result(check: Check, reason: str) -> RequirementCheck:
        return RequirementCheck(requirement, check, reason)

    if kind is RequirementKind.DRIVING_LICENCE:
        if client.driving_licence is None:
            return result(Check.UNKNOWN, "Onbekend of de cliënt een rijbewijs heeft.")
        if client.driving_licence:
            return result(Check.MET, f"Heeft rijbewijs {value or 'B'}.".replace("  ", " "))
        return result(Check.NOT_MET, "Heeft geen rijbewijs.")
    if kind is RequirementKind.DUTCH_LEVEL:
        try:
            needed = DutchLevel(value.upper())
        except ValueError:
            return result(Check.UNKNOWN, f"Taaleis '{value}' is geen niveau (A1 t/m C2).")
        if client.dutch_level is None:
            return result(Check.UNKNOWN, f"Taalniveau onbekend; {needed.value} gevraagd.")
        if client.dutch_level.rank >= needed.rank:
            return result(
                Check.MET, f"Nederlands {client.dutch_level.value}, {needed.value} gevraagd."
            )
        return result(
            Check.NOT_MET, f"Nederlands {client.dutch_level.value}, {needed.value} gevraagd."
        )
    if kind is RequirementKind.HOURS:
        try:
            needed_hours = int(value)
        except ValueError:
            return result(Check.UNKNOWN, f"Ureneis '{value}' is geen aantal.")
        if client.hours_available is None:
            return result(Check.UNKNOWN, f"Beschikbare uren onbekend; {needed_hours} gevraagd.")
        if client.hours_available >= needed_hours:
            return result(
                Check.MET, f"Beschikbaar {client.hours_available} uur, {needed_hours} gevraagd."
            )
        return result(
            Check.NOT_MET, f"Beschikbaar {client.hours_available} uur, {needed_hours} gevraagd."
        )
    if kind is RequirementKind.CERTIFICATE:
        wanted = _normalise(value)
        if wanted and any(wanted in _normalise(c) for c in client.certificates):
            return result(Check.MET, f"Heeft {value}.")
        return result(
            Check.UNKNOWN, f"Niet bekend of de cliënt {value or 'het certificaat'} heeft."
        )
    return result(Check.UNKNOWN, f"Vraag na: {value or 'overige eis'}.")


def preselect(client: ClientFacts, requirements: Iterable[Requirement]) -> Preselection:
    """Check every requirement; hard ones first, in a stable order."""
    ordered = sorted(requirements, key=lambda r: (not r.is_hard, r.kind.value, r.value or ""))
    return Preselection(tuple(check_requirement(client, r) for r in ordered))
