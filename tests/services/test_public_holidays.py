"""The public-holiday rules against the maintained ``holidays`` package, year by year."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from dateutil.easter import easter

from jobhunter.services.public_holidays import public_holidays


@pytest.mark.parametrize("year", range(2014, 2101))
def test_the_closed_days_are_the_dutch_public_holidays_but_goede_vrijdag(year: int) -> None:
    reference = holidays.country_holidays("NL", years=year)
    good_friday = easter(year) - timedelta(days=2)
    assert set(public_holidays([year])) == set(reference) - {good_friday}


def test_koningsdag_on_a_sunday_is_kept_the_day_before() -> None:
    # 27 April 2025 was a Sunday
    assert public_holidays([2025])[date(2025, 4, 26)] == "Koningsdag"
    assert date(2025, 4, 27) not in public_holidays([2025])


def test_the_names_come_in_the_interface_language() -> None:
    dutch, english = public_holidays([2026], "nl"), public_holidays([2026], "en")
    assert dutch.keys() == english.keys()
    assert (dutch[date(2026, 12, 26)], english[date(2026, 12, 26)]) == (
        "Tweede kerstdag",
        "Boxing Day",
    )
    assert public_holidays([2026], "fr") == dutch  # an unknown language falls back to Dutch
