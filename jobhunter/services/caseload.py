"""The client file: intake data, barriers, plan, learning goals, documents, consent, timeline.

Rules from the domain (``shared/domain.md``, phase 1 and 2) live here:
- Werkverkenner: below 50 % invite for a werkoriëntatiegesprek at once; 50 % or more but
  still unemployed after six months, invite too; not filled in is a state of its own.
- Gewogen maatwerk (seed 001: "wat je precies doet, hoe je dat doet (bejegening) en welk
  effect je ziet van je handelen"): an intervention names the barriers it addresses and how
  it is done; its evaluation scores the effect. One past its end date without an evaluation,
  or with a weak effect and no follow-up chosen yet, asks for adjustment (bijstellen?).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from jobhunter.models import (
    Appointment,
    Barrier,
    Client,
    Consent,
    Document,
    Intervention,
    LearningGoal,
    Match,
    PhaseChange,
    Reflection,
)
from jobhunter.models.enums import (
    EFFECT_SCALE,
    WEAK_EFFECT,
    BarrierKind,
    ConsentCategory,
    ConsentParty,
    DocumentKind,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Phase,
)
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.consents import active_consents, clean_categories
from jobhunter.services.errors import ValidationError
from jobhunter.services.files import atomic_copy, make_private_dir
from jobhunter.services.privacy.audit import CONSENT, CONSENT_WITHDRAWN

#: The 18 factors of the UWV Werkverkenner, each scored 1 (knelpunt) to 5 (kracht).
FACTORS: tuple[str, ...] = (
    "age", "education", "work_experience", "unemployment_duration", "perceived_health",
    "physical_capacity", "self_efficacy", "return_expectation", "motivation", "search_behaviour",
    "search_knowledge", "social_network", "dutch_language", "mobility", "care_duties",
    "financial_situation", "flexibility", "employer_attitude",
)  # fmt: skip

#: Werknemersvaardigheden, each scored 1 (nog niet) to 4 (goed), as seed 002 lists them: "op
#: tijd komen, afspraken na komen, hoe ga je om met collega's, hoe ga je om met
#: leidinggevend, hoe ga je om met werk dat je niet leuk vindt, opdrachten aan kunnen nemen,
#: een zekere mate van representativiteit en sociaal vaardig".
WORK_SKILLS: tuple[str, ...] = (
    "on_time", "keeps_appointments", "colleagues", "manager", "unpleasant_work",
    "instructions", "presentability", "social_skills",
)  # fmt: skip

SIX_MONTHS = relativedelta(months=6)


class AdviceKind(StrEnum):
    NOT_FILLED_IN = "not_filled_in"  # encourage the client to fill it in
    INVITE_NOW = "invite_now"  # below 50 %
    INVITE_STILL_UNEMPLOYED = "invite_still_unemployed"  # 50 %+, unemployed over six months
    NONE = "none"


#: the Werkverkenner predicts the chance of work within a year: its advice applies while the
#: client still looks for work, not once placed (aftercare) or when the trajectory is closed
WERKVERKENNER_PHASES = frozenset({Phase.INTAKE, Phase.DEVELOPMENT, Phase.MATCHING})
#: the plan of approach is worked on, evaluated and adjusted from development on
PLAN_PHASES = frozenset({Phase.DEVELOPMENT, Phase.MATCHING, Phase.AFTERCARE})


def werkverkenner_advice(
    chance: int | None,
    unemployed_since: date | None,
    today: date,
    phase: Phase | None = None,
) -> AdviceKind:
    """What the Werkverkenner asks of the jobhunter now; nothing in a phase it does not
    apply to (``phase`` None: any phase)."""
    if phase is not None and phase not in WERKVERKENNER_PHASES:
        return AdviceKind.NONE
    if chance is None:
        return AdviceKind.NOT_FILLED_IN
    if chance < 50:
        return AdviceKind.INVITE_NOW
    if unemployed_since is not None and unemployed_since + SIX_MONTHS <= today:
        return AdviceKind.INVITE_STILL_UNEMPLOYED
    return AdviceKind.NONE


def needs_adjustment(intervention: Intervention, today: date) -> bool:
    """Time to bijstellen: past its end date with no evaluation of the effect, or evaluated
    with a weak effect and no follow-up chosen yet. A stopped intervention asks nothing."""
    if intervention.status is InterventionStatus.STOPPED:
        return False
    if weak_without_follow_up(intervention):
        return True
    evaluated = bool((intervention.evaluation or "").strip()) or intervention.effect is not None
    return intervention.end_date is not None and intervention.end_date < today and not evaluated


def weak_without_follow_up(intervention: Intervention) -> bool:
    """The effect seen is weak (or none) and nobody decided yet what to do about it."""
    effect = intervention.effect
    return effect is not None and effect <= WEAK_EFFECT and intervention.follow_up is None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: str  # "phase" or "match"
    value: str  # the phase or stage reached
    note: str  # why
    who: str  # for a phase: who moved it; for a match: the employer


@dataclass(frozen=True, slots=True)
class ClientFile:
    """Everything the client file shows, read in one session."""

    client: Client
    barriers: list[Barrier]
    interventions: list[Intervention]
    goals: list[LearningGoal]
    documents: list[Document]
    consents: list[Consent]
    phase_changes: list[PhaseChange]
    matches: list[Match]
    appointments: list[Appointment]


def _scores(values: dict[str, int | None], allowed: tuple[str, ...], top: int) -> dict[str, int]:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValidationError(f"Onbekende onderdelen: {', '.join(sorted(unknown))}.")
    out = {}
    for key, score in values.items():
        if score is None:
            continue
        if not 1 <= score <= top:
            raise ValidationError(f"Een score moet tussen 1 en {top} liggen.", key)
        out[key] = score
    return out


class CaseloadService(Service):
    # --- the whole file -----------------------------------------------------------------
    def load(self, client_id: uuid.UUID) -> ClientFile:
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)

            def rows(model: Any, *order: Any, load: tuple[Any, ...] = ()) -> list[Any]:
                stmt = select(model).where(model.client_id == client_id).order_by(*order)
                return list(session.scalars(stmt.options(*load)))

            # what the file shows of each goal and match, read with them (one query per
            # kind, not one per goal or match) while the session is open
            goals = rows(
                LearningGoal, LearningGoal.set_on, load=(selectinload(LearningGoal.reflections),)
            )
            matches = rows(
                Match,
                Match.stage_since.desc(),
                load=(
                    joinedload(Match.employer),
                    joinedload(Match.workplace),
                    selectinload(Match.history),
                ),
            )
            return ClientFile(
                client=client,
                barriers=rows(Barrier, Barrier.severity.desc(), Barrier.kind),
                interventions=rows(Intervention, Intervention.start_date),
                goals=goals,
                documents=rows(Document, Document.added_on.desc()),
                consents=rows(Consent, Consent.given_on),
                phase_changes=rows(PhaseChange, PhaseChange.changed_at),
                matches=matches,
                appointments=rows(Appointment, Appointment.starts_at),
            )

    def timeline(self, client_id: uuid.UUID) -> list[TimelineEntry]:
        """Phase changes and match stage changes, oldest first."""
        return timeline_of(self.load(client_id))

    # --- Werkverkenner and rubrics ------------------------------------------------------
    def set_factor_scores(self, client_id: uuid.UUID, scores: dict[str, int | None]) -> Client:
        clean = _scores(scores, FACTORS, 5)
        return self._set_json(client_id, "werkverkenner_factors", clean)

    def set_work_skills(self, client_id: uuid.UUID, scores: dict[str, int | None]) -> Client:
        clean = _scores(scores, WORK_SKILLS, 4)
        return self._set_json(client_id, "work_skills", clean)

    def _set_json(self, client_id: uuid.UUID, field: str, value: dict[str, int]) -> Client:
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)
            setattr(client, field, value or None)
            self._audit(session, "update", client, field)
        return client

    # --- barriers -----------------------------------------------------------------------
    def set_barrier(
        self, client_id: uuid.UUID, kind: BarrierKind, severity: int, note: str | None = None
    ) -> Barrier:
        """Tick a barrier (or change its severity and note); one row per kind."""
        v.int_range(severity, 1, 3, "De zwaarte", "severity")
        kind = BarrierKind(kind)
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            barrier = session.scalar(
                select(Barrier).where(Barrier.client_id == client_id, Barrier.kind == kind)
            )
            if barrier is None:
                barrier = Barrier(client_id=client_id, kind=kind)
                session.add(barrier)
            barrier.severity = severity
            barrier.note = v.optional_text(note)
            session.flush()
            self._audit(session, "update", barrier, kind.value)
        return barrier

    def clear_barrier(self, client_id: uuid.UUID, kind: BarrierKind) -> None:
        with self.store.session() as session:
            barrier = session.scalar(
                select(Barrier).where(Barrier.client_id == client_id, Barrier.kind == kind)
            )
            if barrier is not None:
                self._audit(session, "delete", barrier, kind.value)
                session.delete(barrier)

    # --- plan van aanpak ----------------------------------------------------------------
    def save_intervention(
        self,
        client_id: uuid.UUID,
        kind: InterventionKind,
        goal: str,
        *,
        intervention_id: uuid.UUID | None = None,
        provider: str | None = None,
        start_date: date | None = None,
        end_date: date | None = None,
        status: InterventionStatus = InterventionStatus.PLANNED,
        evaluation: str | None = None,
        barriers: list[BarrierKind] | None = None,
        approach: str | None = None,
        effect: int | None = None,
        follow_up: InterventionFollowUp | None = None,
    ) -> Intervention:
        """Save an item of the plan: what (kind, goal, the barriers it addresses), how (the
        approach, bejegening), when, and the effect seen on a scale of 1 (none) to 5
        (strong). A written evaluation scores the effect; a follow-up is a decision about an
        effect, so it needs one."""
        goal = v.required_text(goal, "Het doel", "goal")
        v.date_order(start_date, end_date)
        kind, status = InterventionKind(kind), InterventionStatus(status)
        addressed = sorted({BarrierKind(b).value for b in barriers or []}) or None
        evaluation = v.optional_text(evaluation)
        if effect is not None and effect not in EFFECT_SCALE:
            raise ValidationError("Het effect is 1 (geen) tot en met 5 (sterk).", "effect")
        if evaluation and effect is None:
            raise ValidationError(
                "Geef bij de evaluatie aan welk effect je ziet (1 geen tot 5 sterk).", "effect"
            )
        choice = InterventionFollowUp(follow_up) if follow_up is not None else None
        if choice is not None and effect is None:
            raise ValidationError("Kies een vervolg pas als het effect is vastgelegd.", "follow_up")
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            if intervention_id is None:
                item = Intervention(client_id=client_id, kind=kind, goal=goal)
                session.add(item)
            else:
                item = get_or_raise(session, Intervention, intervention_id)
            item.kind, item.goal, item.provider = kind, goal, v.optional_text(provider)
            item.start_date, item.end_date, item.status = start_date, end_date, status
            item.evaluation, item.effect, item.follow_up = evaluation, effect, choice
            item.barriers, item.approach = addressed, v.optional_text(approach)
            session.flush()
            self._audit(session, "create" if intervention_id is None else "update", item)
        return item

    def delete_intervention(self, intervention_id: uuid.UUID) -> None:
        with self.store.session() as session:
            item = get_or_raise(session, Intervention, intervention_id)
            self._audit(session, "delete", item)
            session.delete(item)

    # --- learning goals -----------------------------------------------------------------
    def add_goal(self, client_id: uuid.UUID, text: str) -> LearningGoal:
        text = v.required_text(text, "Het leerdoel", "text")
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            goal = LearningGoal(client_id=client_id, text=text, set_on=self.clock.today())
            session.add(goal)
            session.flush()
            self._audit(session, "create", goal)
        return goal

    def reflect(self, goal_id: uuid.UUID, text: str, achieved: bool | None = None) -> Reflection:
        text = v.required_text(text, "De reflectie", "text")
        with self.store.session() as session:
            goal = get_or_raise(session, LearningGoal, goal_id)
            reflection = Reflection(learning_goal_id=goal.id, written_on=self.clock.today(),
                                    text=text)  # fmt: skip
            session.add(reflection)
            if achieved is not None:
                goal.achieved = achieved
            session.flush()
            self._audit(session, "create", reflection)
        return reflection

    # --- documents ----------------------------------------------------------------------
    def attach(
        self,
        client_id: uuid.UUID,
        source: Path,
        kind: DocumentKind,
        title: str | None = None,
    ) -> Document:
        """Copy a file into the data folder and list it; a new CV becomes the current one."""
        source, kind = Path(source), DocumentKind(kind)
        if not source.is_file():
            raise ValidationError(f"Het bestand {source} bestaat niet of is geen bestand.",
                                  "source")  # fmt: skip
        doc_id = uuid.uuid4()
        relative = Path("documents") / client_id.hex / f"{doc_id.hex}{source.suffix.lower()}"
        target = self.store.data_dir / relative
        try:
            with self.store.session() as session:
                get_or_raise(session, Client, client_id)
                make_private_dir(target.parent)
                atomic_copy(source, target)  # 0600; an interrupted copy leaves no partial file
                document = Document(
                    id=doc_id,
                    client_id=client_id,
                    kind=kind,
                    title=v.optional_text(title) or source.stem,
                    original_name=source.name,
                    stored_path=relative.as_posix(),
                    added_on=self.clock.today(),
                )
                if kind is DocumentKind.CV:
                    _clear_current_cv(session, client_id)
                    document.is_current_cv = True
                session.add(document)
                session.flush()
                self._audit(session, "create", document, source.name)
        except BaseException:  # not listed (a bad title, a full disk): no file either
            target.unlink(missing_ok=True)
            raise
        return document

    def mark_current_cv(self, document_id: uuid.UUID) -> None:
        with self.store.session() as session:
            document = get_or_raise(session, Document, document_id)
            if document.kind is not DocumentKind.CV:
                raise ValidationError("Alleen een cv kan het huidige cv zijn.", "kind")
            _clear_current_cv(session, document.client_id)
            document.is_current_cv = True
            self._audit(session, "update", document, "current cv")

    def remove_document(self, document_id: uuid.UUID) -> None:
        with self.store.session() as session:
            document = get_or_raise(session, Document, document_id)
            path = self.document_path(document)
            self._audit(session, "delete", document, document.original_name)
            session.delete(document)
        path.unlink(missing_ok=True)

    def document_path(self, document: Document) -> Path:
        return self.store.data_dir / document.stored_path

    # --- consent ------------------------------------------------------------------------
    def give_consent(
        self,
        client_id: uuid.UUID,
        party: ConsentParty,
        scope: str,
        given_on: date | None = None,
        categories: Iterable[ConsentCategory | str] = (),
    ) -> Consent:
        """Record what the client agreed may be shared with ``party``; ``categories`` are
        the sensitive kinds of information (health, debts...) the client named explicitly."""
        scope = v.required_text(scope, "Wat gedeeld mag worden", "scope")
        party = ConsentParty(party)
        try:
            named = clean_categories(categories)
        except ValueError:
            message = "Onbekende soort gegevens in de toestemming."
            raise ValidationError(message, "categories") from None
        given_on = given_on or self.clock.today()
        if given_on > self.clock.today():
            raise ValidationError("Toestemming kan niet in de toekomst gegeven zijn.", "given_on")
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            consent = Consent(
                client_id=client_id,
                party=party,
                scope=scope,
                given_on=given_on,
                categories=named,
            )
            session.add(consent)
            session.flush()
            # the audit says with whom and since when; the scope's words stay in the record
            self._audit_event(
                session, CONSENT, "client", client_id, f"{party.value}, sinds {given_on}",
                client_id=client_id,
            )  # fmt: skip
        return consent

    def withdraw_consent(self, consent_id: uuid.UUID, reason: str | None = None) -> Consent:
        with self.store.session() as session:
            consent = get_or_raise(session, Consent, consent_id)
            if consent.withdrawn_on is not None:
                raise ValidationError("Deze toestemming is al ingetrokken.")
            consent.withdrawn_on = max(self.clock.today(), consent.given_on)
            consent.withdrawn_reason = v.optional_text(reason)
            self._audit_event(
                session, CONSENT_WITHDRAWN, "client", consent.client_id,
                f"{consent.party.value}, per {consent.withdrawn_on}", client_id=consent.client_id,
            )  # fmt: skip
        return consent

    def may_share(self, client_id: uuid.UUID, party: ConsentParty, on: date | None = None) -> bool:
        """Whether the client has an active consent for this party (checked before sharing)."""
        with self.store.session() as session:
            return bool(active_consents(session, client_id, party, on or self.clock.today()))


def _clear_current_cv(session: object, client_id: uuid.UUID) -> None:
    for doc in session.scalars(  # type: ignore[attr-defined]
        select(Document).where(Document.client_id == client_id, Document.is_current_cv)
    ):
        doc.is_current_cv = False


def timeline_of(file: ClientFile) -> list[TimelineEntry]:
    """Phase changes and match stage changes of a loaded file, oldest first (a file on
    screen shows its timeline without reading the file a second time)."""
    entries = [
        TimelineEntry(p.changed_at, "phase", p.to_phase.value, p.reason, p.actor)
        for p in file.phase_changes
    ]
    for match in file.matches:
        entries += [
            TimelineEntry(h.changed_at, "match", h.to_stage.value, h.note or "",
                          match.employer.name)
            for h in match.history
        ]  # fmt: skip
    return sorted(entries, key=lambda e: e.at)
