"""Anonymisation: every free text and contact detail goes, the structure of the work stays."""

from __future__ import annotations

from sqlalchemy import select

from jobhunter.models import Barrier, ContactMoment, Document, Match, PlacementOutcome
from jobhunter.models.enums import Phase, Stage
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.errors import ValidationError
from jobhunter.services.privacy.anonymise import AnonymiseService
from jobhunter.services.store import Store

from .test_erasure import name_forms, traces


def test_only_a_closed_file_is_anonymised(store: Store, clock: FixedClock, sensitive) -> None:
    import pytest

    with pytest.raises(ValidationError, match="afgesloten"):
        AnonymiseService(store, clock).anonymise(sensitive.client_id)


def test_anonymised_file_has_no_trace_of_the_person(store: Store, clock: FixedClock, sensitive):
    ClientService(store, clock).change_phase(sensitive.client_id, Phase.CLOSED, "Afgesloten")
    report = AnonymiseService(store, clock).anonymise(sensitive.client_id)
    assert report.wiped and report.documents_removed == 1
    assert traces(store, name_forms("Zoë", "Özdemir") | {sensitive.note, "0612345678"}) == []
    assert not sensitive.document_path.exists()
    with store.session() as session:
        match = session.get(Match, sensitive.match_id)
        assert match is not None and match.stage is Stage.TRIAL_PLACEMENT
        assert match.notes is None
        outcome = session.scalars(select(PlacementOutcome)).one()
        assert outcome.still_working is False and outcome.reason is None
        assert {b.kind.value for b in session.scalars(select(Barrier))} == {"debts", "health"}
        assert all(b.note is None for b in session.scalars(select(Barrier)))
        assert (
            session.scalars(
                select(ContactMoment).where(ContactMoment.client_id == sensitive.client_id)
            ).all()
            == []
        )
        assert session.scalars(select(Document)).all() == []
    neighbour = ClientService(store, clock).get(sensitive.neighbour_id)
    assert neighbour.name == "Anna de Vries" and neighbour.notes
