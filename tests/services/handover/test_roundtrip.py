"""A packet carries whole client files from one store to another, and merging it again and
back is safe: identical records, conflicts decided, duplicates merged, nothing lost."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from jobhunter.models import AuditEvent, Client, ContactMoment, RecordVersion
from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.handover.closure import collect
from jobhunter.services.handover.merge import Decision, ItemKind
from jobhunter.services.handover.schema import carried_tables
from jobhunter.services.handover.service import HandoverService
from jobhunter.services.store import Store
from tests.services.handover.conftest import Key, client_ids, dump, export, read


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
