"""Which backups to keep: one a day for two weeks, one a week for two months, one a month for
a year, and always the newest.

Pure functions of the backups' moments and today's date, so the schedule is tested with a
fixed clock, and the backup listing can say when each backup rotates out (the privacy
pages tell from it how long an erased client lingers in old backups).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from dateutil.relativedelta import relativedelta

from jobhunter.services.clock import local_day


@dataclass(frozen=True)
class Tier:
    """Keep the newest backup of each ``period`` that began less than ``kept_for`` ago."""

    name: str
    period: Callable[[date], Hashable]
    kept_for: relativedelta


TIERS = (
    Tier("dag", lambda day: day, relativedelta(weeks=2)),
    Tier("week", lambda day: day.isocalendar()[:2], relativedelta(months=2)),
    Tier("maand", lambda day: (day.year, day.month), relativedelta(years=1)),
)


def keep(moments: Iterable[datetime], today: date) -> set[datetime]:
    """The moments (of backups) the schedule keeps today."""
    ordered = sorted(set(moments))
    kept = set(ordered[-1:])  # the newest, however old
    for tier in TIERS:
        since = today - tier.kept_for
        newest: dict[Hashable, datetime] = {}
        for moment in ordered:
            day = local_day(moment)
            if day > since:
                newest[tier.period(day)] = moment  # ascending: the last one wins
        kept |= set(newest.values())
    return kept


def expires_on(moment: datetime, moments: Iterable[datetime], today: date) -> date | None:
    """The day from which the schedule removes the backup of ``moment``, given the others:
    at the latest, since a newer backup in the same day, week or month takes its place.
    None for the newest backup when only being the newest keeps it (no newer one yet)."""
    others = list(moments)
    day = local_day(moment)
    ends: list[date] = []
    for tier in TIERS:
        period = tier.period(day)
        peers = [m for m in others if tier.period(local_day(m)) == period]
        if all(m <= moment for m in peers):
            ends.append(day + tier.kept_for)
    end = max(ends, default=None)
    newest = all(m <= moment for m in others)
    if newest and (end is None or end <= today):
        return None
    return end if end is not None else today
