"""A packet's documents land in the receiving client's own folder under names this store
chooses, and an import that fails leaves every file on disk as it was."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from jobhunter.models import Document
from jobhunter.services.clock import FixedClock
from jobhunter.services.handover.merge import Decision
from jobhunter.services.handover.service import HandoverService
from jobhunter.services.store import Store
from tests.services.handover.conftest import Key, dump, plain_packet, repack, seal


def _documents(store: Store) -> list[Document]:
    with store.session() as session:
        return list(session.scalars(select(Document).order_by(Document.stored_path)))


def _files(store: Store) -> dict[str, bytes]:
    root = store.data_dir / "documents"
    return {
        p.relative_to(store.data_dir).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_a_packet_cannot_put_its_document_over_another_clients_file(
    sender: Store, clock: FixedClock, key: Key
) -> None:
    # Given a store where one client has a CV on disk, and another client without documents
    victim = _documents(sender)[0]
    with_documents = {d.client_id for d in _documents(sender)}
    from jobhunter.services.clients import ClientService

    other = next(r.id for r in ClientService(sender).list_rows() if r.id not in with_documents)
    files_before = _files(sender)
    # And a packet for the other client whose new document names the victim's file
    doc_id = uuid.uuid4()

    def hostile(manifest: dict, records: dict, documents: dict) -> None:
        records.setdefault("document", []).append(
            {
                "id": str(doc_id),
                "created_at": "2026-01-01T00:00:00+00:00",
                "updated_at": "2026-01-01T00:00:00+00:00",
                "client_id": str(other),
                "kind": "other",
                "title": "x",
                "original_name": "x.txt",
                "stored_path": victim.stored_path,
                "added_on": "2026-01-01",
                "is_current_cv": False,
            }
        )
        entry = f"documents/{doc_id.hex}.txt"
        documents[entry] = b"NOT THE VICTIM'S CV"
        manifest["documents"][str(doc_id)] = entry

    data = seal(repack(plain_packet(sender, clock, [other], key), hostile), key)
    # When it is imported into that store
    service = HandoverService(sender, clock)
    service.apply(service.read(data, identities=[key.secret]))
    # Then the victim's file is untouched, and nothing was renamed beside it
    after = _files(sender)
    assert after[victim.stored_path] == files_before[victim.stored_path]
    assert {p for p in after if p.startswith(victim.stored_path.rsplit("/", 1)[0])} == {
        p for p in files_before if p.startswith(victim.stored_path.rsplit("/", 1)[0])
    }
    # And the new document lives in its own client's folder, under its own id
    new = next(d for d in _documents(sender) if d.id == doc_id)
    assert new.stored_path == f"documents/{other.hex}/{doc_id.hex}.txt"
    assert after[new.stored_path] == b"NOT THE VICTIM'S CV"


def _changed_cv_packet(store: Store, clock: FixedClock, key: Key) -> tuple[bytes, Document]:
    """A packet in which the colleague replaced a client's CV file and retitled it."""
    document = _documents(store)[0]

    def newer_file(manifest: dict, records: dict, documents: dict) -> None:
        documents[manifest["documents"][str(document.id)]] = b"NEWER CV FROM THE COLLEAGUE"
        for row in records["document"]:
            if row["id"] == str(document.id):
                row["title"] = "CV (nieuw)"
                row["updated_at"] = "2026-11-27T12:00:00+00:00"

    plain = plain_packet(store, clock, [document.client_id], key)
    return seal(repack(plain, newer_file), key), document


def test_a_failed_import_leaves_the_document_files_as_they_were(
    sender: Store, clock: FixedClock, key: Key, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, document = _changed_cv_packet(sender, clock, key)
    files_before, store_before = _files(sender), dump(sender)
    service = HandoverService(sender, clock)
    read = service.read(data, identities=[key.secret])

    # When the import fails at its very end (the disk fills up while auditing)
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(service, "_audit_event", full_disk)
    with pytest.raises(OSError):
        service.apply(read, {("document", document.id): Decision.TAKE_PACKET})
    # Then the store and every file are exactly as before, and no file was added
    assert dump(sender) == store_before
    assert _files(sender) == files_before


def test_a_document_taken_from_the_packet_keeps_the_old_file_in_its_history(
    sender: Store, clock: FixedClock, key: Key
) -> None:
    data, document = _changed_cv_packet(sender, clock, key)
    old_bytes = (sender.data_dir / document.stored_path).read_bytes()
    service = HandoverService(sender, clock)
    # When the colleague's version is taken
    service.apply(
        service.read(data, identities=[key.secret]),
        {("document", document.id): Decision.TAKE_PACKET},
    )
    # Then the document shows the new file, in the client's own folder
    (now,) = [d for d in _documents(sender) if d.id == document.id]
    assert now.title == "CV (nieuw)"
    assert (sender.data_dir / now.stored_path).read_bytes() == b"NEWER CV FROM THE COLLEAGUE"
    assert Path(now.stored_path).parent == Path("documents") / document.client_id.hex
    # And the replaced version in the record's history still names the old file, intact
    (old,) = service.history("document", document.id)
    assert (sender.data_dir / old["data"]["stored_path"]).read_bytes() == old_bytes
