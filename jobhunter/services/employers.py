"""The employer network: companies, their contact persons and workplaces."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobhunter.models import (
    Arrangement,
    Client,
    CompanyVisit,
    ContactMoment,
    ContactPerson,
    Employer,
    Match,
    PrimaryContactChange,
    Requirement,
    Workplace,
)
from jobhunter.models.enums import (
    CLOSED_STAGES,
    PLACED_STAGES,
    ArrangementKind,
    ArrangementStatus,
    CandidatePreference,
    Channel,
    CollectiveArrangement,
    CompanySize,
    ContactKind,
    DutchLevel,
    InformationPreference,
    Motive,
    RelationshipStatus,
    RequirementKind,
    Sector,
    Stage,
    WorkplaceStatus,
)
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clients import as_utc
from jobhunter.services.clock import days_between, local_midnight
from jobhunter.services.errors import ValidationError


@dataclass(frozen=True, slots=True)
class EmployerRow:
    id: uuid.UUID
    name: str
    sector: Sector
    size: CompanySize | None
    city: str | None
    status: RelationshipStatus
    ended_for_discrimination: bool
    ended_reason: str | None
    placements: int
    open_workplaces: int
    last_contact: datetime | None
    days_since_contact: int | None
    follow_up_on: date | None


_EDITABLE = {
    "name",
    "sector",
    "size",
    "city",
    "address",
    "postcode",
    "website",
    "status",
    "ended_reason",
    "ended_for_discrimination",
    "follow_up_on",
    "notes",
    "hr_formalised",
    "target_group_experience",
    "culture",
    "working_conditions",
    "staff_composition",
    "motives",
    "collective_arrangements",
    "candidate_preference",
    "information_preference",
    "wants_jobhunter_at_interview",
}
_TEXT_FIELDS = (
    "city",
    "address",
    "website",
    "notes",
    "target_group_experience",
    "culture",
    "working_conditions",
    "staff_composition",
    "ended_reason",
)
_WORKPLACE_FIELDS = {"title", "tasks", "hours_per_week", "contract_form", "city", "status",
                     "jobcarving"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class OpenMatch:
    """A match still open at an employer: after the cooperation ended, the user decides."""

    match_id: uuid.UUID
    client_name: str
    workplace_title: str | None
    stage: Stage


@dataclass(frozen=True, slots=True)
class PlacementChoice:
    """A match at the employer an arrangement can support: placed, or on its way there."""

    match_id: uuid.UUID
    client_name: str
    workplace_id: uuid.UUID | None
    workplace_title: str | None
    stage: Stage


@dataclass(frozen=True, slots=True)
class EmployerFile:
    """Everything the employer file shows, read in one session."""

    employer: Employer
    contacts: list[ContactPerson]
    primary_changes: list[PrimaryContactChange]
    workplaces: list[Workplace]  # with .requirements loaded
    visits: list[CompanyVisit]
    arrangements: list[Arrangement]
    #: matches not closed yet (open stages; a contract is closed)
    open_matches: list[OpenMatch] = field(default_factory=list)
    #: matches an arrangement can be tied to: every match there that is not an outcome
    placements: list[PlacementChoice] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CooperationEnded:
    """What ending a cooperation did: which workplaces it closed, which matches remain."""

    employer: Employer
    closed_workplaces: list[str]
    open_matches: list[OpenMatch]


@dataclass(frozen=True, slots=True)
class EmployerContact:
    """One line of the employer's contact log."""

    id: uuid.UUID
    occurred_at: datetime
    kind: ContactKind
    summary: str
    body: str | None
    contact_person: str | None
    client_name: str | None  # when the contact was about a client (a match)


#: arrangements that pay or insure for a while: tied to a placement they need an end date
TIME_BOUND = frozenset({
    ArrangementKind.TRIAL_PLACEMENT, ArrangementKind.WAGE_COST_SUBSIDY,
    ArrangementKind.WAGE_DISPENSATION, ArrangementKind.NO_RISK_POLICY, ArrangementKind.JOBCOACH,
})  # fmt: skip
#: arrangements whose amount follows the loonwaarde (the share of full productivity)
WAGE_VALUE_KINDS = frozenset({ArrangementKind.WAGE_DISPENSATION, ArrangementKind.WAGE_COST_SUBSIDY})
#: contact moments logged from the employer file's quick line
LOGGED_KINDS = (ContactKind.CALL, ContactKind.EMAIL, ContactKind.NOTE, ContactKind.VISIT)


class EmployerService(Service):
    def load(self, employer_id: uuid.UUID) -> EmployerFile:
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)

            def rows(model: Any, *order: Any) -> list[Any]:
                stmt = select(model).where(model.employer_id == employer_id).order_by(*order)
                return list(session.scalars(stmt))

            workplaces = rows(Workplace, Workplace.status, Workplace.title)
            for workplace in workplaces:
                _ = workplace.requirements  # load while the session is open
            matches = _matches(session, employer_id)
            return EmployerFile(
                employer=employer,
                contacts=rows(ContactPerson, ContactPerson.is_primary.desc(), ContactPerson.name),
                primary_changes=rows(PrimaryContactChange, PrimaryContactChange.changed_on),
                workplaces=workplaces,
                visits=rows(CompanyVisit, CompanyVisit.visited_on.desc()),
                arrangements=rows(Arrangement, Arrangement.starts_on.desc().nulls_last()),
                open_matches=[
                    OpenMatch(m.match_id, m.client_name, m.workplace_title, m.stage)
                    for m in matches
                    if m.stage not in CLOSED_STAGES
                ],
                placements=[m for m in matches if not m.stage.is_outcome],
            )

    def list_rows(self, ids: Collection[uuid.UUID] | None = None) -> list[EmployerRow]:
        """Every employer's line of the list; with ``ids`` only those employers' lines."""
        contacts = select(
            ContactMoment.employer_id, func.max(ContactMoment.occurred_at).label("last")
        ).where(ContactMoment.employer_id.is_not(None))
        placements = select(Match.employer_id, func.count().label("n")).where(
            Match.stage.in_(PLACED_STAGES)
        )
        open_places = select(Workplace.employer_id, func.count().label("n")).where(
            Workplace.status == WorkplaceStatus.OPEN
        )
        if ids is not None:
            contacts = contacts.where(ContactMoment.employer_id.in_(ids))
            placements = placements.where(Match.employer_id.in_(ids))
            open_places = open_places.where(Workplace.employer_id.in_(ids))
        last = contacts.group_by(ContactMoment.employer_id).subquery()
        placed = placements.group_by(Match.employer_id).subquery()
        open_wp = open_places.group_by(Workplace.employer_id).subquery()
        stmt = (
            select(Employer, last.c.last, placed.c.n, open_wp.c.n.label("open_n"))
            .outerjoin(last, last.c.employer_id == Employer.id)
            .outerjoin(placed, placed.c.employer_id == Employer.id)
            .outerjoin(open_wp, open_wp.c.employer_id == Employer.id)
            .order_by(Employer.name)
        )
        if ids is not None:
            stmt = stmt.where(Employer.id.in_(ids))
        now = self.clock.now()
        with self.store.session() as session:
            result = session.execute(stmt).all()
        rows = []
        for employer, last_at, n_placed, n_open in result:
            last_contact = as_utc(last_at)
            rows.append(
                EmployerRow(
                    id=employer.id,
                    name=employer.name,
                    sector=employer.sector,
                    size=employer.size,
                    city=employer.city,
                    status=employer.status,
                    ended_for_discrimination=employer.ended_for_discrimination,
                    ended_reason=employer.ended_reason,
                    placements=n_placed or 0,
                    open_workplaces=n_open or 0,
                    last_contact=last_contact,
                    days_since_contact=days_between(last_contact, now),
                    follow_up_on=employer.follow_up_on,
                )
            )
        return rows

    def get(self, employer_id: uuid.UUID) -> Employer:
        with self.store.session() as session:
            return get_or_raise(session, Employer, employer_id)

    def create(self, name: str, sector: Sector, **fields: Any) -> Employer:
        values = self._clean({"name": name, "sector": sector, **fields})
        with self.store.session() as session:
            employer = Employer(**values)
            session.add(employer)
            session.flush()
            self._audit(session, "create", employer)
        return employer

    def update(self, employer_id: uuid.UUID, **changes: Any) -> Employer:
        """Save profile fields. Ending the cooperation needs a reason and closes the open
        workplaces (nobody is proposed there any more); "ended because of discrimination"
        belongs to an ended cooperation, and goes when the cooperation is taken up again."""
        values = self._clean(changes)
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)
            was_ended = employer.status is RelationshipStatus.ENDED
            for key, value in values.items():
                setattr(employer, key, value)
            ended = employer.status is RelationshipStatus.ENDED
            if ended and not employer.ended_reason:
                raise ValidationError(
                    "Geef een reden op wanneer de samenwerking wordt beëindigd.", "ended_reason"
                )
            if employer.ended_for_discrimination and not ended:
                if was_ended and "status" in values:
                    employer.ended_for_discrimination = False  # taken up again
                else:
                    raise ValidationError(
                        "Beëindig eerst de samenwerking (relatie 'Samenwerking beëindigd') "
                        "voordat je discriminatie als reden vastlegt.",
                        "ended_for_discrimination",
                    )
            if ended and not was_ended:
                _close_workplaces(session, employer_id)
            self._audit(session, "update", employer, ", ".join(sorted(values)))
        return employer

    def end_cooperation(
        self, employer_id: uuid.UUID, reason: str, *, discrimination: bool = False
    ) -> CooperationEnded:
        """End the cooperation, with its reason (seed 003: "De samenwerking beëindigen met
        werkgevers die zich evident schuldig maken aan discriminatie"): the open workplaces
        close, and the matches still open are listed for the user to close or keep."""
        reason = v.required_text(
            reason, "De reden", "ended_reason",
            "Geef een reden op wanneer de samenwerking wordt beëindigd.",
        )  # fmt: skip
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)
            employer.status = RelationshipStatus.ENDED
            employer.ended_reason = reason
            employer.ended_for_discrimination = bool(discrimination)
            employer.follow_up_on = None  # nothing left to follow up
            closed = _close_workplaces(session, employer_id)
            session.flush()
            self._audit(
                session, "end_cooperation", employer,
                "discriminatie" if discrimination else "beëindigd",
            )  # fmt: skip
            open_matches = [
                OpenMatch(m.match_id, m.client_name, m.workplace_title, m.stage)
                for m in _matches(session, employer_id)
                if m.stage not in CLOSED_STAGES
            ]
        return CooperationEnded(employer, closed, open_matches)

    def contacts(self, employer_id: uuid.UUID) -> list[ContactPerson]:
        with self.store.session() as session:
            stmt = (
                select(ContactPerson)
                .where(ContactPerson.employer_id == employer_id)
                .order_by(ContactPerson.is_primary.desc(), ContactPerson.name)
            )
            return list(session.scalars(stmt))

    def add_contact(
        self, employer_id: uuid.UUID, name: str, *, primary: bool = False, **fields: Any
    ) -> ContactPerson:
        """Add a contact person; the first one (or one marked primary) becomes the primary."""
        name = v.required_text(name, "Naam", "name")
        email = v.email(fields.pop("email", None))
        phone = v.phone(fields.pop("phone", None))
        with self.store.session() as session:
            get_or_raise(session, Employer, employer_id)
            has_primary = session.scalar(
                select(func.count())
                .select_from(ContactPerson)
                .where(ContactPerson.employer_id == employer_id, ContactPerson.is_primary)
            )
            person = ContactPerson(
                employer_id=employer_id, name=name, email=email, phone=phone, **fields
            )
            if "preferred_channel" in fields and fields["preferred_channel"] is not None:
                person.preferred_channel = Channel(fields["preferred_channel"])
            session.add(person)
            session.flush()
            if primary or not has_primary:
                self._make_primary(session, person)
            self._audit(session, "create", person)
        return person

    def update_contact(self, contact_id: uuid.UUID, **changes: Any) -> ContactPerson:
        allowed = {"name", "role", "phone", "email", "preferred_channel"}
        if set(changes) - allowed:
            raise ValidationError(f"Onbekende velden: {', '.join(sorted(set(changes) - allowed))}.")
        if "name" in changes:
            changes["name"] = v.required_text(changes["name"], "Naam", "name")
        if "email" in changes:
            changes["email"] = v.email(changes["email"])
        if "phone" in changes:
            changes["phone"] = v.phone(changes["phone"])
        if changes.get("preferred_channel") is not None:
            changes["preferred_channel"] = Channel(changes["preferred_channel"])
        with self.store.session() as session:
            person = get_or_raise(session, ContactPerson, contact_id)
            for key, value in changes.items():
                setattr(person, key, value)
            self._audit(session, "update", person, ", ".join(sorted(changes)))
        return person

    def set_primary(self, contact_id: uuid.UUID) -> ContactPerson:
        """Make this person the one reachable contact; the change is recorded."""
        with self.store.session() as session:
            person = get_or_raise(session, ContactPerson, contact_id)
            if not person.is_primary:
                self._make_primary(session, person)
        return person

    def remove_contact(self, contact_id: uuid.UUID) -> None:
        """Remove a person; when it was the primary contact, the next one takes over."""
        with self.store.session() as session:
            person = get_or_raise(session, ContactPerson, contact_id)
            employer_id, was_primary = person.employer_id, person.is_primary
            self._audit(session, "delete", person)
            session.delete(person)
            session.flush()
            if was_primary:
                successor = session.scalar(
                    select(ContactPerson)
                    .where(ContactPerson.employer_id == employer_id)
                    .order_by(ContactPerson.created_at)
                )
                if successor is not None:
                    self._make_primary(session, successor, previous_name=person.name)

    def primary_changes(self, employer_id: uuid.UUID) -> list[PrimaryContactChange]:
        with self.store.session() as session:
            stmt = (
                select(PrimaryContactChange)
                .where(PrimaryContactChange.employer_id == employer_id)
                .order_by(PrimaryContactChange.changed_on, PrimaryContactChange.created_at)
            )
            return list(session.scalars(stmt))

    def _make_primary(
        self, session: Session, person: ContactPerson, previous_name: str | None = None
    ) -> None:
        current = session.scalar(
            select(ContactPerson).where(
                ContactPerson.employer_id == person.employer_id,
                ContactPerson.is_primary,
                ContactPerson.id != person.id,
            )
        )
        if current is not None:
            current.is_primary = False
            previous_name = current.name
            session.flush()  # the partial unique index allows one primary at a time
        person.is_primary = True
        session.add(
            PrimaryContactChange(
                employer_id=person.employer_id,
                previous_name=previous_name,
                new_contact_id=person.id,
                new_name=person.name,
                changed_on=self.clock.today(),
            )
        )
        self._audit(session, "primary_contact", person, previous_name)

    def workplaces(self, employer_id: uuid.UUID) -> list[Workplace]:
        with self.store.session() as session:
            stmt = (
                select(Workplace)
                .where(Workplace.employer_id == employer_id)
                .order_by(Workplace.title)
            )
            return list(session.scalars(stmt))

    def add_workplace(self, employer_id: uuid.UUID, title: str, **fields: Any) -> Workplace:
        values = _clean_workplace({"title": title, **fields})
        with self.store.session() as session:
            get_or_raise(session, Employer, employer_id)
            workplace = Workplace(employer_id=employer_id, **values)
            session.add(workplace)
            session.flush()
            self._audit(session, "create", workplace)
        return workplace

    def update_workplace(self, workplace_id: uuid.UUID, **changes: Any) -> Workplace:
        values = _clean_workplace(changes)
        with self.store.session() as session:
            workplace = get_or_raise(session, Workplace, workplace_id)
            for key, value in values.items():
                setattr(workplace, key, value)
            self._audit(session, "update", workplace, ", ".join(sorted(values)))
        return workplace

    def set_requirements(
        self, workplace_id: uuid.UUID, requirements: list[tuple[RequirementKind, str | None, bool]]
    ) -> list[Requirement]:
        """Replace a workplace's requirements: (kind, value, hard?) each."""
        rows = []
        for kind, value, hard in requirements:
            kind = RequirementKind(kind)
            value = v.optional_text(value)
            if kind is RequirementKind.DUTCH_LEVEL and value not in {
                lvl.value for lvl in DutchLevel
            }:
                raise ValidationError(
                    f"'{value}' is geen taalniveau (A1, A2, B1, B2, C1 of C2).", "requirements"
                )
            if kind is RequirementKind.HOURS:
                try:
                    v.int_range(int(value or ""), 1, 60, "Het aantal uren", "requirements")
                except ValueError:
                    raise ValidationError(
                        f"'{value}' is geen aantal uren.", "requirements"
                    ) from None
            if kind in (RequirementKind.CERTIFICATE, RequirementKind.OTHER) and not value:
                raise ValidationError("Noem het certificaat of de eis.", "requirements")
            rows.append((kind, value, bool(hard)))
        with self.store.session() as session:
            workplace = get_or_raise(session, Workplace, workplace_id)
            for old in list(workplace.requirements):
                session.delete(old)
            session.flush()
            created = [
                Requirement(workplace_id=workplace_id, kind=k, value=val, is_hard=hard)
                for k, val, hard in rows
            ]
            session.add_all(created)
            self._audit(session, "update", workplace, "requirements")
        return created

    def requirements(self, workplace_id: uuid.UUID) -> list[Requirement]:
        with self.store.session() as session:
            stmt = (
                select(Requirement)
                .where(Requirement.workplace_id == workplace_id)
                .order_by(Requirement.is_hard.desc(), Requirement.kind)
            )
            return list(session.scalars(stmt))

    # --- company visits -----------------------------------------------------------------
    def log_visit(
        self,
        employer_id: uuid.UUID,
        visited_on: date,
        *,
        contact_person_id: uuid.UUID | None = None,
        relationship: str | None = None,
        workplace: str | None = None,
        commitment: str | None = None,
        notes: str | None = None,
        follow_up_on: date | None = None,
    ) -> CompanyVisit:
        """Record a company visit by its three aims; a note on an aim marks it as worked on."""
        if visited_on > self.clock.today():
            raise ValidationError("Een bezoek kan niet in de toekomst liggen.", "visited_on")
        if follow_up_on is not None and follow_up_on < visited_on:
            raise ValidationError("De opvolgdatum ligt vóór het bezoek.", "follow_up_on")
        relationship, workplace = v.optional_text(relationship), v.optional_text(workplace)
        commitment, notes = v.optional_text(commitment), v.optional_text(notes)
        if not any((relationship, workplace, commitment, notes)):
            raise ValidationError("Schrijf op wat het bezoek opleverde.", "notes")
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)
            visit = CompanyVisit(
                employer_id=employer_id,
                visited_on=visited_on,
                contact_person_id=contact_person_id,
                relationship_done=relationship is not None,
                relationship_notes=relationship,
                workplace_done=workplace is not None,
                workplace_notes=workplace,
                commitment_done=commitment is not None,
                commitment_notes=commitment,
                notes=notes,
            )
            session.add(visit)
            if follow_up_on is not None:
                employer.follow_up_on = follow_up_on
            if employer.status is RelationshipStatus.DORMANT:
                employer.status = RelationshipStatus.ACTIVE
            session.flush()
            session.add(
                ContactMoment(
                    employer_id=employer_id,
                    kind=ContactKind.VISIT,
                    occurred_at=local_midnight(visited_on) + timedelta(hours=12),
                    summary=_visit_summary(relationship, workplace, commitment, notes),
                )
            )
            self._audit(session, "create", visit)
        return visit

    # --- contact log --------------------------------------------------------------------
    def log_contact(
        self,
        employer_id: uuid.UUID,
        kind: ContactKind,
        summary: str,
        *,
        contact_person_id: uuid.UUID | None = None,
        occurred_at: datetime | None = None,
        body: str | None = None,
        follow_up_on: date | None = None,
    ) -> ContactMoment:
        """Log a call, e-mail or note with the employer, with whom it was. It counts as the
        employer's last contact (seed 002: intensive contact, "het aantal telefoontjes en
        ontmoetingen", raises durable outflow) and as the follow-up: a follow-up due by
        now is done, unless a new day is given for the next one."""
        summary = v.required_text(summary, "Een korte omschrijving", "summary")
        kind = ContactKind(kind)
        if kind not in LOGGED_KINDS:
            raise ValidationError("Kies gesprek, e-mail, notitie of bezoek.", "kind")
        at = occurred_at or self.clock.now()
        if at > self.clock.now():
            raise ValidationError(
                "Een contactmoment kan niet in de toekomst liggen.", "occurred_at"
            )
        today = self.clock.today()
        if follow_up_on is not None and follow_up_on < today:
            raise ValidationError("De opvolgdatum ligt in het verleden.", "follow_up_on")
        with self.store.session() as session:
            employer = get_or_raise(session, Employer, employer_id)
            if contact_person_id is not None:
                person = get_or_raise(session, ContactPerson, contact_person_id)
                if person.employer_id != employer_id:
                    raise ValidationError(
                        "Deze contactpersoon hoort bij een andere werkgever.", "contact_person_id"
                    )
            moment = ContactMoment(
                employer_id=employer_id,
                contact_person_id=contact_person_id,
                kind=kind,
                summary=summary,
                body=v.optional_text(body),
                occurred_at=at,
            )
            session.add(moment)
            if follow_up_on is not None:
                employer.follow_up_on = follow_up_on
            elif employer.follow_up_on is not None and employer.follow_up_on <= today:
                employer.follow_up_on = None  # this contact was the follow-up
            session.flush()
            self._audit(session, "create", moment, kind.value)
        return moment

    def contact_log(self, employer_id: uuid.UUID) -> list[EmployerContact]:
        """Every contact moment with the employer (calls, e-mails, notes, visits, and those
        about a client placed or proposed there), newest first."""
        stmt = (
            select(
                ContactMoment.id,
                ContactMoment.occurred_at,
                ContactMoment.kind,
                ContactMoment.summary,
                ContactMoment.body,
                ContactPerson.name,
                Client.first_name,
                Client.last_name,
            )
            .outerjoin(ContactPerson, ContactPerson.id == ContactMoment.contact_person_id)
            .outerjoin(Client, Client.id == ContactMoment.client_id)
            .where(ContactMoment.employer_id == employer_id)
            .order_by(ContactMoment.occurred_at.desc())
        )
        with self.store.session() as session:
            rows = session.execute(stmt).all()
        return [
            EmployerContact(
                r[0], r[1], r[2], r[3], r[4], r[5], f"{r[6]} {r[7]}" if r[6] is not None else None
            )
            for r in rows
        ]

    def visits(self, employer_id: uuid.UUID) -> list[CompanyVisit]:
        with self.store.session() as session:
            stmt = (
                select(CompanyVisit)
                .where(CompanyVisit.employer_id == employer_id)
                .order_by(CompanyVisit.visited_on.desc())
            )
            return list(session.scalars(stmt))

    # --- arrangements -------------------------------------------------------------------
    def save_arrangement(
        self,
        employer_id: uuid.UUID,
        kind: ArrangementKind,
        *,
        arrangement_id: uuid.UUID | None = None,
        workplace_id: uuid.UUID | None = None,
        match_id: uuid.UUID | None = None,
        status: ArrangementStatus = ArrangementStatus.OFFERED,
        starts_on: date | None = None,
        ends_on: date | None = None,
        wage_value: int | None = None,
        notes: str | None = None,
    ) -> Arrangement:
        """Save an arrangement, optionally for a workplace and for the placement (match) it
        supports. Loondispensatie needs the loonwaarde, under 100 %; a subsidy, no-riskpolis,
        jobcoach or proefplaatsing in use for a placement needs its end date, because
        employers sometimes let people go when it stops (seed 002: "sturen mensen weer weg
        als ze geen subsidie meer krijgen")."""
        v.date_order(starts_on, ends_on, "ends_on")
        kind, status = ArrangementKind(kind), ArrangementStatus(status)
        if wage_value is not None and kind not in WAGE_VALUE_KINDS:
            raise ValidationError(
                "Een loonwaarde hoort bij loondispensatie of loonkostensubsidie.", "wage_value"
            )
        v.int_range(wage_value, 1, 100, "De loonwaarde", "wage_value")
        if kind is ArrangementKind.WAGE_DISPENSATION and (wage_value is None or wage_value >= 100):
            raise ValidationError(
                "Loondispensatie geldt bij een loonwaarde onder 100 %; vul de loonwaarde in.",
                "wage_value",
            )
        if (
            match_id is not None
            and status is ArrangementStatus.USED
            and kind in TIME_BOUND
            and ends_on is None
        ):
            raise ValidationError(
                "Geef de einddatum op: werkgevers laten mensen soms gaan als de regeling stopt.",
                "ends_on",
            )
        with self.store.session() as session:
            get_or_raise(session, Employer, employer_id)
            if match_id is not None:
                match = get_or_raise(session, Match, match_id)
                if match.employer_id != employer_id:
                    raise ValidationError(
                        "Deze plaatsing hoort bij een andere werkgever.", "match_id"
                    )
                workplace_id = workplace_id or match.workplace_id
            if workplace_id is not None:
                place = get_or_raise(session, Workplace, workplace_id)
                if place.employer_id != employer_id:
                    raise ValidationError(
                        "Deze werkplek hoort bij een andere werkgever.", "workplace_id"
                    )
            if arrangement_id is None:
                item = Arrangement(employer_id=employer_id, kind=kind)
                session.add(item)
            else:
                item = get_or_raise(session, Arrangement, arrangement_id)
            item.kind, item.status, item.workplace_id = kind, status, workplace_id
            item.match_id, item.wage_value = match_id, wage_value
            item.starts_on, item.ends_on, item.notes = starts_on, ends_on, v.optional_text(notes)
            session.flush()
            self._audit(session, "create" if arrangement_id is None else "update", item)
        return item

    def arrangements(self, employer_id: uuid.UUID) -> list[Arrangement]:
        with self.store.session() as session:
            stmt = (
                select(Arrangement)
                .where(Arrangement.employer_id == employer_id)
                .order_by(Arrangement.starts_on.desc().nulls_last(), Arrangement.kind)
            )
            return list(session.scalars(stmt))

    def delete_arrangement(self, arrangement_id: uuid.UUID) -> None:
        with self.store.session() as session:
            item = get_or_raise(session, Arrangement, arrangement_id)
            self._audit(session, "delete", item)
            session.delete(item)

    def count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(Employer)) or 0

    @staticmethod
    def _clean(changes: dict[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise ValidationError(f"Onbekende velden: {', '.join(sorted(unknown))}.")
        out = dict(changes)
        if "name" in out:
            out["name"] = v.required_text(out["name"], "Naam", "name")
        if "postcode" in out:
            out["postcode"] = v.postcode(out["postcode"])
        if "sector" in out:
            out["sector"] = Sector(out["sector"])
        for key in _TEXT_FIELDS:
            if key in out:
                out[key] = v.optional_text(out[key])
        if "motives" in out:
            out["motives"] = sorted({Motive(m).value for m in out["motives"] or []}) or None
        if "collective_arrangements" in out:
            values = out["collective_arrangements"] or []
            out["collective_arrangements"] = (
                sorted({CollectiveArrangement(m).value for m in values}) or None
            )
        for key, kind in (
            ("size", CompanySize),
            ("status", RelationshipStatus),
            ("candidate_preference", CandidatePreference),
            ("information_preference", InformationPreference),
        ):
            if out.get(key) is not None:
                out[key] = kind(out[key])
        return out


def _clean_workplace(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - _WORKPLACE_FIELDS
    if unknown:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(unknown))}.")
    out = dict(changes)
    if "title" in out:
        out["title"] = v.required_text(out["title"], "Functienaam", "title")
    if "hours_per_week" in out:
        v.int_range(out["hours_per_week"], 1, 60, "Het aantal uren", "hours_per_week")
    if out.get("status") is not None:
        out["status"] = WorkplaceStatus(out["status"])
    for key in ("tasks", "contract_form", "city", "jobcarving"):
        if key in out:
            out[key] = v.optional_text(out[key])
    return out


def _visit_summary(*parts: str | None) -> str:
    text = next((p for p in parts if p), "")
    first_line = text.splitlines()[0] if text else ""
    return f"Bedrijfsbezoek: {first_line}"[:200]


def ended_message(employer: Employer) -> str:
    """Why nobody is proposed at an employer whose cooperation ended, in Dutch."""
    why = " wegens discriminatie" if employer.ended_for_discrimination else ""
    reason = f": {employer.ended_reason}" if employer.ended_reason else ""
    return f"De samenwerking met {employer.name} is beëindigd{why}{reason}."


def _matches(session: Session, employer_id: uuid.UUID) -> list[PlacementChoice]:
    """Every match at the employer, newest first, with the names the file shows."""
    rows = session.execute(
        select(
            Match.id, Client.first_name, Client.last_name, Match.workplace_id, Workplace.title,
            Match.stage,
        )
        .join(Client, Client.id == Match.client_id)
        .outerjoin(Workplace, Workplace.id == Match.workplace_id)
        .where(Match.employer_id == employer_id)
        .order_by(Match.stage_since.desc())
    ).all()  # fmt: skip
    return [
        PlacementChoice(match_id, f"{first} {last}", workplace_id, title, stage)
        for match_id, first, last, workplace_id, title, stage in rows
    ]


def _close_workplaces(session: Session, employer_id: uuid.UUID) -> list[str]:
    """Close the employer's open workplaces; their titles."""
    places = session.scalars(
        select(Workplace).where(
            Workplace.employer_id == employer_id, Workplace.status == WorkplaceStatus.OPEN
        )
    ).all()
    for place in places:
        place.status = WorkplaceStatus.CLOSED
    return sorted(place.title for place in places)
