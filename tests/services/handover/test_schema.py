"""What travels is read from the models: every table is carried or excluded with a reason,
every column type can travel, and values survive the trip exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobhunter.models import Base
from jobhunter.services.handover.schema import (
    EXCLUDED,
    all_tables,
    carried_tables,
    column_kinds,
    decode_value,
    encode_value,
    store_limit,
    uncovered_tables,
)


def test_every_table_is_carried_or_excluded_with_a_reason() -> None:
    """A new table must be decided on: does it travel with a client file or not?"""
    assert uncovered_tables() == [], (
        "add these tables to EXCLUDED in services/handover/schema.py with the reason, or give "
        "them an owning foreign key to a client or employer"
    )
    carried = {info.name for info in carried_tables()}
    assert not carried & set(EXCLUDED)
    assert all(reason.strip() for reason in EXCLUDED.values())
    assert {t.name for t in Base.metadata.sorted_tables} == carried | set(EXCLUDED)


def test_every_carried_table_is_a_record_with_a_uuid_and_timestamps() -> None:
    for info in carried_tables():
        names = {c.name for c in info.columns}
        assert {"id", "created_at", "updated_at"} <= names, info.name
        assert [c.name for c in info.table.primary_key.columns] == ["id"], info.name


def test_every_column_type_can_travel() -> None:
    for info in all_tables():
        kinds = column_kinds(info.name)  # raises UnsupportedColumnError for an unknown type
        assert set(kinds) == {c.name for c in info.columns}


def test_parents_come_before_children() -> None:
    order = [info.name for info in carried_tables()]
    for info in carried_tables():
        for fk in info.foreign_keys:
            if fk.target != info.name:
                assert order.index(fk.target) < order.index(info.name), (info.name, fk)


_COLUMNS = {
    (info.name, column.name): (column, column_kinds(info.name)[column.name])
    for info in carried_tables()
    for column in info.columns
}

#: any text the store can hold: no NUL and no surrogate half (input_limits refuses them)
_STORABLE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")

_VALUES = {
    "uuid": st.uuids(),
    "datetime": st.datetimes(
        min_value=datetime(1900, 1, 2), max_value=datetime(2199, 12, 30), timezones=st.just(UTC)
    ),
    "date": st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    "bool": st.booleans(),
    "int": st.integers(-(2**63), 2**63 - 1),
    "text": st.text(_STORABLE, max_size=200),
    "json": st.recursive(
        st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(_STORABLE, max_size=20),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.text(_STORABLE, max_size=5), inner, max_size=3)
        ),
        max_leaves=8,
    ),
}


@st.composite
def column_value(draw: st.DrawFn) -> tuple[object, str, object]:
    column, kind = draw(st.sampled_from(sorted(_COLUMNS.values(), key=lambda c: str(c[0]))))
    if kind == "enum":
        value = draw(st.sampled_from(column.type.enums))
        if column.type.enum_class is not None:
            value = column.type.enum_class(value)
    else:
        value = draw(_VALUES[kind])
        if kind == "text":
            value = value[: store_limit(column)]  # the store's limit for this column
    return column, kind, value


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(column_value())
def test_values_survive_encoding_and_decoding(case: tuple) -> None:
    column, kind, value = case
    encoded = encode_value(kind, value)
    assert decode_value(column, kind, encoded) == value


def test_the_handover_and_the_privacy_rules_agree_on_what_belongs_to_a_client() -> None:
    """One definition of "belongs to": what an erasure removes with a client is what a
    handover carries with her, now and for any table added later."""
    from sqlalchemy import Column, ForeignKey, MetaData, Table, Uuid

    from jobhunter.services.handover.closure import owned_by_client
    from jobhunter.services.handover.schema import table_info
    from jobhunter.services.privacy.ownership import client_graph, is_strong

    # every key of every table: the same answer to "does this row belong to that one?"
    for table in Base.metadata.sorted_tables:
        info = table_info(table)
        for fk in info.foreign_keys:
            assert fk.owning == is_strong(table.c[fk.column]), (table.name, fk.column)
    # and a kind of key no table has yet (nullable, nothing said about deleting)
    metadata = MetaData()
    Table("client", metadata, Column("id", Uuid, primary_key=True))
    note = Table(
        "note",
        metadata,
        Column("id", Uuid, primary_key=True),
        Column("client_id", Uuid, ForeignKey("client.id"), nullable=True),
    )
    (fk,) = table_info(note).foreign_keys
    assert fk.owning == is_strong(note.c.client_id)
    # the carried tables that belong to a client are the privacy rules' client tables
    carried = {info.name for info in carried_tables()}
    assert {name for name in carried if owned_by_client(name)} == set(
        client_graph().tables
    ) & carried
