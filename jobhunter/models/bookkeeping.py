"""Bookkeeping of the store itself: tables that are not records of the jobhunter's work."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jobhunter.models.base import Base


class ChangeCounter(Base):
    """Bookkeeping, not a Record: one row counting every change made to the store.

    Triggers on every other table (installed by ``services.change_counter`` when the store
    opens, so tables added later are covered too) add one per inserted, updated or deleted
    row. A backup is due when the count (with the ``epoch`` and the schema revision) differs
    from the newest backup's. ``epoch`` is renewed when a backup is restored, so a restored
    store that catches up to an old count is not mistaken for it.

    Exports, handover packets and privacy requests leave this table out: it holds no one's
    data.
    """

    __tablename__ = "change_counter"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    changes: Mapped[int] = mapped_column(default=0, server_default="0")
    epoch: Mapped[str]
