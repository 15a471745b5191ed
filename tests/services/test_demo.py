from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jobhunter.models import (
    Appointment,
    Client,
    ContactMoment,
    ContactPerson,
    Employer,
    Match,
    StageChange,
    Workplace,
)
from jobhunter.models.enums import Stage
from jobhunter.services.demo import generate_demo
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store

TODAY = date(2026, 3, 16)


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with store.session() as s:
        return {
            "clients": s.execute(select(Client.id, Client.first_name, Client.last_name,
                                        Client.phase, Client.werkverkenner_chance)
                                 .order_by(Client.id)).all(),
            "employers": s.execute(select(Employer.id, Employer.name, Employer.status)
                                   .order_by(Employer.id)).all(),
            "matches": s.execute(select(Match.id, Match.client_id, Match.stage, Match.stage_since)
                                 .order_by(Match.id)).all(),
            "appointments": s.execute(select(Appointment.id, Appointment.starts_at)
                                      .order_by(Appointment.id)).all(),
        }  # fmt: skip


def _fresh(tmp_path: Path, name: str, seed: int) -> Store:
    store = Store.open(tmp_path / name)
    generate_demo(store, clients=40, employers=10, seed=seed, today=TODAY)
    return store


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    a, b, c = _fresh(tmp_path, "a", 5), _fresh(tmp_path, "b", 5), _fresh(tmp_path, "c", 6)
    assert _snapshot(a) == _snapshot(b)
    assert _snapshot(a)["clients"] != _snapshot(c)["clients"]


@pytest.fixture
def demo(tmp_path: Path) -> Store:
    return _fresh(tmp_path, "demo", 1)


def test_matches_cover_every_stage_with_consistent_history(demo: Store) -> None:
    with demo.session() as s:
        matches = s.scalars(select(Match)).all()
        assert {m.stage for m in matches} == set(Stage)
        for match in matches:
            history = s.scalars(
                select(StageChange).where(StageChange.match_id == match.id)
                .order_by(StageChange.changed_at)
            ).all()  # fmt: skip
            assert history[0].from_stage is None
            assert history[-1].to_stage is match.stage
            assert history[-1].changed_at == match.stage_since
            if match.stage.is_outcome:
                assert match.outcome_reason
            if match.workplace_id is not None:
                assert s.get(Workplace, match.workplace_id).employer_id == match.employer_id


def test_every_employer_has_exactly_one_primary_contact(demo: Store) -> None:
    with demo.session() as s:
        primaries = s.execute(
            select(ContactPerson.employer_id, func.count())
            .where(ContactPerson.is_primary).group_by(ContactPerson.employer_id)
        ).all()  # fmt: skip
        employers = s.scalar(select(func.count()).select_from(Employer))
    assert len(primaries) == employers
    assert all(n == 1 for _, n in primaries)


def test_names_carry_diacritics_and_one_employer_ended_for_discrimination(demo: Store) -> None:
    with demo.session() as s:
        names = (
            s.scalars(select(Client.last_name)).all() + s.scalars(select(Client.first_name)).all()
        )
        assert any(not n.isascii() for n in names)
        flagged = s.scalars(select(Employer).where(Employer.ended_for_discrimination)).all()
    assert flagged and all(e.ended_reason for e in flagged)


def test_appointments_lie_in_past_and_future_and_one_is_today(demo: Store) -> None:
    from jobhunter.services.clock import LOCAL_TZ

    with demo.session() as s:
        days = [a.starts_at.astimezone(LOCAL_TZ).date() for a in s.scalars(select(Appointment))]
    assert min(days) < TODAY < max(days)
    assert TODAY in days


def test_a_store_with_data_is_refused(demo: Store) -> None:
    with pytest.raises(ValidationError, match="niet leeg"):
        generate_demo(demo, clients=3, employers=1, today=TODAY)


@pytest.mark.slow
def test_scales_to_five_thousand_clients(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "big")
    summary = generate_demo(store, clients=5000, employers=1000, today=TODAY)
    assert summary.clients == 5000 and summary.contact_moments == 100_000
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ContactMoment)) == 100_000
