"""Match suggestions on the store: the facts the ranking needs, read in a few bulk queries.

For a workplace: clients in the matching phase, best first. For a client: open workplaces.
What makes no sense to suggest is left out, and counted, so the dialog can say how many and
why and show them anyway on request: clients whose trajectory is closed, clients in a
running placement (a proefplaatsing or contract), filled workplaces. Pairs already in the
pipeline (an open match) are left out too: they need no suggesting. Workplaces of an
employer whose cooperation ended are never suggested (seed 003).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, String, func, select, type_coerce
from sqlalchemy.orm import Session

from jobhunter.models import Client, Document, Employer, Intervention, Match, Workplace
from jobhunter.models import Requirement as RequirementRecord
from jobhunter.models.enums import (
    CLOSED_STAGES,
    PLACED_STAGES,
    DocumentKind,
    DutchLevel,
    InterventionKind,
    InterventionStatus,
    Phase,
    RelationshipStatus,
    RequirementKind,
    WorkplaceStatus,
)
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.employers import ended_message
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
from jobhunter.services.store import Store, driver_of

#: documents and finished plan items that show a certificate or diploma
CERTIFICATE_DOCUMENTS = (DocumentKind.DIPLOMA, DocumentKind.CERTIFICATE)
CERTIFICATE_INTERVENTIONS = (InterventionKind.SCHOOLING, InterventionKind.TRAINING)


def _raw(column: Any) -> Any:
    """A column read as the string SQLite holds, without the ORM's conversion: thousands of
    facts are read per suggestion list, and converting ids and enums here is much faster."""
    return type_coerce(column, String())


@lru_cache(maxsize=65_536)
def _uuid(hex_id: str) -> uuid.UUID:
    """Ids as UUIDs, made once: building a UUID costs more than reading its row."""
    return uuid.UUID(hex_id)


def _tuples(session: Session, stmt: Any) -> list[tuple[Any, ...]]:
    """The rows of ``stmt`` as the plain tuples SQLite returns, without SQLAlchemy's result
    processing: several times faster for the thousands of rows a suggestion list reads.
    Only for columns read raw (``_raw``) or of plain types (text, numbers, 0/1 booleans)."""
    connection = session.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = [_plain(params[name]) for name in compiled.positiontup or ()]
    with driver_of(session) as driver:
        return list(driver.execute(str(compiled), args).fetchall())


def _plain(value: Any) -> Any:
    """A bound value as SQLite stores it: enums by value, UUIDs as hex."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def _ids(values: Iterable[uuid.UUID]) -> list[str]:
    return [value.hex for value in values]


_LEVELS = {level.value: level for level in DutchLevel}
_KINDS = {kind.value: kind for kind in RequirementKind}
_PHASES = {phase.value: phase for phase in Phase}

#: why something was left out of the suggestions, in the order the dialog names them
CLOSED, PLACED, FILLED, IN_PIPELINE, EMPLOYER_ENDED = (
    "closed", "placed", "filled", "in_pipeline", "employer_ended",
)  # fmt: skip
#: left out, but shown on request ("show them anyway")
SHOWABLE = (CLOSED, PLACED, FILLED)


@dataclass(frozen=True, slots=True)
class Suggestions:
    """Ranked suggestions and what was left out: reason -> how many."""

    items: list[Suggestion]
    left_out: dict[str, int] = field(default_factory=dict)
    #: why nothing can be suggested at all (Dutch), e.g. the cooperation ended
    blocked: str | None = None

    def __iter__(self) -> Iterator[Suggestion]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def hidden(self) -> int:
        """How many were left out that can be shown on request."""
        return sum(self.left_out.get(reason, 0) for reason in SHOWABLE)


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
        _raw(Client.id),
        Client.first_name,
        Client.last_name,
        Client.driving_licence,
        _raw(Client.dutch_level),
        Client.hours_available,
        Client.city,
        Client.wishes,
        _raw(Client.phase),
    )
    documents = select(_raw(Document.client_id), Document.title).where(
        Document.kind.in_(CERTIFICATE_DOCUMENTS)
    )
    finished = select(_raw(Intervention.client_id), Intervention.goal).where(
        Intervention.kind.in_(CERTIFICATE_INTERVENTIONS),
        Intervention.status == InterventionStatus.COMPLETED,
    )
    if client_ids is not None:
        ids = _ids(client_ids)
        stmt = stmt.where(_raw(Client.id).in_(ids))
        documents = documents.where(_raw(Document.client_id).in_(ids))
        finished = finished.where(_raw(Intervention.client_id).in_(ids))
    if phases is not None:
        stmt = stmt.where(Client.phase.in_(list(phases)))
    certificates: dict[str, set[str]] = defaultdict(set)
    for client_id, title in [*_tuples(session, documents), *_tuples(session, finished)]:
        if title:
            certificates[client_id].add(title.lower())
    none: frozenset[str] = frozenset()
    return [
        ClientFacts(
            id=_uuid(r[0]),
            name=f"{r[1]} {r[2]}",
            driving_licence=None if r[3] is None else bool(r[3]),
            dutch_level=_LEVELS.get(r[4]) if r[4] else None,
            hours_available=r[5],
            certificates=frozenset(certificates[r[0]]) if r[0] in certificates else none,
            city=r[6],
            wishes=r[7],
            phase=_PHASES.get(r[8]),
        )
        for r in _tuples(session, stmt)
    ]


def workplace_facts(
    session: Session,
    workplace_ids: Iterable[uuid.UUID] | None = None,
    open_only: bool = True,
    *,
    with_filled: bool = False,
) -> list[WorkplaceFacts]:
    """Facts of the open workplaces (and the filled ones, marked, ``with_filled``) of
    employers whose cooperation did not end; with ``open_only`` False, of the given ones
    whatever their state."""
    stmt = select(
        _raw(Workplace.id),
        Workplace.title,
        Employer.name,
        Workplace.city,
        Employer.city,
        Workplace.hours_per_week,
        _raw(Employer.id),
        Employer.target_group_experience,
        _raw(Workplace.status),
    ).join(Employer, Employer.id == Workplace.employer_id)
    requirement_rows = select(
        _raw(RequirementRecord.workplace_id),
        _raw(RequirementRecord.kind),
        RequirementRecord.value,
        RequirementRecord.is_hard,
    ).join(Workplace, Workplace.id == RequirementRecord.workplace_id)
    if workplace_ids is not None:
        ids = _ids(workplace_ids)
        stmt = stmt.where(_raw(Workplace.id).in_(ids))
        requirement_rows = requirement_rows.where(_raw(Workplace.id).in_(ids))
    if open_only:
        statuses = [WorkplaceStatus.OPEN, *([WorkplaceStatus.FILLED] if with_filled else [])]
        active = Employer.status != RelationshipStatus.ENDED
        stmt = stmt.where(Workplace.status.in_(statuses), active)
        requirement_rows = requirement_rows.join(
            Employer, Employer.id == Workplace.employer_id
        ).where(Workplace.status.in_(statuses), active)
    # the same few requirements recur across workplaces: one object each
    shared: dict[tuple[str, str | None, bool], Requirement] = {}
    requirements: dict[str, list[Requirement]] = defaultdict(list)
    for workplace_id, kind, value, is_hard in _tuples(session, requirement_rows):
        key = (kind, value, bool(is_hard))
        requirement = shared.get(key)
        if requirement is None:
            requirement = shared[key] = Requirement(_KINDS[kind], value, bool(is_hard))
        requirements[workplace_id].append(requirement)
    placed = select(_raw(Match.employer_id)).where(Match.stage.in_(list(PLACED_STAGES)))
    placed_at = {employer_id for (employer_id,) in _tuples(session, placed.distinct())}
    # and the same sets of requirements: one tuple each, which ranking tells apart cheaply
    sets: dict[tuple[Requirement, ...], tuple[Requirement, ...]] = {}
    asked = {key: sets.setdefault(t := tuple(reqs), t) for key, reqs in requirements.items()}
    return [
        WorkplaceFacts(
            id=_uuid(r[0]),
            title=r[1],
            employer_name=r[2],
            city=r[3] or r[4],
            hours_per_week=r[5],
            requirements=asked.get(r[0], ()),
            experienced_employer=r[6] in placed_at or bool(r[7]),
            employer_id=_uuid(r[6]),
            filled=r[8] == WorkplaceStatus.FILLED.value,
        )
        for r in _tuples(session, stmt)
    ]


def preselect_in(session: Session, client_id: uuid.UUID, workplace_id: uuid.UUID) -> Preselection:
    (client,) = client_facts(session, [client_id], phases=None)
    (workplace,) = workplace_facts(session, [workplace_id], open_only=False)
    return preselect(client, workplace.requirements)


#: the tables the facts are read from: when none of them changed, the facts did not either
CLIENT_SOURCES = (Client, Document, Intervention)
WORKPLACE_SOURCES = (Workplace, RequirementRecord, Employer, Match)


def fingerprint(session: Session, models: Iterable[Any]) -> tuple[Any, ...]:
    """How many rows, and the newest change, of each table: every write moves one of them
    (records stamp ``updated_at``; a delete lowers a count). Cheap: both read an index, and
    all tables are asked in one statement."""
    parts = [
        part
        for model in models
        for part in (
            select(func.count()).select_from(model).scalar_subquery(),
            select(func.max(model.updated_at)).scalar_subquery(),
        )
    ]
    return tuple(session.execute(select(*parts)).one())


@dataclass(frozen=True, slots=True)
class Subject:
    """Something to propose a match for: an open workplace ("Employer — function") or a
    client (with the phase, since clients outside the matching phase are marked)."""

    id: uuid.UUID
    name: str
    phase: Phase | None = None


#: The facts of all clients and of all open workplaces, per open store file (its engine:
#: a store opened anew after a restore has another), each with the fingerprint of the
#: tables it was read from. Every dialog and match file of a session shares them, and each
#: is read again only when one of its own tables changed: a client edited leaves the
#: workplaces' facts as they are, so the next "find workplaces" reads only the client's.
_FACTS: WeakKeyDictionary[Engine, dict[Any, tuple[tuple[Any, ...], Any]]] = WeakKeyDictionary()


def forget_facts(store: Store) -> None:
    """Let go of the facts kept for ``store`` (the next suggestions read them anew)."""
    _FACTS.pop(store.engine, None)


class SuggestionService(Service):
    """Ranked suggestions. The facts of all clients or all open workplaces are kept (for
    the store, see ``_FACTS``) while their tables do not change, so clicking through
    candidates, and opening the suggestions again, stays quick."""

    def __init__(self, store: Store, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(store, clock)
        self._cache = _FACTS.setdefault(store.engine, {})

    def _cached(self, session: Session, key: Any, sources: Any, read: Any) -> Any:
        stamp = fingerprint(session, sources)
        cached = self._cache.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        value = read()
        self._cache[key] = (stamp, value)
        return value

    @staticmethod
    def _in_pipeline(session: Session, column: Any, record_id: uuid.UUID) -> set[uuid.UUID]:
        """The other side of every open match of this client or workplace."""
        other = Match.workplace_id if column is Match.client_id else Match.client_id
        stmt = select(other).where(
            column == record_id,
            Match.stage.not_in(list(CLOSED_STAGES)),
            Match.workplace_id.is_not(None),
        )
        return set(session.scalars(stmt))

    @staticmethod
    def _placed(session: Session) -> set[uuid.UUID]:
        """Clients in a running placement: a proefplaatsing or a contract."""
        stmt = select(_raw(Match.client_id)).where(Match.stage.in_(list(PLACED_STAGES)))
        return {_uuid(client_id) for (client_id,) in _tuples(session, stmt.distinct())}

    # --- what the pipeline asks -----------------------------------------------------------
    def open_workplaces(self) -> list[Subject]:
        """Every open workplace as "Employer — function", by employer and function; none at
        an employer whose cooperation ended (nobody is proposed there)."""
        stmt = (
            select(_raw(Workplace.id), Employer.name, Workplace.title)
            .join(Employer, Employer.id == Workplace.employer_id)
            .where(
                Workplace.status == WorkplaceStatus.OPEN,
                Employer.status != RelationshipStatus.ENDED,
            )
            .order_by(Employer.name, Workplace.title)
        )
        with self.store.session() as session:
            return [
                Subject(_uuid(w_id), f"{name} — {title}")
                for w_id, name, title in _tuples(session, stmt)
            ]

    def clients(self) -> list[Subject]:
        """Every client: those in the matching phase first, then by last and first name."""
        stmt = select(
            _raw(Client.id), Client.first_name, Client.last_name, _raw(Client.phase)
        ).order_by(Client.phase != Phase.MATCHING, Client.last_name, Client.first_name)
        with self.store.session() as session:
            return [
                Subject(_uuid(c_id), f"{first} {last}", _PHASES[phase])
                for c_id, first, last, phase in _tuples(session, stmt)
            ]

    def preselect(self, client_id: uuid.UUID, workplace_id: uuid.UUID) -> Preselection:
        """The workplace's requirements against this client's file: met, not met, unknown."""
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            get_or_raise(session, Workplace, workplace_id)
            return preselect_in(session, client_id, workplace_id)

    def for_workplace(
        self,
        workplace_id: uuid.UUID,
        phases: Iterable[Phase] | None = (Phase.MATCHING,),
        *,
        show_all: bool = False,
    ) -> Suggestions:
        """Clients for this workplace, best first; those failing a hard requirement last.

        Closed clients and clients in a running placement are left out and counted; with
        ``show_all`` they follow the others, marked. None at an employer whose cooperation
        ended: ``blocked`` says why."""
        with self.store.session() as session:
            place = get_or_raise(session, Workplace, workplace_id)
            employer = get_or_raise(session, Employer, place.employer_id)
            if employer.status is RelationshipStatus.ENDED:
                return Suggestions([], {EMPLOYER_ENDED: 1}, ended_message(employer))
            (workplace,) = workplace_facts(session, [workplace_id], open_only=False)
            phase_key = None if phases is None else tuple(sorted(phases))
            clients: list[ClientFacts] = self._cached(
                session,
                ("clients", phase_key),
                CLIENT_SOURCES,
                lambda: client_facts(session, phases=phase_key),
            )
            taken = self._in_pipeline(session, Match.workplace_id, workplace_id)
            placed = self._placed(session)
        left_out: dict[str, int] = defaultdict(int)
        shown: list[ClientFacts] = []
        later: list[tuple[ClientFacts, str]] = []
        for client in clients:
            if client.id in taken:
                left_out[IN_PIPELINE] += 1
                continue
            reason = (
                CLOSED if client.phase is Phase.CLOSED else PLACED if client.id in placed else None
            )
            if reason is None:
                shown.append(client)
                continue
            left_out[reason] += 1
            if show_all:
                later.append((client, reason))
        items = rank_clients(workplace, shown)
        if later:
            why = {c.id: reason for c, reason in later}
            items += [
                replace(s, left_out=why[s.client.id])
                for s in rank_clients(workplace, (c for c, _ in later))
            ]
        return Suggestions(items, dict(left_out))

    def for_client(self, client_id: uuid.UUID, *, show_all: bool = False) -> Suggestions:
        """Open workplaces for this client, best first; failing a hard requirement last.

        Filled workplaces are left out and counted (``show_all`` shows them after the open
        ones, marked); workplaces of an employer whose cooperation ended, never."""
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            (client,) = client_facts(session, [client_id], phases=None)
            workplaces: list[WorkplaceFacts]
            workplaces, ended = self._cached(
                session,
                "workplaces",
                WORKPLACE_SOURCES,
                lambda: (workplace_facts(session, with_filled=True), _ended_workplaces(session)),
            )
            taken = self._in_pipeline(session, Match.client_id, client_id)
        left_out: dict[str, int] = defaultdict(int)
        if ended:
            left_out[EMPLOYER_ENDED] = ended
        shown, filled = [], []
        for place in workplaces:
            if place.id in taken:
                left_out[IN_PIPELINE] += 1
            elif place.filled:
                left_out[FILLED] += 1
                filled.append(place)
            else:
                shown.append(place)
        items = rank_workplaces(client, shown)
        if show_all and filled:
            items += [replace(s, left_out=FILLED) for s in rank_workplaces(client, filled)]
        return Suggestions(items, dict(left_out))


def failed_hard_counts(session: Session) -> dict[uuid.UUID, int]:
    """How many hard requirements of its workplace each match's client is known to fail,
    for every match at a workplace: read in bulk, for the list of all matches."""
    pairs = [
        (_uuid(m), _uuid(c), _uuid(w))
        for m, c, w in _tuples(
            session,
            select(_raw(Match.id), _raw(Match.client_id), _raw(Match.workplace_id)).where(
                Match.workplace_id.is_not(None)
            ),
        )
    ]
    if not pairs:
        return {}
    clients = {c.id: c for c in client_facts(session, {c for _, c, _ in pairs}, phases=None)}
    places = {w.id: w for w in workplace_facts(session, {w for _, _, w in pairs}, open_only=False)}
    return {
        match_id: len(preselect(clients[client_id], places[workplace_id].requirements).failed_hard)
        for match_id, client_id, workplace_id in pairs
    }


def _ended_workplaces(session: Session) -> int:
    """Open or filled workplaces of employers whose cooperation ended: never suggested."""
    stmt = (
        select(func.count())
        .select_from(Workplace)
        .join(Employer, Employer.id == Workplace.employer_id)
        .where(
            Employer.status == RelationshipStatus.ENDED,
            Workplace.status.in_([WorkplaceStatus.OPEN, WorkplaceStatus.FILLED]),
        )
    )
    return session.scalar(stmt) or 0
