"""The kandidaatprofiel: only with consent, as deep as the employer wants, never a sensitive
category the consent does not name, and every print or save on the audit log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from jobhunter.models import AuditEvent, Consent
from jobhunter.models.enums import (
    BARRIER_CATEGORY,
    BarrierKind,
    ConsentCategory,
    ConsentParty,
    InformationPreference,
)
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clock import FixedClock
from jobhunter.services.documents import profile as p
from jobhunter.services.documents.service import DocumentService
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.settings import UserProfile
from jobhunter.services.store import Store

from .conftest import BARRIER_NOTES, CLIENT_NOTES, Printed, page_count, pdf_text

CAPABILITIES = (
    "Vijf jaar inpakster bij een noedelfabriek.",
    "Nauwkeurig en snel; werkt graag in een team.",
    "28 uur per week",
    "geen rijbewijs; eigen vervoer",
    "niveau B1",
    "Vietnamees, Nederlands, Engels",
    "Op tijd komen",
    "Instructies aannemen",
)
#: what only a full profile shows
FULL_ONLY = (
    "Wil weer een eigen inkomen en collega's.",
    "Vaste dagdiensten.",
    "Middelbare school in Hà Nội; zonder startkwalificatie",
    "Taalcursus: Taalniveau B1 halen (afgerond 01-02-2026)",
    "Waar de begeleiding aandacht aan geeft Sociale vaardigheden.",
)


def _audit(store: Store) -> list[AuditEvent]:
    with store.session() as session:
        stmt = select(AuditEvent).where(AuditEvent.action == "print_profile")
        return list(session.scalars(stmt))


def _prefer(store: Store, clock: FixedClock, printed: Printed, preference) -> None:
    EmployerService(store, clock).update(printed.employer_id, information_preference=preference)


def _consents(store: Store, printed: Printed) -> list[Consent]:
    with store.session() as session:
        return list(session.scalars(select(Consent).where(Consent.client_id == printed.client_id)))


def test_without_consent_the_profile_is_refused_pointing_to_the_consent_tab(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    caseload = CaseloadService(store, clock)
    for consent in _consents(store, printed):
        caseload.withdraw_consent(consent.id, "Wil het zelf vertellen")
    with pytest.raises(ValidationError) as refused:
        DocumentService(store, clock).profile_pdf(printed.match_id)
    message = str(refused.value)
    assert "geen actieve toestemming" in message and "tabblad Toestemming" in message
    assert "\n" not in message
    assert _audit(store) == []


def test_a_capabilities_only_profile_shows_what_she_can_and_none_of_her_barriers(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    # Given an employer who only wants to know what the candidate can do
    document = DocumentService(store, clock).profile_pdf(printed.match_id)
    text = pdf_text(document.data)
    assert "KANDIDAATPROFIEL" in text and "Nguyễn Thị Hồng" in text
    assert "voor Ağaoğlu Bakkerij & Zonen · Medewerker inpak" in text
    for capability in CAPABILITIES:
        assert capability in text, capability
    # Then not one of her barrier notes, nor their names, nor anything beyond her abilities
    for note in BARRIER_NOTES.values():
        assert note not in text, note
    for word in ("Gezondheid", "Schulden", "Thuissituatie", "Aandachtspunten", "Schuldhulp"):
        assert word not in text, word
    for fragment in FULL_ONLY:
        assert fragment not in text, fragment
    assert CLIENT_NOTES not in text
    # her own contact details stay out: the employer calls the jobhunter
    assert "Ĳsbrand de Vries" in text and "06-12345678" in text
    assert page_count(document.data) == 1
    assert document.notes[0] == "Volgens de voorkeur van de werkgever: alleen wat de kandidaat kan."


def test_a_full_profile_adds_background_but_no_sensitive_category_not_named(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    _prefer(store, clock, printed, InformationPreference.FULL)
    document = DocumentService(store, clock).profile_pdf(printed.match_id)
    text = pdf_text(document.data)
    for fragment in (*CAPABILITIES, *FULL_ONLY):
        assert fragment in text, fragment
    # the barrier about the work itself is shared, as a point of attention
    assert f"Beperkte beheersing van het Nederlands: {BARRIER_NOTES[BarrierKind.LANGUAGE]}" in text
    # sensitive ones, and the search itself, are not: the consent names no category
    for kind in (BarrierKind.HEALTH, BarrierKind.DEBTS, BarrierKind.HOME_SITUATION,
                 BarrierKind.DISCRIMINATION, BarrierKind.NO_NETWORK):  # fmt: skip
        assert BARRIER_NOTES[kind] not in text, kind
    assert "Schuldhulp" not in text and CLIENT_NOTES not in text
    assert "De toestemming noemt geen bijzondere gegevens" in " ".join(document.notes)


def test_a_sensitive_category_appears_only_once_the_consent_names_it(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    _prefer(store, clock, printed, InformationPreference.FULL)
    CaseloadService(store, clock).give_consent(
        printed.client_id,
        ConsentParty.EMPLOYERS,
        "Rugklachten mogen genoemd worden",
        categories=[ConsentCategory.HEALTH],
    )
    document = DocumentService(store, clock).profile_pdf(printed.match_id)
    text = pdf_text(document.data)
    assert f"Gezondheid: {BARRIER_NOTES[BarrierKind.HEALTH]}" in text
    for kind in (BarrierKind.DEBTS, BarrierKind.HOME_SITUATION, BarrierKind.DISCRIMINATION):
        assert BARRIER_NOTES[kind] not in text, kind
    assert (
        "Bijzondere gegevens die de toestemming noemt: gezondheid (ook verslaving)."
        in document.notes
    )


def test_an_employer_without_a_recorded_preference_gets_capabilities_only(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    _prefer(store, clock, printed, None)
    document = DocumentService(store, clock).profile_pdf(printed.match_id)
    text = pdf_text(document.data)
    assert "Wil weer een eigen inkomen" not in text
    assert BARRIER_NOTES[BarrierKind.LANGUAGE] not in text
    assert "geen informatievoorkeur opgegeven" in document.notes[0]


def test_every_save_and_print_of_a_profile_is_audited_per_client(
    store: Store, clock: FixedClock, printed: Printed, tmp_path: Path
) -> None:
    service = DocumentService(store, clock)
    document = service.profile_pdf(printed.match_id)
    assert _audit(store) == []  # the preview alone is no disclosure
    target = tmp_path / "profiel.pdf"
    service.save(document, target)
    service.record_printed(document)
    events = _audit(store)
    assert len(events) == 2 and target.read_bytes() == document.data
    for event in events:
        assert (event.entity, event.entity_id) == ("client", printed.client_id)
        assert (event.detail or "").startswith("Ağaoğlu Bakkerij & Zonen; ")
        assert BARRIER_NOTES[BarrierKind.HEALTH] not in (event.detail or "")


def test_a_consent_withdrawn_after_the_preview_stops_the_save_and_the_print(
    store: Store, clock: FixedClock, printed: Printed, tmp_path: Path
) -> None:
    service = DocumentService(store, clock)
    document = service.profile_pdf(printed.match_id)
    caseload = CaseloadService(store, clock)
    for consent in _consents(store, printed):
        caseload.withdraw_consent(consent.id)
    target = tmp_path / "profiel.pdf"
    with pytest.raises(ValidationError, match="geen actieve toestemming"):
        service.save(document, target)
    with pytest.raises(ValidationError, match="geen actieve toestemming"):
        service.check_printable(document)
    with pytest.raises(ValidationError, match="geen actieve toestemming"):
        service.record_printed(document)
    assert not target.exists() and _audit(store) == []


# --- the selection rules, for any file and any consent ----------------------------------------
NOTE_OF = {kind: f"notitie-{kind.value}" for kind in BarrierKind}


@given(
    kinds=st.sets(st.sampled_from(list(BarrierKind))),
    named=st.frozensets(st.sampled_from(list(ConsentCategory))),
    preference=st.sampled_from([*InformationPreference, None]),
)
def test_only_work_related_or_named_barriers_ever_reach_a_profile(
    kinds: set[BarrierKind],
    named: frozenset[ConsentCategory],
    preference: InformationPreference | None,
) -> None:
    import uuid

    facts = p.CandidateFacts(
        client_id=uuid.uuid4(),
        name="Test",
        barriers=[p.BarrierFact(kind, 2, NOTE_OF[kind]) for kind in kinds],
        notes="vrije notitie",
    )
    context = p.ProfileContext(
        uuid.uuid4(), "Werkgever", None, preference, date(2026, 1, 5), named,
        UserProfile(), date(2026, 3, 16),
    )  # fmt: skip
    profile = p.select_profile(facts, context)
    shared = {point.note for point in profile.attention}
    if preference is not InformationPreference.FULL:
        assert shared == set()
        return
    allowed = {
        NOTE_OF[kind]
        for kind in kinds
        if kind in p.WORK_RELATED_BARRIERS or BARRIER_CATEGORY.get(kind) in named
    }
    assert shared == allowed


def test_every_font_in_the_profile_is_the_embedded_dejavu(
    store: Store, clock: FixedClock, printed: Printed
) -> None:
    import io

    import pypdf

    _prefer(store, clock, printed, InformationPreference.FULL)
    reader = pypdf.PdfReader(
        io.BytesIO(DocumentService(store, clock).profile_pdf(printed.match_id).data)
    )
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts  # bullets included
