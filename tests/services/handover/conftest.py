"""Stores, keys and packets for the handover tests.

Identity-file (X25519) recipients are fast; passphrase packets pay for scrypt (about a
second each), so only the tests about passphrases make them.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest

from jobhunter.models.enums import ConsentParty, DocumentKind, Phase
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.demo import generate_demo
from jobhunter.services.handover.service import (
    ExportRequest,
    HandoverService,
    Protection,
    ReadPacket,
)
from jobhunter.services.privacy.retention import RetentionService
from jobhunter.services.store import Store


class Key:
    """An age key pair, as a colleague's ``age-keygen`` would make it."""

    def __init__(self) -> None:
        identity = pyrage.x25519.Identity.generate()
        self.secret = str(identity)
        self.public = str(identity.to_public())


@pytest.fixture(scope="session")
def key() -> Key:
    return Key()


@pytest.fixture(scope="session")
def _sender_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once: demo data, plus what the demo lacks (documents, consents, reflections)."""
    from tests.conftest import FIXED_NOW

    clock = FixedClock(FIXED_NOW)
    tmp_path = tmp_path_factory.mktemp("template")
    store = Store.open(tmp_path / "sender")
    generate_demo(store, clients=24, employers=8, seed=7, today=clock.today())
    caseload = CaseloadService(store, clock)
    rows = ClientService(store, clock).list_rows()
    for index, row in enumerate(rows[:6]):
        source = tmp_path / f"cv-{index}.pdf"
        source.write_bytes(b"%PDF-1.4 cv " + bytes(range(256)) * (index + 1))
        caseload.attach(row.id, source, DocumentKind.CV, title=f"CV {row.name}")
        caseload.give_consent(
            row.id, ConsentParty.EMPLOYERS, "cv en werkervaring", given_on=date(2026, 1, 5)
        )
        goal = caseload.add_goal(row.id, "Leren vragen stellen in een gesprek")
        caseload.reflect(goal.id, "Ging beter dan verwacht")
    # a closed file kept longer for a reason: the decision travels with the file
    closed = next(row for row in rows if row.phase is Phase.CLOSED)
    RetentionService(store, clock).extend(
        closed.id, clock.today() + timedelta(days=365), "Lopende klacht bij de gemeente"
    )
    store.close()
    return tmp_path / "sender"


@pytest.fixture
def sender(_sender_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the template store for one test."""
    shutil.copytree(_sender_template, tmp_path / "sender")
    store = Store.open(tmp_path / "sender")
    yield store
    store.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "receiver")
    yield store
    store.close()


def client_ids(store: Store, count: int | None = None) -> list[uuid.UUID]:
    rows = ClientService(store).list_rows()
    return [r.id for r in rows[:count]]


def export(
    store: Store,
    clock: FixedClock,
    ids: list[uuid.UUID],
    target: Path,
    key: Key,
    **kwargs: object,
) -> Path:
    request = ExportRequest(ids, Protection("Collega", public_key=key.public), **kwargs)  # type: ignore[arg-type]
    HandoverService(store, clock).export(request, target)
    return target


def read(store: Store, clock: FixedClock, path: Path, key: Key) -> ReadPacket:
    return HandoverService(store, clock).read_file(path, identities=[key.secret])


def dump(store: Store) -> list[str]:
    """Everything in the store's file, for "exactly as before" (search index included)."""
    conn = sqlite3.connect(store.db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def seal(plaintext: bytes, key: Key) -> bytes:
    """Encrypt anything as a packet would be, for fuzzing what is inside."""
    return bytes(pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(key.public)]))


def repack(plain: bytes, change: Any) -> bytes:
    """Unpack a packet's ZIP, let ``change(manifest, records, documents)`` edit its parts, and
    pack it again as a sender would (hashes and counts recomputed): a packet whose envelope
    is sound and whose contents are whatever the test wants."""
    from jobhunter.services.handover import packet

    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        manifest = json.loads(zf.read(packet.MANIFEST))
        records = {
            name[len("records/") : -5]: json.loads(zf.read(name))
            for name in zf.namelist()
            if name.startswith("records/")
        }
        documents = {n: zf.read(n) for n in zf.namelist() if n.startswith("documents/")}
        summary = zf.read(packet.SUMMARY)
        bases = json.loads(zf.read(packet.BASES))
    manifest.pop("entries")
    change(manifest, records, documents)
    manifest["counts"] = {t: len(rows) for t, rows in records.items()}
    return packet.build(manifest, records, bases, documents, summary)


def plain_packet(store: Store, clock: FixedClock, ids: list[uuid.UUID], key: Key) -> bytes:
    """The plain ZIP of a packet for these clients (nothing written)."""
    request = ExportRequest(ids, Protection("Collega", public_key=key.public))
    plaintext, _manifest, _notes = HandoverService(store, clock).build(request)
    return plaintext
