"""The research's rules: placement terms on a match, the contact person of an employer
contact, arrangements tied to a placement with loonwaarde, gewogen maatwerk on interventions.

The columns of ``match`` and ``intervention`` are added with SQLite's ALTER TABLE ADD
COLUMN, checks inline, so neither table is copied: copying ``match`` drops the old copy, and
with foreign keys enforced during the migration that drop would cascade to its stage
history, appointments and outcomes. The two new foreign keys need a table-level constraint
(SQLite reports an inline one without its name or ON DELETE), so ``arrangement`` and
``contact_moment`` are copied; nothing refers to them. Dropping the old ``contact_moment``
deletes its rows first, which would fire the search-index triggers: those are dropped
before and made again after.

Placed matches get the placement form their stage implies: a proefplaatsing in the trial
stage; in the contract stage a vast contract when an outcome or the workplace says "vast",
else a tijdelijk contract (most contracts for the target group start temporary).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 09:43:03.648769
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: (table, column definition) in SQLite's words, constraints named as the models name them
COLUMNS = (
    ("intervention", "barriers JSON"),
    ("intervention", "approach TEXT"),
    ("intervention", "effect INTEGER CONSTRAINT ck_intervention_effect_range "
                     "CHECK (effect IS NULL OR effect BETWEEN 1 AND 5)"),
    ("intervention", "follow_up VARCHAR(32)"),
    ("match", "placement_form VARCHAR(32)"),
    ("match", "placement_start DATE"),
    ("match", "placement_hours INTEGER CONSTRAINT ck_match_placement_hours_range "
              "CHECK (placement_hours IS NULL OR placement_hours BETWEEN 1 AND 60)"),
    ("match", "placement_end DATE CONSTRAINT ck_match_placement_end_after_start "
              "CHECK (placement_end IS NULL OR placement_start IS NULL "
              "OR placement_end >= placement_start)"),
)  # fmt: skip
INDEXES = (
    ("ix_arrangement_ends_on", "arrangement", "ends_on"),
    ("ix_arrangement_match_id", "arrangement", "match_id"),
)


def _search_triggers(table: str) -> None:
    """The search-index triggers 0001 made for ``table``, as they were."""
    initial = importlib.import_module("jobhunter.migrations.versions.0001_initial_schema")
    for kind, (source, title, body, watched) in initial.SEARCH_SOURCES.items():
        if source != table:
            continue
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


def _drop_search_triggers(table: str) -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")


def upgrade() -> None:
    for table, definition in COLUMNS:
        op.execute(f'ALTER TABLE "{table}" ADD COLUMN {definition}')

    with op.batch_alter_table("arrangement", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("match_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("wage_value", sa.Integer(), nullable=True))
        batch_op.create_index("ix_arrangement_ends_on", ["ends_on"], unique=False)
        batch_op.create_index("ix_arrangement_match_id", ["match_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_arrangement_match_id_match", "match", ["match_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_check_constraint(
            "wage_value", "wage_value IS NULL OR wage_value BETWEEN 1 AND 100"
        )

    _drop_search_triggers("contact_moment")
    with op.batch_alter_table("contact_moment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("contact_person_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            "fk_contact_moment_contact_person_id_contact_person",
            "contact_person",
            ["contact_person_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _search_triggers("contact_moment")

    op.execute(
        "UPDATE match SET placement_form = 'trial_placement' WHERE stage = 'trial_placement'"
    )
    op.execute(
        "UPDATE match SET placement_form = CASE WHEN EXISTS ("
        " SELECT 1 FROM placement_outcome o WHERE o.match_id = match.id"
        " AND lower(coalesce(o.contract_form, '')) LIKE '%vast%'"
        ") OR EXISTS ("
        " SELECT 1 FROM workplace w WHERE w.id = match.workplace_id"
        " AND lower(coalesce(w.contract_form, '')) LIKE '%vast%'"
        ") THEN 'permanent_contract' ELSE 'temporary_contract' END "
        "WHERE stage = 'contract'"
    )


def downgrade() -> None:
    for table, definition in reversed(COLUMNS):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN {definition.split()[0]}')
    with op.batch_alter_table("arrangement", recreate="always") as batch_op:
        batch_op.drop_constraint("wage_value", type_="check")
        batch_op.drop_constraint("fk_arrangement_match_id_match", type_="foreignkey")
        batch_op.drop_index("ix_arrangement_match_id")
        batch_op.drop_index("ix_arrangement_ends_on")
        batch_op.drop_column("wage_value")
        batch_op.drop_column("match_id")
    _drop_search_triggers("contact_moment")
    with op.batch_alter_table("contact_moment", recreate="always") as batch_op:
        batch_op.drop_constraint(
            "fk_contact_moment_contact_person_id_contact_person", type_="foreignkey"
        )
        batch_op.drop_column("contact_person_id")
    _search_triggers("contact_moment")
