"""change counter: one bookkeeping row that every change to the store counts up

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 10:00:00

The triggers that count are not created here: ``services.change_counter`` installs them on
every table whenever a store opens, so tables added by later revisions (or copied by a batch
alteration, which drops a table's triggers) are always covered.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    counter = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), server_default="0", nullable=False),
        sa.Column("epoch", sa.String(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_change_counter_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.bulk_insert(counter, [{"id": 1, "changes": 0, "epoch": uuid.uuid4().hex}])


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.execute(
        sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'count!_changes!_%' ESCAPE '!'"
        )
    ):
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_table("change_counter")
