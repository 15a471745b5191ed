"""The employer briefing as printed: every part the jobhunter and candidate need, names in
any Latin script, no other client's name, one or two pages, and every print audited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jobhunter.models import AuditEvent
from jobhunter.models.enums import Sector
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.documents.service import DocumentService
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store

from .conftest import BARRIER_NOTES, CLIENT_NOTES, Printed, page_count, pdf_text


def _audit(store: Store, action: str) -> list[AuditEvent]:
    with store.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_every_part_of_the_briefing_is_printed_with_its_names_intact(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    document = DocumentService(store, clock).briefing_pdf(printed.match_id)
    text = pdf_text(document.data)
    # Then the header names candidate and employer in their own scripts
    assert "BRIEFING VOOR HET SOLLICITATIEGESPREK" in text
    assert "Nguyễn Thị Hồng bij Ağaoğlu Bakkerij & Zonen" in text
    for heading in ("Het gesprek", "De functie", "De werkgever", "Voorbereiding"):
        assert heading in text
    # the interview: when, where, whom to ask for, who attends, what was agreed
    assert "donderdag 19 maart 2026" in text and "om 10:30" in text
    assert "Şahinstraat 12, 3401 AB Ĳsselstein" in text and "werkplek in Nieuwegein" in text
    assert "Łukasz Wróbel" in text and "030-6881234" in text and "Bedrijfsleider" in text
    assert "Ĳsbrand de Vries (jobhunter" in text  # the employer wants the jobhunter there
    assert "Zes maanden, daarna vast" in text
    assert "Proeftijd of proefplaatsing Nog niet afgesproken" in text
    assert "Proefplaatsing (aangeboden" in text and "behoud van uitkering" in text
    # the workplace and how the candidate meets each requirement
    assert "Brood snijden, inpakken en etiketteren" in text and "geen nachtdienst" in text
    assert "Nederlands A2 harde eis ✔ voldoet Nederlands B1, A2 gevraagd." in text
    assert "24 uur per week harde eis ✔ voldoet" in text
    assert "Certificaat HACCP wens ? navragen" in text
    # the employer: profile, motives, what works, earlier placements
    for fragment in (
        "Productie", "https://agaoglu.example.nl", "MVO en Personeelstekort",
        "de eigenaar werkt zelf mee", "Start om 05:00", "zes nationaliteiten",
        "Twee statushouders", "Rondleiding door Ștefan Țăranu",
        "Wil twee kandidaten per jaar", "liefst via telefoon",
    ):  # fmt: skip
        assert fragment in text, fragment
    assert "Eerdere plaatsingen bij deze werkgever" in text and "Medewerker inpak" in text
    # the checklists, with what is still open
    assert "3 van 12 gedaan" in text and "9 punten open" in text
    assert "Kopie van het taaldiploma meenemen" in text and "Bus 77, 10:05" in text
    # And the footer signs every page
    assert "Ĳsbrand de Vries · 06-12345678 · Werkplein Lekstroom" in text
    assert "Vertrouwelijk · pagina 1 van" in text and "afgedrukt 16-03-2026" in text


def test_the_briefing_names_no_other_client_and_nothing_from_the_client_file(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    text = pdf_text(DocumentService(store, clock).briefing_pdf(printed.match_id).data)
    assert printed.earlier_client not in text
    assert "Ĳsbrand Ağaoğlu" not in text
    for note in (*BARRIER_NOTES.values(), CLIENT_NOTES, "Schuldhulp"):
        assert note not in text


def test_a_rich_briefing_fits_on_one_or_two_pages(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    assert page_count(DocumentService(store, clock).briefing_pdf(printed.match_id).data) <= 2


def test_until_the_profile_is_filled_in_the_briefing_says_what_is_missing(
    store: Store, clock: FixedClock
) -> None:
    client = ClientService(store, clock).create("Ana", "Popescu")
    employer = EmployerService(store, clock).create("Schoonmaak Ștefănescu", Sector.CLEANING)
    match = MatchService(store, clock).propose(client.id, employer.id)
    document = DocumentService(store, clock).briefing_pdf(match.id)
    text = pdf_text(document.data)
    assert "Je naam en telefoonnummer ontbreken in de voettekst" in text
    assert "Bestand › Instellingen" in text
    assert "Naam en telefoon van de jobhunter ontbreken" in text
    assert document.notes[0].startswith("Je naam en telefoonnummer ontbreken")
    # and without consent, the briefing warns to tell the employer nothing about her
    assert "vertel de werkgever niets over de kandidaat" in text


def test_a_sparse_match_prints_what_is_not_known_yet(store: Store, clock: FixedClock) -> None:
    client = ClientService(store, clock).create("Ana", "Popescu")
    employer = EmployerService(store, clock).create("Schoonmaak Ștefănescu", Sector.CLEANING)
    match = MatchService(store, clock).propose(client.id, employer.id)
    text = pdf_text(DocumentService(store, clock).briefing_pdf(match.id).data)
    assert "Ana Popescu bij Schoonmaak Ștefănescu" in text
    assert "Nog niet gepland" in text
    assert "Geen contactpersoon bekend" in text
    assert "Nog geen werkplek gekozen" in text
    assert "Nog geen kandidaten geplaatst" in text
    assert "Geen regelingen vastgelegd" in text


def test_long_texts_break_across_pages_and_markup_is_printed_not_obeyed(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    employers = EmployerService(store, clock)
    long_tasks = " ".join(f"Taak {i}: <b>dozen</b> vouwen & stapelen." for i in range(400))
    employers.update_workplace(printed.workplace_id, tasks=long_tasks)
    employers.update(printed.employer_id, culture="Sfeer " * 900)
    data = DocumentService(store, clock).briefing_pdf(printed.match_id).data
    text = pdf_text(data)
    assert page_count(data) > 2
    assert "Taak 0: <b>dozen</b> vouwen & stapelen." in text
    assert "Taak 399: <b>dozen</b>" in text
    assert f"Vertrouwelijk · pagina {page_count(data)} van {page_count(data)}" in text


def test_saving_writes_the_file_and_records_it_for_the_client(
    store: Store, clock: FixedClock, printed: Printed, tmp_path: Path
) -> None:
    service = DocumentService(store, clock)
    document = service.briefing_pdf(printed.match_id)
    assert _audit(store, "print_briefing") == []  # a preview discloses nothing
    target = tmp_path / document.file_name
    service.save(document, target)
    assert target.read_bytes() == document.data
    service.record_printed(document)
    events = _audit(store, "print_briefing")
    assert len(events) == 2
    saved = next(e for e in events if "opgeslagen" in (e.detail or ""))
    printed_event = next(e for e in events if e is not saved)
    for event in events:
        assert (event.entity, event.entity_id) == ("client", printed.client_id)
        assert event.detail is not None and event.detail.startswith("Ağaoğlu Bakkerij & Zonen;")
    assert "afgedrukt" in printed_event.detail
    # the trail names the folder, not the file: its name carries the client's
    assert str(target.parent) in (saved.detail or "")
    assert document.file_name not in (saved.detail or "")


def test_a_failed_save_leaves_no_file_and_no_audit(
    store: Store, clock: FixedClock, printed: Printed, tmp_path: Path
) -> None:
    service = DocumentService(store, clock)
    document = service.briefing_pdf(printed.match_id)
    with pytest.raises(OSError, match="de map bestaat niet"):
        service.save(document, tmp_path / "missing" / "briefing.pdf")
    assert _audit(store, "print_briefing") == []


def test_a_document_whose_audit_fails_is_not_left_on_disk(
    store: Store, clock: FixedClock, printed: Printed, tmp_path: Path, monkeypatch
) -> None:
    # Given the audit entry cannot be written (a full disk, say)
    service = DocumentService(store, clock)
    document = service.briefing_pdf(printed.match_id)

    def failing(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(service, "_audit_event", failing)
    out = tmp_path / "uit"
    out.mkdir()
    # When the briefing is saved, then the save fails and no PDF is on disk without its entry
    with pytest.raises(OSError):
        service.save(document, out / document.file_name)
    assert list(out.iterdir()) == []
    assert _audit(store, "print_briefing") == []


def test_an_earlier_placement_shows_how_long_it_lasted(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    briefing = DocumentService(store, clock).briefing(printed.match_id)
    (earlier,) = briefing.employer.placements
    assert earlier.workplace == "Medewerker inpak"
    assert earlier.started_on == (clock.now() - timedelta(days=300)).date()
    assert earlier.ended_on is None
    assert briefing.printed_on == date(2026, 3, 16)
    text = pdf_text(DocumentService(store, clock).briefing_pdf(printed.match_id).data)
    assert "✔ werkt" in text  # still working three and six months after the start
