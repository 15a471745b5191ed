"""The research's rules, each kept by a service (issue 17); the seed passage is named with
each test. Matches are moved past the pre-briefing only with the client's consent to share
with employers, as the pipeline asks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from jobhunter.models import ContactMoment
from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    BarrierKind,
    CandidatePreference,
    ConsentParty,
    ContactKind,
    DutchLevel,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Phase,
    PlacementForm,
    RelationshipStatus,
    RequirementKind,
    Sector,
    Stage,
    WorkplaceStatus,
)
from jobhunter.services.aftercare import AftercareService
from jobhunter.services.agenda import AgendaService
from jobhunter.services.caseload import (
    WORK_SKILLS,
    CaseloadService,
    needs_adjustment,
)
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.durability import DurabilityService, Outcome
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.gunfactor import GunfactorService
from jobhunter.services.matches import MatchService, Placement
from jobhunter.services.matching.suggestions import (
    CLOSED,
    EMPLOYER_ENDED,
    FILLED,
    IN_PIPELINE,
    PLACED,
    SuggestionService,
)
from jobhunter.services.placements import PlacementService, PlacementTerms
from jobhunter.services.store import Store


def _client(store: Store, clock: FixedClock, first: str, last: str, **facts):
    clients = ClientService(store, clock)
    client = clients.create(first, last, **facts)
    CaseloadService(store, clock).give_consent(
        client.id, ConsentParty.EMPLOYERS, "cv en werkervaring"
    )
    return clients.change_phase(client.id, Phase.MATCHING, "Klaar voor bemiddeling")


@pytest.fixture
def world(store: Store, clock: FixedClock):
    """Two clients in matching who both fit a gardener's job at Van Dijk (which has a second
    workplace), and a kitchen at Kidane."""
    zoe = _client(store, clock, "Zoë", "Özdemir", driving_licence=True, hours_available=24,
                  dutch_level=DutchLevel.B1, city="Schiedam")  # fmt: skip
    ahmed = _client(store, clock, "Ahmed", "Bakkali", driving_licence=True, hours_available=32,
                    dutch_level=DutchLevel.B2, city="Schiedam")  # fmt: skip
    employers = EmployerService(store, clock)
    van_dijk = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    gardener = employers.add_workplace(van_dijk.id, "Hovenier", hours_per_week=24)
    employers.set_requirements(gardener.id, [(RequirementKind.DRIVING_LICENCE, "B", True)])
    mower = employers.add_workplace(van_dijk.id, "Maaier", hours_per_week=20)
    kidane = employers.create("Eetcafé Kidane", Sector.CATERING, city="Rotterdam")
    kitchen = employers.add_workplace(kidane.id, "Keukenhulp", hours_per_week=24)
    return zoe, ahmed, van_dijk, gardener, mower, kidane, kitchen


# --- ended employers (seed 003: "De samenwerking beëindigen met werkgevers die zich evident
# schuldig maken aan discriminatie") --------------------------------------------------------
def test_ending_a_cooperation_closes_its_workplaces_and_names_the_open_matches(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, van_dijk, gardener, mower, _kidane, _kitchen = world
    matches = MatchService(store, clock)
    open_match = matches.propose(zoe.id, van_dijk.id, gardener.id)
    ended = EmployerService(store, clock).end_cooperation(
        van_dijk.id, "Weigerde een kandidate met hoofddoek", discrimination=True
    )
    assert ended.closed_workplaces == ["Hovenier", "Maaier"]
    assert [(m.match_id, m.client_name) for m in ended.open_matches] == [
        (open_match.id, "Zoë Özdemir")
    ]
    places = {w.id: w.status for w in EmployerService(store, clock).workplaces(van_dijk.id)}
    assert places == {gardener.id: WorkplaceStatus.CLOSED, mower.id: WorkplaceStatus.CLOSED}
    employer = EmployerService(store, clock).get(van_dijk.id)
    assert employer.status is RelationshipStatus.ENDED and employer.ended_for_discrimination
    assert employer.follow_up_on is None


def test_proposing_at_an_ended_employer_is_refused_with_the_recorded_reason(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, van_dijk, gardener, *_ = world
    EmployerService(store, clock).end_cooperation(
        van_dijk.id, "Weigerde een kandidate met hoofddoek", discrimination=True
    )
    with pytest.raises(ValidationError, match="hoofddoek") as refused:
        MatchService(store, clock).propose(zoe.id, van_dijk.id, gardener.id)
    assert "discriminatie" in str(refused.value)
    with pytest.raises(ValidationError, match="beëindigd"):
        MatchService(store, clock).propose(zoe.id, van_dijk.id)  # no workplace either


def test_an_ended_employer_is_never_suggested(store: Store, clock: FixedClock, world) -> None:
    zoe, _ahmed, van_dijk, gardener, _mower, _kidane, kitchen = world
    employers = EmployerService(store, clock)
    suggestions = SuggestionService(store, clock)
    assert gardener.id in {s.workplace.id for s in suggestions.for_client(zoe.id)}
    # ended through the profile: the workplaces close as well, and never come back
    employers.update(van_dijk.id, status=RelationshipStatus.ENDED, ended_reason="Failliet")
    employers.update_workplace(gardener.id, status=WorkplaceStatus.OPEN)  # reopened by hand
    ranked = suggestions.for_client(zoe.id, show_all=True)
    assert [s.workplace.id for s in ranked] == [kitchen.id]
    assert ranked.left_out[EMPLOYER_ENDED] == 1
    blocked = suggestions.for_workplace(gardener.id, show_all=True)
    assert blocked.items == [] and "Failliet" in (blocked.blocked or "")


def test_discrimination_belongs_to_an_ended_cooperation(store: Store, clock: FixedClock) -> None:
    employers = EmployerService(store, clock)
    employer = employers.create("Transport Snel", Sector.TRANSPORT)
    with pytest.raises(ValidationError, match="Beëindig eerst"):
        employers.update(employer.id, ended_for_discrimination=True)
    employers.end_cooperation(employer.id, "Wilde geen statushouders", discrimination=True)
    employers.update(employer.id, status=RelationshipStatus.ACTIVE)  # taken up again
    assert not employers.get(employer.id).ended_for_discrimination


# --- suggestions leave out what makes no sense, and say so -----------------------------------
def test_suggestions_leave_out_closed_and_placed_clients_and_count_them(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, ahmed, van_dijk, gardener, mower, kidane, kitchen = world
    clients = ClientService(store, clock)
    matches = MatchService(store, clock)
    placed = matches.propose(ahmed.id, kidane.id, kitchen.id)
    matches.move(placed.id, Stage.TRIAL_PLACEMENT)
    gone = _client(store, clock, "Bram", "de Vries", driving_licence=True, hours_available=24)
    clients.change_phase(gone.id, Phase.CLOSED, "Verhuisd")
    matches.propose(zoe.id, van_dijk.id, gardener.id)

    every_phase = SuggestionService(store, clock).for_workplace(gardener.id, phases=None)
    assert every_phase.items == []  # Zoë is proposed already, Ahmed placed, Bram closed
    assert every_phase.left_out == {IN_PIPELINE: 1, PLACED: 1, CLOSED: 1}
    assert every_phase.hidden == 2

    shown = SuggestionService(store, clock).for_workplace(mower.id, phases=None, show_all=True)
    assert shown.items[0].client.id == zoe.id
    marked = {s.client.id: s.left_out for s in shown}
    assert marked == {zoe.id: None, ahmed.id: PLACED, gone.id: CLOSED}


def test_filled_workplaces_are_left_out_and_shown_on_request(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, _van_dijk, gardener, mower, _kidane, kitchen = world
    EmployerService(store, clock).update_workplace(gardener.id, status=WorkplaceStatus.FILLED)
    suggestions = SuggestionService(store, clock)
    ranked = suggestions.for_client(zoe.id)
    assert {s.workplace.id for s in ranked} == {mower.id, kitchen.id}
    assert ranked.left_out == {FILLED: 1}
    everything = suggestions.for_client(zoe.id, show_all=True)
    assert everything.items[-1].workplace.id == gardener.id
    assert everything.items[-1].left_out == FILLED


def test_scores_run_from_0_to_100(store: Store, clock: FixedClock, world) -> None:
    zoe, *_ = world
    scores = [s.score for s in SuggestionService(store, clock).for_client(zoe.id)]
    assert scores and all(0 <= score <= 100 for score in scores)
    assert max(scores) > 50  # Zoë lives where the gardener's job is, with the hours it asks


# --- the employer contact log (seed 002: "Intensief contact is in deze studie
# geoperationaliseerd met het aantal telefoontjes en ontmoetingen") ------------------------
def test_a_call_with_the_contact_person_counts_as_last_contact_and_as_the_follow_up(
    store: Store, clock: FixedClock, world
) -> None:
    *_, kidane, _kitchen = world
    employers = EmployerService(store, clock)
    petra = employers.add_contact(kidane.id, "Petra Kidane", role="Eigenaar")
    employers.update(kidane.id, follow_up_on=clock.today() - timedelta(days=3))
    employers.log_contact(
        kidane.id, ContactKind.CALL, "Gebeld over de keukenhulp", contact_person_id=petra.id
    )
    row = next(r for r in employers.list_rows() if r.id == kidane.id)
    assert row.days_since_contact == 0
    assert row.follow_up_on is None  # the overdue follow-up was this call
    (logged,) = employers.contact_log(kidane.id)
    assert (logged.kind, logged.contact_person) == (ContactKind.CALL, "Petra Kidane")

    next_week = clock.today() + timedelta(days=7)
    employers.log_contact(kidane.id, ContactKind.EMAIL, "Vacaturetekst gemaild",
                          follow_up_on=next_week)  # fmt: skip
    assert employers.get(kidane.id).follow_up_on == next_week
    employers.log_contact(kidane.id, ContactKind.NOTE, "Eigenaar op vakantie tot de 20e")
    assert employers.get(kidane.id).follow_up_on == next_week  # not due yet: it stays


def test_a_contact_log_entry_is_checked(store: Store, clock: FixedClock, world) -> None:
    *_, van_dijk, _gardener, _mower, kidane, _kitchen = world
    employers = EmployerService(store, clock)
    jan = employers.add_contact(van_dijk.id, "Jan van Dijk")
    with pytest.raises(ValidationError, match="andere werkgever"):
        employers.log_contact(kidane.id, ContactKind.CALL, "Gebeld", contact_person_id=jan.id)
    with pytest.raises(ValidationError, match="toekomst"):
        employers.log_contact(kidane.id, ContactKind.CALL, "Gebeld",
                              occurred_at=clock.now() + timedelta(hours=2))  # fmt: skip
    with pytest.raises(ValidationError, match="verleden"):
        employers.log_contact(kidane.id, ContactKind.CALL, "Gebeld",
                              follow_up_on=clock.today() - timedelta(days=1))  # fmt: skip
    with store.session() as session:
        assert session.scalars(select(ContactMoment)).all() == []


# --- placement forms (seed 002: "De meeste bedrijven bieden allerlei vormen van tijdelijke
# contracten aan, waarbij de proefplaatsing, stage, tijdelijk contracten en leer/werktrajecten
# het meeste voorkomen") ---------------------------------------------------------------------
def test_a_placement_records_its_form_start_hours_and_end(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, van_dijk, gardener, *_ = world
    matches = MatchService(store, clock)
    reached: list[Placement] = []
    matches.on_placement.append(reached.append)
    match = matches.propose(zoe.id, van_dijk.id, gardener.id)
    start = clock.today() + timedelta(days=7)
    terms = PlacementTerms(PlacementForm.INTERNSHIP, start, 20, start + timedelta(weeks=12))
    matches.move(match.id, Stage.TRIAL_PLACEMENT, "Stage van drie maanden", terms=terms)
    assert matches.load(match.id).placement == terms
    assert reached[0].form is PlacementForm.INTERNSHIP
    assert AftercareService(store, clock).placement_start(match.id) == start  # starts later

    with pytest.raises(ValidationError, match="past niet"):
        matches.set_placement(match.id, PlacementTerms(PlacementForm.PERMANENT_CONTRACT))
    with pytest.raises(ValidationError, match="vóór de start"):
        matches.set_placement(
            match.id, PlacementTerms(PlacementForm.INTERNSHIP, start, 20, start - timedelta(1))
        )
    matches.move(match.id, Stage.CONTRACT, "Contract na de stage")
    contract = matches.load(match.id).placement
    assert contract is not None and contract.form is PlacementForm.TEMPORARY_CONTRACT
    assert (contract.start, contract.hours, contract.end) == (clock.today(), 20, None)
    with pytest.raises(ValidationError, match="geen einddatum"):
        matches.set_placement(
            match.id,
            PlacementTerms(PlacementForm.PERMANENT_CONTRACT, clock.today(), 20, date(2027, 1, 1)),
        )
    matches.set_placement(match.id, PlacementTerms(PlacementForm.PERMANENT_CONTRACT, hours=32))
    assert matches.load(match.id).row.placement_form is PlacementForm.PERMANENT_CONTRACT


@pytest.mark.parametrize("form", [f for f in PlacementForm if not f.is_contract])
def test_aftercare_and_durability_start_from_any_placement_form(
    store: Store, clock: FixedClock, world, form: PlacementForm
) -> None:
    zoe, _ahmed, van_dijk, gardener, *_ = world
    matches = MatchService(store, clock)
    match = matches.propose(zoe.id, van_dijk.id, gardener.id)
    matches.move(match.id, Stage.TRIAL_PLACEMENT, terms=PlacementTerms(form))
    aftercare = AftercareService(store, clock)
    (row,) = aftercare.placements()
    assert row.match_id == match.id and row.started_on == clock.today()
    assert aftercare.create_schedule(match.id, aftercare.propose_schedule(match.id, "normal"))
    clock.advance(timedelta(days=200))
    (placement,) = DurabilityService(store, clock).placements(van_dijk.id)
    assert placement.outcomes[3] is Outcome.WORKING


def test_a_placement_offers_nazorg_and_twelve_months_on_offers_to_close(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, van_dijk, gardener, *_ = world
    matches = MatchService(store, clock)
    placements = PlacementService(store, clock)
    match = matches.propose(zoe.id, van_dijk.id, gardener.id)
    assert placements.aftercare_offer(match.id) is None  # not placed yet
    matches.move(match.id, Stage.TRIAL_PLACEMENT,
                 terms=PlacementTerms(PlacementForm.WORK_EXPERIENCE))  # fmt: skip
    offer = placements.aftercare_offer(match.id)
    assert offer is not None and offer.suggested is Phase.AFTERCARE
    assert "werkervaringsplek" in offer.reason and "Hovenier" in offer.reason
    assert placements.closing_offer(match.id) is None
    placements.accept(offer)
    assert ClientService(store, clock).get(zoe.id).phase is Phase.AFTERCARE
    assert placements.aftercare_offer(match.id) is None  # done

    clock.advance(timedelta(days=370))
    aftercare = AftercareService(store, clock)
    aftercare.record_outcome(match.id, 6, True, "werkervaringsplek")
    assert placements.closing_offer(match.id) is None  # six months is not the end
    aftercare.record_outcome(match.id, 12, True, "vast contract")
    closing = placements.closing_offer(match.id)
    assert closing is not None and closing.suggested is Phase.CLOSED
    placements.accept(closing)
    assert ClientService(store, clock).get(zoe.id).phase is Phase.CLOSED
    assert placements.closing_offer(match.id) is None


# --- arrangements tied to a placement (seed 002: "sommigen gebruiken de doelgroep voor hun
# eigen winstbejag en sturen mensen weer weg als ze geen subsidie meer krijgen"; seed 002,
# pilot loondispensatie: "die een 'loonwaarde' hebben onder de 100%") ------------------------
def test_an_arrangement_supports_a_placement_of_the_same_employer(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, van_dijk, gardener, _mower, kidane, _kitchen = world
    matches = MatchService(store, clock)
    match = matches.propose(zoe.id, van_dijk.id, gardener.id)
    employers = EmployerService(store, clock)
    with pytest.raises(ValidationError, match="andere werkgever"):
        employers.save_arrangement(kidane.id, ArrangementKind.JOBCOACH, match_id=match.id)
    with pytest.raises(ValidationError, match="loonwaarde"):
        employers.save_arrangement(van_dijk.id, ArrangementKind.WAGE_DISPENSATION,
                                   match_id=match.id)  # fmt: skip
    with pytest.raises(ValidationError, match="onder 100"):
        employers.save_arrangement(van_dijk.id, ArrangementKind.WAGE_DISPENSATION,
                                   match_id=match.id, wage_value=100)  # fmt: skip
    with pytest.raises(ValidationError, match="loonwaarde hoort"):
        employers.save_arrangement(van_dijk.id, ArrangementKind.JOBCOACH, wage_value=60)
    with pytest.raises(ValidationError, match="einddatum"):
        employers.save_arrangement(van_dijk.id, ArrangementKind.NO_RISK_POLICY,
                                   match_id=match.id, status=ArrangementStatus.USED,
                                   starts_on=clock.today())  # fmt: skip
    item = employers.save_arrangement(
        van_dijk.id, ArrangementKind.WAGE_DISPENSATION, match_id=match.id, wage_value=70,
        status=ArrangementStatus.USED, starts_on=clock.today(),
        ends_on=clock.today() + relativedelta(years=1),
    )  # fmt: skip
    assert (item.match_id, item.workplace_id, item.wage_value) == (match.id, gardener.id, 70)
    (choice,) = employers.load(van_dijk.id).placements
    assert choice.match_id == match.id and choice.client_name == "Zoë Özdemir"


def test_the_start_of_the_day_warns_a_month_before_an_arrangement_ends(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, _ahmed, van_dijk, gardener, _mower, kidane, _kitchen = world
    match = MatchService(store, clock).propose(zoe.id, van_dijk.id, gardener.id)
    employers = EmployerService(store, clock)
    today = clock.today()
    for kind, ends_on, match_id, employer in (
        (ArrangementKind.WAGE_COST_SUBSIDY, today + timedelta(days=20), match.id, van_dijk.id),
        (ArrangementKind.NO_RISK_POLICY, today + timedelta(days=45), match.id, van_dijk.id),
        (ArrangementKind.TRAINING_SUBSIDY, today + timedelta(days=10), None, kidane.id),
        (ArrangementKind.JOBCOACH, today - timedelta(days=1), None, kidane.id),
    ):
        employers.save_arrangement(employer, kind, match_id=match_id, ends_on=ends_on,
                                   status=ArrangementStatus.USED,
                                   starts_on=today - timedelta(days=300))  # fmt: skip
    employers.save_arrangement(kidane.id, ArrangementKind.WAGE_COST_SUBSIDY,
                               ends_on=today + timedelta(days=5))  # only offered  # fmt: skip
    items = [i for i in AgendaService(store, clock).start_of_day() if i.arrangement]
    assert [(i.arrangement, i.record_kind, i.day) for i in items] == [
        (ArrangementKind.TRAINING_SUBSIDY, "employer", today + timedelta(days=10)),
        (ArrangementKind.WAGE_COST_SUBSIDY, "match", today + timedelta(days=20)),
    ]
    assert items[1].record_id == match.id and items[1].title.startswith("Zoë Özdemir")
    assert not any(i.overdue for i in items)


# --- gewogen maatwerk (seed 001: "wat je precies doet, hoe je dat doet (bejegening) en welk
# effect je ziet van je handelen") --------------------------------------------------------------
def test_an_intervention_names_its_barriers_its_approach_and_the_effect_seen(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, *_ = world
    caseload = CaseloadService(store, clock)
    course = caseload.save_intervention(
        zoe.id, InterventionKind.LANGUAGE_COURSE, "Taalniveau B2 voor de zorg",
        barriers=[BarrierKind.LANGUAGE, BarrierKind.NO_STARTKWALIFICATIE, BarrierKind.LANGUAGE],
        approach="Twee keer per week, met een taalmaatje van haar eigen leeftijd",
        start_date=date(2026, 1, 5), end_date=date(2026, 3, 1),
        status=InterventionStatus.RUNNING,
    )  # fmt: skip
    assert course.barriers == ["language", "no_startkwalificatie"]
    assert course.approach and "taalmaatje" in course.approach
    with pytest.raises(ValidationError, match="welk effect"):
        caseload.save_intervention(
            zoe.id, InterventionKind.LANGUAGE_COURSE, "Taalniveau B2 voor de zorg",
            intervention_id=course.id, evaluation="Spreekt vrijer", status="completed",
        )  # fmt: skip
    with pytest.raises(ValidationError, match=r"1 \(geen\) tot en met 5"):
        caseload.save_intervention(zoe.id, InterventionKind.TRAINING, "Sollicitatietraining",
                                   effect=6)  # fmt: skip
    with pytest.raises(ValidationError, match="vervolg"):
        caseload.save_intervention(zoe.id, InterventionKind.TRAINING, "Sollicitatietraining",
                                   follow_up=InterventionFollowUp.CONTINUE)  # fmt: skip


def test_a_weak_effect_keeps_asking_bijstellen_until_a_follow_up_is_chosen(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, *_ = world
    caseload = CaseloadService(store, clock)
    fields = dict(start_date=date(2026, 1, 5), end_date=date(2026, 3, 1),
                  status=InterventionStatus.COMPLETED, evaluation="Weinig veranderd")  # fmt: skip
    weak = caseload.save_intervention(
        zoe.id, InterventionKind.RESILIENCE_TRAINING, "Weerbaarder bij afwijzing",
        effect=2, **fields,
    )  # fmt: skip
    assert needs_adjustment(weak, clock.today())  # evaluated, yet the flag stays
    decided = caseload.save_intervention(
        zoe.id, InterventionKind.RESILIENCE_TRAINING, "Weerbaarder bij afwijzing",
        intervention_id=weak.id, effect=2, follow_up=InterventionFollowUp.REPLACE, **fields,
    )  # fmt: skip
    assert not needs_adjustment(decided, clock.today())
    good = caseload.save_intervention(
        zoe.id, InterventionKind.TRAINING, "Sollicitatietraining", effect=4, **fields
    )
    assert not needs_adjustment(good, clock.today())


def test_the_rubric_and_barrier_lists_follow_the_seeds() -> None:
    # seed 002: "hoe ga je om met werk dat je niet leuk vindt"; "niet teveel problemen
    # (verslavingen, schulden ...)"; seed 003: "onveiligheid op de werkvloer, exclusie"
    assert "unpleasant_work" in WORK_SKILLS and len(WORK_SKILLS) == 8
    assert {BarrierKind.ADDICTION, BarrierKind.UNSAFE_WORKPLACE, BarrierKind.DEBTS} <= set(
        BarrierKind
    )


def test_the_new_skill_and_barriers_are_kept_in_the_client_file(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, *_ = world
    caseload = CaseloadService(store, clock)
    caseload.set_work_skills(zoe.id, {"unpleasant_work": 2})
    caseload.set_barrier(zoe.id, BarrierKind.ADDICTION, 2, "Stopt met blowen, begeleid")
    caseload.set_barrier(zoe.id, BarrierKind.UNSAFE_WORKPLACE, 3)
    file = caseload.load(zoe.id)
    assert file.client.work_skills == {"unpleasant_work": 2}
    assert {b.kind for b in file.barriers} == {BarrierKind.ADDICTION, BarrierKind.UNSAFE_WORKPLACE}


# --- employer preferences and the gunfactor (seed 002: "Andere werkgevers ... willen slechts
# aan één kandidaat wordt voorgesteld"; "Het gevaar van een mis-match door slechte
# voorbereiding is het verlies van de gunfactor van een bedrijf") -------------------------------
def test_a_one_candidate_employer_warns_before_a_second_open_proposal(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, ahmed, van_dijk, gardener, mower, *_ = world
    employers = EmployerService(store, clock)
    gunfactor = GunfactorService(store, clock)
    matches = MatchService(store, clock)
    first = matches.propose(zoe.id, van_dijk.id, gardener.id)
    assert gunfactor.proposal_warnings(ahmed.id, van_dijk.id, gardener.id) == []  # several
    employers.update(van_dijk.id, candidate_preference=CandidatePreference.ONE)
    (warning,) = gunfactor.proposal_warnings(ahmed.id, van_dijk.id, gardener.id)
    assert warning.kind == "one_candidate" and "Zoë Özdemir" in warning.text
    assert gunfactor.proposal_warnings(ahmed.id, van_dijk.id, mower.id) == []  # other job
    matches.move(first.id, Stage.WITHDRAWN, "Koos voor een opleiding")
    history = gunfactor.proposal_warnings(ahmed.id, van_dijk.id, gardener.id)
    assert [w.kind for w in history] == []  # the first is closed, and a withdrawal is no setback


def test_a_recent_dropout_or_rejection_shows_first_and_the_file_counts_the_history(
    store: Store, clock: FixedClock, world
) -> None:
    zoe, ahmed, van_dijk, gardener, mower, *_ = world
    matches = MatchService(store, clock)
    gunfactor = GunfactorService(store, clock)
    old = matches.propose(ahmed.id, van_dijk.id, mower.id)
    matches.move(old.id, Stage.REJECTED, "Te weinig ervaring")
    clock.advance(timedelta(days=400))
    assert gunfactor.proposal_warnings(zoe.id, van_dijk.id, gardener.id) == []  # long ago
    placed = matches.propose(zoe.id, van_dijk.id, gardener.id)
    matches.move(placed.id, Stage.TRIAL_PLACEMENT)
    clock.advance(timedelta(days=30))
    matches.move(placed.id, Stage.DROPPED_OUT, "Kwam drie keer te laat.")
    (warning,) = gunfactor.proposal_warnings(ahmed.id, van_dijk.id, gardener.id)
    assert warning.kind == "history" and warning.text.endswith(": Kwam drie keer te laat.")
    summary = gunfactor.summary(van_dijk.id)
    assert (summary.proposals, summary.hires, summary.dropouts, summary.rejections) == (2, 1, 1, 1)
    assert [s.match_id for s in summary.recent_setbacks] == [placed.id]
    rejected = matches.propose(ahmed.id, van_dijk.id, mower.id)
    matches.move(rejected.id, Stage.REJECTED, "Past niet in het team")
    texts = [w.text for w in gunfactor.proposal_warnings(zoe.id, van_dijk.id, gardener.id)]
    assert any(text.endswith(": Past niet in het team.") for text in texts)  # a stop added
