"""Which clients were erased here, kept pseudonymously: a client's id is random (a UUID), so
its SHA-256 names her only to someone who already holds the id, such as a handover packet
that brings her back. The ledger lives in the store's settings (``erasure_ledger``) as the
hashes and the day of each erasure; nothing else of the client is kept.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import Setting

KEY = "erasure_ledger"


def _digest(client_id: uuid.UUID) -> str:
    return hashlib.sha256(b"jobhunter-erased:" + client_id.bytes).hexdigest()


def record_erasure(session: Session, client_id: uuid.UUID, day: date) -> None:
    """Note in the caller's transaction that ``client_id`` was erased on ``day``."""
    setting = session.scalar(select(Setting).where(Setting.key == KEY))
    entries = dict(setting.value) if setting is not None and isinstance(setting.value, dict) else {}
    entries[_digest(client_id)] = day.isoformat()
    if setting is None:
        session.add(Setting(key=KEY, value=entries))
    else:
        setting.value = entries


def erased(session: Session, client_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``client_ids`` that were erased here."""
    value = session.scalar(select(Setting.value).where(Setting.key == KEY))
    if not isinstance(value, dict) or not value:
        return set()
    return {client_id for client_id in client_ids if _digest(client_id) in value}
