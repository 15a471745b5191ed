"""Erasure: the client leaves the store without a trace, in its rows, files, index and trail."""

from __future__ import annotations

import sqlite3
import stat
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, MetaData, Table, Text, Uuid, event, select, text

from jobhunter.models import AuditEvent, Base, Client
from jobhunter.services.activity import ContactService
from jobhunter.services.backup import make_backup
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import NotFoundError
from jobhunter.services.integrity import check_store
from jobhunter.services.privacy import audit, erasure
from jobhunter.services.privacy.erasure import ErasureService
from jobhunter.services.privacy.ownership import client_graph, owned_rows
from jobhunter.services.restore import restore_backup
from jobhunter.services.search import SearchService
from jobhunter.services.store import Store, connect
from jobhunter.services.store_errors import StoreDamagedError


# --- the forms a name can take in the files -------------------------------------------------
def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def name_forms(*words: str) -> set[str]:
    """Every case and accent form of each word: as typed, upper, lower, title, casefolded,
    Turkish capitals (İ), without accents; each in NFC and NFD."""
    forms: set[str] = set()
    for word in words:
        base = {word, _strip_accents(word)}
        for b in list(base):
            base |= {b.upper(), b.lower(), b.title(), b.casefold(), b.replace("i", "İ").upper()}
        for form in base:
            forms |= {unicodedata.normalize("NFC", form), unicodedata.normalize("NFD", form)}
    return forms


def encodings(forms: set[str]) -> Iterator[tuple[str, str, bytes]]:
    """Each form in every encoding SQLite can store text in."""
    for form in sorted(forms):
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            yield form, codec, form.encode(codec)


def store_files(store: Store) -> list[Path]:
    base = store.db_path
    return [
        p for p in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm"))) if p.exists()
    ]


def traces(store: Store, forms: set[str]) -> list[str]:
    found = []
    for path in store_files(store):
        data = path.read_bytes()
        for form, codec, needle in encodings(forms):
            if needle in data:
                found.append(f"{path.name}: {form!r} ({codec})")
    return found


def test_erasure_leaves_no_trace_of_the_name_in_the_store_and_its_wal(
    store: Store, clock: FixedClock, sensitive, form: str, encrypt
) -> None:
    forms = name_forms("Zoë", "Özdemir", "Yilmaz") | {"zoe.ozdemir@example.nl", "0612345678"}
    forms.add(sensitive.note)
    ids = {sensitive.client_id.hex, str(sensitive.client_id)}
    if form == "encrypted":
        encrypt(store)
        # Given an encrypted store, whose files show nothing even before the erasure
        # (6 bytes at least: shorter needles turn up in ciphertext by chance)
        assert [t for t in traces(store, forms) if len(t.split("'")[1]) >= 6] == []
    else:
        # Given the name is in the store, its WAL or both (the scan can see it)
        assert traces(store, forms)

    report = ErasureService(store, clock).erase(sensitive.client_id)

    assert report.wiped
    if form == "plain":
        assert traces(store, forms) == []
        assert traces(store, ids) == [], "the client's id was left (in the audit trail?)"
    # the search index has no token of the name left, not even an unmerged deleted one
    conn = connect(store.db_path)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_index, row)")
        terms = {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}
    finally:
        conn.close()
    assert not {"ozdemir", "zoe", "ozdemirs"} & terms
    assert "delft" in terms, "the neighbour's tokens must stay"
    assert SearchService(store, clock).search("Özdemir") == []


def test_erasure_removes_every_owned_row_and_keeps_the_neighbours(
    store: Store, clock: FixedClock, sensitive
) -> None:
    with store.session() as session:
        before = owned_rows(session, sensitive.client_id)
    assert {"barrier", "contact_moment", "document", "match", "stage_change", "appointment",
            "problem", "placement_outcome", "reflection", "consent"} <= {
        t for t, ids in before.items() if ids
    }  # fmt: skip

    report = ErasureService(store, clock).erase(sensitive.client_id)

    assert report.records == sum(len(ids) for ids in before.values())
    with store.session() as session:
        for table, ids in before.items():
            if not ids:  # nothing of hers there (or bookkeeping without ids, cascaded)
                continue
            t = Base.metadata.tables[table]
            left = session.scalars(select(t.c.id).where(t.c.id.in_(ids))).all()
            assert left == [], f"{table} keeps {len(left)} rows of the erased client"
    with pytest.raises(NotFoundError):
        ClientService(store, clock).get(sensitive.client_id)
    assert ClientService(store, clock).get(sensitive.neighbour_id).city == "Delft"
    assert ContactService(store, clock).for_employer(sensitive.employer_id), "employer log kept"
    assert check_store(store).healthy, check_store(store).problems


def test_erasure_removes_the_documents_from_disk(
    store: Store, clock: FixedClock, sensitive
) -> None:
    assert sensitive.document_path.exists()
    report = ErasureService(store, clock).erase(sensitive.client_id)
    assert report.documents_removed == 1 and report.files_left == []
    assert not sensitive.document_path.exists()
    assert not (store.data_dir / "documents" / sensitive.client_id.hex).exists()


def test_the_audit_trail_keeps_what_happened_under_a_pseudonym(
    store: Store, clock: FixedClock, sensitive
) -> None:
    with store.session() as session:
        before = session.scalar(
            select(text("count(*)"))
            .select_from(AuditEvent)
            .where(AuditEvent.client_id == sensitive.client_id)
        )
    assert before > 40

    report = ErasureService(store, clock).erase(sensitive.client_id)

    events = audit.AuditService(store, clock).events(client_id=report.pseudonym, limit=None)
    assert len(events) == before + 1  # the erasure itself is recorded
    assert events[0].action == "erase" and events[0].entity_id == report.pseudonym
    assert "Özdemir" not in (events[0].detail or "")
    for item in events:
        assert item.client_name is None
        assert item.entity_id in (None, report.pseudonym)
        # phase reasons, consent scopes and file names were details: they are gone
        assert item.detail is None or item.action in audit.DISCLOSURE_ACTIONS
    assert report.audit_events >= before


def test_a_detail_of_an_untraceable_old_event_naming_the_client_is_removed(
    store: Store, clock: FixedClock, sensitive
) -> None:
    # Given an event from before events named their client: a document removed long ago
    with store.session() as session:
        session.add(
            AuditEvent(
                at=clock.now(),
                actor="jan",
                action="delete",
                entity="document",
                entity_id=uuid.uuid4(),
                detail="cv_ozdemir_2024.pdf",
            )
        )
        session.add(
            AuditEvent(
                at=clock.now(),
                actor="jan",
                action="delete",
                entity="document",
                entity_id=uuid.uuid4(),
                detail="cv_de_vries.pdf",
            )
        )
    ErasureService(store, clock).erase(sensitive.client_id)
    with store.session() as session:
        details = set(session.scalars(select(AuditEvent.detail)))
    assert "cv_ozdemir_2024.pdf" not in details
    assert "cv_de_vries.pdf" in details


def test_the_plan_names_what_goes_and_who_else_mentions_the_client(
    store: Store, clock: FixedClock, sensitive
) -> None:
    ContactService(store, clock).log(
        "note", "Zoë Özdemir doet het goed hier", employer_id=sensitive.employer_id
    )
    plan = ErasureService(store, clock).plan(sensitive.client_id)
    assert plan.name == "Zoë Özdemir"
    assert plan.counts["client"] == 1 and plan.counts["contact_moment"] == 20
    assert plan.documents == ["CV Zoë Özdemir"]
    assert plan.audit_events > 40
    assert [m.title for m in plan.mentions] == ["Zoë Özdemir doet het goed hier"]


def test_deleting_a_client_through_the_client_service_erases_them(
    store: Store, clock: FixedClock, sensitive
) -> None:
    ClientService(store, clock).delete(sensitive.client_id)
    assert not sensitive.document_path.exists()
    assert traces(store, name_forms("Özdemir")) == []


def test_erasing_several_clients_wipes_once_and_reports_each(
    store: Store, clock: FixedClock, sensitive
) -> None:
    reports = ErasureService(store, clock).erase_many([sensitive.client_id, sensitive.neighbour_id])
    assert [r.client_id for r in reports] == [sensitive.client_id, sensitive.neighbour_id]
    assert all(r.wiped for r in reports)
    assert ClientService(store, clock).count() == 0
    assert traces(store, name_forms("Özdemir", "Vries")) == []


# --- generic over the schema ------------------------------------------------------------------
def test_a_table_added_later_that_hangs_from_a_client_record_is_erased_too(
    store: Store, clock: FixedClock, sensitive
) -> None:
    """Another branch adds a table referencing a match: its rows go without a line of code."""
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    extra = Table(
        "match_note", metadata,
        Column("id", Uuid, primary_key=True),
        Column("match_id", Uuid, ForeignKey("match.id", ondelete="CASCADE"), nullable=False),
        Column("text", Text),
    )  # fmt: skip
    with store.engine.begin() as conn:
        extra.create(conn)
        conn.execute(extra.insert().values(id=uuid.uuid4(), match_id=sensitive.match_id,
                                           text="Özdemir kreeg een compliment"))  # fmt: skip
    graph = client_graph(metadata)
    assert "match_note" in graph.tables
    assert graph.tables.index("match_note") > graph.tables.index("match")

    ErasureService(store, clock, metadata=metadata).erase(sensitive.client_id)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM match_note")).scalar() == 0
    assert traces(store, name_forms("Özdemir")) == []


def test_every_table_that_holds_client_data_is_known() -> None:
    """A new table hanging from a client record is erased and exported by the foreign-key
    walk; this list makes its author decide how anonymisation treats it (see
    services/privacy/anonymise.py) and check that the walk reaches it."""
    from jobhunter.services.privacy.anonymise import POLICY

    owned = set(client_graph().tables)
    assert owned == set(POLICY), (
        f"tables holding client data without an anonymisation policy: "
        f"{sorted(owned - set(POLICY))}; policies for tables no longer owned: "
        f"{sorted(set(POLICY) - owned)}"
    )
    assert Client.__tablename__ not in owned


def test_any_delete_overwrites_the_deleted_text_in_the_file(
    store: Store, clock: FixedClock
) -> None:
    """secure_delete is on for every connection, whatever SQLite's build default: a removed
    barrier note is not left in the store's free space for a later reader of the file."""

    from jobhunter.models.enums import BarrierKind
    from jobhunter.services.caseload import CaseloadService

    def build_default_off(dbapi_conn, _record) -> None:  # as on a build without it
        dbapi_conn.execute("PRAGMA secure_delete=OFF")

    event.listen(store.engine, "connect", build_default_off, insert=True)
    store.engine.dispose()

    clients = ClientService(store, clock)
    caseload = CaseloadService(store, clock)
    client = clients.create("Anna", "de Vries")
    for i in range(10):  # neighbours' barriers on the same page, so the page stays
        neighbour = clients.create("Buur", f"Nummer {i}")
        caseload.set_barrier(neighbour.id, BarrierKind.AGE, 1, f"Buur {i}")
    caseload.set_barrier(client.id, BarrierKind.HEALTH, 2, "Hernia-8731, rugklachten")
    caseload.clear_barrier(client.id, BarrierKind.HEALTH)
    conn = sqlite3.connect(store.db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert traces(store, {"Hernia-8731"}) == []


def test_a_stored_path_pointing_outside_the_documents_folder_is_never_removed(
    store: Store, clock: FixedClock, sensitive
) -> None:
    """A hostile document row (from a tampered store or packet) cannot make erasure delete a
    file elsewhere on the computer."""
    from jobhunter.models import Document

    outside = store.data_dir.parent / "belangrijk.txt"
    outside.write_text("niet van Jobhunter")
    with store.session() as session:
        document = session.scalars(
            select(Document).where(Document.client_id == sensitive.client_id)
        ).one()
        document.stored_path = "../belangrijk.txt"
    report = ErasureService(store, clock).erase(sensitive.client_id)
    assert outside.read_text() == "niet van Jobhunter"
    assert report.documents_removed == 0


# --- a wipe that cannot finish ----------------------------------------------------------------
def test_an_erasure_whose_wipe_fails_is_reported_as_done_and_unwiped(
    store: Store, clock: FixedClock, sensitive, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given SQLite fails during the wipe, after the deletion committed (a damaged page)
    def malformed(_conn: sqlite3.Connection) -> list[str]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(erasure, "fts_tables", malformed)
    # When the client is erased
    report = ErasureService(store, clock).erase(sensitive.client_id)
    # Then the erasure is reported as done, with the wipe unfinished, not as an error
    assert report.client_id == sensitive.client_id and not report.wiped
    assert [c.id for c in ClientService(store, clock).list_rows()] == [sensitive.neighbour_id]


def test_an_erasure_on_a_damaged_store_is_refused_before_anything_changes(
    store: Store, clock: FixedClock, sensitive, faults
) -> None:
    # Given a store with a damaged page
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()
    faults.damage(store.db_path, "ix_client_last_name")
    # When the client is erased, then it is refused with the advice to restore a backup
    with pytest.raises(StoreDamagedError, match="reservekopie"):
        ErasureService(store, clock).erase(sensitive.client_id)
    # and nothing was deleted: her document is still there
    assert sensitive.document_path.exists()


def test_the_wipe_rebuilds_the_file_once_while_a_reader_holds_the_log(
    store: Store, clock: FixedClock, sensitive
) -> None:
    # Given another program keeps reading the store (the WAL cannot be truncated)
    statements: list[str] = []
    store.engine.dispose()
    event.listen(
        store.engine, "connect", lambda conn, _rec: conn.set_trace_callback(statements.append)
    )
    reader = sqlite3.connect(store.db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM client").fetchone()
    try:
        # When a client is erased
        report = ErasureService(store, clock).erase(sensitive.client_id)
    finally:
        reader.close()
    # Then the file is rebuilt once; only the checkpoint was tried again, and it says so
    assert not report.wiped
    assert [s for s in statements if s.strip().upper() == "VACUUM"] == ["VACUUM"]


def test_a_disclosure_keeps_what_went_where_but_not_the_erased_name(
    store: Store, clock: FixedClock, sensitive
) -> None:
    # Given an earlier version recorded a profile saved under a file name with her name
    detail = "Groen BV; opgeslagen als /home/j/Kandidaatprofiel Zoë Özdemir - Groen BV.pdf"
    audit.AuditService(store, clock).record(
        audit.PRINT_PROFILE, "client", sensitive.client_id, detail, client_id=sensitive.client_id
    )
    # When she is erased
    report = ErasureService(store, clock).erase(sensitive.client_id)
    # Then the trail still says a profile went to Groen BV, without her name, anywhere
    events = audit.AuditService(store, clock).events(client_id=report.pseudonym, limit=None)
    (printed,) = [e for e in events if e.action == audit.PRINT_PROFILE]
    assert printed.detail == "Groen BV; opgeslagen als /home/j/Kandidaatprofiel … … - Groen BV.pdf"
    assert traces(store, name_forms("Özdemir")) == []


# --- the erasure ledger -----------------------------------------------------------------------
def test_restoring_a_backup_from_before_an_erasure_erases_the_client_again(
    store: Store, clock: FixedClock, sensitive
) -> None:
    # Given a backup made while Zoë was still in the caseload, and her erasure since
    made = make_backup(store, clock).info
    assert made is not None
    kept = store.data_dir.parent / "usb-stick.sqlite"  # a copy kept elsewhere, as users do
    kept.write_bytes(made.path.read_bytes())
    ErasureService(store, clock).erase(sensitive.client_id)
    # When that copy is restored
    store.engine.dispose()
    result = restore_backup(store.data_dir, kept, clock)
    store.reopen()
    # Then she is erased again, and the restore says so; her neighbour is back as he was
    assert result.erased_again == 1
    assert [c.id for c in ClientService(store, clock).list_rows()] == [sensitive.neighbour_id]
    erasures = audit.AuditService(store, clock).events(groups={"erase"}, limit=None)
    assert [e.action for e in erasures] == ["erase"], "the new erasure is in the trail"
    assert traces(store, name_forms("Özdemir")) == []
    # and the ledger beside the store keeps neither her name nor her id
    ledger = (store.data_dir / "erased.json").read_bytes()
    assert str(sensitive.client_id).encode() not in ledger
    assert sensitive.client_id.hex.encode() not in ledger and b"zdemir" not in ledger
    assert stat.S_IMODE((store.data_dir / "erased.json").stat().st_mode) == 0o600
