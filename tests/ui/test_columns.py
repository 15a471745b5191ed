"""Fitting a list's columns to its width: names stay whole, long texts give way, and a list
with too many columns for the room scrolls sideways instead of turning into stubs."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from jobhunter.ui.columns import KEPT_MIN_WIDTH, MIN_FITTED_WIDTH, fit_widths
from jobhunter.ui.record_model import RecordListModel
from jobhunter.ui.record_tab import RecordTab
from jobhunter.ui.table_model import Column


def test_the_name_stays_whole_and_the_widest_columns_give_way() -> None:
    # client, employer, workplace, stage, days, next step in 760 px
    widths = [150, 230, 190, 185, 130, 160]
    headers = [60, 80, 80, 70, 125, 100]
    fitted = fit_widths(widths, 760, headers)
    assert fitted[0] == 150  # the client's name
    assert sum(fitted) <= 760
    assert fitted[4] == 125  # a number column keeps its header readable
    assert fitted[1] < 230 and fitted[2] < 190  # the long names are the ones cut


def test_a_table_that_fits_is_left_alone() -> None:
    assert fit_widths([100, 120], 400, [50, 50]) == [100, 120]


def test_too_many_columns_for_the_room_scroll_instead() -> None:
    widths = [140, 190, 120, 180, 160, 110, 110]
    assert fit_widths(widths, 545, [50] * 7) == widths


def test_one_very_long_name_gives_way_before_the_list_scrolls() -> None:
    # an employer list beside the file: "Thuiszorg Ouderenzorg Zuid Rijnmond" is 276 wide
    widths = [276, 300, 100, 120]
    fitted = fit_widths(widths, 560, [60, 80, 90, 110])
    assert sum(fitted) <= 560
    assert KEPT_MIN_WIDTH <= fitted[0] < 276
    assert fitted[2] == 100 and fitted[3] >= 110  # short columns whole, headers readable
    assert fitted[1] >= MIN_FITTED_WIDTH


@given(
    columns=st.lists(st.tuples(st.integers(20, 400), st.integers(20, 200)), min_size=1, max_size=9),
    available=st.integers(100, 1600),
)
def test_fitting_never_widens_and_either_fits_or_changes_nothing(
    columns: list[tuple[int, int]], available: int
) -> None:
    widths = [w for w, _ in columns]
    minimums = [m for _, m in columns]
    fitted = fit_widths(widths, available, minimums)
    assert len(fitted) == len(widths)
    assert all(f <= w for f, w in zip(fitted, widths, strict=True))
    # the name stays whole, or gives way no further than its floor
    assert fitted[0] == widths[0] or fitted[0] >= min(widths[0], KEPT_MIN_WIDTH)
    if fitted != widths:
        assert sum(fitted) <= available
        # a cut column is cut no narrower than the fitting floor or its header
        assert all(
            f == w or f >= min(w, max(MIN_FITTED_WIDTH, m))
            for f, w, m in zip(fitted, widths, minimums, strict=True)
        )


def test_a_list_shown_for_the_first_time_fits_its_width(qtbot) -> None:
    rows = [
        (uuid.uuid4(), "Naïma El Amrani", "Schoonmaakbedrijf Boukhari B.V." * 2, "Proefplaatsing")
        for _ in range(3)
    ]
    columns: list[Column[tuple]] = [
        Column("Client", lambda r: r[1]),
        Column("Employer", lambda r: r[2]),
        Column("Stage", lambda r: r[3]),
    ]
    model = RecordListModel(columns, lambda r: r[0], keys=lambda _ids: rows)
    tab = RecordTab(model, placeholder="")
    qtbot.addWidget(tab)
    tab.resize(520, 300)
    tab.reload()
    header = tab.view.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(3)) > tab.view.viewport().width()
    tab.show()
    qtbot.waitUntil(lambda: not tab._fit_pending)
    widths = [header.sectionSize(c) for c in range(3)]
    assert sum(widths) <= tab.view.viewport().width()  # no scrolling sideways
    assert widths[0] >= tab.view.fontMetrics().horizontalAdvance("Naïma El Amrani")
    # the user's own width is theirs: a reload does not fit again
    header.resizeSection(1, 400)
    tab.reload()
    assert header.sectionSize(1) == 400
