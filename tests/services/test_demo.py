"""The demo-data generator: reproducible, believable, consistent and fast enough to scale."""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from jobhunter.models import (
    Appointment,
    Arrangement,
    Client,
    CompanyVisit,
    ContactMoment,
    ContactPerson,
    Employer,
    Match,
    PhaseChange,
    PlacementOutcome,
    PrimaryContactChange,
    Problem,
    Requirement,
    StageChange,
    Workplace,
)
from jobhunter.models.enums import (
    PLACED_STAGES,
    AppointmentStatus,
    Phase,
    ProblemStatus,
    RelationshipStatus,
    Stage,
)
from jobhunter.services import files, validation
from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.demo import DemoSummary, generate_demo, paperwork
from jobhunter.services.demo.paperwork import write_files
from jobhunter.services.errors import ValidationError
from jobhunter.services.integrity import check_store
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store

#: a Monday, so the demo has appointments today
TODAY = date(2026, 3, 16)
SNAPSHOT_TABLES = ("client", "employer", "contact_person", "workplace", "match", "stage_change",
                   "appointment", "phase_change", "contact_moment", "company_visit",
                   "arrangement", "primary_contact_change", "problem",
                   "placement_outcome", "consent", "document", "reflection",
                   "intervention", "learning_goal")  # fmt: skip


def _fresh(path: Path, seed: int, today: date = TODAY, **sizes: int) -> Store:
    store = Store.open(path)
    generate_demo(store, seed=seed, today=today, **{"clients": 40, "employers": 10, **sizes})
    return store


def _snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every column of every row, ids and timestamps included."""
    with store.engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(text(f"SELECT id, * FROM {table} ORDER BY id"))]
            for table in SNAPSHOT_TABLES
        }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One demo store of the default size, read (never changed) by the tests below."""
    store = Store.open(tmp_path_factory.mktemp("demo"))
    generate_demo(store, seed=1, today=TODAY)
    yield store
    store.close()


def test_same_seed_and_day_give_identical_rows_and_another_seed_does_not(
    tmp_path: Path,
) -> None:
    a, b = _fresh(tmp_path / "a", seed=5), _fresh(tmp_path / "b", seed=5)
    c, d = (
        _fresh(tmp_path / "c", seed=6),
        _fresh(tmp_path / "d", seed=5, today=TODAY.replace(day=17)),
    )
    first, second, other_seed = _snapshot(a), _snapshot(b), _snapshot(c)
    assert first == second
    assert all(first[table] for table in ("client", "employer", "match", "appointment"))
    for table in ("client", "employer", "match", "appointment"):
        assert first[table] != other_seed[table]
    ids = {row[0] for row in first["client"]}
    assert ids.isdisjoint(row[0] for row in other_seed["client"])
    assert first["appointment"] != _snapshot(d)["appointment"]  # dates follow ``today``


def test_summary_counts_what_was_stored(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    summary = generate_demo(store, clients=30, employers=8, today=TODAY, contact_moments=123)
    with store.session() as s:

        def count(model: type) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        stored = DemoSummary(
            clients=count(Client),
            employers=count(Employer),
            contact_persons=count(ContactPerson),
            workplaces=count(Workplace),
            matches=count(Match),
            contact_moments=count(ContactMoment),
            appointments=count(Appointment),
        )
    assert summary == stored
    assert (summary.clients, summary.employers, summary.contact_moments) == (30, 8, 123)


def test_contact_moments_default_to_twenty_per_client(demo: Store) -> None:
    with demo.session() as s:
        assert s.scalar(select(func.count()).select_from(ContactMoment)) == 60 * 20
        assert s.scalar(select(func.count()).select_from(Client)) == 60
        assert s.scalar(select(func.count()).select_from(Employer)) == 25


def test_a_store_with_data_is_refused(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="niet leeg"):
        generate_demo(demo, clients=3, employers=1, today=TODAY)
    with demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 60
    # one employer is enough to refuse
    store = Store.open(tmp_path)
    with store.session() as s:
        s.add(Employer(name="Bakkerij Test", sector="production"))
    with pytest.raises(ValidationError, match="niet leeg"):
        generate_demo(store, today=TODAY)


def test_matches_cover_every_stage_with_consistent_history(demo: Store) -> None:
    with demo.session() as s:
        matches = s.scalars(select(Match)).all()
        assert {m.stage for m in matches} == set(Stage)
        workplaces = {w.id: w for w in s.scalars(select(Workplace))}
        for match in matches:
            history = s.scalars(
                select(StageChange)
                .where(StageChange.match_id == match.id)
                .order_by(StageChange.changed_at)
            ).all()
            assert history[0].from_stage is None
            assert history[-1].to_stage is match.stage
            assert history[-1].changed_at == match.stage_since
            assert [h.from_stage for h in history[1:]] == [h.to_stage for h in history[:-1]]
            assert all(a.changed_at < b.changed_at for a, b in pairwise(history))
            assert bool(match.outcome_reason) == match.stage.is_outcome
            assert match.workplace_id is not None
            assert workplaces[match.workplace_id].employer_id == match.employer_id


def test_placed_clients_are_in_matching_aftercare_or_closed(demo: Store) -> None:
    with demo.session() as s:
        phases = s.execute(
            select(Client.phase).join(Match, Match.client_id == Client.id)
            .where(Match.stage.in_(PLACED_STAGES))
        ).scalars().all()  # fmt: skip
        aftercare = s.scalars(select(Client.id).where(Client.phase == Phase.AFTERCARE)).all()
        placed = set(s.scalars(select(Match.client_id).where(Match.stage.in_(PLACED_STAGES))).all())
    # closed: the trajectory ended after a placement that lasted a year
    assert (
        {Phase.AFTERCARE, Phase.CLOSED}
        <= set(phases)
        <= {Phase.MATCHING, Phase.AFTERCARE, Phase.CLOSED}
    )
    assert set(aftercare) <= placed


def test_clients_spread_over_all_phases_with_consistent_history(demo: Store) -> None:
    with demo.session() as s:
        clients = s.scalars(select(Client)).all()
        assert {c.phase for c in clients} == set(Phase)
        for client in clients:
            history = s.scalars(
                select(PhaseChange)
                .where(PhaseChange.client_id == client.id)
                .order_by(PhaseChange.changed_at)
            ).all()
            assert history[0].from_phase is None and history[0].to_phase is Phase.INTAKE
            assert history[-1].to_phase is client.phase
            assert history[-1].changed_at.astimezone(LOCAL_TZ).date() == client.phase_since
            assert client.phase_since < TODAY


def test_werkverkenner_is_often_not_filled_in(demo: Store) -> None:
    with demo.session() as s:
        chances = s.scalars(select(Client.werkverkenner_chance)).all()
    missing = [c for c in chances if c is None]
    assert 0.15 < len(missing) / len(chances) < 0.5
    assert all(10 <= c <= 90 for c in chances if c is not None)


def test_every_employer_has_exactly_one_primary_contact(demo: Store) -> None:
    with demo.session() as s:
        primaries = s.execute(
            select(ContactPerson.employer_id, func.count())
            .where(ContactPerson.is_primary)
            .group_by(ContactPerson.employer_id)
        ).all()
        employers = s.scalar(select(func.count()).select_from(Employer))
    assert len(primaries) == employers
    assert all(n == 1 for _, n in primaries)


def test_employers_show_each_relationship_and_one_ended_for_discrimination(
    demo: Store,
) -> None:
    with demo.session() as s:
        employers = s.scalars(select(Employer)).all()
        requirements = s.scalars(select(Requirement)).all()
        workplaces = s.scalars(select(Workplace)).all()
    assert {e.status for e in employers} == set(RelationshipStatus)
    flagged = [e for e in employers if e.ended_for_discrimination]
    assert flagged and all(e.status is RelationshipStatus.ENDED and e.ended_reason for e in flagged)
    follow_ups = [e.follow_up_on for e in employers if e.follow_up_on is not None]
    assert min(follow_ups) < TODAY < max(follow_ups)  # some overdue, some ahead
    assert {r.is_hard for r in requirements} == {True, False}
    per_workplace = Counter(w.employer_id for w in workplaces)
    assert set(per_workplace) == {e.id for e in employers}
    assert all(1 <= n <= 4 for n in per_workplace.values())


def test_the_network_shows_profiles_visits_arrangements_and_contact_history(
    demo: Store,
) -> None:
    with demo.session() as s:
        employers = s.scalars(select(Employer)).all()
        visits = s.scalars(select(CompanyVisit)).all()
        arrangements = s.scalars(select(Arrangement)).all()
        changes = s.scalars(select(PrimaryContactChange)).all()
        placed = set(
            s.scalars(select(Match.employer_id).where(Match.stage.in_(PLACED_STAGES))).all()
        )
    by_id = {e.id: e for e in employers}
    profiled = [e for e in employers if e.culture and e.motives and e.candidate_preference]
    assert len(profiled) >= len(employers) // 2
    assert all(v.relationship_done or v.workplace_done or v.commitment_done for v in visits)
    assert all(v.visited_on <= TODAY for v in visits)
    assert {v.employer_id for v in visits} >= {
        e.id for e in employers if e.status is RelationshipStatus.ACTIVE
    }
    # every employer with a placement has at least one arrangement on record
    assert placed <= {a.employer_id for a in arrangements}
    assert all(a.ends_on is None or a.starts_on < a.ends_on for a in arrangements)
    # the first entry of each primary-contact history names the current primary
    firsts = {c.employer_id for c in changes if c.previous_name is None}
    assert firsts == set(by_id)


def test_matches_show_preparation_interviews_and_debriefs(demo: Store) -> None:
    files = [MatchService(demo).load(row.id) for row in MatchService(demo).list_rows()]
    planned = [f for f in files if f.row.stage is Stage.INTERVIEW_PLANNED]
    debriefed = [f for f in files if f.debrief_on is not None]
    assert planned and debriefed
    for file in planned:  # the interview is still to come and partly prepared
        assert file.row.interview_at is not None
        assert file.row.interview_at.astimezone(LOCAL_TZ).date() >= TODAY
        assert 0 < file.row.prepared[0] < file.row.prepared[1]
    for file in debriefed:  # after the interview: prepared, and both sides heard
        assert file.debrief_employer and file.debrief_candidate
        assert file.row.interview_at is not None
        assert file.row.interview_at.astimezone(LOCAL_TZ).date() <= file.debrief_on <= TODAY
        assert file.row.prepared[0] == file.row.prepared[1]


def test_aftercare_shows_check_ins_problems_and_outcomes(demo: Store) -> None:
    with demo.session() as s:
        appointments = s.scalars(select(Appointment)).all()
        problems = s.scalars(select(Problem)).all()
        outcomes = s.scalars(select(PlacementOutcome)).all()
    done = [a for a in appointments if a.status is AppointmentStatus.DONE]
    assert done and all(a.discussed and 1 <= (a.employee_rating or 0) <= 5 for a in done)
    assert not any(a.discussed for a in appointments if a.status is not AppointmentStatus.DONE)
    assert {p.status for p in problems} >= {ProblemStatus.SOLVED, ProblemStatus.OPEN}
    for problem in problems:
        solved = problem.status is ProblemStatus.SOLVED
        assert bool(problem.solution) == solved == (problem.solved_on is not None)
        assert problem.raised_on <= TODAY
    assert 3 in {o.months for o in outcomes}
    assert all(o.recorded_on <= TODAY for o in outcomes)
    assert all(o.still_working or o.reason for o in outcomes)


def test_names_carry_diacritics_and_contact_details_are_valid(demo: Store) -> None:
    with demo.session() as s:
        clients = s.scalars(select(Client)).all()
        contacts = s.scalars(select(ContactPerson)).all()
        employers = s.scalars(select(Employer)).all()
    names = [c.first_name for c in clients] + [c.last_name for c in clients]
    assert any(not n.isascii() for n in names)
    for person in [*clients, *contacts]:
        validation.phone(person.phone)
        validation.email(person.email)
        assert person.email is None or person.email.isascii()
    for place in [*clients, *employers]:
        assert validation.postcode(place.postcode) == place.postcode


def test_appointments_lie_in_past_and_future_in_working_hours(demo: Store) -> None:
    with demo.session() as s:
        appointments = s.scalars(select(Appointment)).all()
        placed = set(s.scalars(select(Match.id).where(Match.stage.in_(PLACED_STAGES))).all())
    days = Counter()
    for a in appointments:
        starts, ends = a.starts_at.astimezone(LOCAL_TZ), a.ends_at.astimezone(LOCAL_TZ)
        assert starts.weekday() < 5 and starts.hour >= 9 and ends.hour < 17
        assert timedelta(minutes=30) <= ends - starts <= timedelta(minutes=60)
        assert a.match_id in placed
        when = "past" if starts.date() < TODAY else "today" if starts.date() == TODAY else "future"
        days[when, a.status] += 1
        if when != "past":
            assert a.status is AppointmentStatus.PLANNED
    assert days["past", AppointmentStatus.DONE] and days["future", AppointmentStatus.PLANNED]
    assert days["today", AppointmentStatus.PLANNED] >= 2
    assert days["past", AppointmentStatus.PLANNED] >= 2  # overdue: still to be closed


def test_contact_moments_are_past_and_have_a_subject(demo: Store) -> None:
    with demo.session() as s:
        moments = s.execute(
            select(ContactMoment.client_id, ContactMoment.employer_id, ContactMoment.occurred_at)
        ).all()
    assert all(c is not None or e is not None for c, e, _ in moments)
    kinds = Counter((c is not None, e is not None) for c, e, _ in moments)
    assert kinds[True, False] and kinds[False, True] and kinds[True, True]
    local_days = [at.astimezone(LOCAL_TZ).date() for _, _, at in moments]
    assert max(local_days) < TODAY
    assert min(local_days) >= TODAY - timedelta(days=400)


def test_the_store_is_healthy_and_searchable(demo: Store) -> None:
    assert check_store(demo).healthy
    with demo.engine.connect() as conn:
        hits = conn.execute(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH 'werkplek'")
        ).scalar()
    assert hits


@pytest.mark.slow
def test_scales_to_five_thousand_clients(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    summary = generate_demo(store, clients=5000, employers=1000, today=TODAY)
    assert summary.clients == 5000 and summary.employers == 1000
    assert summary.contact_moments == 100_000
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ContactMoment)) == 100_000
        assert s.scalar(select(func.count()).select_from(Client)) == 5000
        assert s.scalar(select(func.count()).select_from(Match)) == summary.matches > 1000
    store.close()


def test_demo_documents_are_private_from_the_moment_they_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a permissive umask and no chmod afterwards (a crash right after the write)
    monkeypatch.setattr(files, "make_private", lambda _path: None)
    monkeypatch.setattr(paperwork, "make_private", lambda _path: None, raising=False)
    old = os.umask(0o022)
    try:
        # When the demo writes its documents
        write_files(tmp_path, [("documents/ab/cd.txt", "CV van Zoë Özdemir\n")])
    finally:
        os.umask(old)
    # Then the document was never readable by others, and it is whole
    target = tmp_path / "documents/ab/cd.txt"
    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0
    assert target.read_text(encoding="utf-8") == "CV van Zoë Özdemir\n"
