"""Working days for the demo: counted from a Monday, so a range of days skips weekends."""

from __future__ import annotations

from datetime import date, timedelta

#: a Monday; weekdays are counted from here
EPOCH_MONDAY = date(2000, 1, 3)


def weekday_index(day: date, *, forward: bool) -> int:
    """Number of weekdays from EPOCH_MONDAY; a weekend day moves forward or back."""
    weeks, weekday = divmod((day - EPOCH_MONDAY).days, 7)
    if weekday >= 5:
        return (weeks + 1) * 5 if forward else weeks * 5 + 4
    return weeks * 5 + weekday


def weekday(index: int) -> date:
    weeks, day = divmod(index, 5)
    return EPOCH_MONDAY + timedelta(weeks=weeks, days=day)


def on_weekday(day: date, *, forward: bool) -> date:
    return weekday(weekday_index(day, forward=forward))
