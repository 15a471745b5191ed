"""Dutch words for printed documents: dates and times, and the vocabularies' names.

Printed documents are Dutch whatever the interface language (they go to Dutch employers and
candidates), so they do not go through Qt's translations. The names come from the one table
every document reads (``services.wording``), so a briefing says what the screen says.
"""

from __future__ import annotations

from datetime import date, datetime

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.wording import CHECK_NAMES, WORK_SKILL_NAMES, name, within_sentence

__all__ = [
    "CHECK_NAMES",
    "WORK_SKILL_NAMES",
    "join",
    "local_date",
    "local_time",
    "long_date",
    "long_moment",
    "name",
    "short_date",
    "within_sentence",
    "yes_no",
]

_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def short_date(day: date | None) -> str:
    """16-03-2026"""
    return day.strftime("%d-%m-%Y") if day else ""


def long_date(day: date) -> str:
    """maandag 16 maart 2026"""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def local_date(moment: datetime) -> date:
    """The Dutch calendar day of a moment."""
    return moment.astimezone(LOCAL_TZ).date()


def local_time(moment: datetime) -> str:
    """10:30, in Dutch local time."""
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M")


def long_moment(moment: datetime) -> str:
    """maandag 16 maart 2026 om 10:30, in Dutch local time."""
    local = moment.astimezone(LOCAL_TZ)
    return f"{long_date(local.date())} om {local.strftime('%H:%M')}"


def yes_no(value: bool | None, yes: str = "ja", no: str = "nee", unknown: str = "") -> str:
    return unknown if value is None else yes if value else no


def join(parts: list[str], last: str = " en ") -> str:
    """ "a", "a en b", "a, b en c"."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + last + parts[-1]
