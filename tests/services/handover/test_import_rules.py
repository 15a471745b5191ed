"""An import shows where the packet meets this store's rules: an open match at an employer
whose cooperation ended, a match past the point where the employer hears about the
candidate without a consent in force, a client who was erased here. The user reads these in
the preview before anything is written; the records come in as they are (they are the
colleague's history), and the rules of this store apply to every next step."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from jobhunter.models import Consent, Match
from jobhunter.models.enums import ConsentParty, RelationshipStatus, Stage
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.handover import rules
from jobhunter.services.handover.service import HandoverService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store
from tests.services.handover.conftest import Key, client_ids, export, read


def _free_pair(store: Store) -> tuple[uuid.UUID, uuid.UUID, str]:
    """A client and an active employer where that client has no match yet (and its name)."""
    from jobhunter.models import Employer

    with store.session() as session:
        taken = {(m.client_id, m.employer_id) for m in session.scalars(select(Match))}
        employers = session.scalars(
            select(Employer).where(Employer.status != RelationshipStatus.ENDED)
        ).all()
    for client_id in client_ids(store):
        for employer in employers:
            if (client_id, employer.id) not in taken:
                return client_id, employer.id, employer.name
    raise AssertionError("no free client and employer in the test data")


def test_an_open_match_at_an_employer_whose_cooperation_ended_is_flagged(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    # Given the colleague's client has an open match at an employer, and the colleague ended
    # the cooperation for discrimination afterwards (the match stays for her to decide)
    client_id, employer_id, name = _free_pair(sender)
    match = MatchService(sender, clock).propose(client_id, employer_id)
    EmployerService(sender, clock).end_cooperation(
        employer_id, "Wees geen kandidaten met een hoofddoek af", discrimination=True
    )
    export(sender, clock, [client_id], tmp_path / "p.age", key)
    service = HandoverService(receiver, clock)
    packet = read(receiver, clock, tmp_path / "p.age", key)
    # When the packet is previewed
    preview = service.preview(packet)
    # Then the preview says so, naming the employer and why
    (warning,) = [w for w in preview.warnings if w.record_id == match.id]
    assert warning.kind is rules.Concern.ENDED_EMPLOYER
    assert name in warning.text and "discriminatie" in warning.text
    # And the match comes in as it is, for the user to close or keep in the match file
    service.apply(packet)
    with receiver.session() as session:
        assert session.get(Match, match.id) is not None
    # And a second import of the same packet, which brings nothing, says nothing
    assert service.preview(read(receiver, clock, tmp_path / "p.age", key)).warnings == []


def test_a_match_in_a_sharing_stage_without_a_consent_in_force_is_flagged(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    # Given the colleague's client withdrew the consent to share with employers after the
    # employer was briefed about her
    client_id, employer_id, _name = _free_pair(sender)
    caseload = CaseloadService(sender, clock)
    with sender.session() as session:
        earlier = session.scalars(
            select(Consent.id).where(Consent.client_id == client_id, Consent.withdrawn_on.is_(None))
        ).all()
    for consent_id in earlier:
        caseload.withdraw_consent(consent_id)
    consent = caseload.give_consent(client_id, ConsentParty.EMPLOYERS, "cv en werkervaring")
    matches = MatchService(sender, clock)
    match = matches.propose(client_id, employer_id)
    matches.move(match.id, Stage.EMPLOYER_PREBRIEF)
    caseload.withdraw_consent(consent.id, "wil eerst zelf solliciteren")
    export(sender, clock, [client_id], tmp_path / "p.age", key)
    # When the packet is previewed, Then that match is flagged
    preview = HandoverService(receiver, clock).preview(
        read(receiver, clock, tmp_path / "p.age", key)
    )
    (warning,) = [w for w in preview.warnings if w.record_id == match.id]
    assert warning.kind is rules.Concern.NO_CONSENT
    assert "toestemming" in warning.text


def test_a_client_erased_here_is_flagged(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # Given the receiver once erased a client who now comes back in a packet
    ids = client_ids(sender, 2)
    monkeypatch.setattr(rules, "erased_client_ids", lambda data_dir, ids_: {ids[1]} & set(ids_))
    export(sender, clock, ids, tmp_path / "p.age", key)
    # When previewed, Then the preview says that this client was erased here
    preview = HandoverService(receiver, clock).preview(
        read(receiver, clock, tmp_path / "p.age", key)
    )
    erased = [w for w in preview.warnings if w.kind is rules.Concern.ERASED_HERE]
    assert [w.record_id for w in erased] == [ids[1]]
    assert "gewist" in erased[0].text


def test_a_client_erased_after_an_earlier_import_is_recognised_when_she_comes_back(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from jobhunter.services.privacy.erasure import ErasureService

    # Given a client received earlier and erased here since (she asked to be forgotten)
    ids = client_ids(sender, 2)
    export(sender, clock, ids, tmp_path / "p.age", key)
    service = HandoverService(receiver, clock)
    service.apply(read(receiver, clock, tmp_path / "p.age", key))
    ErasureService(receiver, clock).erase(ids[0])
    # When the same packet is previewed again
    preview = service.preview(read(receiver, clock, tmp_path / "p.age", key))
    # Then the preview names her as erased here, and only her
    erased = [w for w in preview.warnings if w.kind is rules.Concern.ERASED_HERE]
    assert [w.record_id for w in erased] == [ids[0]]
    # And the store keeps no trace of her id itself, only its pseudonymous hash
    files = [receiver.db_path, receiver.db_path.with_name(receiver.db_path.name + "-wal")]
    raw = b"".join(p.read_bytes() for p in files if p.exists())
    for form in (ids[0].hex.encode(), str(ids[0]).encode(), ids[0].bytes):
        assert form not in raw


def test_a_client_brought_back_after_her_erasure_survives_a_later_restore(
    sender: Store, receiver: Store, clock: FixedClock, tmp_path: Path, key: Key
) -> None:
    from jobhunter.models import Client
    from jobhunter.services import backup
    from jobhunter.services.privacy.erasure import ErasureService
    from jobhunter.services.restore import restore_backup

    # Given a client received, erased here, and imported again on purpose (she came back)
    ids = client_ids(sender, 1)
    export(sender, clock, ids, tmp_path / "p.age", key)
    service = HandoverService(receiver, clock)
    service.apply(read(receiver, clock, tmp_path / "p.age", key))
    ErasureService(receiver, clock).erase(ids[0])
    service.apply(read(receiver, clock, tmp_path / "p.age", key))
    # When a backup made since is restored
    made = backup.make_backup(receiver, clock).path
    receiver.engine.dispose()
    result = restore_backup(receiver.data_dir, made, clock)
    receiver.reopen()
    # Then she is still there: the erasure ledger forgot her when she came back
    assert result.erased_again == 0
    with receiver.session() as session:
        assert session.get(Client, ids[0]) is not None
