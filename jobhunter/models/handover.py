"""What the handover import remembers: which packet record stands for which local record,
and the versions a merge did not keep.

Both tables hang off the client or employer they concern (``ON DELETE CASCADE``), so
erasing a client erases what the handover kept about them too.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobhunter.models.base import Base, Record


class HandoverLink(Base):
    """Bookkeeping, not a record: for one record received in a handover packet, the local
    record that stands for it and the two versions as they were right after that import.

    A later packet is compared against these: a side whose version still has the remembered
    hash did not change since, so "changed on both sides" (a conflict) is told apart from
    "newer in the packet" without trusting clocks. ``local_id`` differs from ``record_id``
    when the packet's record was merged into an existing one (a likely duplicate).
    """

    __tablename__ = "handover_link"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    local_id: Mapped[uuid.UUID]
    #: SHA-256 of the version received and of the local version right after the import
    packet_hash: Mapped[str] = mapped_column(String(64))
    local_hash: Mapped[str] = mapped_column(String(64))
    exchanged_at: Mapped[datetime]
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )


class RecordVersion(Record):
    """A version of a record that a handover import replaced or did not take: the record's
    history, so a decision in the import preview never loses what the other side wrote."""

    __tablename__ = "record_version"

    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    #: the column values, serialised as in a handover packet
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: where the version came from and why it lost ("pakket van Sanne, 12-03-2026: ...")
    reason: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime]
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
