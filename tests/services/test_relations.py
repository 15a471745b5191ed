"""Which clients and employers a changed record belongs to, for views that show facts
derived from it; and lists read by id, for views that update only the rows that changed."""

from __future__ import annotations

import uuid
from datetime import timedelta

from jobhunter.models.enums import AppointmentKind, ContactKind, Phase, Sector
from jobhunter.services.activity import AppointmentService, ContactService
from jobhunter.services.aftercare import AftercareService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.matching.suggestions import SuggestionService
from jobhunter.services.relations import RelationService
from jobhunter.services.store import Store


def _people(store: Store, clock: FixedClock):
    clients = ClientService(store, clock)
    zoe = clients.create("Zoë", "Özdemir")
    bram = clients.create("Bram", "de Vries")
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    workplace = employers.add_workplace(employer.id, "Hovenier")
    match = MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    return zoe, bram, employer, workplace, match


def test_a_contact_moment_belongs_to_its_client(store: Store, clock: FixedClock) -> None:
    zoe, _bram, employer, _workplace, _match = _people(store, clock)
    contacts = ContactService(store, clock)
    call = contacts.log(ContactKind.CALL, "Gebeld", client_id=zoe.id)
    visit = contacts.log(ContactKind.VISIT, "Bezocht", employer_id=employer.id)
    found = RelationService(store, clock).related("contact_moment", [call.id, visit.id])
    assert found == {
        "contact_moment": {call.id, visit.id},
        "client": {zoe.id},
        "employer": {employer.id},
    }


def test_a_problem_reaches_the_client_and_employer_through_its_match(
    store: Store, clock: FixedClock
) -> None:
    zoe, _bram, employer, workplace, match = _people(store, clock)
    problem = AftercareService(store, clock).add_problem(match.id, "Te laat")
    found = RelationService(store, clock).related("problem", [problem.id])
    assert found["match"] == {match.id}
    assert found["client"] == {zoe.id} and found["employer"] == {employer.id}
    # a match itself: its parties and workplace
    assert RelationService(store, clock).related("match", [match.id]) == {
        "match": {match.id}, "client": {zoe.id}, "employer": {employer.id},
        "workplace": {workplace.id},
    }  # fmt: skip


def test_an_unknown_kind_or_a_gone_record_maps_to_itself(store: Store, clock: FixedClock) -> None:
    ghost = uuid.uuid4()
    relations = RelationService(store, clock)
    assert relations.related("retention", [ghost]) == {"retention": {ghost}}
    assert relations.related("contact_moment", [ghost]) == {"contact_moment": {ghost}}


def test_lists_read_only_the_rows_asked_for(store: Store, clock: FixedClock) -> None:
    zoe, bram, employer, _workplace, match = _people(store, clock)
    ContactService(store, clock).log(ContactKind.CALL, "Gebeld", client_id=bram.id)
    clients = ClientService(store, clock)
    (row,) = clients.list_rows(ids=[bram.id])
    assert row.name == "Bram de Vries" and row.days_since_contact == 0
    assert {r.id for r in clients.list_rows()} == {zoe.id, bram.id}
    assert [r.id for r in EmployerService(store, clock).list_rows(ids=[employer.id])] == [
        employer.id
    ]
    assert MatchService(store, clock).list_rows(ids=[uuid.uuid4()]) == []
    assert [r.id for r in MatchService(store, clock).list_rows(ids=[match.id])] == [match.id]
    appointments = AppointmentService(store, clock)
    start = clock.now() + timedelta(days=1)
    made = appointments.create(AppointmentKind.JOBCOACH, start, start + timedelta(hours=1),
                               client_id=zoe.id)  # fmt: skip
    assert [r.id for r in appointments.list_rows(ids=[made.id])] == [made.id]


def test_the_propose_dialog_chooses_from_open_workplaces_and_clients_matching_first(
    store: Store, clock: FixedClock
) -> None:
    _zoe, bram, _employer, workplace, _match = _people(store, clock)
    ClientService(store, clock).change_phase(bram.id, Phase.MATCHING, "Klaar")
    suggestions = SuggestionService(store, clock)
    assert [(w.id, w.name) for w in suggestions.open_workplaces()] == [
        (workplace.id, "Groenvoorziening Van Dijk — Hovenier")
    ]
    assert [(c.name, c.phase) for c in suggestions.clients()] == [
        ("Bram de Vries", Phase.MATCHING),
        ("Zoë Özdemir", Phase.INTAKE),
    ]
