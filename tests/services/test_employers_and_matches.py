from __future__ import annotations

from datetime import date, timedelta

import pytest

from jobhunter.models.enums import ConsentParty, RelationshipStatus, Sector, Stage
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store


def test_the_first_contact_person_becomes_primary_and_only_one_stays_primary(
    store: Store, clock: FixedClock
) -> None:
    service = EmployerService(store, clock)
    employer = service.create("Schoonmaakbedrijf De Glans", Sector.CLEANING)
    service.add_contact(employer.id, "Petra Jansen", role="HR")
    service.add_contact(employer.id, "Karim Haddou", role="Teamleider")
    service.add_contact(employer.id, "Joyce Bakker", role="Directeur", primary=True)
    primaries = [c.name for c in service.contacts(employer.id) if c.is_primary]
    assert primaries == ["Joyce Bakker"]


def test_ending_cooperation_needs_a_reason(store: Store, clock: FixedClock) -> None:
    service = EmployerService(store, clock)
    employer = service.create("Transport Snel", Sector.TRANSPORT)
    with pytest.raises(ValidationError, match="reden"):
        service.update(employer.id, status=RelationshipStatus.ENDED)
    assert service.get(employer.id).status is RelationshipStatus.PROSPECT
    service.update(
        employer.id,
        status=RelationshipStatus.ENDED,
        ended_reason="Weigerde kandidaat vanwege hoofddoek",
        ended_for_discrimination=True,
    )
    row = service.list_rows()[0]
    assert row.ended_for_discrimination and row.status is RelationshipStatus.ENDED


@pytest.fixture
def match_setup(store: Store, clock: FixedClock):
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    CaseloadService(store, clock).give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
    )
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    return client, employer, workplace


def test_a_match_records_every_stage_with_date_and_note(
    store: Store, clock: FixedClock, match_setup
) -> None:
    client, employer, workplace = match_setup
    service = MatchService(store, clock)
    match = service.propose(client.id, employer.id, workplace.id, note="Warme introductie")
    clock.advance(timedelta(days=2))
    service.move(match.id, Stage.EMPLOYER_PREBRIEF, "Gebeld met Jan")
    clock.advance(timedelta(days=5))
    service.move(match.id, Stage.INTERVIEW_PLANNED)
    history = service.history(match.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, Stage.PROPOSED),
        (Stage.PROPOSED, Stage.EMPLOYER_PREBRIEF),
        (Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED),
    ]
    assert history[1].note == "Gebeld met Jan"
    clock.advance(timedelta(days=4))
    (row,) = service.list_rows()
    assert row.stage is Stage.INTERVIEW_PLANNED and row.days_in_stage == 4


def test_an_outcome_needs_a_reason(store: Store, clock: FixedClock, match_setup) -> None:
    client, employer, workplace = match_setup
    service = MatchService(store, clock)
    match = service.propose(client.id, employer.id, workplace.id)
    with pytest.raises(ValidationError, match="reden"):
        service.move(match.id, Stage.REJECTED)
    moved = service.move(match.id, Stage.REJECTED, "Te weinig ervaring met machines")
    assert moved.outcome_reason == "Te weinig ervaring met machines"


def test_a_workplace_of_another_employer_is_refused(
    store: Store, clock: FixedClock, match_setup
) -> None:
    client, _employer, workplace = match_setup
    other = EmployerService(store, clock).create("Zorggroep De Linde", Sector.CARE)
    with pytest.raises(ValidationError, match="andere werkgever"):
        MatchService(store, clock).propose(client.id, other.id, workplace.id)


def test_placements_count_at_the_employer(store: Store, clock: FixedClock, match_setup) -> None:
    client, employer, workplace = match_setup
    service = MatchService(store, clock)
    match = service.propose(client.id, employer.id, workplace.id)
    service.move(match.id, Stage.TRIAL_PLACEMENT)
    (row,) = EmployerService(store, clock).list_rows()
    assert row.placements == 1
