"""Dutch public holidays: the days most workplaces are closed, so no check-in is planned.

The rules are few and fixed (Easter from ``dateutil.easter``, the rest by date), so they are
written out here instead of loading the ``holidays`` package: that package imports every
country's rules, which cost 0.1 s on first use and slowed the window's first paint in the
benchmark by about 0.15 s. The tests hold these rules against that package for every
year from 2014 (the first Koningsdag) to 2100, where the package ends.

Goede Vrijdag is left out: most workplaces are open, and the Algemene termijnenwet does not
count it. Bevrijdingsdag (5 mei) is a day off in lustrum years only, as in most collective
agreements.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from types import MappingProxyType

from dateutil.easter import easter

#: each holiday's name in the interface languages
NAMES: Mapping[str, Mapping[str, str]] = {
    "new_year": {"nl": "Nieuwjaarsdag", "en": "New Year's Day"},
    "easter": {"nl": "Eerste paasdag", "en": "Easter Sunday"},
    "easter_monday": {"nl": "Tweede paasdag", "en": "Easter Monday"},
    "kings_day": {"nl": "Koningsdag", "en": "King's Day"},
    "liberation_day": {"nl": "Bevrijdingsdag", "en": "Liberation Day"},
    "ascension": {"nl": "Hemelvaartsdag", "en": "Ascension Day"},
    "pentecost": {"nl": "Eerste pinksterdag", "en": "Whit Sunday"},
    "whit_monday": {"nl": "Tweede pinksterdag", "en": "Whit Monday"},
    "christmas": {"nl": "Eerste kerstdag", "en": "Christmas Day"},
    "boxing_day": {"nl": "Tweede kerstdag", "en": "Boxing Day"},
}


@functools.cache
def _holidays_in(year: int) -> Mapping[date, str]:
    """The year's holidays by day, as keys of ``NAMES``."""
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it is kept the day before
        kings_day -= timedelta(days=1)
    days = {
        date(year, 1, 1): "new_year",
        sunday: "easter",
        sunday + timedelta(days=1): "easter_monday",
        kings_day: "kings_day",
        sunday + timedelta(days=39): "ascension",
        sunday + timedelta(days=49): "pentecost",
        sunday + timedelta(days=50): "whit_monday",
        date(year, 12, 25): "christmas",
        date(year, 12, 26): "boxing_day",
    }
    if year % 5 == 0:
        days[date(year, 5, 5)] = "liberation_day"
    return MappingProxyType(days)


def public_holidays(years: Iterable[int], language: str = "nl") -> dict[date, str]:
    """The public holidays in those years by day, named in ``language`` ("nl" or "en")."""
    language = language if language in ("nl", "en") else "nl"
    return {
        day: NAMES[key][language] for year in set(years) for day, key in _holidays_in(year).items()
    }
