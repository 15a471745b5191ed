"""search entries by rowid, and a covering index for the caseload list

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27 13:00:00

The full-text index's triggers deleted a record's entry with ``WHERE kind = … AND ref = …``
on columns FTS5 does not index: every deleted, and every renamed, record scanned the whole
index (100,000 contact moments: erasing one client took 4.4 s). Each entry's rowid is now
kept in ``search_index_ref`` (an ordinary table, keyed on the record), so the triggers find
the entry by rowid. Its name starts with ``search_index`` like the index's own tables, so
the model comparison, the change counter and the backups' row counts pass it by too.

``ix_client_list`` holds every column the caseload list sorts and filters on (see
``ClientService.list_keys``), so the list reads it instead of the wide client table.
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

#: the columns of the caseload list's key, as the models declare the index
CLIENT_LIST_COLUMNS = [
    "last_name", "first_name", "phase", "city", "werkverkenner_chance", "next_action",
    "next_action_on", "id",
]  # fmt: skip


def _sources() -> dict[str, tuple[str, str, str, str]]:
    """What 0001 indexes: kind -> (table, title, body, columns whose change re-indexes)."""
    initial = importlib.import_module("jobhunter.migrations.versions.0001_initial_schema")
    return dict(initial.SEARCH_SOURCES)


def _drop_triggers() -> None:
    for table, *_ in _sources().values():
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_index_ref ("
        "entry INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL)"
    )
    op.execute(
        "INSERT INTO search_index_ref (entry, kind, ref) SELECT rowid, kind, ref FROM search_index"
    )
    op.execute("CREATE UNIQUE INDEX ix_search_index_ref ON search_index_ref (ref, kind)")
    _drop_triggers()
    for kind, (table, title, body, watched) in _sources().items():
        entry = f"(SELECT entry FROM search_index_ref WHERE ref = old.id AND kind = '{kind}')"
        delete = (
            f"DELETE FROM search_index WHERE rowid = {entry}; "
            f"DELETE FROM search_index_ref WHERE ref = old.id AND kind = '{kind}';"
        )
        insert = (
            f"INSERT INTO search_index_ref (kind, ref) VALUES ('{kind}', new.id); "
            "INSERT INTO search_index (rowid, kind, ref, title, body) VALUES "
            f"(last_insert_rowid(), '{kind}', new.id, {title.format(r='new')}, "
            f"{body.format(r='new')});"
        )
        op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {delete} {insert} END"
        )
    op.create_index("ix_client_list", "client", CLIENT_LIST_COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_client_list", table_name="client")
    _drop_triggers()
    for kind, (table, title, body, watched) in _sources().items():
        insert = (
            f"INSERT INTO search_index (kind, ref, title, body) VALUES "
            f"('{kind}', new.id, {title.format(r='new')}, {body.format(r='new')});"
        )
        delete = f"DELETE FROM search_index WHERE kind = '{kind}' AND ref = old.id;"
        op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {delete} {insert} END"
        )
    op.execute("DROP TABLE search_index_ref")
