"""A list takes in the rows that changed: in place, added or removed, the rest untouched,
sorted and filtered again, and the Qt model contract kept throughout."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester

from jobhunter.ui.table_model import ID_ROLE, Column, FoldingFilterProxy, RowStyle, RowTableModel


@dataclass(frozen=True)
class Row:
    id: uuid.UUID
    name: str
    days: int


def model_with(rows: list[Row]) -> tuple[RowTableModel[Row], FoldingFilterProxy]:
    columns = [
        Column("Name", lambda r: r.name),
        Column("Days", lambda r: str(r.days), sort=lambda r: r.days),
    ]
    model: RowTableModel[Row] = RowTableModel(columns, row_id=lambda r: r.id)
    model.set_rows(rows)
    proxy = FoldingFilterProxy()
    proxy.setSourceModel(model)
    for tested in (model, proxy):
        QAbstractItemModelTester(tested, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model, proxy


def names(proxy: FoldingFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_changed_new_and_gone_rows_are_taken_in_without_a_reset() -> None:
    ahmed, bram, zoe = (Row(uuid.uuid4(), n, d) for n, d in (("Ahmed", 3), ("Bram", 1), ("Zoë", 2)))
    model, proxy = model_with([ahmed, bram, zoe])
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    assert names(proxy) == ["Bram", "Zoë", "Ahmed"]
    # When Zoë's row changed, a new client came and Ahmed's file was removed
    newcomer = Row(uuid.uuid4(), "Nina", 0)
    changed = model.update_rows(
        [zoe.id, newcomer.id, ahmed.id], [Row(zoe.id, "Zoë Özdemir", 9), newcomer]
    )
    proxy.resort()
    # Then the list shows exactly that, in the chosen order, without having been reset
    assert changed and resets == []
    assert names(proxy) == ["Nina", "Bram", "Zoë Özdemir"]
    assert model.row_by_id(ahmed.id) is None
    assert proxy.index(2, 0).data(ID_ROLE) == str(zoe.id)


def test_nothing_to_take_in_changes_nothing() -> None:
    row = Row(uuid.uuid4(), "Bram", 1)
    model, _proxy = model_with([row])
    assert not model.update_rows([uuid.uuid4()], [])


def test_a_row_that_no_longer_matches_the_filter_leaves_the_view() -> None:
    bram = Row(uuid.uuid4(), "Bram", 1)
    model, proxy = model_with([bram, Row(uuid.uuid4(), "Zoë", 2)])
    proxy.set_text("bram")
    assert names(proxy) == ["Bram"]
    model.update_rows([bram.id], [Row(bram.id, "Abraham", 1)])
    proxy.refilter()
    assert names(proxy) == []


def test_a_row_is_styled_when_first_shown_and_keeps_its_style_through_sorting() -> None:
    styled: list[str] = []

    def overdue(row: Row) -> RowStyle | None:
        styled.append(row.name)
        return RowStyle(foreground=QColor("#a4262c")) if row.days > 10 else None

    columns = [
        Column("Name", lambda r: r.name),
        Column("Days", lambda r: str(r.days), sort=lambda r: r.days),
    ]
    model: RowTableModel[Row] = RowTableModel(columns, row_id=lambda r: r.id, row_style=overdue)
    ann, bob, cas = (
        Row(uuid.uuid4(), name, days) for name, days in (("Ann", 3), ("Bob", 30), ("Cas", 12))
    )
    model.set_rows([ann, bob, cas])

    def red(position: int) -> bool:
        return model.index(position, 0).data(Qt.ItemDataRole.ForegroundRole) is not None

    assert not red(0) and styled == ["Ann"]  # only the row asked for
    model.sort(1, Qt.SortOrder.DescendingOrder)  # Bob, Cas, Ann
    assert [model.index(r, 0).data() for r in range(3)] == ["Bob", "Cas", "Ann"]
    assert [red(r) for r in range(3)] == [True, True, False]
    assert sorted(styled) == ["Ann", "Bob", "Cas"]  # Ann's style kept, not worked out again
    model.update_rows([bob.id], [Row(bob.id, "Bob", 2)])
    assert not red(0)  # a changed row is styled anew
