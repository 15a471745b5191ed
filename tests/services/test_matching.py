from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobhunter.models.enums import DutchLevel, RequirementKind
from jobhunter.services.matching.ranking import WorkplaceFacts, rank_clients, rank_workplaces, score
from jobhunter.services.matching.requirements import (
    Check,
    ClientFacts,
    Requirement,
    check_requirement,
    preselect,
)

KINDS = list(RequirementKind)


def client(**facts) -> ClientFacts:
    return ClientFacts(id=uuid.UUID(int=facts.pop("n", 1)), name=facts.pop("name", "Zoë"), **facts)


@pytest.mark.parametrize(
    ("facts", "requirement", "expected"),
    [
        ({"driving_licence": True}, (RequirementKind.DRIVING_LICENCE, "B"), Check.MET),
        ({"driving_licence": False}, (RequirementKind.DRIVING_LICENCE, "B"), Check.NOT_MET),
        ({}, (RequirementKind.DRIVING_LICENCE, "B"), Check.UNKNOWN),
        ({"dutch_level": DutchLevel.B1}, (RequirementKind.DUTCH_LEVEL, "A2"), Check.MET),
        ({"dutch_level": DutchLevel.B1}, (RequirementKind.DUTCH_LEVEL, "b1"), Check.MET),
        ({"dutch_level": DutchLevel.A2}, (RequirementKind.DUTCH_LEVEL, "B1"), Check.NOT_MET),
        ({}, (RequirementKind.DUTCH_LEVEL, "B1"), Check.UNKNOWN),
        ({"hours_available": 24}, (RequirementKind.HOURS, "24"), Check.MET),
        ({"hours_available": 16}, (RequirementKind.HOURS, "24"), Check.NOT_MET),
        (
            {"certificates": frozenset({"vca basis"})},
            (RequirementKind.CERTIFICATE, "VCA"),
            Check.MET,
        ),
        ({}, (RequirementKind.CERTIFICATE, "Heftruckcertificaat"), Check.UNKNOWN),
        ({}, (RequirementKind.OTHER, "Kan tillen"), Check.UNKNOWN),
    ],
)
def test_each_requirement_kind(facts, requirement, expected) -> None:
    kind, value = requirement
    result = check_requirement(client(**facts), Requirement(kind, value, True))
    assert result.check is expected
    assert result.reason  # a Dutch reason to show


def test_a_failed_hard_requirement_blocks_a_pass_but_a_failed_wish_does_not() -> None:
    facts = client(driving_licence=False, dutch_level=DutchLevel.A2)
    wish = preselect(facts, [Requirement(RequirementKind.DRIVING_LICENCE, "B", False)])
    assert wish.passes
    hard = preselect(facts, [Requirement(RequirementKind.DRIVING_LICENCE, "B", True)])
    assert not hard.passes and len(hard.failed_hard) == 1


levels = st.none() | st.sampled_from(list(DutchLevel))
client_facts = st.builds(
    ClientFacts,
    id=st.uuids(),
    name=st.text(min_size=1, max_size=12),
    driving_licence=st.none() | st.booleans(),
    dutch_level=levels,
    hours_available=st.none() | st.integers(0, 60),
    certificates=st.frozensets(st.sampled_from(["vca", "haccp", "heftruck"])),
    city=st.none() | st.sampled_from(["Rotterdam", "Schiedam"]),
    wishes=st.none() | st.text(max_size=30),
)
requirement = st.builds(
    Requirement,
    kind=st.sampled_from(KINDS),
    value=st.one_of(
        st.none(), st.sampled_from(["B", "A2", "B1", "24", "VCA", "x"]), st.text(max_size=5)
    ),
    is_hard=st.booleans(),
)
workplace = st.builds(
    WorkplaceFacts,
    id=st.uuids(),
    title=st.sampled_from(["Medewerker groen", "Orderpicker", "Keukenhulp"]),
    employer_name=st.just("Van Dijk"),
    city=st.none() | st.sampled_from(["Rotterdam", "Schiedam"]),
    hours_per_week=st.none() | st.integers(1, 40),
    requirements=st.lists(requirement, max_size=5).map(tuple),
    experienced_employer=st.booleans(),
)


@given(client_facts, st.lists(requirement, max_size=6))
def test_every_requirement_gets_exactly_one_verdict(facts: ClientFacts, reqs: list) -> None:
    result = preselect(facts, reqs)
    assert sorted(map(repr, (c.requirement for c in result.checks))) == sorted(map(repr, reqs))
    assert result.passes == all(
        c.check is not Check.NOT_MET for c in result.checks if c.requirement.is_hard
    )


@given(client_facts, st.lists(requirement, max_size=6))
def test_knowing_less_never_turns_unknown_into_failure(facts: ClientFacts, reqs: list) -> None:
    """Forgetting a fact (licence, level, hours) can make a check unknown, never failed."""
    blank = ClientFacts(id=facts.id, name=facts.name)
    for check in preselect(blank, reqs).checks:
        assert check.check is not Check.NOT_MET


@given(workplace, st.lists(client_facts, max_size=12))
def test_ranking_never_hides_a_failed_hard_requirement(place, clients) -> None:
    ranked = rank_clients(place, clients)
    assert len(ranked) == len(clients)
    flags = [bool(s.failed_hard) for s in ranked]
    assert flags == sorted(flags), "every passing suggestion comes before any failing one"
    for suggestion in ranked:
        assert bool(suggestion.failed_hard) == (not suggestion.preselection.passes)


@given(workplace, st.lists(client_facts, max_size=12), st.randoms())
def test_ranking_is_deterministic_whatever_the_input_order(place, clients, rnd) -> None:
    shuffled = list(clients)
    rnd.shuffle(shuffled)
    key = [(s.client.id, s.score) for s in rank_clients(place, clients)]
    assert key == [(s.client.id, s.score) for s in rank_clients(place, shuffled)]


@given(workplace, st.lists(client_facts, max_size=12))
def test_ranking_many_clients_scores_each_as_if_alone(place, clients) -> None:
    """Ranking shares work between clients with the same facts; the result must be what
    scoring each client on its own gives."""
    ranked = {s.client.id: s for s in rank_clients(place, clients)}
    for facts in clients:
        alone = score(facts, place)
        shared = ranked[facts.id]
        assert (shared.score, shared.reasons) == (alone.score, alone.reasons)
        assert shared.preselection.checks == alone.preselection.checks


@given(client_facts, workplace)
def test_every_point_has_a_reason(facts, place) -> None:
    suggestion = score(facts, place)
    assert (suggestion.score == 0) == (not suggestion.reasons)


def test_a_closer_better_fitting_client_ranks_first() -> None:
    place = WorkplaceFacts(
        id=uuid.uuid4(),
        title="Medewerker groen",
        employer_name="Van Dijk",
        city="Schiedam",
        hours_per_week=24,
        experienced_employer=True,
        requirements=(
            Requirement(RequirementKind.DRIVING_LICENCE, "B", True),
            Requirement(RequirementKind.DUTCH_LEVEL, "A2", False),
        ),
    )
    near = client(
        n=1,
        name="Ahmed",
        driving_licence=True,
        city="Schiedam",
        hours_available=24,
        dutch_level=DutchLevel.B1,
        wishes="Buiten werken in het groen",
    )
    far = client(n=2, name="Bram", driving_licence=True, city="Gouda", hours_available=36)
    no_licence = client(
        n=3,
        name="Anouk",
        driving_licence=False,
        city="Schiedam",
        hours_available=24,
        dutch_level=DutchLevel.C1,
    )
    ranked = rank_clients(place, [no_licence, far, near])
    assert [s.client.name for s in ranked] == ["Ahmed", "Bram", "Anouk"]
    assert ranked[-1].failed_hard == ("Heeft geen rijbewijs.",)
    assert any("Schiedam" in r for r in ranked[0].reasons)
    workplaces = rank_workplaces(near, [place])
    assert workplaces[0].workplace is place


@given(
    client_facts,
    st.lists(requirement, min_size=1, max_size=6),
    st.lists(workplace, max_size=10, unique_by=lambda w: w.id),
    st.randoms(),
)
def test_ranking_many_workplaces_scores_each_as_if_alone(facts, pool, places, rnd) -> None:
    """Ranking workplaces for a client works out each set of requirements, and each
    requirement, once, however many workplaces share it (as the facts read from the store
    do); the result must be what scoring each workplace on its own gives."""
    sets = [tuple(rnd.sample(pool, rnd.randint(0, len(pool)))) for _ in range(3)]
    shared = [replace(place, requirements=rnd.choice(sets)) for place in places]
    ranked = rank_workplaces(facts, shared)
    assert sorted(s.workplace.id for s in ranked) == sorted(p.id for p in shared)
    for suggestion in ranked:
        alone = score(facts, suggestion.workplace)
        assert (suggestion.score, suggestion.reasons) == (alone.score, alone.reasons)
        assert suggestion.preselection.checks == alone.preselection.checks
