"""The backup schedule as pure functions: what is kept, and when each backup rotates out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from jobhunter.services.backup_schedule import expires_on, keep
from jobhunter.services.clock import local_day

TODAY = date(2026, 3, 16)
_START = datetime(2024, 1, 1, tzinfo=UTC)
moments = st.lists(
    st.integers(min_value=0, max_value=(TODAY - _START.date()).days * 24).map(
        lambda hours: _START + timedelta(hours=hours)
    ),
    min_size=1,
    max_size=60,
    unique=True,
)


@given(moments)
def test_the_newest_is_always_kept(taken: list[datetime]) -> None:
    assert max(taken) in keep(taken, TODAY)


@given(moments)
def test_one_a_day_for_two_weeks(taken: list[datetime]) -> None:
    kept = keep(taken, TODAY)
    for day in {local_day(m) for m in taken if (TODAY - local_day(m)).days < 14}:
        that_day = [m for m in taken if local_day(m) == day]
        assert max(that_day) in kept
        assert [m for m in that_day if m in kept] == [max(that_day)]


@given(moments)
def test_one_a_week_for_two_months_and_one_a_month_for_a_year(taken: list[datetime]) -> None:
    kept = keep(taken, TODAY)
    for m in taken:
        day = local_day(m)
        week = [x for x in taken if local_day(x).isocalendar()[:2] == day.isocalendar()[:2]]
        month = [x for x in taken if local_day(x).strftime("%Y%m") == day.strftime("%Y%m")]
        if m == max(week) and day > TODAY - timedelta(days=59):
            assert m in kept
        if m == max(month) and day > date(TODAY.year - 1, TODAY.month, TODAY.day):
            assert m in kept
    # nothing older than a year but the newest
    year_ago = date(TODAY.year - 1, TODAY.month, TODAY.day)
    assert all(local_day(m) > year_ago or m == max(taken) for m in kept)


@settings(max_examples=60)
@given(moments)
def test_a_backup_stays_until_the_day_it_expires(taken: list[datetime]) -> None:
    """Without newer backups, the schedule keeps each backup exactly until its expiry day."""
    kept_now = keep(taken, TODAY)
    for m in taken:
        end = expires_on(m, taken, TODAY)
        if m not in kept_now:
            continue
        if end is None:  # kept for being the newest, whatever the day
            assert m == max(taken)
            continue
        assert end > TODAY
        assert m in keep(taken, end - timedelta(days=1))
        assert m not in keep(taken, end) or m == max(taken)


def test_expiry_of_a_backup_that_is_the_newest_of_its_month() -> None:
    # Given backups on the 1st, the 2nd and the 31st of January
    taken = [datetime(2026, 1, d, 12, tzinfo=UTC) for d in (1, 2, 31)]
    # Then the 31st stays a year, the 2nd (newest of its week) two months, the 1st two weeks
    assert expires_on(taken[2], taken, date(2026, 2, 1)) == date(2027, 1, 31)
    assert expires_on(taken[1], taken, date(2026, 2, 1)) == date(2026, 3, 2)
    assert expires_on(taken[0], taken, date(2026, 2, 1)) == date(2026, 1, 15)
