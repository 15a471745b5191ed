"""The audit trail: complete for what concerns clients, and readable per kind, client, period."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

from jobhunter.models.enums import BarrierKind, ConsentParty, Sector
from jobhunter.services import base
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.ical import write_calendar
from jobhunter.services.privacy.audit import AuditService, action_group
from jobhunter.services.store import Store
from jobhunter.services.vcard import write_contacts_vcard

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_events_about_a_clients_records_are_filed_under_the_client(
    store: Store, clock: FixedClock
) -> None:
    clients = ClientService(store, clock)
    zoe, bram = clients.create("Zoë", "Özdemir"), clients.create("Bram", "de Vries")
    caseload = CaseloadService(store, clock)
    caseload.set_barrier(zoe.id, BarrierKind.DEBTS, 3, "Schuldhulp")
    goal = caseload.add_goal(zoe.id, "Op tijd komen")
    caseload.reflect(goal.id, "Lukte deze week")  # two steps from the client
    caseload.clear_barrier(zoe.id, BarrierKind.DEBTS)
    events = AuditService(store, clock).events(client_id=zoe.id)
    assert {e.entity for e in events} == {"client", "barrier", "learning_goal", "reflection"}
    assert {e.client_name for e in events} == {"Zoë Özdemir"}
    assert [e.entity for e in AuditService(store, clock).events(client_id=bram.id)] == ["client"]


def test_consent_changes_are_recorded_per_client_without_their_scope(
    store: Store, clock: FixedClock
) -> None:
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")
    caseload = CaseloadService(store, clock)
    consent = caseload.give_consent(zoe.id, ConsentParty.EMPLOYERS, "Ook gezondheid")
    caseload.withdraw_consent(consent.id, "Wil het toch niet")
    events = AuditService(store, clock).events(groups={"consent"})
    assert [(e.action, e.entity, e.entity_id) for e in events] == [
        ("consent_withdrawn", "client", zoe.id),
        ("consent", "client", zoe.id),
    ]
    assert all("gezondheid" not in (e.detail or "") for e in events)
    assert all("employers" in (e.detail or "") for e in events)


def test_calendar_and_vcard_exports_are_recorded(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN)
    employers.add_contact(employer.id, "Piet Jansen")
    write_calendar(store, tmp_path / "n.ics", clock)
    write_contacts_vcard(store, tmp_path / "c.vcf", clock=clock)
    events = AuditService(store, clock).events(groups={"export"})
    assert [(e.action, e.entity) for e in events] == [
        ("export_vcard", "export"),
        ("export_calendar", "export"),
    ]
    assert "1 contactpersonen" in (events[0].detail or "")
    assert str(tmp_path / "n.ics") in (events[1].detail or "")


def test_filters_by_kind_client_and_period(store: Store, clock: FixedClock) -> None:
    service = AuditService(store, clock)
    clients = ClientService(store, clock)
    early = clients.create("Zoë", "Özdemir")
    clock.advance(timedelta(days=10))
    later = clients.create("Bram", "de Vries")
    service.record("export_packet", "client", later.id, "Jan (collega)", client_id=later.id)
    today = clock.today()
    assert [e.client_id for e in service.events(since=today)] == [later.id, later.id]
    assert [e.client_id for e in service.events(until=today - timedelta(days=1))] == [early.id]
    assert [e.action for e in service.events(groups={"export"})] == ["export_packet"]
    assert [e.action for e in service.events(groups={"edit"})] == ["create", "create"]
    assert [c.label for c in service.clients()] == ["Bram de Vries", "Zoë Özdemir"]
    assert action_group("retention_erase") == "erase"
    assert action_group("stage") == "edit"


def test_events_of_an_older_store_are_filed_under_their_client(tmp_path: Path) -> None:
    """The migration fills in whose data each existing event is about."""
    data = tmp_path / "old"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0007.sqlite", data / "jobhunter.sqlite")
    store = Store.open(data)
    try:
        (zoe,) = ClientService(store).list_rows()
        events = AuditService(store).events(client_id=zoe.id)
        assert sorted(e.entity for e in events) == ["client", "contact_moment", "match"]
    finally:
        store.close()


def test_an_edit_that_names_its_client_is_audited_without_looking_the_client_up(
    store: Store, clock: FixedClock, monkeypatch
) -> None:
    # Given the look-up through the records' links is not available (it costs a flush and a
    # query per level on every edit)
    zoe = ClientService(store, clock).create("Zoë", "Özdemir")

    def no_lookup(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the client was looked up")

    monkeypatch.setattr(base, "owning_client", no_lookup)
    # When her file, a barrier of hers and an employer are edited
    ClientService(store, clock).update(zoe.id, city="Schiedam")
    CaseloadService(store, clock).set_barrier(zoe.id, BarrierKind.DEBTS, 2, "Schuldhulp")
    EmployerService(store, clock).create("Groen BV", Sector.GREEN)
    # Then each event is filed under the right client, or none for the employer
    events = AuditService(store, clock).events(limit=None)
    by_entity = {e.entity: e.client_id for e in events if e.action in ("update", "create")}
    assert by_entity["client"] == zoe.id and by_entity["barrier"] == zoe.id
    assert by_entity["employer"] is None
