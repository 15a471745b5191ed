"""The record list's model: every record's key in memory, a full row read only when shown;
filtering and sorting over the keys; narrow updates; the Qt model contract kept throughout."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QTableView

from jobhunter.ui.record_model import PAGE, RecordListModel, needs_rows
from jobhunter.ui.table_model import ID_ROLE, Column, fold


class Key(NamedTuple):
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Row:
    id: uuid.UUID
    name: str
    days: int  # from "other records": only the full row has it


class FakeStore:
    """Keys and rows by id, remembering what was asked for."""

    def __init__(self, people: list[tuple[str, int]]) -> None:
        self.people = {uuid.uuid4(): person for person in people}
        self.key_reads: list[set[uuid.UUID] | None] = []
        self.row_reads: list[set[uuid.UUID] | None] = []

    def keys(self, ids: Collection[uuid.UUID] | None) -> list[Key]:
        self.key_reads.append(None if ids is None else set(ids))
        chosen = self.people if ids is None else [i for i in ids if i in self.people]
        return [Key(i, self.people[i][0]) for i in chosen]

    def rows(self, ids: Collection[uuid.UUID] | None) -> list[Row]:
        self.row_reads.append(None if ids is None else set(ids))
        chosen = self.people if ids is None else [i for i in ids if i in self.people]
        return [Row(i, *self.people[i]) for i in chosen]

    def id_of(self, name: str) -> uuid.UUID:
        return next(i for i, (n, _d) in self.people.items() if n == name)

    def rows_read(self) -> int:
        return sum(len(ids) if ids is not None else 10**9 for ids in self.row_reads)


COLUMNS: list[Column[Row]] = [
    Column("Name", lambda r: r.name, keyed=True),
    Column("Days", lambda r: str(r.days), sort=lambda r: r.days),
]


def make(store: FakeStore) -> RecordListModel[Key, Row]:
    model: RecordListModel[Key, Row] = RecordListModel(
        COLUMNS, lambda r: r.id, keys=store.keys, rows=store.rows
    )
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def names(model: RecordListModel[Key, Row]) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def small() -> FakeStore:
    return FakeStore([("Zoë Özdemir", 3), ("Bram de Vries", 1), ("Ahmed Bakkali", 7)])


def test_a_large_list_reads_only_the_rows_it_shows(qtbot) -> None:
    # Given 2,000 records
    store = FakeStore([(f"Cliënt {n:04d}", n % 90) for n in range(2000)])
    model = make(store)
    # When the list loads, sorted by name, and a view shows its first rows
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.load()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: store.row_reads != [])  # painted
    # Then every key was read once, and only a page of full rows
    assert store.key_reads == [None]
    assert model.rowCount() == model.total() == 2000
    assert 0 < store.rows_read() <= PAGE
    assert model.index(0, 1).data() == "0"
    # and scrolling to the end reads the rows there, not the ones between
    view.scrollToBottom()
    assert model.index(1999, 0).data() == "Cliënt 1999"
    assert store.rows_read() <= 2 * PAGE


def test_sorting_by_a_keyed_column_reads_no_rows_and_another_reads_them_once(small) -> None:
    model = make(small)
    model.load()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zoë Özdemir", "Bram de Vries", "Ahmed Bakkali"]
    assert None not in small.row_reads  # (what is shown is read: never every row)
    # sorting by days (only the full row knows them) reads every row once, numerically
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Bram de Vries", "Zoë Özdemir", "Ahmed Bakkali"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Ahmed Bakkali", "Zoë Özdemir", "Bram de Vries"]
    assert small.row_reads.count(None) == 1


def test_the_filter_ignores_accents_and_case_and_reads_no_rows(small) -> None:
    model = make(small)
    model.load()
    model.set_text("OZDEM")
    assert names(model) == ["Zoë Özdemir"]
    model.set_text("de vr")
    assert names(model) == ["Bram de Vries"]
    model.set_text("")
    assert model.rowCount() == 3
    assert None not in small.row_reads


def test_a_choice_on_full_rows_reads_them_and_a_choice_on_keys_does_not(small) -> None:
    model = make(small)
    model.load()
    model.set_predicate(lambda key: key.name.startswith("B"))
    assert names(model) == ["Bram de Vries"]
    assert None not in small.row_reads
    model.set_predicate(needs_rows(lambda row: row.days > 2))
    assert sorted(names(model)) == ["Ahmed Bakkali", "Zoë Özdemir"]
    assert small.row_reads.count(None) == 1


def test_updates_read_only_the_records_that_changed(small) -> None:
    model = make(small)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.load()
    assert names(model) == ["Bram de Vries", "Zoë Özdemir", "Ahmed Bakkali"]
    small.key_reads.clear()
    small.row_reads.clear()
    bram, ahmed = small.id_of("Bram de Vries"), small.id_of("Ahmed Bakkali")
    # When Bram's figures change, a new client comes and Ahmed's file is erased
    small.people[bram] = ("Bram de Vries", 9)
    nina = uuid.uuid4()
    small.people[nina] = ("Nina Jansen", 0)
    del small.people[ahmed]
    assert model.update_rows([bram, nina, ahmed])
    # Then exactly those were read, and the list shows them sorted again
    assert small.key_reads == [{bram, nina, ahmed}]
    assert small.row_reads[0] == {bram, nina}  # (and then what is shown, by the tester)
    assert None not in small.row_reads
    assert names(model) == ["Nina Jansen", "Zoë Özdemir", "Bram de Vries"]
    assert model.total() == 3 and not model.contains(ahmed)
    assert not model.update_rows([uuid.uuid4()])  # nothing of this list: nothing changes


def test_the_selection_stays_on_its_record_through_sorting_filtering_and_updates(
    qtbot, small
) -> None:
    model = make(small)
    model.load()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    zoe = small.id_of("Zoë Özdemir")
    view.selectRow(model.row_of(zoe))
    current = QPersistentModelIndex(model.index(model.row_of(zoe), 0))

    def selected() -> list[str]:
        return [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()]

    for change in (
        lambda: model.sort(0, Qt.SortOrder.DescendingOrder),
        lambda: model.set_text("o"),  # Zoë and Bram de Vries stay
        lambda: model.update_rows([small.id_of("Bram de Vries")]),
    ):
        change()
        assert selected() == [str(zoe)]
        assert current.data(ID_ROLE) == str(zoe)
    # a filter that hides her lets go of the selection (and of nothing else)
    model.set_text("bram")
    assert selected() == []
    assert not current.isValid()


def test_a_record_gone_before_its_row_was_read_shows_empty_until_the_update(small) -> None:
    model = make(small)
    model.load()
    gone = small.id_of("Ahmed Bakkali")
    del small.people[gone]
    row = model.row_of(gone)
    assert model.index(row, 1).data() == ""
    assert model.row_by_id(gone) is None
    model.update_rows([gone])
    assert model.row_of(gone) is None and model.total() == 2


def test_a_list_whose_keys_are_its_rows_reads_nothing_more(small) -> None:
    model: RecordListModel[Row, Row] = RecordListModel(COLUMNS, lambda r: r.id, keys=small.rows)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_text("ahmed")
    assert names(model) == ["Ahmed Bakkali"] and model.index(0, 1).data() == "7"
    assert small.row_reads == [None]  # the one read that gave the keys


NAMES = ["Zoë Özdemir", "Bram de Vries", "Ahmed Bakkali", "Bram Bos", "Ada de Bruin"]


@given(
    texts=st.lists(st.text(alphabet="abdeimorsz öÖ", max_size=6), min_size=1, max_size=8),
    predicate=st.sampled_from([None, "even"]),
)
@settings(deadline=None, max_examples=60)
def test_typing_and_erasing_shows_what_the_text_matches(
    texts: list[str], predicate: str | None
) -> None:
    # Given a list, filtered or not by a predicate on the key
    store = FakeStore([(name, n) for n, name in enumerate(NAMES)])
    model = make(store)
    model.load()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    even = {store.id_of(name) for name in NAMES[::2]}
    if predicate:
        model.set_predicate(lambda key: key.id in even)
    # When texts are typed one after the other (each a letter more, or anything else)
    typed = ""
    for text in texts:
        for step in (typed + text, text):  # a letter more, then the next text
            model.set_text(step)
            # Then the list shows exactly the records holding every word, in order
            words = fold(step).split()
            expected = sorted(
                name
                for name in NAMES
                if all(word in fold(name) for word in words)
                and (not predicate or store.id_of(name) in even)
            )
            assert names(model) == expected
        typed = text


def test_the_chosen_record_stays_chosen_while_the_text_narrows(qtbot, small) -> None:
    # Given a view with Bram chosen
    model = make(small)
    model.load()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    bram = model.row_of(small.id_of("Bram de Vries"))
    assert bram is not None
    view.setCurrentIndex(model.index(bram, 0))
    # When the filter narrows letter by letter to him, and then hides him
    for text in ("b", "br", "bra"):
        model.set_text(text)
        assert view.currentIndex().data() == "Bram de Vries"
    model.set_text("brax")
    # Then he stays chosen while shown, and nothing is chosen once he is hidden
    assert not view.currentIndex().isValid()
