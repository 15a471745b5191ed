"""Errors services raise for the user to read (messages are Dutch, one line)."""

from __future__ import annotations

import uuid


class ValidationError(ValueError):
    """Input breaks a rule; ``field`` names the offending field where there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(LookupError):
    def __init__(self, kind: str, record_id: uuid.UUID) -> None:
        super().__init__(f"{kind} {record_id} bestaat niet (meer).")
        self.kind = kind
        self.record_id = record_id
