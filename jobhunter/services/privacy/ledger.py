"""The erasure ledger: which clients were erased, kept outside the database.

An erasure removes a client from the store, but every backup made before it still holds
them, and restoring one would bring them back (AVG art. 17: erased means erased). So each
erasure is written down in ``erased.json`` beside the store, which no restore replaces, and
a restore erases again every client the ledger knows.

The ledger is pseudonymous: it keeps no name and no id, only a salted SHA-256 of each erased
client's id (the salt is random per data folder) and the moment of the erasure. Knowing a
client's id, one can tell whether they were erased; the ledger alone says nothing about
anyone. It is a small private JSON file, written atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jobhunter.services.files import atomic_write

log = logging.getLogger(__name__)

LEDGER_FILENAME = "erased.json"
_VERSION = 1


@dataclass(frozen=True)
class Ledger:
    salt: bytes
    #: salted hash of an erased client's id -> when (ISO 8601)
    erased: dict[str, str]

    def digest(self, client_id: uuid.UUID) -> str:
        return hashlib.sha256(self.salt + client_id.bytes).hexdigest()

    def knows(self, client_id: uuid.UUID) -> bool:
        return self.digest(client_id) in self.erased


def read_ledger(data_dir: Path) -> Ledger:
    """The ledger of ``data_dir`` (an empty one with a fresh salt when there is none yet). A
    ledger that cannot be read is logged and treated as empty: it never stops the store."""
    path = Path(data_dir) / LEDGER_FILENAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        salt = bytes.fromhex(raw["salt"])
        erased = {str(k): str(v) for k, v in raw["erased"].items()}
    except FileNotFoundError:
        return Ledger(secrets.token_bytes(16), {})
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.error("erasure ledger %s cannot be read (%s)", path, type(exc).__name__)
        return Ledger(secrets.token_bytes(16), {})
    return Ledger(salt, erased)


def record_erased(data_dir: Path, client_ids: Iterable[uuid.UUID], at: datetime) -> None:
    """Add erased clients to the ledger."""
    ledger = read_ledger(data_dir)
    erased = dict(ledger.erased)
    for client_id in client_ids:
        erased.setdefault(ledger.digest(client_id), at.isoformat())
    if erased == ledger.erased and (Path(data_dir) / LEDGER_FILENAME).exists():
        return
    text = json.dumps({"version": _VERSION, "salt": ledger.salt.hex(), "erased": erased},
                      indent=1, sort_keys=True)  # fmt: skip
    atomic_write(Path(data_dir) / LEDGER_FILENAME, text + "\n")


def erased_among(data_dir: Path, client_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Those of ``client_ids`` the ledger says were erased."""
    ledger = read_ledger(data_dir)
    if not ledger.erased:
        return []
    return [client_id for client_id in client_ids if ledger.knows(client_id)]


def forget(data_dir: Path, client_ids: Iterable[uuid.UUID]) -> None:
    """Take clients off the ledger: they came back on purpose (a handover import after the
    warning that they were erased here), so a restore must not erase them again."""
    ledger = read_ledger(data_dir)
    digests = {ledger.digest(client_id) for client_id in client_ids}
    erased = {k: v for k, v in ledger.erased.items() if k not in digests}
    if erased == ledger.erased:
        return
    text = json.dumps({"version": _VERSION, "salt": ledger.salt.hex(), "erased": erased},
                      indent=1, sort_keys=True)  # fmt: skip
    atomic_write(Path(data_dir) / LEDGER_FILENAME, text + "\n")
