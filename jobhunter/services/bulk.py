"""Writing many records in one transaction without paying for the per-row triggers.

Every inserted row fires a trigger that counts it (``change_counter``) and, for the kinds
that are searched, one that indexes it: a reference row and a full-text entry. A trigger
costs about 15 µs a row on a laptop even when it does nothing, and for a handover of fifty
client files (thousands of records) the triggers took about half of the import.

Inside :func:`bulk_write` the insert triggers of a table that :meth:`BulkWrite.insert`
writes to are set aside: dropped inside the caller's transaction and created again, from
their own stored text, before the block ends, the well-known way to load a table in bulk.
The rows are counted once and a batch of a searched kind is indexed in two statements.
SQLite's schema changes are transactional: a transaction that fails or is killed takes the
whole block back, triggers included, and no one else sees the store without them (the
caller holds the write lock, and readers see the last committed state).

Only inserts made through :meth:`BulkWrite.insert` are counted and indexed this way;
updates and deletes keep their own triggers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table

from jobhunter.services import change_counter

Row = Mapping[str, Any]

# kind -> (table, title, body) as the store's triggers index them (migration 0001, in the
# form 0013 gave them); ``{r}`` is the record. A test compares what a bulk write indexes
# with what the triggers index for the same records.
SEARCH_SOURCES: dict[str, tuple[str, str, str]] = {
    "client": (
        "client",
        "{r}.first_name || ' ' || {r}.last_name",
        "coalesce({r}.city, '') || ' ' || coalesce({r}.skills, '') || ' ' || "
        "coalesce({r}.wishes, '') || ' ' || coalesce({r}.notes, '')",
    ),
    "employer": (
        "employer",
        "{r}.name",
        "coalesce({r}.city, '') || ' ' || coalesce({r}.notes, '') || ' ' || "
        "coalesce({r}.ended_reason, '')",
    ),
    "contact_person": (
        "contact_person",
        "{r}.name",
        "coalesce({r}.role, '') || ' ' || coalesce({r}.email, '')",
    ),
    "workplace": (
        "workplace",
        "{r}.title",
        "coalesce({r}.tasks, '') || ' ' || coalesce({r}.city, '')",
    ),
    "intervention": (
        "intervention",
        "{r}.goal",
        "coalesce({r}.provider, '') || ' ' || coalesce({r}.evaluation, '')",
    ),
    "contact_moment": (
        "contact_moment",
        "{r}.summary",
        "coalesce({r}.body, '')",
    ),
}
_KIND_OF_TABLE = {table: kind for kind, (table, _title, _body) in SEARCH_SOURCES.items()}


def insert_many(connection: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Insert whole records in one ``executemany``: each value through its column type's
    own bind processor (computed once per column), without SQLAlchemy's per-row statement
    bookkeeping. Every row has the keys of the first."""
    if not rows:
        return
    dialect = connection.dialect
    columns = [c for c in table.columns if c.name in rows[0]]
    processors = [c.type.bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
    pairs = list(zip([c.name for c in columns], processors, strict=True))
    params = [
        tuple(row[k] if p is None or row[k] is None else p(row[k]) for k, p in pairs)
        for row in rows
    ]
    connection.exec_driver_sql(sql, params)


class BulkWrite:
    """Inserts inside :func:`bulk_write`; see the module's description."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.inserted = 0  # rows inserted while their counting trigger stood aside
        self._aside: dict[str, list[tuple[str, str]]] = {}  # table -> (trigger, its SQL)

    def insert(self, table: Table, rows: Sequence[Row]) -> None:
        """Insert ``rows`` into ``table``, count them and, for a searched kind, index them."""
        if not rows:
            return
        counted, indexed = self._set_aside(table.name)
        insert_many(self.connection, table, rows)
        if counted:
            self.inserted += len(rows)
        if indexed:
            self._index(_KIND_OF_TABLE[table.name], table, [row["id"] for row in rows])

    def _set_aside(self, table: str) -> tuple[bool, bool]:
        """Drop ``table``'s counting and indexing insert triggers (once); which were there."""
        if table not in self._aside:
            names = {change_counter.trigger_name(table, "insert")}
            if table in _KIND_OF_TABLE:
                names.add(f"{table}_search_ai")
            found = self.connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            ).all()
            aside = [(str(name), str(sql)) for name, sql in found if name in names]
            for name, _sql in aside:
                self.connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
            self._aside[table] = aside
        names = {name for name, _sql in self._aside[table]}
        return change_counter.trigger_name(table, "insert") in names, (
            f"{table}_search_ai" in names
        )

    def restore(self) -> None:
        """Create every trigger set aside again, as it was."""
        for aside in self._aside.values():
            for _name, sql in aside:
                self.connection.exec_driver_sql(sql)
        self._aside.clear()

    def _index(self, kind: str, table: Table, ids: list[uuid.UUID]) -> None:
        conn = self.connection
        as_stored = table.c.id.type.bind_processor(conn.dialect)
        refs = [as_stored(i) if as_stored else i for i in ids]
        top = conn.exec_driver_sql("SELECT coalesce(max(entry), 0) FROM search_index_ref").scalar()
        conn.exec_driver_sql(
            "INSERT INTO search_index_ref (kind, ref) VALUES (?, ?)", [(kind, r) for r in refs]
        )
        _table, title, body = SEARCH_SOURCES[kind]
        conn.exec_driver_sql(
            "INSERT INTO search_index (rowid, kind, ref, title, body) "
            f"SELECT e.entry, e.kind, e.ref, {title.format(r='t')}, {body.format(r='t')} "
            f'FROM search_index_ref AS e JOIN "{table.name}" AS t ON t.id = e.ref '
            "WHERE e.kind = ? AND e.entry > ? ORDER BY e.entry",
            (kind, top),
        )


@contextmanager
def bulk_write(connection: Connection) -> Iterator[BulkWrite]:
    """A block of inserts in the caller's open transaction with the per-row insert
    triggers aside; on leaving, the triggers are back and the rows are counted."""
    if not connection.in_transaction() or not _sqlite_in_transaction(connection):
        raise RuntimeError("a bulk write needs an open transaction holding the write lock")
    bulk = BulkWrite(connection)
    failed = False
    try:
        yield bulk
    except BaseException:
        failed = True  # the caller rolls back, which brings the triggers back in any case
        raise
    finally:
        try:
            bulk.restore()
        except Exception:
            # nothing may commit this store without its triggers: the connection goes, and
            # with it the transaction (SQLite rolls back what a closed connection left open)
            connection.invalidate()
            if not failed:
                raise
    if bulk.inserted:
        connection.exec_driver_sql(
            "UPDATE change_counter SET changes = changes + ? WHERE id = 1", (bulk.inserted,)
        )


def _sqlite_in_transaction(connection: Connection) -> bool:
    """Whether SQLite itself has a transaction open (the driver opens one lazily, at the
    first write): schema changes outside one would be committed at once."""
    dbapi = connection.connection.dbapi_connection
    return bool(getattr(dbapi, "in_transaction", False))
