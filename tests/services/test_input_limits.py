"""Bounded input: lengths, characters, years and phone numbers, for every column there is."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import JSON, Date, DateTime, Enum, String, inspect

from jobhunter.models import Base
from jobhunter.models.enums import AppointmentKind, Sector
from jobhunter.services.activity import AppointmentService, ContactService
from jobhunter.services.aftercare import AftercareService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.ical import write_calendar
from jobhunter.services.input_limits import LIMITS, SHORT_TEXT, label, rules_for
from jobhunter.services.integrity import check_store
from jobhunter.services.store import Store
from jobhunter.services.validation import phone


def _base(type_):
    while hasattr(type_, "impl_instance"):
        type_ = type_.impl_instance
    return type_


def test_every_text_date_and_json_column_of_every_model_is_bounded() -> None:
    """A column added later (by any branch) is checked without anyone listing it."""
    for mapper in Base.registry.mappers:
        covered = {rule.key: rule for rule in rules_for(mapper)}
        for attr in mapper.column_attrs:
            type_ = _base(attr.columns[0].type)
            if isinstance(type_, Enum):
                continue
            if isinstance(type_, String | Date | DateTime | JSON):
                assert attr.key in covered, f"{mapper.class_.__name__}.{attr.key} is unchecked"
            if isinstance(type_, String):
                assert 0 < covered[attr.key].limit <= 50_000


def test_every_checked_field_has_a_dutch_name() -> None:
    unnamed = {
        rule.key
        for mapper in Base.registry.mappers
        for rule in rules_for(mapper)
        if label(rule.key).startswith("Veld ")
        and rule.key not in {"id", "created_at", "updated_at", "epoch"}
    }
    assert unnamed == set()


def test_a_name_longer_than_its_limit_is_refused(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    with pytest.raises(ValidationError) as info:
        service.create("Zoë", "Ö" * (LIMITS["last_name"] + 1))
    assert info.value.field == "last_name"
    assert str(info.value) == "Achternaam: te lang (101 tekens; hoogstens 100)."
    assert service.count() == 0


def test_notes_may_be_long_but_not_endless(store: Store, clock: FixedClock) -> None:
    service = ClientService(store, clock)
    client = service.create("Zoë", "Özdemir")
    service.update(client.id, notes="Een lang verhaal. " * 2_000)  # 35,999 without the blank
    with pytest.raises(ValidationError, match=r"Notities: te lang \(90\.000 tekens"):
        service.update(client.id, notes="x" * 90_000)
    assert len(service.get(client.id).notes or "") == 35_999


def test_a_short_field_without_its_own_limit_takes_the_short_text_limit(
    store: Store, clock: FixedClock
) -> None:
    employer = EmployerService(store, clock).create("Van Dijk", Sector.GREEN)
    with pytest.raises(ValidationError, match="Adres: te lang") as info:
        EmployerService(store, clock).update(employer.id, address="Dorpsstraat " * 60)
    assert info.value.field == "address" and len("Dorpsstraat " * 60) > SHORT_TEXT


@pytest.mark.parametrize(
    ("field", "bad"),
    [("notes", "Moeder \ud83d ziek"), ("city", "Schie\udc00dam"), ("notes", "nul\x00teken")],
)
def test_text_that_cannot_be_stored_is_refused_naming_the_field(
    store: Store, clock: FixedClock, field: str, bad: str
) -> None:
    service = ClientService(store, clock)
    client = service.create("Zoë", "Özdemir")
    with pytest.raises(ValidationError) as info:
        service.update(client.id, **{field: bad})
    assert info.value.field == field
    assert str(info.value).startswith(f"{label(field)}: een teken dat niet bewaard kan worden")


def test_a_lone_surrogate_in_a_checklist_is_refused(store: Store, clock: FixedClock) -> None:
    from jobhunter.services.matches import Checklist, MatchService

    client = ClientService(store, clock).create("Zoë", "Özdemir")
    employer = EmployerService(store, clock).create("Van Dijk", Sector.GREEN)
    match = MatchService(store, clock).propose(client.id, employer.id, None)
    with pytest.raises(ValidationError, match="een teken dat niet bewaard kan worden"):
        MatchService(store, clock).add_check(match.id, Checklist.CANDIDATE, "Route \udfff")


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=400))  # fmt: skip
def test_any_storable_text_round_trips_unchanged(
    store: Store, clock: FixedClock, notes: str
) -> None:
    service = ClientService(store, clock)
    client = service.create("Zoë", "Özdemir")
    service.update(client.id, notes=notes)
    assert service.get(client.id).notes == (notes.strip() or None)


def _appointment(store: Store, clock: FixedClock, starts: datetime) -> uuid.UUID:
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    return (
        AppointmentService(store, clock)
        .create(
            AppointmentKind.EMPLOYEE_CHECKIN,
            starts,
            starts + timedelta(hours=1),
            client_id=client.id,
        )
        .id
    )


def test_an_appointment_in_the_year_9999_is_refused(store: Store, clock: FixedClock) -> None:
    with pytest.raises(ValidationError, match="Begin: alleen een jaar van 1900 tot en met 2200"):
        _appointment(store, clock, datetime(9999, 6, 1, 10, tzinfo=LOCAL_TZ))
    appointment = _appointment(store, clock, clock.now())
    service = AftercareService(store, clock)
    # moving it to the last hour of 9999 must not overflow either
    with pytest.raises(ValidationError, match="Het begin: alleen een jaar") as info:
        service.reschedule(appointment, datetime(9999, 12, 31, 23, 30, tzinfo=LOCAL_TZ))
    assert info.value.field == "starts_at"
    with pytest.raises(ValidationError, match="1900"):
        service.update(appointment, starts_at=datetime(1850, 1, 1, 9, tzinfo=LOCAL_TZ))


def test_a_date_out_of_range_in_an_older_store_spoils_no_export(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    # Given an appointment in 9999 that an older version let through
    appointment = _appointment(store, clock, clock.now())
    good = _appointment(store, clock, clock.now() + timedelta(days=1))
    with sqlite3.connect(store.db_path) as conn:
        conn.execute(
            "UPDATE appointment SET starts_at = '9999-06-01 10:00:00.000000', "
            "ends_at = '9999-06-01 11:00:00.000000' WHERE id = ?",
            (appointment.hex,),
        )
    # When the calendar is exported, then the good appointment is in it and nothing fails
    target = tmp_path / "nazorg.ics"
    assert write_calendar(store, target, clock) == 1
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["uid"]).split("@")[0] for e in events] == [str(good)]
    # and `check` names the stray appointment
    assert any("buiten 1900–2200" in p for p in check_store(store).problems)
    # and an unrelated edit of that appointment is still possible
    AftercareService(store, clock).update(appointment, notes="jaartal nakijken")


@pytest.mark.parametrize(
    "number",
    ["06-12345678", "010 123 4567", "+31 6 1234 5678", "+31 (0)6 12345678", "0031 6 12345678",
     "+32 470 12 34 56", "020-1234567", "088 123 4567"],
)  # fmt: skip
def test_real_phone_numbers_are_accepted(number: str) -> None:
    assert phone(number) == number


@pytest.mark.parametrize(
    "number",
    ["06-1234567", "06-123456789", "12", "0612345678910", "+31 6 1234 567",
     "06-1234567a", "++31612345678", "06--12345678-", "0000000000", "+999 12345678"],
)  # fmt: skip
def test_impossible_phone_numbers_are_refused(number: str) -> None:
    with pytest.raises(ValidationError, match="geen geldig telefoonnummer") as info:
        phone(number)
    assert info.value.field == "phone"


def test_a_contact_person_with_an_impossible_number_is_refused(
    store: Store, clock: FixedClock
) -> None:
    employer = EmployerService(store, clock).create("Van Dijk", Sector.GREEN)
    with pytest.raises(ValidationError, match="telefoonnummer"):
        EmployerService(store, clock).add_contact(employer.id, "Jan", phone="06-1234567")


def test_a_search_with_a_lone_surrogate_finds_nothing_instead_of_failing(
    store: Store, clock: FixedClock
) -> None:
    from jobhunter.services.search import SearchService

    ContactService(store, clock)  # the search runs on an empty store too
    assert SearchService(store, clock).search("Zo\ud800ë") == []


def test_rules_are_cached_per_model() -> None:
    mapper = inspect(Base.registry.mappers.__iter__().__next__().class_)
    assert rules_for(mapper) is rules_for(mapper)
