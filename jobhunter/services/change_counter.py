"""Counting every change to the store, so a backup is taken whenever anything changed.

Every table but the counter's own (and Alembic's) gets three triggers that add one to
``change_counter.changes`` per inserted, updated or deleted row. The triggers are installed
when a store opens for writing, for every table the file has: a table added by a later
migration, or copied by a batch alteration (which drops its triggers), is covered without
anyone remembering to. Full-text index tables are left out: their base tables are counted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection

TRIGGER_PREFIX = "count_changes_"
OPERATIONS = ("insert", "update", "delete")
#: tables whose changes are not the user's: the counter itself and the schema revision
UNCOUNTED = frozenset({"change_counter", "alembic_version"})
STATE_SQL = "SELECT changes, epoch FROM change_counter WHERE id = 1"


@dataclass(frozen=True)
class ChangeState:
    """How many changes the store has seen, within which epoch, at which schema revision;
    equal states mean equal content (a backup with the same state needs no successor)."""

    changes: int
    epoch: str
    revision: str | None

    @property
    def key(self) -> str:
        return f"{self.epoch}:{self.changes}:{self.revision}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def trigger_name(table: str, operation: str) -> str:
    return f"{TRIGGER_PREFIX}{table}_{operation}"


def counted_tables(conn: Connection) -> list[str]:
    """Every ordinary table of the store whose rows are counted."""
    rows = conn.exec_driver_sql("PRAGMA main.table_list").all()
    return sorted(
        name
        for _schema, name, kind, *_ in rows
        if kind == "table"
        and not name.startswith(("sqlite_", "search_index"))  # the index's entries
        and name not in UNCOUNTED
    )


def missing_triggers(conn: Connection) -> list[tuple[str, str]]:
    """(table, operation) pairs that no trigger counts yet."""
    existing = {
        name
        for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    return [
        (table, operation)
        for table in counted_tables(conn)
        for operation in OPERATIONS
        if trigger_name(table, operation) not in existing
    ]


def install(conn: Connection) -> int:
    """Make sure the counter row exists and every table is counted; returns how many
    triggers were added (none on most openings: one read of the schema)."""
    missing = missing_triggers(conn)
    has_row = conn.exec_driver_sql(STATE_SQL).first() is not None
    if not has_row:
        conn.exec_driver_sql(
            "INSERT INTO change_counter (id, changes, epoch) VALUES (1, 0, ?)",
            (uuid.uuid4().hex,),
        )
    for table, operation in missing:
        conn.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {_quote(trigger_name(table, operation))} "
            f"AFTER {operation.upper()} ON {_quote(table)} BEGIN "
            "UPDATE change_counter SET changes = changes + 1 WHERE id = 1; END"
        )
    return len(missing)


def read(conn: Connection) -> ChangeState:
    row = conn.exec_driver_sql(STATE_SQL).first()
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if row is None:
        return ChangeState(0, "", revision)
    return ChangeState(int(row[0]), str(row[1]), revision)


def renew_epoch(conn: Connection) -> str:
    """Start a new epoch (after a restore): the restored store's later counts can never be
    mistaken for those of backups taken before it."""
    epoch = uuid.uuid4().hex
    conn.exec_driver_sql("UPDATE change_counter SET epoch = ? WHERE id = 1", (epoch,))
    return epoch
