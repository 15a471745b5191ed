"""Retention decisions: what was decided about a closed file whose retention period ran out."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobhunter.models.base import Record


class RetentionAction(StrEnum):
    EXTEND = "extend"  # kept longer, until a date, for a reason
    ANONYMISE = "anonymise"  # the person removed, the numbers kept


class RetentionDecision(Record):
    """A decision about a closed trajectory's file at (or before) the end of its retention
    period. An extension says until when and why; an anonymisation marks the file as no
    longer personal data. Erasure leaves no row here: the client is gone, and the audit
    trail keeps the decision under a pseudonym."""

    __tablename__ = "retention_decision"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[RetentionAction]
    decided_on: Mapped[date]
    #: an extension keeps the file until this day
    until: Mapped[date | None]
    reason: Mapped[str | None] = mapped_column(Text)
