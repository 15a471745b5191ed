"""What belongs to a client, read from the schema's foreign keys.

A row belongs to a client when one of its *strong* foreign keys points at the client or at a
row that belongs to the client; a strong key is any key except a nullable one declared
``ondelete="SET NULL"``, which says "this row outlives the one it points at" (a contact
person named in a visit, a match an arrangement once supported). The walk reads the models'
metadata, so a table another branch adds is covered the day it is added: its rows are
erased, exported and pseudonymised with the client's without a line here.

Besides foreign keys a row can name a record by a bare UUID column (``audit_event.entity_id``):
:func:`soft_references` finds those columns, so erasure can treat them too.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Column, MetaData, Table, Uuid, or_, select
from sqlalchemy.orm import Session

from jobhunter.models import Base

CLIENT_TABLE = "client"


@dataclass(frozen=True)
class Link:
    """A foreign key of ``table`` (``column``) to ``parent``."""

    table: str
    column: str
    parent: str
    strong: bool


@dataclass(frozen=True)
class ClientGraph:
    """The tables that hold client-owned rows, parents before children, and their links."""

    #: owned tables (not the client table itself), each after every table it hangs from
    tables: tuple[str, ...]
    #: owned table -> its strong links to the client or to owned tables
    strong: dict[str, tuple[Link, ...]] = field(default_factory=dict)
    #: weak links (nullable, SET NULL) from any table to the client or an owned table
    weak: tuple[Link, ...] = ()


def is_strong(column: Column[object]) -> bool:
    fks = list(column.foreign_keys)
    ondelete = (fks[0].ondelete or "").upper() if fks else ""
    return not (column.nullable and ondelete == "SET NULL")


@cache
def client_graph(metadata: MetaData = Base.metadata) -> ClientGraph:
    links: list[Link] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            column = fk.parent
            links.append(Link(table.name, column.name, fk.column.table.name, is_strong(column)))
    owned: set[str] = set()
    changed = True
    while changed:  # the closure over strong links, from the client table outwards
        changed = False
        for link in links:
            hangs_from_client = link.parent == CLIENT_TABLE or link.parent in owned
            new = link.table not in owned and link.table != CLIENT_TABLE
            if link.strong and new and hangs_from_client:
                owned.add(link.table)
                changed = True
    strong: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        if link.strong and link.table in owned and link.parent in owned | {CLIENT_TABLE}:
            strong[link.table].append(link)
    order = _parents_first(owned, strong)
    weak = tuple(
        link for link in links if not link.strong and link.parent in owned | {CLIENT_TABLE}
    )
    return ClientGraph(order, {t: tuple(strong[t]) for t in order}, weak)


def _parents_first(owned: set[str], strong: dict[str, list[Link]]) -> tuple[str, ...]:
    order: list[str] = []
    placed = {CLIENT_TABLE}
    remaining = sorted(owned)
    while remaining:
        ready = [
            t for t in remaining
            if all(link.parent in placed or link.parent == t for link in strong[t])
        ]  # fmt: skip
        if not ready:  # a cycle among owned tables: keep the rest in name order
            ready = remaining
        order.extend(ready)
        placed.update(ready)
        remaining = [t for t in remaining if t not in placed]
    return tuple(order)


def owned_rows(
    session: Session, client_id: uuid.UUID, metadata: MetaData = Base.metadata
) -> dict[str, list[uuid.UUID]]:
    """The ids of every row that belongs to the client, per table (the client included),
    parents before children."""
    graph = client_graph(metadata)
    owned: dict[str, list[uuid.UUID]] = {CLIENT_TABLE: [client_id]}
    for name in graph.tables:
        table = metadata.tables[name]
        if "id" not in table.c:  # not a record: the client's delete cascades to it
            owned[name] = []
            continue
        conditions = [
            table.c[link.column].in_(owned[link.parent])
            for link in graph.strong[name]
            if owned.get(link.parent)
        ]
        if not conditions:
            owned[name] = []
            continue
        owned[name] = list(session.scalars(select(table.c.id).where(or_(*conditions))))
    return owned


def soft_references(metadata: MetaData = Base.metadata) -> list[tuple[Table, Column[object]]]:
    """UUID columns that name a record without a foreign key (``audit_event.entity_id``)."""
    found = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, Uuid) and not column.primary_key and not column.foreign_keys:
                found.append((table, column))
    return found


def owning_client(
    session: Session,
    entity: str,
    entity_id: uuid.UUID | None,
    metadata: MetaData = Base.metadata,
) -> uuid.UUID | None:
    """The client whose data the record ``entity``/``entity_id`` is, or None (an employer's
    record, an export, a record already gone)."""
    if entity_id is None:
        return None
    if entity == CLIENT_TABLE:
        return entity_id
    graph = client_graph(metadata)
    links = graph.strong.get(entity)
    if not links:
        return None
    table = metadata.tables[entity]
    row = session.execute(
        select(*(table.c[link.column] for link in links)).where(table.c.id == entity_id)
    ).first()
    if row is None:
        return None
    for link, parent_id in zip(links, row, strict=True):
        if parent_id is not None:
            found = owning_client(session, link.parent, parent_id, metadata)
            if found is not None:
                return found
    return None


def all_ids(owned: dict[str, list[uuid.UUID]]) -> set[uuid.UUID]:
    return {record_id for ids in owned.values() for record_id in ids}


def counts(owned: dict[str, Iterable[uuid.UUID]]) -> dict[str, int]:
    return {table: len(list(ids)) for table, ids in owned.items() if ids}
