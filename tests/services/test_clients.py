from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from jobhunter.models import AuditEvent
from jobhunter.models.enums import ContactKind, Phase
from jobhunter.services.activity import ContactService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.store import Store


def test_a_new_client_starts_in_intake_today(store: Store, clock: FixedClock) -> None:
    client = ClientService(store, clock).create("Ahmed", "Bakkali", city="Vlaardingen")
    assert client.phase is Phase.INTAKE
    assert client.phase_since == clock.today()
    assert client.created_at == client.updated_at or client.created_at <= client.updated_at


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("werkverkenner_chance", 101, "tussen 0 en 100"),
        ("werkverkenner_chance", -1, "tussen 0 en 100"),
        ("email", "fatima@", "geen geldig e-mailadres"),
        ("phone", "12", "geen geldig telefoonnummer"),
        ("postcode", "12345", "geen geldige postcode"),
        ("hours_available", 80, "tussen 0 en 60"),
    ],
)
def test_invalid_input_is_refused_with_a_dutch_message(
    store: Store, clock: FixedClock, field: str, value: object, message: str
) -> None:
    service = ClientService(store, clock)
    with pytest.raises(ValidationError, match=message) as info:
        service.create("Fatima", "El Amrani", **{field: value})
    assert info.value.field == field
    assert service.count() == 0, "nothing is half-written"


def test_a_name_is_required(store: Store, clock: FixedClock) -> None:
    with pytest.raises(ValidationError, match="Achternaam is verplicht"):
        ClientService(store, clock).create("Fatima", "   ")


def test_valid_contact_data_is_normalised(store: Store, clock: FixedClock) -> None:
    client = ClientService(store, clock).create(
        "Fatima", "El Amrani", postcode="3011ab", phone="06-12345678", email=" f@voorbeeld.nl "
    )
    assert client.postcode == "3011 AB"
    assert client.email == "f@voorbeeld.nl"


def test_a_failed_update_changes_nothing(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    client = service.create("Fatima", "El Amrani", werkverkenner_chance=40)
    with pytest.raises(ValidationError):
        service.update(client.id, werkverkenner_chance=40, email="kapot")
    assert service.get(client.id).email is None


def test_phase_change_needs_a_reason_and_is_audited(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    client = service.create("Fatima", "El Amrani")
    with pytest.raises(ValidationError, match="reden"):
        service.change_phase(client.id, Phase.DEVELOPMENT, "")
    clock.advance(timedelta(days=3))
    moved = service.change_phase(client.id, Phase.DEVELOPMENT, "Intake afgerond")
    assert moved.phase is Phase.DEVELOPMENT
    assert moved.phase_since == clock.today()
    with store.session() as session:
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == client.id, AuditEvent.action == "phase"
            )
        ).all()
    assert [e.detail for e in events] == ["intake -> development: Intake afgerond"]


def test_list_shows_days_since_the_last_contact(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    seen = service.create("Fatima", "El Amrani")
    service.create("Bram", "de Vries")
    ContactService(store, clock).log(
        ContactKind.CALL, "Gebeld", client_id=seen.id, occurred_at=clock.now() - timedelta(days=12)
    )
    rows = {r.name: r for r in service.list_rows()}
    assert rows["Fatima El Amrani"].days_since_contact == 12
    assert rows["Bram de Vries"].days_since_contact is None


def test_unknown_client_gives_a_clear_error(store: Store, clock: FixedClock) -> None:
    import uuid

    with pytest.raises(NotFoundError):
        ClientService(store, clock).get(uuid.uuid4())


def test_deleting_a_client_removes_their_contact_moments(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    client = service.create("Fatima", "El Amrani")
    ContactService(store, clock).log(ContactKind.NOTE, "Notitie", client_id=client.id)
    service.delete(client.id)
    assert ContactService(store, clock).for_client(client.id) == []
