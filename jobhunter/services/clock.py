"""Time as the services see it, so tests can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")


class Clock:
    """The real clock. ``today`` is the local (Dutch) date, not the UTC one."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return local_day(self.now())


@dataclass
class FixedClock(Clock):
    """A clock that stands still until moved; for tests and reproducible demo data."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def advance(self, delta: timedelta) -> None:
        self.at += delta


SYSTEM_CLOCK = Clock()


def local_day(moment: datetime) -> date:
    """The calendar day a moment falls on in the Netherlands."""
    return moment.astimezone(LOCAL_TZ).date()


def local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)


def days_between(earlier: datetime | None, later: datetime) -> int | None:
    """Whole local calendar days from ``earlier`` to ``later``; None when never."""
    if earlier is None:
        return None
    return (local_day(later) - local_day(earlier)).days
