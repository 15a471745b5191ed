"""consent categories: the sensitive information a consent names explicitly

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-27 10:00:00

Until now a consent said what may be shared only in free text. A program cannot read that
safely ("geen gezondheidsinformatie" mentions health and forbids it), so sensitive
categories (health, debts, home situation, ...) are now ticked one by one. Consents recorded
before this revision name none: their text stays as it was, and nothing sensitive is shared
on their strength until the client's consent is recorded again with the categories named.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.add_column(sa.Column("categories", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_column("categories")
