"""A packet carries whole client files from one store to another, and merging it again and
back is safe: identical records, conflicts decided, duplicates merged, nothing lost."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jobhunter.models import AuditEvent, Client, Consent, ContactMoment, Match, RecordVersion
from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.handover.closure import collect
from jobhunter.services.handover.merge import Decision, ItemKind
from jobhunter.services.handover.schema import carried_tables
from jobhunter.services.handover.service import ExportRequest, HandoverService, Protection
from jobhunter.services.store import Store
from tests.services.handover.conftest import (
    Key,
    client_ids,
    dump,
    export,
    plain_packet,
    read,
    repack,
    seal,
)


def _rows(store: Store, table: str, ids: set) -> dict:
    info = {t.name: t for t in carried_tables()}[table]
    with store.engine.connect() as conn:
        rows = conn.execute(select(info.table).where(info.table.c.id.in_(ids)))
        return {r.id: dict(r._mapping) for r in rows}


def test_a_round_trip_gives_identical_records_of_every_kind_and_documents(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key, form, encrypt
) -> None:
    if form == "encrypted":  # both stores encrypted, each with its own key
        encrypt(sender)
        encrypt(receiver)
    # Given a caseload where the chosen clients have records of every kind
    ids = client_ids(sender)
    with sender.session() as session:
        closure = collect(session, ids)
    empty = [t.name for t in carried_tables() if not closure.rows.get(t.name)]
    assert not empty, f"the test data should hold every kind of record; none of {empty}"
    # When they are exported, and the packet is imported into another store
    packet = export(sender, clock, ids, tmp_path / "p.age", key, notes={ids[0]: "Let op: bang"})
    _preview, result = HandoverService(receiver, clock).apply(read(receiver, clock, packet, key))
    assert result.new > 0
    # Then every record of every table is there with every column equal
    with sender.session() as session:
        after_export = collect(session, ids)  # now including the handover note
    for info in carried_tables():
        wanted = set(after_export.rows[info.name])
        mine, theirs = _rows(sender, info.name, wanted), _rows(receiver, info.name, wanted)
        assert set(theirs) == wanted, info.name
        for record_id, row in mine.items():
            assert theirs[record_id] == row, (info.name, record_id)
    # And the documents arrived byte for byte
    for doc in after_export.rows["document"].values():
        original = (sender.data_dir / doc["stored_path"]).read_bytes()
        assert (receiver.data_dir / doc["stored_path"]).read_bytes() == original
    # And the note is in the client's contact log on both sides
    with receiver.session() as session:
        notes = session.scalars(select(ContactMoment).where(ContactMoment.body == "Let op: bang"))
        assert [n.client_id for n in notes] == [ids[0]]


def test_other_clients_at_the_same_employer_stay_home(sender: Store, clock: FixedClock) -> None:
    # Given two clients, one chosen
    ids = client_ids(sender)
    with sender.session() as session:
        closure = collect(session, ids[:1])
        whole = collect(session, ids[:1], whole_network=True)
        employers = session.scalar(select(Client).where(Client.id == ids[0]))
    # Then no match, contact or appointment of any other client travels
    for table in ("match", "contact_moment", "appointment", "barrier"):
        assert {r["client_id"] for r in closure.rows[table].values()} <= {ids[0], None}
    assert set(closure.rows["client"]) == {ids[0]}
    # And the employers travel only where this client touches them, unless asked for all
    touched = {m["employer_id"] for m in closure.rows["match"].values()}
    assert touched <= set(closure.rows["employer"])
    assert len(whole.rows["employer"]) == 8 and set(whole.rows["client"]) == {ids[0]}
    assert employers is not None


def test_the_same_packet_twice_changes_nothing(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    packet = export(sender, clock, client_ids(sender, 3), tmp_path / "p.age", key)
    service = HandoverService(receiver, clock)
    service.apply(read(receiver, clock, packet, key))
    before = dump(receiver)
    # When the same packet is imported again
    preview, result = service.apply(read(receiver, clock, packet, key))
    # Then everything is identical and the store's file holds exactly what it held
    assert set(preview.counts) == {ItemKind.IDENTICAL}
    assert result.new == result.updated == 0
    assert dump(receiver) == before


def _round(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> tuple[list, HandoverService]:
    """Sender hands three clients to the receiver."""
    ids = client_ids(sender, 3)
    export(sender, clock, ids, tmp_path / "first.age", key)
    service = HandoverService(receiver, clock)
    service.apply(read(receiver, clock, tmp_path / "first.age", key))
    return ids, service


def test_a_record_changed_only_in_the_packet_is_taken_and_the_old_version_kept(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids, service = _round(sender, receiver, clock, tmp_path, key)
    # Given the sender changes a client afterwards, the receiver does not
    clock.advance(timedelta(hours=1))
    ClientService(sender, clock).update(ids[0], phone="06-11112222")
    export(sender, clock, ids, tmp_path / "second.age", key)
    # When the new packet is previewed and applied
    packet = read(receiver, clock, tmp_path / "second.age", key)
    preview = service.preview(packet)
    item = next(i for i in preview.items if i.table == "client" and i.packet_id == ids[0])
    assert item.kind is ItemKind.NEWER
    assert not preview.decisions
    service.apply(packet)
    # Then the change arrived and the replaced version is in the record's history
    assert ClientService(receiver, clock).get(ids[0]).phone == "06-11112222"
    history = service.history("client", ids[0])
    assert len(history) == 1 and history[0]["data"]["phone"] != "06-11112222"


def test_a_record_changed_only_here_is_kept(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids, service = _round(sender, receiver, clock, tmp_path, key)
    clock.advance(timedelta(hours=1))
    ClientService(receiver, clock).update(ids[0], city="Zwolle")
    export(sender, clock, ids, tmp_path / "again.age", key)
    preview, _ = service.apply(read(receiver, clock, tmp_path / "again.age", key))
    item = next(i for i in preview.items if i.table == "client" and i.packet_id == ids[0])
    assert item.kind is ItemKind.LOCAL_NEWER
    assert ClientService(receiver, clock).get(ids[0]).city == "Zwolle"


def _conflict(sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key) -> tuple:
    """The receiver sends the clients back after both sides changed the same client."""
    ids, _service = _round(sender, receiver, clock, tmp_path, key)
    clock.advance(timedelta(hours=1))
    ClientService(receiver, clock).update(ids[0], phone="06-22223333", city=None)
    ClientService(sender, clock).update(ids[0], phone="06-44445555", city="Delft")
    export(receiver, clock, ids, tmp_path / "back.age", key)
    home = HandoverService(sender, clock)
    packet = read(sender, clock, tmp_path / "back.age", key)
    preview = home.preview(packet)
    conflicts = [i for i in preview.decisions if i.kind is ItemKind.CONFLICT]
    return ids, home, packet, conflicts


def test_a_conflict_keeps_mine_by_default_and_the_packets_version_in_history(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids, home, packet, conflicts = _conflict(sender, receiver, clock, tmp_path, key)
    # Then the client changed on both sides is a conflict, naming the differing fields
    assert [(c.table, c.packet_id) for c in conflicts] == [("client", ids[0])]
    assert "phone" in {name for name, _m, _t in conflicts[0].differences}
    # When applied without a decision, mine stays; the packet's version is kept in history
    home.apply(packet)
    assert ClientService(sender, clock).get(ids[0]).phone == "06-44445555"
    assert home.history("client", ids[0])[0]["data"]["phone"] == "06-22223333"


def test_a_conflict_resolved_for_the_packet(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids, home, packet, conflicts = _conflict(sender, receiver, clock, tmp_path, key)
    home.apply(packet, {conflicts[0].key: Decision.TAKE_PACKET})
    client = ClientService(sender, clock).get(ids[0])
    assert (client.phone, client.city) == ("06-22223333", None)
    assert home.history("client", ids[0])[0]["data"]["phone"] == "06-44445555"
    # And importing the same packet again changes nothing
    before = dump(sender)
    home.apply(read(sender, clock, tmp_path / "back.age", key), {})
    assert dump(sender) == before


def test_a_conflict_merged_fills_my_empty_fields(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids, home, packet, _conflicts = _conflict(sender, receiver, clock, tmp_path, key)
    # Given my version has no e-mail address, the packet's has one
    theirs = ClientService(receiver, clock).get(ids[0]).email
    assert theirs
    ClientService(sender, clock).update(ids[0], email=None)
    preview = home.preview(packet)
    key_ = next(i.key for i in preview.decisions)
    # When merged
    home.apply(packet, {key_: Decision.MERGE})
    # Then mine stays where I had a value, the packet fills what I lacked
    client = ClientService(sender, clock).get(ids[0])
    assert client.phone == "06-44445555" and client.city == "Delft"
    assert client.email == theirs
    # And both versions are in the history
    assert len(home.history("client", ids[0])) == 2


def test_a_likely_duplicate_is_merged_into_the_existing_client(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    # Given the receiver registered the same person herself (same e-mail, another id)
    ids = client_ids(sender, 1)
    original = ClientService(sender, clock).get(ids[0])
    mine = ClientService(receiver, clock).create(
        original.first_name, original.last_name, email=original.email.upper()
    )
    export(sender, clock, ids, tmp_path / "p.age", key)
    service = HandoverService(receiver, clock)
    packet = read(receiver, clock, tmp_path / "p.age", key)
    # When the preview shows the duplicate and the user merges it into her own record
    preview = service.preview(packet)
    duplicate = next(i for i in preview.decisions if i.kind is ItemKind.DUPLICATE)
    assert duplicate.local_id == mine.id and duplicate.reason == "zelfde e-mailadres"
    assert Decision.SEPARATE in duplicate.options
    _, result = service.apply(packet, {duplicate.key: Decision.KEEP_LOCAL})
    # Then there is one client, hers, with the packet's file attached to it
    with receiver.session() as session:
        clients = session.scalars(select(Client)).all()
        moments = session.scalars(
            select(ContactMoment).where(ContactMoment.client_id == mine.id)
        ).all()
        versions = session.scalars(select(RecordVersion)).all()
    assert [c.id for c in clients] == [mine.id]
    assert len(moments) > 0 and result.merged >= 1
    assert any(v.record_id == mine.id and v.table_name == "client" for v in versions)
    # And the next import of the same packet remembers the decision and changes nothing
    before = dump(receiver)
    again = service.preview(read(receiver, clock, tmp_path / "p.age", key))
    assert not again.decisions and not again.changes_anything
    service.apply(read(receiver, clock, tmp_path / "p.age", key))
    assert dump(receiver) == before


def test_a_duplicate_kept_apart_is_imported_as_a_second_client(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids = client_ids(sender, 1)
    original = ClientService(sender, clock).get(ids[0])
    ClientService(receiver, clock).create(
        original.first_name, original.last_name, email=original.email
    )
    export(sender, clock, ids, tmp_path / "p.age", key)
    service = HandoverService(receiver, clock)
    service.apply(read(receiver, clock, tmp_path / "p.age", key))  # default: apart
    assert ClientService(receiver, clock).count() == 2


def test_export_is_audited_per_client_and_transfer_closes_the_trajectory(
    sender: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids = client_ids(sender, 2)
    export(sender, clock, ids, tmp_path / "p.age", key)
    service = HandoverService(sender, clock)
    assert service.mark_transferred(ids, "Collega") == 2
    with sender.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "client")).all()
    exported = [e for e in events if e.action == "export_packet"]
    assert sorted(e.entity_id for e in exported) == sorted(ids)
    assert all("Collega" in (e.detail or "") for e in exported)
    assert sorted(e.entity_id for e in events if e.action == "mark_transferred") == sorted(ids)
    client = ClientService(sender, clock).get(ids[0])
    assert client.phase is Phase.CLOSED


def test_import_is_audited_per_client(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids = client_ids(sender, 2)
    export(sender, clock, ids, tmp_path / "p.age", key)
    HandoverService(receiver, clock).apply(read(receiver, clock, tmp_path / "p.age", key))
    with receiver.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "import_packet")
        ).all()
    assert sorted(e.entity_id for e in events) == sorted(ids)


def test_a_record_deleted_here_after_an_import_stays_deleted(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from jobhunter.models import Barrier

    ids, service = _round(sender, receiver, clock, tmp_path, key)
    # Given the receiver deleted a barrier that came with the packet
    with receiver.session() as session:
        barrier = session.scalars(select(Barrier).where(Barrier.client_id.in_(ids))).first()
        assert barrier is not None
        kind, client_id = barrier.kind, barrier.client_id
    from jobhunter.services.caseload import CaseloadService

    CaseloadService(receiver, clock).clear_barrier(client_id, kind)
    before = dump(receiver)
    # When the same packet is imported again
    preview, _ = service.apply(read(receiver, clock, tmp_path / "first.age", key))
    # Then the barrier is not brought back, and nothing changes
    assert preview.counts.get(ItemKind.NEW, 0) == 0
    assert dump(receiver) == before


def test_a_change_here_between_preview_and_import_is_not_overwritten(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    ids, service = _round(sender, receiver, clock, tmp_path, key)
    clock.advance(timedelta(hours=1))
    ClientService(sender, clock).update(ids[0], phone="06-11112222")
    export(sender, clock, ids, tmp_path / "second.age", key)
    packet = read(receiver, clock, tmp_path / "second.age", key)
    # Given the preview says the packet's version is simply newer
    item = next(i for i in service.preview(packet).items if i.packet_id == ids[0])
    assert item.kind is ItemKind.NEWER
    # When the user edits the same client before pressing Import
    ClientService(receiver, clock).update(ids[0], city="Zwolle")
    _preview, _ = service.apply(packet)
    # Then the import saw the change (a conflict, mine kept), and nothing was lost
    client = ClientService(receiver, clock).get(ids[0])
    assert client.city == "Zwolle" and client.phone != "06-11112222"
    assert service.history("client", ids[0])[0]["data"]["phone"] == "06-11112222"


# --- found in review ---------------------------------------------------------------------
def _before_consent_categories() -> str:
    """The schema just before consents named their categories (migration 0012)."""
    from jobhunter.services.schema_revisions import revision_graph

    (previous,) = revision_graph()["0012"]
    return previous


def test_a_packet_from_an_older_jobhunter_gets_the_columns_it_lacks_filled_in(
    sender: Store, receiver: Store, clock: FixedClock, key: Key
) -> None:
    # Given a packet written by an older version, before consents named their categories
    ids = client_ids(sender, 6)

    def older(manifest: dict, records: dict, documents: dict) -> None:
        manifest["schema"] = _before_consent_categories()
        for row in records["consent"]:
            row.pop("categories")

    data = seal(repack(plain_packet(sender, clock, ids, key), older), key)
    # When it is imported, Then it is accepted and the consents name no categories
    service = HandoverService(receiver, clock)
    service.apply(service.read(data, identities=[key.secret]))
    with receiver.session() as session:
        consents = session.scalars(select(Consent)).all()
    assert consents and all(c.categories == [] for c in consents)


def test_a_packet_of_this_jobhunter_without_a_required_field_is_still_refused(
    sender: Store, receiver: Store, clock: FixedClock, key: Key
) -> None:
    from jobhunter.services.handover.errors import DamagedPacketError

    def lacking(manifest: dict, records: dict, documents: dict) -> None:
        for row in records["consent"]:
            row.pop("categories")

    data = seal(repack(plain_packet(sender, clock, client_ids(sender, 6), key), lacking), key)
    with pytest.raises(DamagedPacketError):
        HandoverService(receiver, clock).read(data, identities=[key.secret])


def test_a_restore_between_preview_and_import_is_noticed(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from jobhunter.services.backup import make_backup
    from jobhunter.services.restore import restore_backup

    ids, service = _round(sender, receiver, clock, tmp_path, key)
    make_backup(receiver, clock)
    clock.advance(timedelta(hours=1))
    ClientService(sender, clock).update(ids[0], phone="06-11112222")
    export(sender, clock, ids, tmp_path / "second.age", key)
    packet = read(receiver, clock, tmp_path / "second.age", key)
    # Given the preview says the packet's version is simply newer
    item = next(i for i in service.preview(packet).items if i.packet_id == ids[0])
    assert item.kind is ItemKind.NEWER
    # When the backup is restored under the open store (as the window does) and the
    # user then edits the same client before pressing Import
    restore_backup(receiver.data_dir, clock=clock)
    receiver.reopen()
    ClientService(receiver, clock).update(ids[0], city="Zwolle")
    service.apply(packet)
    # Then the import saw the edit: a conflict, mine kept
    assert ClientService(receiver, clock).get(ids[0]).city == "Zwolle"


def test_a_plan_is_made_from_one_reading_of_the_store(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from sqlalchemy.orm import Session

    from jobhunter.services.handover.merge import make_plan, read_local

    # Given a packet whose client is likely the same person as one of mine
    ids = client_ids(sender, 1)
    original = ClientService(sender, clock).get(ids[0])
    ClientService(receiver, clock).create(
        original.first_name, original.last_name, email=original.email
    )
    contents = read(receiver, clock, export(sender, clock, ids, tmp_path / "p.age", key), key)
    # When the store is read in one transaction that then ends
    with receiver.engine.connect() as connection:
        session = Session(bind=connection)
        local = read_local(session, contents.contents)
        session.close()
    # Then deciding the duplicate either way needs nothing more from the store
    for decision in (Decision.TAKE_PACKET, Decision.MERGE, Decision.SEPARATE):
        plan = make_plan(contents.contents, local, {("client", ids[0]): decision}, clock.now())
        assert plan.actions


def _shared_employer(store: Store) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """An employer with matches of two clients: (employer, client A, the other's match)."""
    with store.session() as session:
        matches = session.scalars(select(Match).order_by(Match.id)).all()
    by_employer: dict[uuid.UUID, dict[uuid.UUID, uuid.UUID]] = {}
    for match in matches:
        by_employer.setdefault(match.employer_id, {})[match.client_id] = match.id
    for employer_id, clients in by_employer.items():
        if len(clients) >= 2:
            (a, _), (_b, other_match) = list(clients.items())[:2]
            return employer_id, a, other_match
    raise AssertionError("the test data should have two clients at one employer")


def test_a_reference_the_export_emptied_is_no_conflict_and_keeps_the_local_link(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from jobhunter.models import Arrangement
    from jobhunter.models.enums import ArrangementKind
    from jobhunter.services.employers import EmployerService

    # Given an arrangement at an employer that supports another client's placement
    employer_id, client_a, other_match = _shared_employer(sender)
    arrangement = EmployerService(sender, clock).save_arrangement(
        employer_id, ArrangementKind.JOBCOACH, match_id=other_match
    )
    with sender.session() as session:
        closure = collect(session, [client_a])
    assert ("arrangement", arrangement.id, "match_id") in closure.dropped_references
    # When a fresh export of client A is read back into the same, unchanged store
    packet = export(sender, clock, [client_a], tmp_path / "self.age", key)
    home = HandoverService(sender, clock)
    preview = home.preview(read(sender, clock, packet, key))
    # Then nothing is a conflict or newer: the emptied reference is unknown, not changed
    assert not preview.decisions
    assert set(preview.counts) == {ItemKind.IDENTICAL}, preview.counts
    # And a packet whose arrangement did change keeps the link the receiver knows
    with sender.session() as session:
        both = {client_a} | {
            m.client_id for m in session.scalars(select(Match).where(Match.id == other_match))
        }
    export(sender, clock, sorted(both), tmp_path / "both.age", key)
    service = HandoverService(receiver, clock)
    service.apply(read(receiver, clock, tmp_path / "both.age", key))
    clock.advance(timedelta(hours=1))
    EmployerService(sender, clock).save_arrangement(
        employer_id,
        ArrangementKind.JOBCOACH,
        arrangement_id=arrangement.id,
        match_id=other_match,
        notes="Jobcoach twee dagen per week",
    )
    export(sender, clock, [client_a], tmp_path / "later.age", key)
    later = read(receiver, clock, tmp_path / "later.age", key)
    service.apply(later, {i.key: Decision.TAKE_PACKET for i in service.preview(later).decisions})
    with receiver.session() as session:
        kept = session.get(Arrangement, arrangement.id)
        assert kept is not None
        assert (kept.notes, kept.match_id) == ("Jobcoach twee dagen per week", other_match)


def test_the_senders_retention_decisions_stay_with_the_sender(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from jobhunter.models import RetentionDecision

    # Given a closed client whose file the sender decided to keep longer
    with sender.session() as session:
        decision = session.scalars(select(RetentionDecision)).first()
        assert decision is not None
        client_id = decision.client_id
    # When that client is handed over
    export(sender, clock, [client_id], tmp_path / "p.age", key)
    HandoverService(receiver, clock).apply(read(receiver, clock, tmp_path / "p.age", key))
    # Then the receiver's retention schedule is the receiver's own: no decision arrived
    with receiver.session() as session:
        assert session.scalars(select(RetentionDecision)).all() == []
        assert session.get(Client, client_id) is not None


def test_an_export_whose_audit_fails_leaves_the_earlier_packet_in_place(
    sender: Store, clock: FixedClock, tmp_path: Path, key: Key, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a packet made earlier under the same name
    target = export(sender, clock, client_ids(sender, 1), tmp_path / "overdracht.age", key)
    earlier = target.read_bytes()
    before = dump(sender)
    service = HandoverService(sender, clock)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(service, "_audit_event", full_disk)
    # When a new export to that name cannot be audited
    request = ExportRequest(client_ids(sender, 2), Protection("Collega", public_key=key.public))
    with pytest.raises(OSError):
        service.export(request, target)
    # Then the earlier packet is still there, whole, and nothing else was left behind
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".age")) == [target.name]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert dump(sender) == before
