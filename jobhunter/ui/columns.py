"""Fitting a table's columns to the room it has, without cutting what identifies a row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView

#: fitting that would cut columns narrower than this leaves the table to scroll sideways
MIN_FITTED_WIDTH = 100
#: before that, a long name (the first column) gives way too, but never below this
KEPT_MIN_WIDTH = 180


def fit_widths(
    widths: Sequence[int], available: int, minimums: Sequence[int], keep: int = 1
) -> list[int]:
    """Narrow the widest columns just enough that all fit in ``available`` pixels.

    Columns after the first ``keep`` (what a row is: a name, a date) are capped at one common
    width, the largest cap that fits, so narrow columns (a stage, a number of days) keep their
    full text and the long ones give way. No column goes below its minimum (its header) or
    above its width. When that would cut columns below ``MIN_FITTED_WIDTH``, the first
    ``keep`` columns give way too (one very long name should not make a list scroll), down to
    ``KEPT_MIN_WIDTH``; when even that is not enough (too many columns for the room), the
    widths stay as they are and the table scrolls sideways.
    """
    widths = list(widths)
    if sum(widths) <= available:
        return widths
    kept, rest = widths[:keep], widths[keep:]
    floors = [min(w, m) for w, m in zip(rest, minimums[keep:], strict=True)]

    def capped(cap: int) -> list[int]:
        return [max(min(w, cap), floor) for w, floor in zip(rest, floors, strict=True)]

    def largest_cap(room: int) -> int:
        low, high = 0, max(rest, default=0)
        while low < high:  # the largest cap whose total still fits
            cap = (low + high + 1) // 2
            if sum(capped(cap)) <= room:
                low = cap
            else:
                high = cap - 1
        return low

    cap = largest_cap(available - sum(kept))
    if cap >= MIN_FITTED_WIDTH:
        return kept + capped(cap)
    # the kept columns give way, evenly, down to their floor, while the rest keep the fitting
    # floor (or their own, smaller width)
    room = available - sum(capped(MIN_FITTED_WIDTH))
    kept_floors = [min(w, max(KEPT_MIN_WIDTH, m)) for w, m in zip(kept, minimums, strict=False)]
    if not kept or room < sum(kept_floors):
        return widths
    low, high = 0, max(kept)
    while low < high:
        kept_cap = (low + high + 1) // 2
        if sum(max(min(w, kept_cap), f) for w, f in zip(kept, kept_floors, strict=True)) <= room:
            low = kept_cap
        else:
            high = kept_cap - 1
    narrowed = [max(min(w, low), f) for w, f in zip(kept, kept_floors, strict=True)]
    return narrowed + capped(largest_cap(available - sum(narrowed)))


def fit_columns(view: QTableView, keep: int = 1) -> None:
    """Narrow ``view``'s columns (sized to their contents) to its current width."""
    header = view.horizontalHeader()
    shown = [col for col in range(header.count()) if not header.isSectionHidden(col)]
    widths = [header.sectionSize(col) for col in shown]
    minimums = [header.sectionSizeFromContents(col).width() for col in shown]
    fitted = fit_widths(widths, view.viewport().width(), minimums, min(keep, len(shown)))
    for col, width in zip(shown, fitted, strict=True):
        header.resizeSection(col, width)
