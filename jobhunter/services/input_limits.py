"""Bounded input: every text, date and time is checked once more just before it is stored.

The services check each field's own rules (``validation``); this is the net under all of
them, for every column of every model, including columns added later: a text longer than
its limit, a text with a character that cannot be stored (a lone surrogate half, a NUL),
or a date outside 1900–2200 is refused with a Dutch :class:`ValidationError` that names the
field, before SQLite sees it. The CLI and the window therefore share it, and a bad value
never turns into an encoding error or an export that fails for ever after.

Limits come from the column (``String(n)``), from :data:`LIMITS` by column name, or from
the kind of column: a short text (a name, a city) or a long one (notes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Enum, String, Text, inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction
from sqlalchemy.types import TypeDecorator, TypeEngine

from jobhunter.services.errors import ValidationError

EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)
SHORT_TEXT = 500
LONG_TEXT = 50_000
#: a JSON value (a checklist, the Werkverkenner factors) as a whole
JSON_TEXT = 200_000

#: column name -> the most characters it takes (where the kind's limit is too generous)
LIMITS: dict[str, int] = {
    "first_name": 100,
    "last_name": 100,
    "name": 200,
    "previous_name": 200,
    "new_name": 200,
    "email": 254,
    "phone": 32,
    "postcode": 7,
    "city": 100,
    "website": 300,
    "role": 200,
    "title": 200,
    "original_name": 255,
    "languages": 300,
    "education": 300,
}

#: column name -> how the field is called in a message
LABELS: dict[str, str] = {
    "action": "Handeling",
    "actor": "Gebruiker",
    "added_on": "Datum van toevoegen",
    "address": "Adres",
    "at": "Tijdstip",
    "approach": "Aanpak (bejegening)",
    "barriers": "Belemmeringen",
    "body": "Tekst",
    "candidate_prep": "Voorbereiding van de kandidaat",
    "categories": "Gedeelde categorieën",
    "changed_at": "Tijdstip van de wijziging",
    "changed_on": "Datum van de wijziging",
    "city": "Plaats",
    "collective_arrangements": "Collectieve afspraken",
    "commitment_notes": "Notities over commitment",
    "contract_form": "Contractvorm",
    "culture": "Cultuur",
    "debrief_candidate": "Nabespreking met de kandidaat",
    "debrief_employer": "Nabespreking met de werkgever",
    "debrief_on": "Datum van de nabespreking",
    "decided_on": "Datum van het besluit",
    "description": "Beschrijving",
    "detail": "Detail",
    "discussed": "Wat er besproken is",
    "education": "Opleiding",
    "email": "E-mailadres",
    "employer_prebrief": "Voorbespreking met de werkgever",
    "end_date": "Einddatum",
    "ended_reason": "Reden van beëindiging",
    "entity": "Soort gegeven",
    "ends_at": "Einde",
    "ends_on": "Einddatum",
    "evaluation": "Evaluatie",
    "first_name": "Voornaam",
    "follow_up_on": "Opvolgdatum",
    "given_on": "Datum van toestemming",
    "goal": "Doel",
    "interview_at": "Tijdstip van het gesprek",
    "jobcarving": "Jobcarving",
    "key": "Instelling",
    "languages": "Talen",
    "last_name": "Achternaam",
    "location": "Plaats van de afspraak",
    "motivation": "Motivatie",
    "motives": "Motieven",
    "name": "Naam",
    "new_name": "Nieuwe naam",
    "next_action": "Volgende actie",
    "next_action_on": "Datum van de volgende actie",
    "next_step": "Volgende stap",
    "note": "Notitie",
    "notes": "Notities",
    "occurred_at": "Tijdstip van het contact",
    "original_name": "Bestandsnaam",
    "outcome_reason": "Reden",
    "override_reason": "Reden",
    "phase_since": "Datum van de fase",
    "phone": "Telefoonnummer",
    "placement_end": "Einde van de plaatsing",
    "placement_start": "Begin van de plaatsing",
    "postcode": "Postcode",
    "previous_name": "Vorige naam",
    "provider": "Aanbieder",
    "raised_on": "Datum van melden",
    "reason": "Reden",
    "recorded_on": "Datum van vastleggen",
    "reflection": "Reflectie",
    "relationship_notes": "Notities over de relatie",
    "role": "Functie",
    "scope": "Reikwijdte",
    "set_on": "Datum van het leerdoel",
    "skills": "Vaardigheden",
    "solution": "Oplossing",
    "solved_on": "Datum van oplossen",
    "staff_composition": "Samenstelling van het personeel",
    "stage_since": "Datum van de fase",
    "stored_path": "Opslagplaats van het bestand",
    "start_date": "Begindatum",
    "starts_at": "Begin",
    "starts_on": "Begindatum",
    "summary": "Samenvatting",
    "target_group_experience": "Ervaring met de doelgroep",
    "tasks": "Taken",
    "text": "Tekst",
    "title": "Titel",
    "unemployed_since": "Datum werkloos sinds",
    "until": "Bewaren tot",
    "value": "Waarde",
    "visited_on": "Datum van het bezoek",
    "website": "Website",
    "werkverkenner_date": "Datum van de Werkverkenner",
    "werkverkenner_factors": "Werkverkenner-factoren",
    "wishes": "Wensen",
    "withdrawn_on": "Datum van intrekken",
    "withdrawn_reason": "Reden van intrekken",
    "work_experience": "Werkervaring",
    "work_skills": "Werknemersvaardigheden",
    "working_conditions": "Arbeidsomstandigheden",
    "workplace_notes": "Notities over de werkplek",
    "written_on": "Datum",
}

_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")
_RULES: dict[Mapper[Any], list[_Rule]] = {}


@dataclass(frozen=True, slots=True)
class _Rule:
    key: str
    kind: str  # "text", "date", "datetime" or "json"
    limit: int


def label(key: str) -> str:
    return LABELS.get(key, f"Veld '{key}'")


def _base_type(type_: TypeEngine[Any]) -> TypeEngine[Any]:
    while isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    return type_


def rules_for(mapper: Mapper[Any]) -> list[_Rule]:
    """The checks for one model's columns (cached on the mapper)."""
    cached = _RULES.get(mapper)
    if cached is not None:
        return cached
    rules: list[_Rule] = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        type_ = _base_type(column.type)
        if isinstance(type_, Enum):
            continue  # checked against its vocabulary by SQLAlchemy
        if isinstance(type_, String):
            kind_limit = LONG_TEXT if isinstance(type_, Text) else SHORT_TEXT
            limit = type_.length or LIMITS.get(attr.key, kind_limit)
            rules.append(_Rule(attr.key, "text", limit))
        elif isinstance(type_, DateTime):
            rules.append(_Rule(attr.key, "datetime", 0))
        elif isinstance(type_, Date):
            rules.append(_Rule(attr.key, "date", 0))
        elif isinstance(type_, JSON):
            rules.append(_Rule(attr.key, "json", JSON_TEXT))
    _RULES[mapper] = rules
    return rules


def check_value(rule: _Rule, value: Any) -> None:
    """Raise :class:`ValidationError` (naming the field) when ``value`` breaks ``rule``."""
    if value is None:
        return
    if rule.kind == "text" and isinstance(value, str):
        check_text(value, rule.key, rule.limit)
    elif rule.kind in ("date", "datetime") and isinstance(value, date | datetime):
        check_date(value, rule.key)
    elif rule.kind == "json":
        total = 0
        for text in _strings(value):
            check_text(text, rule.key, LONG_TEXT)
            total += len(text)
        if total > rule.limit:
            raise ValidationError(f"{label(rule.key)}: te lang.", rule.key)


def check_text(value: str, field: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(
            f"{label(field)}: te lang ({_number(len(value))} tekens; hoogstens {_number(limit)}).",
            field,
        )
    if _BAD_CHARACTER.search(value):
        raise ValidationError(
            f"{label(field)}: een teken dat niet bewaard kan worden; "
            "typ de tekst opnieuw in plaats van hem te plakken.",
            field,
        )


def check_date(value: date | datetime, field: str, name: str | None = None) -> None:
    if not EARLIEST.year <= value.year <= LATEST.year:
        raise ValidationError(
            f"{name or label(field)}: alleen een jaar van {EARLIEST.year} tot en met {LATEST.year} "
            f"(niet {value.year}).",
            field,
        )


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def check_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """``before_flush``: check what is about to be written, new rows whole and changed rows
    only in their changed fields (an old value elsewhere in the row is not held against
    an unrelated edit)."""
    for obj in session.new:
        state = inspect(obj)
        for rule in rules_for(state.mapper):
            check_value(rule, state.dict.get(rule.key))
    for obj in session.dirty:
        state = inspect(obj)
        for rule in rules_for(state.mapper):
            history = state.attrs[rule.key].history
            for value in history.added or ():
                check_value(rule, value)
