"""privacy: audit events per client, retention decisions

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 09:45:37.193284

``audit_event.client_id`` says whose data an event concerns, so the trail can be read per
client and pseudonymised when a client is erased. Existing events are filled in where the
record they name still exists (an event about a record deleted earlier cannot be traced).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jobhunter.models.base

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Frozen here, as the schema was at this revision: entity -> SQL giving its client's id
# for the record ``audit_event.entity_id``.
_OWNER_SQL = {
    "client": "SELECT audit_event.entity_id",
    **{
        table: f"SELECT t.client_id FROM {table} t WHERE t.id = audit_event.entity_id"
        for table in (
            "barrier",
            "intervention",
            "learning_goal",
            "phase_change",
            "document",
            "consent",
            "match",
            "contact_moment",
            "appointment",
        )
    },
    "reflection": "SELECT g.client_id FROM reflection r JOIN learning_goal g "
    "ON g.id = r.learning_goal_id WHERE r.id = audit_event.entity_id",
    **{
        table: f"SELECT m.client_id FROM {table} t JOIN match m ON m.id = t.match_id "
        "WHERE t.id = audit_event.entity_id"
        for table in ("stage_change", "problem", "placement_outcome")
    },
}


def upgrade() -> None:
    op.create_table(
        "retention_decision",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column(
            "action",
            sa.Enum("extend", "anonymise", name="retentionaction", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", jobhunter.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", jobhunter.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_retention_decision_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_decision")),
    )
    with op.batch_alter_table("retention_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retention_decision_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_retention_decision_updated_at"), ["updated_at"], unique=False
        )

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_event_client_id"), ["client_id"], unique=False)

    for entity, owner in _OWNER_SQL.items():
        op.execute(
            f"UPDATE audit_event SET client_id = ({owner}) "
            f"WHERE entity = '{entity}' AND entity_id IS NOT NULL"
        )
    # an appointment with the employer only (an evaluation) belongs to its match's client
    op.execute(
        "UPDATE audit_event SET client_id = (SELECT m.client_id FROM appointment a "
        "JOIN match m ON m.id = a.match_id WHERE a.id = audit_event.entity_id) "
        "WHERE entity = 'appointment' AND client_id IS NULL AND entity_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_client_id"))
        batch_op.drop_column("client_id")

    with op.batch_alter_table("retention_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_decision_updated_at"))
        batch_op.drop_index(batch_op.f("ix_retention_decision_client_id"))

    op.drop_table("retention_decision")
