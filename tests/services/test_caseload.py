from __future__ import annotations

from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from jobhunter.models import ContactMoment
from jobhunter.models.enums import (
    BarrierKind,
    ConsentParty,
    DocumentKind,
    InterventionKind,
    InterventionStatus,
    Phase,
)
from jobhunter.services.caseload import (
    FACTORS,
    AdviceKind,
    CaseloadService,
    needs_adjustment,
    werkverkenner_advice,
)
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store

TODAY = date(2026, 3, 16)


@pytest.fixture
def client(store: Store, clock: FixedClock):
    return ClientService(store, clock).create("Fatima", "El Amrani")


@pytest.fixture
def caseload(store: Store, clock: FixedClock) -> CaseloadService:
    return CaseloadService(store, clock)


@pytest.mark.parametrize(
    ("chance", "unemployed_since", "advice"),
    [
        (None, None, AdviceKind.NOT_FILLED_IN),
        (None, date(2020, 1, 1), AdviceKind.NOT_FILLED_IN),
        (0, None, AdviceKind.INVITE_NOW),
        (49, TODAY, AdviceKind.INVITE_NOW),
        (50, TODAY - timedelta(days=30), AdviceKind.NONE),
        (80, date(2025, 9, 16), AdviceKind.INVITE_STILL_UNEMPLOYED),  # exactly six months
        (80, date(2025, 9, 17), AdviceKind.NONE),
        (100, None, AdviceKind.NONE),
    ],
)
def test_werkverkenner_rule(chance, unemployed_since, advice) -> None:
    assert werkverkenner_advice(chance, unemployed_since, TODAY) is advice


@given(st.integers(0, 49), st.none() | st.dates())
def test_below_fifty_is_always_invite_now(chance: int, since: date | None) -> None:
    assert werkverkenner_advice(chance, since, TODAY) is AdviceKind.INVITE_NOW


def test_barriers_are_one_per_kind_and_the_heaviest_shows_in_the_list(
    store: Store, clock: FixedClock, client, caseload: CaseloadService
) -> None:
    caseload.set_barrier(client.id, BarrierKind.LANGUAGE, 2, "B1 nodig voor de functie")
    caseload.set_barrier(client.id, BarrierKind.DEBTS, 3, "Schuldhulp loopt")
    caseload.set_barrier(client.id, BarrierKind.LANGUAGE, 1)
    file = caseload.load(client.id)
    assert [(b.kind, b.severity) for b in file.barriers] == [
        (BarrierKind.DEBTS, 3),
        (BarrierKind.LANGUAGE, 1),
    ]
    (row,) = ClientService(store, clock).list_rows()
    assert row.main_barrier is BarrierKind.DEBTS
    caseload.clear_barrier(client.id, BarrierKind.DEBTS)
    (row,) = ClientService(store, clock).list_rows()
    assert row.main_barrier is BarrierKind.LANGUAGE


def test_scores_outside_the_scale_are_refused(client, caseload: CaseloadService) -> None:
    with pytest.raises(ValidationError, match="tussen 1 en 5"):
        caseload.set_factor_scores(client.id, {FACTORS[0]: 6})
    with pytest.raises(ValidationError, match="tussen 1 en 4"):
        caseload.set_work_skills(client.id, {"on_time": 0})
    with pytest.raises(ValidationError, match="Onbekende"):
        caseload.set_work_skills(client.id, {"juggling": 3})
    caseload.set_work_skills(client.id, {"on_time": 4, "instructions": 2, "manager": None})
    assert caseload.load(client.id).client.work_skills == {"on_time": 4, "instructions": 2}


def test_an_intervention_cannot_end_before_it_starts(client, caseload: CaseloadService) -> None:
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        caseload.save_intervention(
            client.id, InterventionKind.LANGUAGE_COURSE, "Taalniveau B1",
            start_date=date(2026, 3, 1), end_date=date(2026, 2, 1),
        )  # fmt: skip
    assert caseload.load(client.id).interventions == []


def test_an_intervention_past_its_end_without_evaluation_asks_for_adjustment(
    client, caseload: CaseloadService, clock: FixedClock
) -> None:
    item = caseload.save_intervention(
        client.id, InterventionKind.TRAINING, "Sollicitatietraining",
        start_date=date(2026, 2, 1), end_date=date(2026, 3, 1),
        status=InterventionStatus.RUNNING,
    )  # fmt: skip
    assert needs_adjustment(item, clock.today())
    evaluated = caseload.save_intervention(
        client.id, InterventionKind.TRAINING, "Sollicitatietraining", intervention_id=item.id,
        start_date=date(2026, 2, 1), end_date=date(2026, 3, 1),
        status=InterventionStatus.COMPLETED, evaluation="Gesprekken gaan beter", effect=4,
    )  # fmt: skip
    assert not needs_adjustment(evaluated, clock.today())
    assert len(caseload.load(client.id).interventions) == 1


def test_learning_goals_collect_reflections_over_time(
    client, caseload: CaseloadService, clock: FixedClock
) -> None:
    goal = caseload.add_goal(client.id, "Na elk gesprek opschrijven wat ik leerde")
    caseload.reflect(goal.id, "Ik praat te snel als ik zenuwachtig ben")
    clock.advance(timedelta(days=14))
    caseload.reflect(goal.id, "Rustiger gepraat, dat ging goed", achieved=True)
    (loaded,) = caseload.load(client.id).goals
    assert loaded.achieved
    assert [r.written_on for r in loaded.reflections] == [TODAY, TODAY + timedelta(days=14)]


def test_documents_are_copied_and_the_newest_cv_is_current(
    client, caseload: CaseloadService, tmp_path: Path, store: Store
) -> None:
    old_cv = tmp_path / "cv-2024.pdf"
    old_cv.write_bytes(b"%PDF-1.4 oud")
    new_cv = tmp_path / "cv-2026.pdf"
    new_cv.write_bytes(b"%PDF-1.4 nieuw")
    first = caseload.attach(client.id, old_cv, DocumentKind.CV)
    second = caseload.attach(client.id, new_cv, DocumentKind.CV, "Cv met stage")
    old_cv.unlink()  # the original may go; the copy stays
    docs = {d.id: d for d in caseload.load(client.id).documents}
    assert not docs[first.id].is_current_cv and docs[second.id].is_current_cv
    assert caseload.document_path(docs[first.id]).read_bytes() == b"%PDF-1.4 oud"
    assert caseload.document_path(docs[first.id]).is_relative_to(store.data_dir)
    caseload.mark_current_cv(first.id)
    docs = {d.id: d for d in caseload.load(client.id).documents}
    assert docs[first.id].is_current_cv and not docs[second.id].is_current_cv
    caseload.remove_document(second.id)
    assert not caseload.document_path(docs[second.id]).exists()


def test_attaching_a_missing_file_is_refused(client, caseload, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="bestaat niet"):
        caseload.attach(client.id, tmp_path / "weg.pdf", DocumentKind.DIPLOMA)


def test_consent_is_given_and_withdrawn_and_checked_per_day(
    client, caseload: CaseloadService, clock: FixedClock
) -> None:
    assert not caseload.may_share(client.id, ConsentParty.EMPLOYERS)
    consent = caseload.give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv en werkervaring", given_on=date(2026, 3, 1)
    )
    assert caseload.may_share(client.id, ConsentParty.EMPLOYERS)
    assert not caseload.may_share(client.id, ConsentParty.COLLEAGUES)
    clock.advance(timedelta(days=5))
    caseload.withdraw_consent(consent.id, "Wil eerst zelf bellen")
    assert not caseload.may_share(client.id, ConsentParty.EMPLOYERS)
    assert caseload.may_share(client.id, ConsentParty.EMPLOYERS, on=date(2026, 3, 10))
    (kept,) = caseload.load(client.id).consents
    assert kept.withdrawn_reason == "Wil eerst zelf bellen"


def test_phase_changes_form_a_timeline(
    store: Store, clock: FixedClock, client, caseload: CaseloadService
) -> None:
    clients = ClientService(store, clock)
    clock.advance(timedelta(days=10))
    clients.change_phase(client.id, Phase.DEVELOPMENT, "Plan van aanpak gemaakt")
    clock.advance(timedelta(days=60))
    clients.change_phase(client.id, Phase.MATCHING, "Taalcursus afgerond")
    changes = caseload.load(client.id).phase_changes
    assert [(c.from_phase, c.to_phase) for c in changes] == [
        (None, Phase.INTAKE),
        (Phase.INTAKE, Phase.DEVELOPMENT),
        (Phase.DEVELOPMENT, Phase.MATCHING),
    ]
    assert changes[-1].reason == "Taalcursus afgerond" and changes[-1].actor
    timeline = caseload.timeline(client.id)
    assert [(e.kind, e.value) for e in timeline] == [
        ("phase", "intake"),
        ("phase", "development"),
        ("phase", "matching"),
    ]


def test_a_client_contact_log_reads_newest_first_with_its_words(
    store: Store, clock: FixedClock
) -> None:
    from jobhunter.models.enums import ContactKind
    from jobhunter.services.activity import ContactService

    clients = ClientService(store, clock)
    client = clients.create("Zoë", "Özdemir")
    other = clients.create("Bram", "de Vries")
    contacts = ContactService(store, clock)
    earlier = clock.now() - timedelta(days=3)
    older = contacts.log(ContactKind.CALL, "Eerste gesprek", client_id=client.id,
                         body="Wil in de groenvoorziening", occurred_at=earlier)  # fmt: skip
    newer = contacts.log(ContactKind.EMAIL, "Cv gestuurd", client_id=client.id)
    contacts.log(ContactKind.CALL, "Iemand anders", client_id=other.id)
    log = contacts.log_for_client(client.id)
    assert [(m.id, m.kind, m.summary, m.body) for m in log] == [
        (newer.id, ContactKind.EMAIL, "Cv gestuurd", None),
        (older.id, ContactKind.CALL, "Eerste gesprek", "Wil in de groenvoorziening"),
    ]
    assert log[0].occurred_at == newer.occurred_at


def test_the_caseload_lines_say_what_each_clients_file_says(
    store: Store, clock: FixedClock
) -> None:
    """The list's lines are read in plain SQL (for a fast first page); each must say what
    the client's file, read through the ORM, says: every field, the last contact, the
    heaviest barrier and whether sharing with employers is allowed today; also when only
    some clients' lines are read."""
    from jobhunter.services.demo.generator import generate_demo

    generate_demo(store, clients=40, employers=8, seed=3, today=clock.today())
    caseload, clients = CaseloadService(store, clock), ClientService(store, clock)
    rows = clients.list_rows()
    assert len(rows) == 40
    assert [r.name.split(" ", 1)[1] for r in rows] == sorted(r.name.split(" ", 1)[1] for r in rows)
    assert any(r.consent_employers for r in rows) and not all(r.consent_employers for r in rows)
    assert any(r.main_barrier for r in rows) and any(r.last_contact for r in rows)
    for row in rows:
        file = caseload.load(row.id)
        client = file.client
        heaviest = min(
            file.barriers,
            key=lambda b: (-b.severity, list(BarrierKind).index(b.kind)),
            default=None,
        )
        with store.session() as session:
            last = session.scalar(
                select(func.max(ContactMoment.occurred_at)).where(
                    ContactMoment.client_id == client.id
                )
            )
        assert row == type(row)(
            id=client.id,
            name=f"{client.first_name} {client.last_name}",
            phase=client.phase,
            phase_since=client.phase_since,
            city=client.city,
            werkverkenner_chance=client.werkverkenner_chance,
            unemployed_since=client.unemployed_since,
            last_contact=last.replace(tzinfo=UTC) if last else None,
            days_since_contact=row.days_since_contact,
            next_action=client.next_action,
            next_action_on=client.next_action_on,
            main_barrier=heaviest.kind if heaviest else None,
            consent_employers=caseload.may_share(client.id, ConsentParty.EMPLOYERS),
        )
    some = [rows[3].id, rows[17].id, rows[0].id]
    assert clients.list_rows(ids=some) == [r for r in rows if r.id in some]
    assert clients.list_rows(ids=[]) == []
