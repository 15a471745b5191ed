"""What "these clients with everything attached" means, computed from the foreign keys.

Starting from the chosen clients, a record travels when every record it belongs to travels
(its owning keys: the ones that cascade or cannot be empty). Employers are pulled in when a
carried record belongs to or points at them ("the employers they touch"), and then their own
records follow: contact persons, workplaces and requirements, visits, arrangements, their
contact log. Other clients are never pulled in: a match of another client at the same
employer stays home, because that client is not being handed over.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jobhunter.services.handover.schema import (
    NETWORK_ROOT,
    SUBJECT_ROOT,
    TableInfo,
    among,
    carried_tables,
    table_by_name,
)

Row = dict[str, Any]


@dataclass
class Closure:
    """The records a packet carries, by table and id, in dependency order of the tables."""

    rows: dict[str, dict[uuid.UUID, Row]] = field(default_factory=dict)
    #: references to records that stay home, emptied in the packet: (table, id, column)
    dropped_references: list[tuple[str, uuid.UUID, str]] = field(default_factory=list)

    def ids(self, table: str) -> set[uuid.UUID]:
        return set(self.rows.get(table, {}))

    def count(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items() if rows}


def _fetch(session: Session, info: TableInfo, where: Any) -> list[Row]:
    return [dict(r._mapping) for r in session.execute(select(info.table).where(where))]


def _fetch_ids(session: Session, info: TableInfo, ids: Iterable[uuid.UUID]) -> list[Row]:
    wanted = list(ids)
    return _fetch(session, info, among(info.table.c.id, wanted)) if wanted else []


def collect(
    session: Session, client_ids: Iterable[uuid.UUID], *, whole_network: bool = False
) -> Closure:
    tables = carried_tables()
    by_name = table_by_name()
    closure = Closure(rows={info.name: {} for info in tables})
    roots: dict[str, set[uuid.UUID]] = {SUBJECT_ROOT: set(client_ids), NETWORK_ROOT: set()}
    if whole_network:
        employer = by_name[NETWORK_ROOT].table
        roots[NETWORK_ROOT] = set(session.scalars(select(employer.c.id)))

    root_cache: dict[tuple[str, uuid.UUID], set[uuid.UUID]] = {}

    def network_roots_of(table: str, record_id: uuid.UUID) -> set[uuid.UUID]:
        """The employers a record outside the packet belongs to (none for a client's)."""
        key = (table, record_id)
        if key in root_cache:
            return root_cache[key]
        root_cache[key] = set()
        if table == NETWORK_ROOT:
            found = {record_id}
        elif table == SUBJECT_ROOT or table not in by_name:
            found = set()
        else:
            info = by_name[table]
            rows = _fetch_ids(session, info, [record_id])
            found = set()
            for row in rows:
                for fk in info.owners:
                    if row[fk.column] is not None:
                        found |= network_roots_of(fk.target, row[fk.column])
        root_cache[key] = found
        return found

    while True:
        for name, ids in roots.items():
            missing = ids - closure.ids(name)
            for row in _fetch_ids(session, by_name[name], missing):
                closure.rows[name][row["id"]] = row
        touched: set[uuid.UUID] = set()
        for info in tables:
            if info.name in roots or not info.owners:
                continue
            conditions = [
                among(info.table.c[fk.column], closure.rows[fk.target])
                for fk in info.owners
                if closure.rows[fk.target]
            ]
            if not conditions:
                continue
            for row in _fetch(session, info, or_(*conditions)):
                if row["id"] in closure.rows[info.name]:
                    continue
                outside = [
                    fk
                    for fk in info.owners
                    if row[fk.column] is not None and row[fk.column] not in closure.rows[fk.target]
                ]
                if not outside:
                    closure.rows[info.name][row["id"]] = row
                    continue
                # it also belongs elsewhere: an employer comes along, another client not
                pulled = [network_roots_of(fk.target, row[fk.column]) for fk in outside]
                if all(pulled) and not any(
                    fk.target == SUBJECT_ROOT or owned_by_client(fk.target) for fk in outside
                ):
                    for ids in pulled:
                        touched |= ids
        # references (keys that may be emptied) to records at an employer pull it in too
        for info in tables:
            for fk in info.foreign_keys:
                if fk.owning:
                    continue
                for row in closure.rows[info.name].values():
                    target = row[fk.column]
                    if target is not None and target not in closure.rows[fk.target]:
                        touched |= network_roots_of(fk.target, target)
        new = touched - roots[NETWORK_ROOT]
        if not new:
            break
        roots[NETWORK_ROOT] |= new

    # a reference to a record that stays home cannot be kept: the receiver lacks it
    for info in tables:
        for fk in info.foreign_keys:
            if fk.owning:
                continue
            for row in closure.rows[info.name].values():
                target = row[fk.column]
                if target is not None and target not in closure.rows[fk.target]:
                    row[fk.column] = None
                    closure.dropped_references.append((info.name, row["id"], fk.column))
    return closure


def owned_by_client(table: str) -> bool:
    """Whether records of this table belong to a client (directly or further up): the
    privacy rules' client tables, one definition for erasure, access export and handover."""
    from jobhunter.services.privacy.ownership import client_graph

    return table in client_graph().tables
