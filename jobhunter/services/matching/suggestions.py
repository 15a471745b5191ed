"""Match suggestions on the store: the facts the ranking needs, read in a few bulk queries.

For a workplace: clients in the matching phase, best first. For a client: open workplaces.
Pairs already in the pipeline (an open match) are left out: they need no suggesting.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import Client, Document, Employer, Intervention, Match, Workplace
from jobhunter.models import Requirement as RequirementRecord
from jobhunter.models.enums import (
    CLOSED_STAGES,
    PLACED_STAGES,
    DocumentKind,
    InterventionKind,
    InterventionStatus,
    Phase,
    WorkplaceStatus,
)
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.matching.ranking import (
    Suggestion,
    WorkplaceFacts,
    rank_clients,
    rank_workplaces,
)
from jobhunter.services.matching.requirements import (
    ClientFacts,
    Preselection,
    Requirement,
    preselect,
)

#: documents and finished plan items that show a certificate or diploma
CERTIFICATE_DOCUMENTS = (DocumentKind.DIPLOMA, DocumentKind.CERTIFICATE)
CERTIFICATE_INTERVENTIONS = (InterventionKind.SCHOOLING, InterventionKind.TRAINING)


def client_facts(
    session: Session,
    client_ids: Iterable[uuid.UUID] | None = None,
    phases: Iterable[Phase] | None = (Phase.MATCHING,),
) -> list[ClientFacts]:
    """What each client's file says that requirements can be checked against.

    Certificates come from diplomas and certificates among the documents and from
    finished schooling and training in the plan.
    """
    stmt = select(
        Client.id,
        Client.first_name,
        Client.last_name,
        Client.driving_licence,
        Client.dutch_level,
        Client.hours_available,
        Client.city,
        Client.wishes,
    )
    if client_ids is not None:
        stmt = stmt.where(Client.id.in_(list(client_ids)))
    if phases is not None:
        stmt = stmt.where(Client.phase.in_(list(phases)))
    rows = session.execute(stmt).all()
    wanted = {r[0] for r in rows}
    certificates: dict[uuid.UUID, set[str]] = defaultdict(set)
    documents = select(Document.client_id, Document.title).where(
        Document.kind.in_(CERTIFICATE_DOCUMENTS)
    )
    finished = select(Intervention.client_id, Intervention.goal).where(
        Intervention.kind.in_(CERTIFICATE_INTERVENTIONS),
        Intervention.status == InterventionStatus.COMPLETED,
    )
    if client_ids is not None:  # one or a few clients: read only theirs
        documents = documents.where(Document.client_id.in_(wanted))
        finished = finished.where(Intervention.client_id.in_(wanted))
    for client_id, title in [*session.execute(documents), *session.execute(finished)]:
        if client_id in wanted and title:
            certificates[client_id].add(title.lower())
    return [
        ClientFacts(
            id=r[0],
            name=f"{r[1]} {r[2]}",
            driving_licence=r[3],
            dutch_level=r[4],
            hours_available=r[5],
            certificates=frozenset(certificates.get(r[0], ())),
            city=r[6],
            wishes=r[7],
        )
        for r in rows
    ]


def workplace_facts(
    session: Session,
    workplace_ids: Iterable[uuid.UUID] | None = None,
    open_only: bool = True,
) -> list[WorkplaceFacts]:
    stmt = select(
        Workplace.id,
        Workplace.title,
        Employer.name,
        Workplace.city,
        Employer.city,
        Workplace.hours_per_week,
        Employer.id,
        Employer.target_group_experience,
    ).join(Employer, Employer.id == Workplace.employer_id)
    if workplace_ids is not None:
        stmt = stmt.where(Workplace.id.in_(list(workplace_ids)))
    if open_only:
        stmt = stmt.where(Workplace.status == WorkplaceStatus.OPEN)
    rows = session.execute(stmt).all()
    wanted = {r[0] for r in rows}
    requirements: dict[uuid.UUID, list[Requirement]] = defaultdict(list)
    requirement_rows = select(
        RequirementRecord.workplace_id,
        RequirementRecord.kind,
        RequirementRecord.value,
        RequirementRecord.is_hard,
    )
    if workplace_ids is not None:
        requirement_rows = requirement_rows.where(RequirementRecord.workplace_id.in_(wanted))
    for workplace_id, kind, value, is_hard in session.execute(requirement_rows):
        if workplace_id in wanted:
            requirements[workplace_id].append(Requirement(kind, value, is_hard))
    placed_at = set(
        session.scalars(
            select(Match.employer_id).where(Match.stage.in_(list(PLACED_STAGES))).distinct()
        )
    )
    return [
        WorkplaceFacts(
            id=r[0],
            title=r[1],
            employer_name=r[2],
            city=r[3] or r[4],
            hours_per_week=r[5],
            requirements=tuple(requirements.get(r[0], ())),
            experienced_employer=r[6] in placed_at or bool(r[7]),
            employer_id=r[6],
        )
        for r in rows
    ]


def preselect_in(session: Session, client_id: uuid.UUID, workplace_id: uuid.UUID) -> Preselection:
    (client,) = client_facts(session, [client_id], phases=None)
    (workplace,) = workplace_facts(session, [workplace_id], open_only=False)
    return preselect(client, workplace.requirements)


class SuggestionService(Service):
    def _open_pairs(self, session: Session) -> set[tuple[uuid.UUID, uuid.UUID]]:
        stmt = select(Match.client_id, Match.workplace_id).where(
            Match.stage.not_in(list(CLOSED_STAGES)), Match.workplace_id.is_not(None)
        )
        return {(c, w) for c, w in session.execute(stmt) if w is not None}

    # --- what the pipeline asks -----------------------------------------------------------
    def preselect(self, client_id: uuid.UUID, workplace_id: uuid.UUID) -> Preselection:
        """The workplace's requirements against this client's file: met, not met, unknown."""
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            get_or_raise(session, Workplace, workplace_id)
            return preselect_in(session, client_id, workplace_id)

    def for_workplace(
        self, workplace_id: uuid.UUID, phases: Iterable[Phase] | None = (Phase.MATCHING,)
    ) -> list[Suggestion]:
        """Clients for this workplace, best first; those failing a hard requirement last."""
        with self.store.session() as session:
            get_or_raise(session, Workplace, workplace_id)
            (workplace,) = workplace_facts(session, [workplace_id], open_only=False)
            clients = client_facts(session, phases=phases)
            taken = {c for c, w in self._open_pairs(session) if w == workplace_id}
        return rank_clients(workplace, (c for c in clients if c.id not in taken))

    def for_client(self, client_id: uuid.UUID) -> list[Suggestion]:
        """Open workplaces for this client, best first; failing a hard requirement last."""
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            (client,) = client_facts(session, [client_id], phases=None)
            workplaces = workplace_facts(session)
            taken = {w for c, w in self._open_pairs(session) if c == client_id}
        return rank_workplaces(client, (w for w in workplaces if w.id not in taken))
