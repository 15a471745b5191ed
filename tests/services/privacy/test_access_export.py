"""Access export (AVG art. 15): everything about one client, readable and machine-readable."""

from __future__ import annotations

import errno
import json
import stat
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Column, ForeignKey, MetaData, Table, Text, Uuid

from jobhunter.models import Base
from jobhunter.services.clock import FixedClock
from jobhunter.services.privacy.access_export import AccessExportService, folder_name
from jobhunter.services.privacy.audit import AuditService
from jobhunter.services.privacy.ownership import owned_rows
from jobhunter.services.store import Store


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_export_holds_every_record_of_the_client(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path, form: str, encrypt
) -> None:
    if form == "encrypted":
        encrypt(store)
    result = AccessExportService(store, clock).export(sensitive.client_id, tmp_path / "out")
    exported = json.loads(result.json.read_text(encoding="utf-8"))
    with store.session() as session:
        owned = owned_rows(session, sensitive.client_id)
    # every owned row is in the JSON, by id, table by table
    for table, ids in owned.items():
        if table == "client":
            assert exported["client"]["id"] == str(sensitive.client_id)
            continue
        assert {r["id"] for r in exported["records"].get(table, [])} == {str(i) for i in ids}
    assert exported["related"]["employer"] == {
        str(sensitive.employer_id): "Groenvoorziening Van Dijk"
    }
    assert exported["retention"] is None  # the trajectory is still open
    assert any(e["action"] == "consent" for e in exported["processing"])
    # and nothing of the neighbour
    assert str(sensitive.neighbour_id) not in result.json.read_text(encoding="utf-8")
    assert result.seconds < 60


def test_the_pdf_reads_as_a_document_for_the_client(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    result = AccessExportService(store, clock).export(sensitive.client_id, tmp_path / "out")
    text = pdf_text(result.pdf)
    for expected in ("Inzage in uw gegevens", "Zoë Özdemir", "Schulden", "Depressie",
                     "Taalcursus", "Gebeld met Zoë Özdemir", "Groenvoorziening Van Dijk",
                     "Proefplaatsing", "Cv en werkervaring", "Uw rechten",
                     "Autoriteit Persoonsgegevens", "Vertrouwelijk"):  # fmt: skip
        assert expected in text, expected
    assert "Anna" not in text


def test_documents_are_listed_and_included_privately(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = AccessExportService(store, clock).export(sensitive.client_id, out)
    (copy,) = result.documents
    assert copy.read_bytes() == sensitive.document_path.read_bytes()
    assert copy.name == "01 CV Zoë Özdemir.pdf"
    exported = json.loads(result.json.read_text(encoding="utf-8"))
    (listed,) = exported["documents"]
    assert listed["file"] == "documenten/01 CV Zoë Özdemir.pdf" and len(listed["sha256"]) == 64
    for path in (out, out / "documenten", copy, result.pdf, result.json):
        assert stat.S_IMODE(path.stat().st_mode) in (0o600, 0o700), path


def test_a_missing_document_file_is_listed_as_missing(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    sensitive.document_path.unlink()
    result = AccessExportService(store, clock).export(sensitive.client_id, tmp_path / "out")
    assert result.missing == ["CV Zoë Özdemir.pdf"] and result.documents == []
    assert "ontbreekt" in pdf_text(result.pdf)


def test_the_export_is_recorded(store: Store, clock: FixedClock, sensitive, tmp_path: Path):
    AccessExportService(store, clock).export(sensitive.client_id, tmp_path / "out")
    (event,) = AuditService(store, clock).events(groups={"export"}, client_id=sensitive.client_id)
    assert event.action == "export_access" and str(tmp_path / "out") in (event.detail or "")


def test_a_table_added_later_is_in_the_export(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    extra = Table(
        "coaching_note", metadata,
        Column("id", Uuid, primary_key=True),
        Column("client_id", Uuid, ForeignKey("client.id", ondelete="CASCADE"), nullable=False),
        Column("text", Text),
    )  # fmt: skip
    with store.engine.begin() as conn:
        extra.create(conn)
        conn.execute(extra.insert().values(id=uuid.uuid4(), client_id=sensitive.client_id,
                                           text="Oefent elke week met de jobcoach"))  # fmt: skip
    service = AccessExportService(store, clock, metadata=metadata)
    result = service.export(sensitive.client_id, tmp_path / "out")
    exported = json.loads(result.json.read_text(encoding="utf-8"))
    assert exported["records"]["coaching_note"][0]["text"] == "Oefent elke week met de jobcoach"
    assert "Oefent elke week met de jobcoach" in pdf_text(result.pdf)


def test_the_folder_name_is_safe() -> None:
    from datetime import date

    assert folder_name("Zoë Özdemir", date(2026, 3, 16)) == "Inzage Zoë Özdemir 2026-03-16"
    assert "/" not in folder_name("../../etc/passwd", date(2026, 3, 16))


def test_hostile_document_names_and_paths_stay_inside_the_export(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from jobhunter.models import Document

    secret = store.data_dir.parent / "geheim.txt"
    secret.write_text("niet voor de cliënt")
    with store.session() as session:
        document = session.scalars(select(Document)).one()
        document.original_name = "../../.bashrc"
    out = tmp_path / "out"
    result = AccessExportService(store, clock).export(sensitive.client_id, out)
    (copy,) = result.documents
    assert copy.parent == out / "documenten" and copy.name == "01 bashrc"  # no hidden file either
    with store.session() as session:
        session.scalars(select(Document)).one().stored_path = "../geheim.txt"
    again = AccessExportService(store, clock).export(sensitive.client_id, tmp_path / "again")
    assert again.documents == [] and again.missing == ["../../.bashrc"]
    assert "niet voor de cliënt" not in again.json.read_text(encoding="utf-8")


def test_an_existing_folder_keeps_its_mode_and_gets_the_whole_export(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    # Given the user's own folder, readable by others, with a file of their own
    home = tmp_path / "home"
    home.mkdir()
    out = home / "Documenten"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    (out / "eigen.txt").write_text("van de gebruiker", encoding="utf-8")
    # When the export is written into it
    result = AccessExportService(store, clock).export(sensitive.client_id, out)
    # Then the folder keeps its mode and the user's file; the export's files are private
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert (out / "eigen.txt").read_text(encoding="utf-8") == "van de gebruiker"
    for path in (out / "documenten", *result.documents, result.pdf, result.json):
        assert stat.S_IMODE(path.stat().st_mode) in (0o600, 0o700), path
    assert [p.name for p in home.iterdir()] == ["Documenten"], "no temporary folder left"


def test_a_failed_export_leaves_no_document_copy_and_no_entry(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path, monkeypatch
) -> None:
    # Given the disk fills up while the PDF is written, after the documents were copied
    from jobhunter.services.privacy import access_pdf

    def full(*_args: object, **_kwargs: object) -> bytes:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(access_pdf, "render_access_pdf", full)
    home = tmp_path / "home"
    home.mkdir()
    out = home / "out"
    # When the export runs, then it fails
    with pytest.raises(OSError):
        AccessExportService(store, clock).export(sensitive.client_id, out)
    # and no copy of her documents is left anywhere, nor an entry saying it was exported
    assert list(home.iterdir()) == []
    assert AuditService(store, clock).events(groups={"export"}) == []


def test_the_trail_names_the_export_folder_without_the_client_name(
    store: Store, clock: FixedClock, sensitive, tmp_path: Path
) -> None:
    # Given the export goes to the folder the window proposes, named after the client
    out = tmp_path / folder_name("Zoë Özdemir", clock.today())
    AccessExportService(store, clock).export(sensitive.client_id, out)
    # Then the trail says where, but not whose name was on the folder
    (event,) = AuditService(store, clock).events(groups={"export"}, client_id=sensitive.client_id)
    assert str(tmp_path) in (event.detail or "")
    assert "Özdemir" not in (event.detail or "") and "Zoë" not in (event.detail or "")
