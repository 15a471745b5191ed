"""Consent kept everywhere: the pipeline refuses to tell an employer about a client who did
not agree, consents name sensitive categories explicitly, and the lists say who agreed."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from jobhunter.models.enums import SHARING_STAGES, ConsentCategory, ConsentParty, Sector, Stage
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.export import list_records
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def proposed(store: Store, clock: FixedClock):
    """Zoë, proposed to Van Dijk as a gardener; she has not (yet) agreed to anything."""
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    match = MatchService(store, clock).propose(client.id, employer.id, workplace.id)
    return client, match


@pytest.mark.parametrize("stage", sorted(SHARING_STAGES))
def test_no_stage_that_tells_the_employer_is_reached_without_consent(
    store: Store, clock: FixedClock, proposed, stage: Stage
) -> None:
    client, match = proposed
    service = MatchService(store, clock)
    with pytest.raises(ValidationError, match="geen actieve toestemming") as refused:
        service.move(match.id, stage)
    assert "tabblad Toestemming" in str(refused.value) and "Zoë Özdemir" in str(refused.value)
    assert service.load(match.id).row.stage is Stage.PROPOSED  # nothing recorded
    assert len(service.history(match.id)) == 1

    CaseloadService(store, clock).give_consent(client.id, ConsentParty.EMPLOYERS, "Cv")
    assert service.move(match.id, stage).stage is stage


@pytest.mark.parametrize("outcome", [Stage.WITHDRAWN, Stage.REJECTED])
def test_a_match_can_end_without_consent(
    store: Store, clock: FixedClock, proposed, outcome: Stage
) -> None:
    _client, match = proposed
    moved = MatchService(store, clock).move(match.id, outcome, "Cliënt wil niet gedeeld worden")
    assert moved.stage is outcome


def test_consent_for_colleagues_or_a_withdrawn_one_does_not_count(
    store: Store, clock: FixedClock, proposed
) -> None:
    client, match = proposed
    caseload = CaseloadService(store, clock)
    caseload.give_consent(client.id, ConsentParty.COLLEAGUES, "Alles", date(2026, 1, 5))
    given = caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "Cv", date(2026, 1, 5))
    caseload.withdraw_consent(given.id, "Wil het zelf vertellen")
    with pytest.raises(ValidationError, match="geen actieve toestemming"):
        MatchService(store, clock).move(match.id, Stage.EMPLOYER_PREBRIEF)


def test_a_move_back_dated_before_the_consent_is_refused_with_the_date(
    store: Store, clock: FixedClock, proposed
) -> None:
    client, match = proposed
    clock.advance(timedelta(days=3))
    CaseloadService(store, clock).give_consent(client.id, ConsentParty.EMPLOYERS, "Cv")
    service = MatchService(store, clock)
    two_days_ago = clock.now() - timedelta(days=2)
    with pytest.raises(ValidationError, match="pas op 19-03-2026 gegeven"):
        service.move(match.id, Stage.EMPLOYER_PREBRIEF, when=two_days_ago)
    assert service.move(match.id, Stage.EMPLOYER_PREBRIEF).stage is Stage.EMPLOYER_PREBRIEF


def test_sensitive_categories_are_stored_cleaned_and_unknown_ones_refused(
    store: Store, clock: FixedClock, proposed
) -> None:
    client, _match = proposed
    caseload = CaseloadService(store, clock)
    consent = caseload.give_consent(
        client.id,
        ConsentParty.EMPLOYERS,
        "Cv, en de rugklachten mogen genoemd worden",
        categories=["health", ConsentCategory.DEBTS, "health"],
    )
    assert consent.categories == ["health", "debts"]
    plain = caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "Geen gezondheid")
    assert plain.categories == []  # free text names nothing, whatever it says
    with pytest.raises(ValidationError, match="Onbekende soort"):
        caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "Cv", categories=["religion"])


def test_the_client_list_and_its_json_say_who_agreed_to_share_with_employers(
    store: Store, clock: FixedClock, proposed
) -> None:
    client, _match = proposed
    other = ClientService(store, clock).create("Łukasz", "Wróbel")
    caseload = CaseloadService(store, clock)
    caseload.give_consent(other.id, ConsentParty.COLLEAGUES, "Alles")
    rows = {r.id: r for r in ClientService(store, clock).list_rows()}
    assert not rows[client.id].consent_employers and not rows[other.id].consent_employers

    consent = caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "Cv")
    records = {r["id"]: r for r in list_records(store, "clients")}
    assert records[str(client.id)]["consent_employers"] is True
    assert records[str(other.id)]["consent_employers"] is False

    caseload.withdraw_consent(consent.id)
    records = {r["id"]: r for r in list_records(store, "clients")}
    assert records[str(client.id)]["consent_employers"] is False


def test_consents_recorded_before_categories_existed_name_none(tmp_path: Path) -> None:
    """An older store's consent keeps its words and names no sensitive category: free text
    cannot be read safely ("geen gezondheid" mentions health and forbids it)."""
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = data_dir / "jobhunter.sqlite"
    shutil.copy(FIXTURES / "schema_0007.sqlite", db)
    with sqlite3.connect(db) as conn:
        (client_id,) = conn.execute("SELECT id FROM client LIMIT 1").fetchone()
        conn.execute(
            "INSERT INTO consent (id, client_id, party, scope, given_on, created_at, updated_at)"
            " VALUES (?, ?, 'employers', 'Cv, geen gezondheidsinformatie', '2025-06-01',"
            " '2025-06-01 10:00:00', '2025-06-01 10:00:00')",
            (uuid.uuid4().hex, client_id),
        )
    store = Store.open(data_dir)
    try:
        (consent,) = CaseloadService(store).load(uuid.UUID(client_id)).consents
        assert consent.scope == "Cv, geen gezondheidsinformatie"
        assert consent.categories == []
    finally:
        store.close()


def test_the_demo_keeps_consent_where_the_employer_heard_about_a_client(
    store: Store, clock: FixedClock
) -> None:
    from jobhunter.services.caseload import CaseloadService as Caseload
    from jobhunter.services.demo import generate_demo

    generate_demo(store, clients=60, employers=20, today=clock.today())
    caseload = Caseload(store, clock)
    matching_without = 0
    for row in ClientService(store, clock).list_rows():
        file = caseload.load(row.id)
        for match in file.matches:
            for step in match.history:
                if step.to_stage in SHARING_STAGES:
                    day = step.changed_at.astimezone(LOCAL_TZ).date()
                    assert any(
                        c.party is ConsentParty.EMPLOYERS and c.active_on(day)
                        for c in file.consents
                    ), (row.name, step.to_stage)
        if row.phase.value == "matching" and not row.consent_employers:
            matching_without += 1
    assert matching_without >= 1
