from __future__ import annotations

from datetime import date, timedelta

import pytest
import vobject
from sqlalchemy.exc import IntegrityError

from jobhunter.models import ContactPerson
from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    ConsentParty,
    Motive,
    RelationshipStatus,
    RequirementKind,
    Sector,
    Stage,
)
from jobhunter.services.activity import ContactService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.durability import DurabilityService, Outcome, outcome_at
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store
from jobhunter.services.vcard import contacts_vcard, write_contacts_vcard

TODAY = date(2026, 3, 16)


@pytest.fixture
def employers(store: Store, clock: FixedClock) -> EmployerService:
    return EmployerService(store, clock)


@pytest.fixture
def employer(employers: EmployerService):
    return employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")


def test_profile_keeps_motives_and_preferences(employers, employer) -> None:
    updated = employers.update(
        employer.id,
        motives=[Motive.SHORTAGE, "csr", Motive.SHORTAGE],
        hr_formalised=False,
        culture="  Informeel, veel humor, vaste ploegen  ",
        candidate_preference="one",
        wants_jobhunter_at_interview=True,
    )
    assert updated.motives == ["csr", "shortage"]
    assert updated.culture == "Informeel, veel humor, vaste ploegen"
    with pytest.raises(ValueError):
        employers.update(employer.id, motives=["greed"])


def test_a_visit_records_its_aims_sets_follow_up_and_counts_as_contact(
    store, clock, employers, employer
) -> None:
    # Given a first company visit
    visit = employers.log_visit(
        employer.id,
        TODAY - timedelta(days=1),
        relationship="Rondleiding gehad; eigenaar zelf ooit via de gemeente begonnen",
        workplace="Medewerker groen, 24 uur, rijbewijs B echt nodig",
        follow_up_on=TODAY + timedelta(days=14),
    )
    # Then the aims show as worked on, the follow-up is set, and the list counts the contact
    assert visit.relationship_done and visit.workplace_done and not visit.commitment_done
    (row,) = employers.list_rows()
    assert row.follow_up_on == TODAY + timedelta(days=14)
    assert row.days_since_contact == 1
    assert [m.summary for m in ContactService(store, clock).for_employer(employer.id)] == [
        "Bedrijfsbezoek: Rondleiding gehad; eigenaar zelf ooit via de gemeente begonnen"
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"visited_on": TODAY + timedelta(days=1), "notes": "x"}, "toekomst"),
        ({"visited_on": TODAY, "follow_up_on": TODAY - timedelta(days=1), "notes": "x"}, "vóór"),
        ({"visited_on": TODAY}, "opleverde"),
    ],
)
def test_invalid_visits_are_refused(employers, employer, kwargs, message) -> None:
    with pytest.raises(ValidationError, match=message):
        employers.log_visit(employer.id, **kwargs)
    assert employers.visits(employer.id) == []


def test_primary_contact_changes_are_recorded(employers, employer, clock) -> None:
    jan = employers.add_contact(employer.id, "Jan van Dijk", role="Eigenaar")
    clock.advance(timedelta(days=30))
    petra = employers.add_contact(employer.id, "Petra Jansen", role="Planner")
    employers.set_primary(petra.id)
    changes = employers.primary_changes(employer.id)
    assert [(c.previous_name, c.new_name) for c in changes] == [
        (None, "Jan van Dijk"),
        ("Jan van Dijk", "Petra Jansen"),
    ]
    # removing the primary hands over to the remaining person, recorded too
    employers.remove_contact(petra.id)
    assert [c.name for c in employers.contacts(employer.id) if c.is_primary] == [jan.name]
    assert employers.primary_changes(employer.id)[-1].new_name == "Jan van Dijk"


def test_the_store_itself_refuses_two_primary_contacts(store, employers, employer) -> None:
    employers.add_contact(employer.id, "Jan van Dijk")
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(ContactPerson(employer_id=employer.id, name="Tweede", is_primary=True))


def test_requirements_split_hard_minimum_and_wishes(employers, employer) -> None:
    workplace = employers.add_workplace(
        employer.id, "Medewerker groen", hours_per_week=24, jobcarving="Alleen maaien mogelijk"
    )
    employers.set_requirements(
        workplace.id,
        [
            (RequirementKind.DRIVING_LICENCE, "B", True),
            (RequirementKind.DUTCH_LEVEL, "A2", True),
            (RequirementKind.CERTIFICATE, "VCA", False),
        ],
    )
    requirements = employers.requirements(workplace.id)
    assert [(r.kind, r.is_hard) for r in requirements][:2] == [
        (RequirementKind.DRIVING_LICENCE, True),
        (RequirementKind.DUTCH_LEVEL, True),
    ]
    assert [r.value for r in requirements if not r.is_hard] == ["VCA"]
    with pytest.raises(ValidationError, match="taalniveau"):
        employers.set_requirements(workplace.id, [(RequirementKind.DUTCH_LEVEL, "vloeiend", True)])
    assert len(employers.requirements(workplace.id)) == 3, "a refused edit changes nothing"


def test_arrangements_with_dates_and_workplace(employers, employer) -> None:
    workplace = employers.add_workplace(employer.id, "Hovenier")
    employers.save_arrangement(
        employer.id,
        ArrangementKind.TRIAL_PLACEMENT,
        workplace_id=workplace.id,
        status=ArrangementStatus.USED,
        starts_on=date(2026, 2, 1),
        ends_on=date(2026, 3, 31),
    )
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        employers.save_arrangement(
            employer.id,
            ArrangementKind.NO_RISK_POLICY,
            starts_on=date(2026, 3, 1),
            ends_on=date(2026, 2, 1),
        )
    (item,) = employers.arrangements(employer.id)
    assert item.kind is ArrangementKind.TRIAL_PLACEMENT and item.workplace_id == workplace.id


def test_ending_for_discrimination_is_flagged_in_the_list(employers, employer) -> None:
    employers.update(
        employer.id,
        status=RelationshipStatus.ENDED,
        ended_for_discrimination=True,
        ended_reason="Wilde geen kandidaten met hoofddoek",
    )
    (row,) = employers.list_rows()
    assert row.ended_for_discrimination


@pytest.mark.parametrize(
    ("started", "ended", "months", "expected"),
    [
        (date(2025, 1, 10), None, 3, Outcome.WORKING),
        (date(2025, 1, 10), None, 12, Outcome.WORKING),
        (date(2025, 12, 17), None, 3, Outcome.NOT_YET),
        (date(2025, 12, 16), None, 3, Outcome.WORKING),  # exactly three months ago
        (date(2025, 1, 10), date(2025, 5, 1), 3, Outcome.WORKING),
        (date(2025, 1, 10), date(2025, 5, 1), 6, Outcome.STOPPED),
    ],
)
def test_outcome_at_checkpoints(started, ended, months, expected) -> None:
    assert outcome_at(started, ended, months, TODAY) is expected


def test_history_shows_placements_and_dropout(store, clock, employers, employer) -> None:
    workplace = employers.add_workplace(employer.id, "Hovenier")
    client = ClientService(store, clock).create("Zoë", "Özdemir")
    CaseloadService(store, clock).give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
    )
    matches = MatchService(store, clock)
    match = matches.propose(client.id, employer.id, workplace.id)
    matches.move(match.id, Stage.TRIAL_PLACEMENT)
    clock.advance(timedelta(days=120))
    matches.move(match.id, Stage.DROPPED_OUT, "Rugklachten")
    (placement,) = DurabilityService(store, clock).placements(employer.id)
    assert placement.outcomes[3] is Outcome.WORKING
    assert placement.outcomes[6] is Outcome.STOPPED
    assert placement.reason == "Rugklachten"


def test_vcard_export_reads_back(store, tmp_path, employers, employer) -> None:
    employers.add_contact(
        employer.id,
        "Jan van Dijk",
        role="Eigenaar",
        phone="06-12345678",
        email="jan@vandijk-groen.nl",
    )
    other = employers.create("Zorggroep De Linde", Sector.CARE)
    employers.add_contact(other.id, "Siham Benali", email="s.benali@delinde.nl")
    only_one = list(vobject.readComponents(contacts_vcard(store, employer.id)))
    assert [c.fn.value for c in only_one] == ["Jan van Dijk"]
    assert only_one[0].org.value == ["Groenvoorziening Van Dijk"]
    assert only_one[0].tel.value == "06-12345678"
    target = tmp_path / "contacten.vcf"
    assert write_contacts_vcard(store, target) == 2
    names = {c.fn.value for c in vobject.readComponents(target.read_text(encoding="utf-8"))}
    assert names == {"Jan van Dijk", "Siham Benali"}
