"""Retention: closed files get a date, due files are listed (also in the start of the day),
and each of the three decisions is kept and audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jobhunter.models.enums import Phase
from jobhunter.services.agenda import AgendaService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.privacy.audit import AuditService
from jobhunter.services.privacy.retention import DEFAULT_MONTHS, RetentionService
from jobhunter.services.store import Store


def closed_client(store: Store, clock: FixedClock, first: str, last: str, days_ago: int):
    """A client whose trajectory closed ``days_ago`` days before the clock's today."""
    at = FixedClock(clock.at - timedelta(days=days_ago))
    clients = ClientService(store, at)
    client = clients.create(first, last)
    clients.change_phase(client.id, Phase.CLOSED, "Werk gevonden")
    return client


def test_a_closed_trajectory_is_kept_two_years_by_default(store: Store, clock: FixedClock):
    client = closed_client(store, clock, "Zoë", "Özdemir", days_ago=10)
    ClientService(store, clock).create("Bram", "de Vries")  # open: no retention date
    service = RetentionService(store, clock)
    assert service.months() == DEFAULT_MONTHS == 24
    (item,) = service.schedule()
    assert item.client_id == client.id
    assert item.closed_on == clock.today() - timedelta(days=10)
    assert item.retain_until == date(2028, 3, 6)
    assert service.due() == []


def test_the_period_is_a_setting(store: Store, clock: FixedClock) -> None:
    closed_client(store, clock, "Zoë", "Özdemir", days_ago=400)
    service = RetentionService(store, clock)
    assert service.set_months(12) == 12
    assert RetentionService(store, clock).months() == 12
    assert [i.retain_until for i in service.due()] == [clock.today() - timedelta(days=400 - 365)]
    for bad in (0, 241):
        with pytest.raises(ValidationError, match="bewaartermijn"):
            service.set_months(bad)


def test_due_files_are_in_the_start_of_the_day(store: Store, clock: FixedClock) -> None:
    due = closed_client(store, clock, "Zoë", "Özdemir", days_ago=800)
    closed_client(store, clock, "Bram", "de Vries", days_ago=30)
    items = [i for i in AgendaService(store, clock).start_of_day() if i.record_kind == "client"]
    assert [(i.record_id, i.title) for i in items] == [(due.id, "Zoë Özdemir")]
    assert items[0].overdue and "Bewaartermijn verlopen" in (items[0].detail or "")


def test_extending_needs_a_reason_and_a_later_day(store: Store, clock: FixedClock) -> None:
    client = closed_client(store, clock, "Zoë", "Özdemir", days_ago=800)
    service = RetentionService(store, clock)
    later = clock.today() + timedelta(days=180)
    with pytest.raises(ValidationError, match="reden"):
        service.extend(client.id, later, " ")
    with pytest.raises(ValidationError, match="na vandaag"):
        service.extend(client.id, clock.today(), "Lopende klacht")
    item = service.extend(client.id, later, "Lopende klacht bij de gemeente")
    assert item.retain_until == later and item.extended_reason == "Lopende klacht bij de gemeente"
    assert service.due() == []
    (event,) = AuditService(store, clock).events(groups={"retention"}, client_id=client.id)
    assert event.action == "retention_extend"
    assert later.strftime("%d-%m-%Y") in (event.detail or "")
    assert "klacht" not in (event.detail or ""), "the reason's words stay out of the trail"
    # a file that is reopened and closed again starts a new period; the old extension is spent
    clients = ClientService(store, clock)
    clients.change_phase(client.id, Phase.MATCHING, "Opnieuw aangemeld")
    assert service.for_client(client.id) is None
    with pytest.raises(ValidationError, match="afgesloten"):
        service.extend(client.id, later, "Waarom niet")


def test_anonymising_keeps_the_numbers_and_drops_the_person(store: Store, clock: FixedClock):
    client = closed_client(store, clock, "Zoë", "Özdemir", days_ago=800)
    service = RetentionService(store, clock)
    report = service.anonymise(client.id)
    kept = ClientService(store, clock).get(client.id)
    assert kept.first_name == "Geanonimiseerd" and "Özdemir" not in kept.name
    assert kept.phase is Phase.CLOSED
    assert report.name == kept.name
    assert service.due() == [] and service.for_client(client.id) is None
    actions = [e.action for e in AuditService(store, clock).events(client_id=client.id)]
    assert actions[0] == "retention_anonymise"


def test_erasing_a_due_file_is_a_retention_decision(store: Store, clock: FixedClock) -> None:
    client = closed_client(store, clock, "Zoë", "Özdemir", days_ago=800)
    report = RetentionService(store, clock).erase(client.id)
    with pytest.raises(NotFoundError):
        ClientService(store, clock).get(client.id)
    (event,) = AuditService(store, clock).events(groups={"erase"})
    assert event.action == "retention_erase" and event.client_id == report.pseudonym
