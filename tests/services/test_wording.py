"""One Dutch name for every value a document can print, and a consent decision for every
barrier: a vocabulary that grows (issue 17 added addiction and unsafety at work) cannot
reach a document, or an employer, without one."""

from __future__ import annotations

import inspect
import io
import uuid
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path

import pytest
from pypdf import PdfReader

from jobhunter.models import enums
from jobhunter.models import privacy as privacy_models
from jobhunter.models.enums import (
    BARRIER_CATEGORY,
    BarrierKind,
    ConsentCategory,
    ConsentParty,
    InformationPreference,
    Sector,
)
from jobhunter.services import wording
from jobhunter.services.caseload import FACTORS, WORK_SKILLS, CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.consents import may_share_barrier
from jobhunter.services.documents.service import DocumentService
from jobhunter.services.employers import EmployerService
from jobhunter.services.handover.summary import render_summary
from jobhunter.services.matches import CHECKLIST_ITEMS, MatchService
from jobhunter.services.privacy.access_export import AccessExportService
from jobhunter.services.store import Store


def _vocabularies() -> list[type[Enum]]:
    """Every vocabulary a stored column can hold: the access export prints any of them."""
    found = []
    for module in (enums, privacy_models):
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, Enum) and value.__module__ == module.__name__:
                found.append(value)
    return found


@pytest.mark.parametrize("vocabulary", _vocabularies(), ids=lambda e: e.__name__)
def test_every_value_of_every_vocabulary_has_a_dutch_name(vocabulary: type[Enum]) -> None:
    names = wording.NAMES.get(vocabulary, {})
    missing = [member.value for member in vocabulary if not names.get(member)]
    assert missing == [], f"{vocabulary.__name__} has no Dutch name for {missing}"


def test_every_skill_factor_and_checklist_item_has_a_dutch_name() -> None:
    assert [k for k in WORK_SKILLS if k not in wording.WORK_SKILL_NAMES] == []
    assert [k for k in FACTORS if k not in wording.FACTOR_NAMES] == []
    items = [key for keys in CHECKLIST_ITEMS.values() for key in keys]
    assert [k for k in items if k not in wording.CHECK_NAMES] == []


def test_names_are_kept_apart_per_vocabulary() -> None:
    # "jobcoach" is an intervention, an appointment, an arrangement and a problem owner;
    # "health" a barrier and a consent category: each keeps its own name
    assert wording.name(BarrierKind.HEALTH) == "Gezondheid"
    assert wording.name(ConsentCategory.HEALTH) == "Gezondheid (ook verslaving)"
    assert wording.name(enums.PlacementForm.TRIAL_PLACEMENT).startswith("Proefplaatsing (")
    assert wording.name(enums.Stage.TRIAL_PLACEMENT) == "Proefplaatsing"
    assert wording.within_sentence(enums.Channel.PHONE) == "telefoon"
    assert wording.within_sentence(enums.Channel.WHATSAPP) == "WhatsApp"
    assert wording.within_sentence(enums.Motive.CSR) == "MVO"


def test_every_barrier_kind_has_a_consent_category_decision() -> None:
    assert set(BARRIER_CATEGORY) == set(BarrierKind)


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        (BarrierKind.ADDICTION, ConsentCategory.HEALTH),
        (BarrierKind.UNSAFE_WORKPLACE, ConsentCategory.BACKGROUND),
    ],
)
def test_the_new_barriers_are_shared_only_under_their_named_category(
    kind: BarrierKind, category: ConsentCategory
) -> None:
    assert not may_share_barrier(kind, frozenset())
    others = frozenset(c for c in ConsentCategory if c is not category)
    assert not may_share_barrier(kind, others)
    assert may_share_barrier(kind, frozenset({category}))


# --- the documents print them -----------------------------------------------------------------
def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_a_full_profile_names_addiction_only_when_health_is_named_and_shows_every_strength(
    store: Store, clock: FixedClock
) -> None:
    # Given a client with an addiction barrier and the strength issue 17 added
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    caseload = CaseloadService(store, clock)
    caseload.set_barrier(client.id, BarrierKind.ADDICTION, 2, "Herstellend van alcoholgebruik")
    caseload.set_work_skills(client.id, {"unpleasant_work": 4})
    caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "Cv", date(2026, 1, 5))
    employers = EmployerService(store, clock)
    employer = employers.create("Groen BV", Sector.GREEN)
    employers.update(employer.id, information_preference=InformationPreference.FULL)
    match = MatchService(store, clock).propose(client.id, employer.id)
    service = DocumentService(store, clock)

    # When the consent names no category, then the addiction stays out
    text = _pdf_text(service.profile_pdf(match.id).data)
    assert "alcoholgebruik" not in text and "Verslaving" not in text
    assert "Werk doen dat je niet leuk vindt" in text

    # When the consent names health, then it is shared by its Dutch name
    caseload.give_consent(
        client.id, ConsentParty.EMPLOYERS, "Ook gezondheid", date(2026, 2, 2),
        categories=[ConsentCategory.HEALTH],
    )  # fmt: skip
    text = _pdf_text(service.profile_pdf(match.id).data)
    assert "Verslaving: Herstellend van alcoholgebruik" in text


def test_the_access_export_names_the_new_barriers_in_dutch(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    caseload = CaseloadService(store, clock)
    caseload.set_barrier(client.id, BarrierKind.UNSAFE_WORKPLACE, 3, "Gepest op vorig werk")
    caseload.set_work_skills(client.id, {"unpleasant_work": 2})
    result = AccessExportService(store, clock).export(client.id, tmp_path / "inzage")
    text = " ".join(page.extract_text() for page in PdfReader(result.pdf).pages)
    text = " ".join(text.split())
    assert "Onveiligheid of uitsluiting op het werk" in text
    assert "unsafe_workplace" not in text and "unsafe workplace" not in text
    assert "Werk doen dat je niet leuk vindt" in text


def test_the_handover_summary_names_the_new_barriers_in_dutch() -> None:
    client_id = uuid.uuid4()
    now = datetime(2026, 3, 16, 9, 30, tzinfo=UTC)
    rows = {
        "client": {client_id: {"id": client_id, "phase": enums.Phase.MATCHING}},
        "barrier": {
            uuid.uuid4(): {"client_id": client_id, "kind": kind, "severity": 2, "note": None}
            for kind in (BarrierKind.ADDICTION, BarrierKind.UNSAFE_WORKPLACE)
        },
    }
    pdf = render_summary(rows, [(client_id, "Zoë Özdemir", "")], sender="A", recipient="B",
                         now=now)  # fmt: skip
    text = _pdf_text(pdf)
    assert "Verslaving" in text and "Onveiligheid of uitsluiting op het werk" in text
    assert "addiction" not in text and "unsafe" not in text
