"""Alembic environment: always run programmatically by jobhunter.services.store.

The caller passes an open SQLAlchemy connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from jobhunter.models import Base
from jobhunter.services.store import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
