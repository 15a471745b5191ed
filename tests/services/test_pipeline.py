"""The pipeline services: pre-selection before proposing, transitions, placement hook,
preparation checklists, debrief and suggestions on the store."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest

from jobhunter.models.enums import (
    ConsentParty,
    DocumentKind,
    DutchLevel,
    InterventionKind,
    InterventionStatus,
    Phase,
    RequirementKind,
    Sector,
    Stage,
    WorkplaceStatus,
)
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.errors import ValidationError
from jobhunter.services.matches import (
    CHECKLIST_ITEMS,
    STAGE_PATIENCE_DAYS,
    Checklist,
    MatchService,
    Placement,
)
from jobhunter.services.matching import suggestions as suggestions_module
from jobhunter.services.matching.requirements import Check
from jobhunter.services.matching.suggestions import SuggestionService, forget_facts
from jobhunter.services.store import Store


def _matching_client(store: Store, clock: FixedClock, first: str, last: str, **facts):
    clients = ClientService(store, clock)
    client = clients.create(first, last, **facts)
    return clients.change_phase(client.id, Phase.MATCHING, "Klaar voor bemiddeling")


@pytest.fixture
def setup(store: Store, clock: FixedClock):
    """A gardener's workplace that needs a driving licence and Dutch at A2, and two clients
    in the matching phase: Zoë meets both, Ahmed has no licence. Both agreed in January that
    employers may hear about them (the pipeline needs that from the pre-briefing on)."""
    zoe = _matching_client(
        store, clock, "Zoë", "Özdemir", driving_licence=True, dutch_level=DutchLevel.B1,
        hours_available=24, city="Schiedam",
    )  # fmt: skip
    ahmed = _matching_client(
        store, clock, "Ahmed", "Bakkali", driving_licence=False, dutch_level=DutchLevel.B2,
        hours_available=32, city="Schiedam",
    )  # fmt: skip
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    employers.set_requirements(
        workplace.id,
        [(RequirementKind.DRIVING_LICENCE, "B", True), (RequirementKind.DUTCH_LEVEL, "A2", True)],
    )
    for client in (zoe, ahmed):
        CaseloadService(store, clock).give_consent(
            client.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", date(2026, 1, 5)
        )
    return zoe, ahmed, employer, workplace


# --- proposing with pre-selection ----------------------------------------------------------
def test_a_client_failing_a_hard_requirement_is_only_proposed_with_a_reason(
    store: Store, clock: FixedClock, setup
) -> None:
    _zoe, ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    with pytest.raises(ValidationError, match="geen rijbewijs") as refused:
        service.propose(ahmed.id, employer.id, workplace.id)
    assert refused.value.field == "override_reason"
    assert service.list_rows() == []
    match = service.propose(
        ahmed.id,
        employer.id,
        workplace.id,
        override_reason="Haalt rijbewijs in mei; werkgever weet het",
    )
    assert service.load(match.id).override_reason == "Haalt rijbewijs in mei; werkgever weet het"


def test_a_client_who_meets_every_hard_requirement_needs_no_reason(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    preselection = SuggestionService(store, clock).preselect(zoe.id, workplace.id)
    assert [c.check for c in preselection.checks] == [Check.MET, Check.MET]
    match = service.propose(zoe.id, employer.id, workplace.id, override_reason="niet nodig")
    assert service.load(match.id).override_reason is None  # nothing to override


def test_an_unknown_requirement_is_shown_but_does_not_block(
    store: Store, clock: FixedClock, setup
) -> None:
    _zoe, _ahmed, employer, workplace = setup
    newcomer = _matching_client(store, clock, "Amanuel", "Tesfaye")
    preselection = SuggestionService(store, clock).preselect(newcomer.id, workplace.id)
    assert {c.check for c in preselection.checks} == {Check.UNKNOWN}
    assert preselection.passes and len(preselection.unknown_hard) == 2
    MatchService(store, clock).propose(newcomer.id, employer.id, workplace.id)


def test_the_same_client_is_not_put_forward_twice_while_the_match_is_open(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    first = service.propose(zoe.id, employer.id, workplace.id)
    with pytest.raises(ValidationError, match="al in de pipeline"):
        service.propose(zoe.id, employer.id, workplace.id)
    service.move(first.id, Stage.WITHDRAWN, "Cliënt koos voor een opleiding")
    service.propose(zoe.id, employer.id, workplace.id)  # a new try after the outcome
    assert len(service.list_rows()) == 2


def test_a_closed_match_is_not_reopened_beside_a_newer_open_one(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    old = service.propose(zoe.id, employer.id, workplace.id)
    service.move(old.id, Stage.REJECTED, "Nu geen plek")
    new = service.propose(zoe.id, employer.id, workplace.id)
    with pytest.raises(ValidationError, match="al in de pipeline"):
        service.move(old.id, Stage.PROPOSED, "Toch weer open")
    assert service.load(old.id).row.stage is Stage.REJECTED
    # once the newer one is closed too, the old one may be reopened
    service.move(new.id, Stage.WITHDRAWN, "Dubbel aangemaakt")
    service.move(old.id, Stage.PROPOSED, "Toch weer open")
    assert [r.id for r in service.list_rows() if r.stage.is_open] == [old.id]


# --- transitions ---------------------------------------------------------------------------
def test_a_transition_can_be_dated_when_it_happened_but_not_in_the_future(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    clock.advance(timedelta(days=3))
    with pytest.raises(ValidationError, match="toekomst"):
        service.move(match.id, Stage.EMPLOYER_PREBRIEF, when=clock.now() + timedelta(hours=1))
    with pytest.raises(ValidationError, match="vóór de vorige"):
        service.move(match.id, Stage.EMPLOYER_PREBRIEF, when=clock.now() - timedelta(days=4))
    yesterday = clock.now() - timedelta(days=1)
    service.move(match.id, Stage.EMPLOYER_PREBRIEF, "Gebeld met de voorman", when=yesterday)
    file = service.load(match.id)
    assert file.history[-1].changed_at == yesterday
    assert file.history[-1].note == "Gebeld met de voorman"
    assert file.row.days_in_stage == 1


def _day_at_17(day: date) -> datetime:
    """What the move dialog gives for an earlier day: that day at 17:00."""
    return datetime.combine(day, time(17), tzinfo=LOCAL_TZ)


def test_a_move_back_dated_to_the_day_of_the_previous_one_is_not_before_it(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    clock.at = datetime(2026, 3, 16, 18, 0, tzinfo=LOCAL_TZ)
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    clock.advance(timedelta(hours=15))
    # the pre-brief happened yesterday, after the proposal at 18:00
    service.move(match.id, Stage.EMPLOYER_PREBRIEF, None, _day_at_17(date(2026, 3, 16)))
    (_proposed, prebrief) = service.load(match.id).history
    assert prebrief.changed_at == datetime(2026, 3, 16, 18, 0, tzinfo=LOCAL_TZ)
    with pytest.raises(ValidationError, match="vóór de vorige"):
        service.move(match.id, Stage.INTERVIEW_PLANNED, None, _day_at_17(date(2026, 3, 15)))


def test_moves_back_dated_to_one_day_keep_their_order(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    clock.advance(timedelta(days=3))
    yesterday = _day_at_17(clock.today() - timedelta(days=1))
    order = [Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED, Stage.DEBRIEF,
             Stage.TRIAL_PLACEMENT]  # fmt: skip
    for stage in order:
        service.move(match.id, stage, None, yesterday)
    steps = service.load(match.id).history
    assert [s.to_stage for s in steps] == [Stage.PROPOSED, *order]
    assert all(a.to_stage == b.from_stage for a, b in pairwise(steps))
    assert [s.changed_at for s in steps[1:]] == [yesterday] * len(order)
    assert [h.to_stage for h in service.history(match.id)] == [Stage.PROPOSED, *order]


def test_reopening_after_an_outcome_clears_the_outcome_reason(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    service.move(match.id, Stage.REJECTED, "Vacature ingetrokken")
    service.move(match.id, Stage.PROPOSED, "Vacature toch weer open")
    file = service.load(match.id)
    assert file.outcome_reason is None
    assert [s.to_stage for s in file.history] == [Stage.PROPOSED, Stage.REJECTED, Stage.PROPOSED]


def test_reaching_a_placement_calls_the_aftercare_hook_after_saving(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    seen: list[tuple[Placement, Stage]] = []

    def hook(placement: Placement) -> None:
        # the hook sees the match already saved in its new stage
        seen.append((placement, MatchService(store, clock).load(placement.match_id).row.stage))

    service = MatchService(store, clock, on_placement=[hook])
    match = service.propose(zoe.id, employer.id, workplace.id)
    for stage in (Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED, Stage.DEBRIEF):
        service.move(match.id, stage)
    assert seen == []
    service.move(match.id, Stage.TRIAL_PLACEMENT, "Twee maanden proefplaatsing")
    service.move(match.id, Stage.CONTRACT, "Contract voor zes maanden")
    assert [(p.stage, p.previous_stage, stage) for p, stage in seen] == [
        (Stage.TRIAL_PLACEMENT, Stage.DEBRIEF, Stage.TRIAL_PLACEMENT),
        (Stage.CONTRACT, Stage.TRIAL_PLACEMENT, Stage.CONTRACT),
    ]
    placement = seen[0][0]
    assert (placement.client_id, placement.employer_id, placement.workplace_id) == (
        zoe.id, employer.id, workplace.id,
    )  # fmt: skip


def test_a_refused_transition_calls_no_hook(store: Store, clock: FixedClock, setup) -> None:
    zoe, _ahmed, employer, workplace = setup
    calls: list[Placement] = []
    service = MatchService(store, clock, on_placement=[calls.append])
    match = service.propose(zoe.id, employer.id, workplace.id)
    with pytest.raises(ValidationError):
        service.move(match.id, Stage.TRIAL_PLACEMENT, when=clock.now() + timedelta(days=1))
    assert calls == [] and service.load(match.id).row.stage is Stage.PROPOSED


@pytest.mark.parametrize("stage", list(STAGE_PATIENCE_DAYS))
def test_a_match_sitting_too_long_in_an_open_stage_is_stalled(
    store: Store, clock: FixedClock, setup, stage: Stage
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    if stage is not Stage.PROPOSED:
        service.move(match.id, stage)
    clock.advance(timedelta(days=STAGE_PATIENCE_DAYS[stage]))
    assert not service.list_rows()[0].stalled
    clock.advance(timedelta(days=1))
    assert service.list_rows()[0].stalled


def test_a_contract_or_outcome_never_stalls(store: Store, clock: FixedClock, setup) -> None:
    zoe, ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    placed = service.propose(zoe.id, employer.id, workplace.id)
    service.move(placed.id, Stage.CONTRACT)
    other = service.propose(ahmed.id, employer.id, None)
    service.move(other.id, Stage.WITHDRAWN, "Verhuisd")
    clock.advance(timedelta(days=400))
    assert not any(row.stalled for row in service.list_rows())


# --- preparation and debrief ---------------------------------------------------------------
def test_checklists_start_with_the_standard_items_unticked(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    file = service.load(match.id)
    assert [i.key for i in file.candidate_prep] == list(CHECKLIST_ITEMS[Checklist.CANDIDATE])
    assert [i.key for i in file.employer_prebrief] == list(CHECKLIST_ITEMS[Checklist.EMPLOYER])
    assert not any(i.done for i in file.candidate_prep + file.employer_prebrief)
    assert file.row.prepared == (0, 11)


def test_ticking_items_and_adding_own_ones_is_kept_per_match(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    other = service.propose(ahmed.id, employer.id, None)
    service.set_check(match.id, Checklist.CANDIDATE, "route_time", done=True, note="Bus 8.05")
    service.set_check(match.id, Checklist.EMPLOYER, "arrangements", done=True)
    items = service.add_check(match.id, Checklist.CANDIDATE, "Werkschoenen meenemen")
    own = items[-1]
    assert own.is_custom and own.label == "Werkschoenen meenemen" and not own.done
    service.set_check(match.id, Checklist.CANDIDATE, own.key, done=True)

    file = service.load(match.id)
    route = next(i for i in file.candidate_prep if i.key == "route_time")
    assert route.done and route.note == "Bus 8.05"
    assert file.candidate_prep[-1].done and file.candidate_prep[-1].is_custom
    rows = {r.id: r for r in service.list_rows()}
    assert rows[match.id].prepared == (3, 12)
    assert rows[other.id].prepared == (0, 11)

    with pytest.raises(ValidationError, match="eigen punten"):
        service.remove_check(match.id, Checklist.CANDIDATE, "clothing")
    with pytest.raises(ValidationError, match="niet op de lijst"):
        service.set_check(match.id, Checklist.CANDIDATE, "nonsense", done=True)
    service.remove_check(match.id, Checklist.CANDIDATE, own.key)
    assert service.load(match.id).row.prepared == (2, 11)


def test_the_debrief_and_agreed_next_step_are_saved(store: Store, clock: FixedClock, setup) -> None:
    zoe, _ahmed, employer, workplace = setup
    service = MatchService(store, clock)
    match = service.propose(zoe.id, employer.id, workplace.id)
    with pytest.raises(ValidationError, match="toekomst"):
        service.update(match.id, debrief_on=clock.today() + timedelta(days=1))
    service.update(
        match.id,
        debrief_on=clock.today(),
        debrief_employer="  Positief over de inzet; twijfel over tempo.  ",
        debrief_candidate="Vond het team prettig, spannend gesprek.",
        next_step="Proefdag vrijdag 8:00",
    )
    file = service.load(match.id)
    assert file.debrief_employer == "Positief over de inzet; twijfel over tempo."
    assert (file.debrief_on, file.row.next_step) == (clock.today(), "Proefdag vrijdag 8:00")


def test_the_match_file_tells_whether_the_client_agreed_to_share_with_employers(
    store: Store, clock: FixedClock, setup
) -> None:
    _zoe, _ahmed, employer, workplace = setup
    fatima = _matching_client(store, clock, "Fatima", "Amrani", driving_licence=True)
    service = MatchService(store, clock)
    match = service.propose(fatima.id, employer.id, workplace.id)
    assert not service.load(match.id).may_share_with_employers
    consent = CaseloadService(store, clock).give_consent(
        fatima.id, ConsentParty.EMPLOYERS, "cv en werkervaring"
    )
    assert service.load(match.id).may_share_with_employers
    CaseloadService(store, clock).withdraw_consent(consent.id, "Wil het zelf vertellen")
    assert not service.load(match.id).may_share_with_employers


# --- suggestions on the store --------------------------------------------------------------
def test_suggestions_for_a_workplace_rank_matching_clients_and_show_failures_last(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, ahmed, employer, workplace = setup
    ClientService(store, clock).create("Fatima", "El Amrani", driving_licence=True)  # intake
    suggestions = SuggestionService(store, clock).for_workplace(workplace.id).items
    assert [s.client.id for s in suggestions] == [zoe.id, ahmed.id]  # no intake clients
    best, failing = suggestions
    assert not best.failed_hard and any("Schiedam" in r for r in best.reasons)
    assert failing.failed_hard == ("Heeft geen rijbewijs.",)

    MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    remaining = SuggestionService(store, clock).for_workplace(workplace.id).items
    assert [s.client.id for s in remaining] == [ahmed.id]  # already in the pipeline


def test_suggestions_for_a_client_list_only_open_workplaces(
    store: Store, clock: FixedClock, setup
) -> None:
    zoe, _ahmed, employer, workplace = setup
    employers = EmployerService(store, clock)
    closed = employers.add_workplace(employer.id, "Voorman", hours_per_week=36)
    employers.update_workplace(closed.id, status=WorkplaceStatus.CLOSED)
    kitchen = employers.create("Eetcafé Kidane", Sector.CATERING, city="Rotterdam")
    helper = employers.add_workplace(kitchen.id, "Keukenhulp", hours_per_week=24)
    ranked = SuggestionService(store, clock).for_client(zoe.id).items
    assert [s.workplace.id for s in ranked] == [workplace.id, helper.id]
    assert ranked[0].workplace.employer_id == employer.id
    assert ranked[0].score > ranked[1].score


def test_certificates_come_from_documents_and_finished_schooling(
    store: Store, clock: FixedClock, setup, tmp_path
) -> None:
    zoe, ahmed, employer, _workplace = setup
    employers = EmployerService(store, clock)
    picker = employers.add_workplace(employer.id, "Orderpicker", hours_per_week=24)
    employers.set_requirements(picker.id, [(RequirementKind.CERTIFICATE, "VCA", True)])
    caseload = CaseloadService(store, clock)
    suggestions = SuggestionService(store, clock)
    assert suggestions.preselect(zoe.id, picker.id).checks[0].check is Check.UNKNOWN

    course = caseload.save_intervention(
        zoe.id, InterventionKind.SCHOOLING, "VCA-basis behalen", status=InterventionStatus.RUNNING
    )
    assert suggestions.preselect(zoe.id, picker.id).checks[0].check is Check.UNKNOWN
    caseload.save_intervention(
        zoe.id, InterventionKind.SCHOOLING, "VCA-basis behalen",
        intervention_id=course.id, status=InterventionStatus.COMPLETED,
        start_date=date(2026, 1, 5), end_date=date(2026, 2, 5), evaluation="Gehaald", effect=5,
    )  # fmt: skip
    assert suggestions.preselect(zoe.id, picker.id).checks[0].check is Check.MET

    scan = tmp_path / "vca.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    caseload.attach(ahmed.id, scan, DocumentKind.CERTIFICATE, title="Diploma VCA Basis")
    assert suggestions.preselect(ahmed.id, picker.id).checks[0].check is Check.MET


def test_suggestions_follow_every_change_between_calls(
    store: Store, clock: FixedClock, setup, tmp_path
) -> None:
    """One service ranks again and again (a user clicking through): each change to a client,
    a document, a requirement or a placement shows in the next ranking."""
    zoe, ahmed, employer, workplace = setup
    suggestions = SuggestionService(store, clock)
    assert suggestions.for_workplace(workplace.id).items[-1].client.id == ahmed.id  # no licence
    ClientService(store, clock).update(ahmed.id, driving_licence=True, city="Schiedam",
                                       dutch_level=DutchLevel.C1)  # fmt: skip
    ranked = suggestions.for_workplace(workplace.id).items
    assert not any(s.failed_hard for s in ranked)

    employers = EmployerService(store, clock)
    assert not suggestions.for_client(zoe.id).items[0].failed_hard
    employers.set_requirements(workplace.id, [(RequirementKind.DUTCH_LEVEL, "C2", True)])
    assert suggestions.for_client(zoe.id).items[0].failed_hard  # B1 < C2
    employers.update_workplace(workplace.id, status=WorkplaceStatus.FILLED)
    assert suggestions.for_client(zoe.id).items == []

    picker = employers.add_workplace(employer.id, "Orderpicker", hours_per_week=24)
    employers.set_requirements(picker.id, [(RequirementKind.CERTIFICATE, "VCA", True)])
    unknown = suggestions.for_workplace(picker.id)
    assert all(s.preselection.unknown_hard for s in unknown)
    scan = tmp_path / "vca.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    CaseloadService(store, clock).attach(zoe.id, scan, DocumentKind.CERTIFICATE, title="VCA")
    met = {s.client.id: s for s in suggestions.for_workplace(picker.id)}
    assert not met[zoe.id].preselection.unknown_hard


def test_a_new_suggestions_dialog_reads_again_only_the_facts_whose_tables_changed(
    store: Store, clock: FixedClock, setup, monkeypatch
) -> None:
    """Each dialog and match file has its own service; the facts of all workplaces and of
    all clients are kept for the store. A dialog opened after a client was edited reads
    the workplaces' facts no more, and ranks exactly as if it had read everything anew."""
    zoe, ahmed, _employer, workplace = setup
    read_all: list[str] = []
    for name in ("workplace_facts", "client_facts"):
        real = getattr(suggestions_module, name)

        def spy(session, ids=None, *args, real=real, name=name, **kwargs):
            if ids is None:
                read_all.append(name)
            return real(session, ids, *args, **kwargs)

        monkeypatch.setattr(suggestions_module, name, spy)

    def fresh(ask):
        forget_facts(store)
        return ask(SuggestionService(store, clock))

    SuggestionService(store, clock).for_client(zoe.id)
    SuggestionService(store, clock).for_workplace(workplace.id)
    assert read_all == ["workplace_facts", "client_facts"]
    # Given a client edited, when suggestions open again for a client: the workplaces' facts
    # are not read again, and the ranking is the one everything read anew gives
    ClientService(store, clock).update(zoe.id, dutch_level=DutchLevel.A1, city="Zwolle")
    read_all.clear()
    again = SuggestionService(store, clock).for_client(zoe.id)
    assert read_all == []
    assert again == fresh(lambda service: service.for_client(zoe.id))
    # and for a workplace, the clients' facts are read again: one of them changed
    read_all.clear()
    ranked = SuggestionService(store, clock).for_workplace(workplace.id)
    assert read_all == ["client_facts"]
    assert ranked == fresh(lambda service: service.for_workplace(workplace.id))
    # Given a requirement changed, then the workplaces' facts are read again, the clients' not
    EmployerService(store, clock).set_requirements(
        workplace.id, [(RequirementKind.DUTCH_LEVEL, "B1", True)]
    )
    read_all.clear()
    after = SuggestionService(store, clock).for_client(ahmed.id)
    assert read_all == ["workplace_facts"]
    assert after == fresh(lambda service: service.for_client(ahmed.id))
    assert "B1" in {check.requirement.value for item in after for check in item.preselection.checks}
    # and a store opened anew (a restore replaced its file) has its facts read anew
    store.reopen()
    read_all.clear()
    SuggestionService(store, clock).for_client(ahmed.id)
    assert read_all == ["workplace_facts"]
