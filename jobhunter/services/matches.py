"""The pipeline: matches of a client at an employer, their stages, preparation and debrief."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from jobhunter.models import (
    Appointment,
    Client,
    Consent,
    Employer,
    Match,
    StageChange,
    Workplace,
)
from jobhunter.models.enums import (
    CLOSED_STAGES,
    PLACED_STAGES,
    SHARING_STAGES,
    AppointmentStatus,
    ConsentParty,
    PlacementForm,
    RelationshipStatus,
    Stage,
)
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import SYSTEM_CLOCK, Clock, days_between, local_day
from jobhunter.services.consents import NO_EMPLOYER_CONSENT, active_consents
from jobhunter.services.employers import ended_message
from jobhunter.services.errors import ValidationError
from jobhunter.services.matching.suggestions import preselect_in
from jobhunter.services.placements import (
    PlacementTerms,
    checked_terms,
    default_terms,
    store_terms,
    terms_of,
)
from jobhunter.services.store import Store

#: days a match may sit in a stage before it needs a push; closed stages wait for nothing
STAGE_PATIENCE_DAYS: dict[Stage, int] = {
    Stage.PROPOSED: 14,
    Stage.EMPLOYER_PREBRIEF: 7,
    Stage.INTERVIEW_PLANNED: 14,
    Stage.DEBRIEF: 7,
    Stage.TRIAL_PLACEMENT: 70,
}


class Checklist(StrEnum):
    """The two lists ticked off before an interview."""

    CANDIDATE = "candidate_prep"
    EMPLOYER = "employer_prebrief"


#: the standard items of each list, in the order a jobhunter goes through them
CHECKLIST_ITEMS: dict[Checklist, tuple[str, ...]] = {
    Checklist.CANDIDATE: (
        "questions",  # questions to expect
        "answers",  # answers practised
        "clothing",
        "behaviour",
        "function",  # the job and the company
        "procedure",  # how the interview goes, who is there
        "route_time",  # route, travel time, when to leave
    ),
    Checklist.EMPLOYER: (
        "candidate",  # about the candidate, as far as consent allows
        "contract",  # which contract can be offered
        "trial_period",
        "arrangements",  # subsidies, no-risk policy, jobcoach
    ),
}


@dataclass(frozen=True, slots=True)
class CheckItem:
    key: str
    done: bool
    note: str
    #: the user's own wording for an item they added; None for a standard item
    label: str | None = None

    @property
    def is_custom(self) -> bool:
        return self.label is not None


def checklist_items(stored: list[dict[str, Any]] | None, which: Checklist) -> list[CheckItem]:
    """The standard items (ticked or not) in their order, then the user's own."""
    by_key = {str(item.get("key")): item for item in stored or []}
    items = [
        CheckItem(key, bool(by_key.get(key, {}).get("done")), by_key.get(key, {}).get("note", ""))
        for key in CHECKLIST_ITEMS[which]
    ]
    items += [
        CheckItem(str(item["key"]), bool(item.get("done")), item.get("note", ""), item["label"])
        for item in stored or []
        if item.get("label")
    ]
    return items


def is_stalled(stage: Stage, days_in_stage: int) -> bool:
    patience = STAGE_PATIENCE_DAYS.get(stage)
    return patience is not None and days_in_stage > patience


@dataclass(frozen=True, slots=True)
class Placement:
    """A match that reached proefplaatsing or contract: aftercare starts here."""

    match_id: uuid.UUID
    client_id: uuid.UUID
    employer_id: uuid.UUID
    workplace_id: uuid.UUID | None
    stage: Stage
    previous_stage: Stage
    since: datetime
    form: PlacementForm | None = None


PlacementHook = Callable[[Placement], None]


@dataclass(frozen=True, slots=True)
class PlacementEnd:
    """A match left proefplaatsing or contract: its aftercare from now on is cancelled."""

    match_id: uuid.UUID
    stage: Stage
    previous_stage: Stage
    since: datetime
    #: planned appointments of the placement still to come, now cancelled
    cancelled_appointments: int


PlacementEndHook = Callable[[PlacementEnd], None]


@dataclass(frozen=True, slots=True)
class MatchRow:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    employer_id: uuid.UUID
    employer_name: str
    workplace_id: uuid.UUID | None
    workplace_title: str | None
    stage: Stage
    stage_since: datetime
    days_in_stage: int
    next_step: str | None
    interview_at: datetime | None = None
    #: ticked and total items of both preparation lists
    prepared: tuple[int, int] = (0, 0)
    #: how the client works there once placed (proefplaatsing, stage, ..., vast contract)
    placement_form: PlacementForm | None = None
    #: why the match was made although a hard requirement is known to fail
    override_reason: str | None = None

    @property
    def stalled(self) -> bool:
        return is_stalled(self.stage, self.days_in_stage)


@dataclass(frozen=True, slots=True)
class StageStep:
    from_stage: Stage | None
    to_stage: Stage
    changed_at: datetime
    note: str | None


@dataclass(frozen=True, slots=True)
class MatchFile:
    row: MatchRow
    notes: str | None
    outcome_reason: str | None
    override_reason: str | None
    candidate_prep: list[CheckItem]
    employer_prebrief: list[CheckItem]
    debrief_on: date | None
    debrief_employer: str | None
    debrief_candidate: str | None
    history: list[StageStep]
    #: the client agreed that information may go to employers (checked before a pre-brief)
    may_share_with_employers: bool
    #: the terms once placed: form, start, hours, end
    placement: PlacementTerms | None = None
    #: hours a week the workplace asks (the default hours of a first placement)
    workplace_hours: int | None = None

    @property
    def id(self) -> uuid.UUID:
        return self.row.id


def _prepared(candidate: list[dict[str, Any]] | None, employer: list[dict[str, Any]] | None
              ) -> tuple[int, int]:  # fmt: skip
    """Ticked and total items of both lists, read straight from what is stored (the list of
    every match is built from this, so no item objects are made)."""
    done = total = 0
    for stored, which in ((candidate, Checklist.CANDIDATE), (employer, Checklist.EMPLOYER)):
        standard = CHECKLIST_ITEMS[which]
        items = stored or []
        done += sum(1 for item in items if item.get("done") and
                    (item.get("label") or item.get("key") in standard))  # fmt: skip
        total += len(standard) + sum(1 for item in items if item.get("label"))
    return done, total


class MatchService(Service):
    def __init__(
        self,
        store: Store,
        clock: Clock = SYSTEM_CLOCK,
        on_placement: Sequence[PlacementHook] = (),
        on_placement_end: Sequence[PlacementEndHook] = (),
    ) -> None:
        super().__init__(store, clock)
        #: called after a match reaches proefplaatsing or contract (the aftercare schedule)
        self.on_placement = list(on_placement)
        #: called after a match leaves them (to say how many appointments were cancelled)
        self.on_placement_end = list(on_placement_end)

    # --- reading --------------------------------------------------------------------------
    def list_rows(
        self,
        employer_id: uuid.UUID | None = None,
        ids: Collection[uuid.UUID] | None = None,
    ) -> list[MatchRow]:
        """Every match, newest change first; or only those at one employer; with ``ids``
        only those matches (a view updating the rows that changed)."""
        wp = aliased(Workplace)
        stmt = (
            select(
                Match.id,
                Match.client_id,
                Client.first_name,
                Client.last_name,
                Match.employer_id,
                Employer.name,
                Match.workplace_id,
                wp.title,
                Match.stage,
                Match.stage_since,
                Match.next_step,
                Match.interview_at,
                Match.candidate_prep,
                Match.employer_prebrief,
                Match.placement_form,
                Match.override_reason,
            )
            .join(Client, Client.id == Match.client_id)
            .join(Employer, Employer.id == Match.employer_id)
            .outerjoin(wp, wp.id == Match.workplace_id)
            .order_by(Match.stage_since.desc())
        )
        if employer_id is not None:
            stmt = stmt.where(Match.employer_id == employer_id)
        if ids is not None:
            stmt = stmt.where(Match.id.in_(ids))
        now = self.clock.now()
        with self.store.session() as session:
            result = session.execute(stmt).all()
        return [
            MatchRow(
                id=r[0],
                client_id=r[1],
                client_name=f"{r[2]} {r[3]}",
                employer_id=r[4],
                employer_name=r[5],
                workplace_id=r[6],
                workplace_title=r[7],
                stage=r[8],
                stage_since=r[9],
                days_in_stage=days_between(r[9], now) or 0,
                next_step=r[10],
                interview_at=r[11],
                prepared=_prepared(r[12], r[13]),
                placement_form=r[14],
                override_reason=r[15],
            )
            for r in result
        ]

    def load(self, match_id: uuid.UUID) -> MatchFile:
        now = self.clock.now()
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            client, employer, workplace = match.client, match.employer, match.workplace
            may_share = bool(
                active_consents(session, client.id, ConsentParty.EMPLOYERS, self.clock.today())
            )
            row = MatchRow(
                id=match.id,
                client_id=client.id,
                client_name=f"{client.first_name} {client.last_name}",
                employer_id=employer.id,
                employer_name=employer.name,
                workplace_id=match.workplace_id,
                workplace_title=workplace.title if workplace else None,
                stage=match.stage,
                stage_since=match.stage_since,
                days_in_stage=days_between(match.stage_since, now) or 0,
                next_step=match.next_step,
                interview_at=match.interview_at,
                prepared=_prepared(match.candidate_prep, match.employer_prebrief),
                placement_form=match.placement_form,
                override_reason=match.override_reason,
            )
            return MatchFile(
                row=row,
                notes=match.notes,
                outcome_reason=match.outcome_reason,
                override_reason=match.override_reason,
                candidate_prep=checklist_items(match.candidate_prep, Checklist.CANDIDATE),
                employer_prebrief=checklist_items(match.employer_prebrief, Checklist.EMPLOYER),
                debrief_on=match.debrief_on,
                debrief_employer=match.debrief_employer,
                debrief_candidate=match.debrief_candidate,
                history=[
                    StageStep(h.from_stage, h.to_stage, h.changed_at, h.note) for h in match.history
                ],
                may_share_with_employers=may_share,
                placement=terms_of(match),
                workplace_hours=workplace.hours_per_week if workplace else None,
            )

    def history(self, match_id: uuid.UUID) -> list[StageChange]:
        with self.store.session() as session:
            stmt = (
                select(StageChange)
                .where(StageChange.match_id == match_id)
                .order_by(StageChange.changed_at, StageChange.created_at)
            )
            return list(session.scalars(stmt))

    # --- proposing ------------------------------------------------------------------------
    def propose(
        self,
        client_id: uuid.UUID,
        employer_id: uuid.UUID,
        workplace_id: uuid.UUID | None = None,
        note: str | None = None,
        override_reason: str | None = None,
    ) -> Match:
        """Create a match in the first stage (warm introduction) with its first history entry.

        An employer whose cooperation ended is refused, with the reason recorded (seed 003:
        end the cooperation with employers who evidently discriminate). At a workplace the
        requirements are checked first: a client known to fail a hard requirement is only
        put forward with a reason, which stays on the match.
        """
        now = self.clock.now()
        override_reason = v.optional_text(override_reason)
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            employer = get_or_raise(session, Employer, employer_id)
            if employer.status is RelationshipStatus.ENDED:
                raise ValidationError(ended_message(employer), "employer_id")
            if workplace_id is not None:
                workplace = get_or_raise(session, Workplace, workplace_id)
                if workplace.employer_id != employer_id:
                    raise ValidationError(
                        "Deze werkplek hoort bij een andere werkgever.", "workplace_id"
                    )
                failed = preselect_in(session, client_id, workplace_id).failed_hard
                if failed and not override_reason:
                    reasons = " ".join(c.reason for c in failed)
                    raise ValidationError(
                        f"Voldoet niet aan een harde eis: {reasons} "
                        "Geef een reden op om toch voor te stellen.",
                        "override_reason",
                    )
                if not failed:
                    override_reason = None
            self._refuse_duplicate(session, client_id, employer_id, workplace_id)
            match = Match(
                client_id=client_id,
                employer_id=employer_id,
                workplace_id=workplace_id,
                stage=Stage.PROPOSED,
                stage_since=now,
                override_reason=override_reason,
            )
            match.history.append(
                StageChange(
                    from_stage=None,
                    to_stage=Stage.PROPOSED,
                    changed_at=now,
                    note=v.optional_text(note),
                )
            )
            session.add(match)
            session.flush()
            self._audit(session, "create", match, override_reason)
        return match

    @staticmethod
    def _refuse_duplicate(
        session: Session,
        client_id: uuid.UUID,
        employer_id: uuid.UUID,
        workplace_id: uuid.UUID | None,
        exclude: uuid.UUID | None = None,
    ) -> None:
        """Refuse a second open match of a client at the same employer and workplace;
        ``exclude`` is the match being reopened."""
        stmt = select(Match.id).where(
            Match.client_id == client_id,
            Match.employer_id == employer_id,
            Match.workplace_id.is_(None)
            if workplace_id is None
            else Match.workplace_id == workplace_id,
            Match.stage.not_in(list(CLOSED_STAGES)),
        )
        if exclude is not None:
            stmt = stmt.where(Match.id != exclude)
        if session.scalar(stmt.limit(1)) is not None:
            raise ValidationError(
                "Deze cliënt staat hier al in de pipeline; open die match.", "client_id"
            )

    # --- moving ---------------------------------------------------------------------------
    def move(
        self,
        match_id: uuid.UUID,
        stage: Stage,
        note: str | None = None,
        when: datetime | None = None,
        terms: PlacementTerms | None = None,
    ) -> Match:
        """Record a transition, dated now or when it happened: not in the future, not before
        the previous one. A back-dated move gives a day and a guessed time, so a time earlier
        on the day of the previous change becomes that change's time. An outcome (afgewezen,
        teruggetrokken, uitgevallen) needs a reason. Reopening a closed match is refused
        while the client has another open match there.

        Reaching proefplaatsing or contract stores the placement's terms (given, or the
        stage's usual form from the day of the move) and calls the placement hooks after
        saving. Leaving
        them cancels the placement's planned appointments still to come (the ones that passed
        unrecorded stay) and calls the placement-end hooks with how many were cancelled."""
        note, stage = v.optional_text(note), Stage(stage)
        if stage.is_outcome and not note:
            raise ValidationError(
                "Geef een reden op bij afwijzing, terugtrekking of uitval.", "note"
            )
        now = self.clock.now()
        at = when or now
        if at > now:
            raise ValidationError("Een fasewissel kan niet in de toekomst liggen.", "when")
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            previous = match.stage
            if previous == stage:
                raise ValidationError("De match staat al in deze fase.", "stage")
            if at < match.stage_since:
                if local_day(at) != local_day(match.stage_since):
                    raise ValidationError("Deze datum ligt vóór de vorige fasewissel.", "when")
                at = match.stage_since  # a day without a time: not before what came first
            if not previous.is_open and stage.is_open:
                self._refuse_duplicate(
                    session, match.client_id, match.employer_id, match.workplace_id, match.id
                )
            if stage in SHARING_STAGES:
                self._require_consent(session, match, local_day(at))
            session.add(
                StageChange(
                    match_id=match.id,
                    from_stage=previous,
                    to_stage=stage,
                    changed_at=at,
                    note=note,
                )
            )
            if stage in PLACED_STAGES:
                place = session.get(Workplace, match.workplace_id) if match.workplace_id else None
                given = terms or default_terms(
                    stage, terms_of(match), place.hours_per_week if place else None
                )
                store_terms(match, checked_terms(stage, given, local_day(at)))
            match.stage = stage
            match.stage_since = at
            match.outcome_reason = note if stage.is_outcome else None
            self._audit(session, "stage", match, f"{stage.value}: {note or ''}".strip(": "))
            ended = (
                PlacementEnd(
                    match.id, stage, previous, at, self._cancel_aftercare(session, match.id, now)
                )
                if previous in PLACED_STAGES and stage not in PLACED_STAGES
                else None
            )
            placement = (
                Placement(
                    match.id,
                    match.client_id,
                    match.employer_id,
                    match.workplace_id,
                    stage,
                    previous,
                    at,
                    match.placement_form,
                )
                if stage in PLACED_STAGES
                else None
            )
        if placement is not None:
            for hook in self.on_placement:
                hook(placement)
        if ended is not None:
            for end_hook in self.on_placement_end:
                end_hook(ended)
        return match

    def _require_consent(self, session: Session, match: Match, day: date) -> None:
        """From the employer's pre-briefing on, the employer hears about the candidate: that
        needs the client's consent to share with employers, in force on the day of the move."""
        if active_consents(session, match.client_id, ConsentParty.EMPLOYERS, day):
            return
        later = [
            c.given_on
            for c in session.scalars(
                select(Consent).where(
                    Consent.client_id == match.client_id,
                    Consent.party == ConsentParty.EMPLOYERS,
                    Consent.given_on > day,
                    Consent.withdrawn_on.is_(None),
                )
            )
        ]
        if later:
            raise ValidationError(
                f"De toestemming om met werkgevers te delen is pas op "
                f"{min(later).strftime('%d-%m-%Y')} gegeven; de fasewissel kan niet eerder "
                "liggen.",
                "when",
            )
        raise ValidationError(NO_EMPLOYER_CONSENT.format(name=match.client.name), "consent")

    def set_placement(self, match_id: uuid.UUID, terms: PlacementTerms) -> Match:
        """Change the terms of a running placement: its form (within the stage), start,
        hours and end. A form of the other stage is a stage change, not an edit."""
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            if match.stage not in PLACED_STAGES:
                raise ValidationError(
                    "Alleen een proefplaatsing of contract heeft plaatsingsvoorwaarden.", "stage"
                )
            start = match.placement_start or local_day(match.stage_since)
            store_terms(match, checked_terms(match.stage, terms, start))
            self._audit(session, "update", match, f"plaatsing: {match.placement_form}")
        return match

    def _cancel_aftercare(self, session: Session, match_id: uuid.UUID, now: datetime) -> int:
        """Cancel the planned appointments of an ended placement that lie after now."""
        planned = session.scalars(
            select(Appointment).where(
                Appointment.match_id == match_id,
                Appointment.status == AppointmentStatus.PLANNED,
                Appointment.starts_at > now,
            )
        ).all()
        for appointment in planned:
            appointment.status = AppointmentStatus.CANCELLED
            self._audit(session, "update", appointment, "status: plaatsing beëindigd")
        return len(planned)

    # --- preparation and debrief ----------------------------------------------------------
    def set_check(
        self,
        match_id: uuid.UUID,
        which: Checklist,
        key: str,
        *,
        done: bool | None = None,
        note: str | None = None,
    ) -> list[CheckItem]:
        """Tick (or untick) an item and/or change its note; returns the list as it is now."""
        which = Checklist(which)
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            items = checklist_items(getattr(match, which.value), which)
            if key not in {item.key for item in items}:
                raise ValidationError("Dit punt staat niet op de lijst.", "key")
            items = [
                CheckItem(
                    item.key,
                    item.done if done is None or item.key != key else done,
                    item.note if note is None or item.key != key else note.strip(),
                    item.label,
                )
                for item in items
            ]
            setattr(match, which.value, _stored(items))
        return items

    def add_check(self, match_id: uuid.UUID, which: Checklist, label: str) -> list[CheckItem]:
        """Add the user's own item to a list (a question this employer always asks)."""
        which = Checklist(which)
        text = v.required_text(label, "Omschrijving", "label")
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            items = checklist_items(getattr(match, which.value), which)
            items.append(CheckItem(f"own-{uuid.uuid4().hex[:8]}", False, "", text))
            setattr(match, which.value, _stored(items))
        return items

    def remove_check(self, match_id: uuid.UUID, which: Checklist, key: str) -> list[CheckItem]:
        which = Checklist(which)
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            items = checklist_items(getattr(match, which.value), which)
            if not any(item.key == key and item.is_custom for item in items):
                raise ValidationError("Alleen eigen punten kunnen weg.", "key")
            items = [item for item in items if item.key != key]
            setattr(match, which.value, _stored(items))
        return items

    def update(self, match_id: uuid.UUID, **fields: Any) -> Match:
        """Save the free fields of a match: next step, notes, interview time, debrief."""
        allowed = {
            "next_step",
            "notes",
            "interview_at",
            "debrief_on",
            "debrief_employer",
            "debrief_candidate",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown match fields: {sorted(unknown)}")
        for name in ("next_step", "notes", "debrief_employer", "debrief_candidate"):
            if name in fields:
                fields[name] = v.optional_text(fields[name])
        debrief_on = fields.get("debrief_on")
        if debrief_on is not None and debrief_on > self.clock.today():
            raise ValidationError("De nabespreking kan niet in de toekomst liggen.", "debrief_on")
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            for name, value in fields.items():
                setattr(match, name, value)
            self._audit(session, "update", match, ", ".join(sorted(fields)))
        return match


def _stored(items: list[CheckItem]) -> list[dict[str, Any]]:
    return [
        {"key": i.key, "done": i.done, "note": i.note, **({"label": i.label} if i.label else {})}
        for i in items
    ]
