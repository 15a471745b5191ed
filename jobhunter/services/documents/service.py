"""Making, saving and printing the employer briefing and the kandidaatprofiel.

Each document is read in one session (so it shows one consistent moment), selected by the
pure builders in ``briefing`` and ``profile``, and laid out by ``briefing_pdf`` and
``profile_pdf``, which import reportlab only when the first PDF is made.

A preview is not a disclosure; printing or saving is. Every print and save is written to the
audit log, one event per client (``print_briefing``/``print_profile``, detail: the employer
and where it went), and a kandidaatprofiel is refused at that moment too when the consent
was withdrawn after the preview was made.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import (
    Arrangement,
    Barrier,
    Client,
    CompanyVisit,
    ContactPerson,
    Intervention,
    Match,
)
from jobhunter.models.enums import ConsentParty
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.consents import NO_EMPLOYER_CONSENT, active_consents, named_categories
from jobhunter.services.documents import PrintKind
from jobhunter.services.documents import briefing as b
from jobhunter.services.documents import profile as p
from jobhunter.services.documents import wording as w
from jobhunter.services.durability import placements_in
from jobhunter.services.errors import ValidationError
from jobhunter.services.files import atomic_writer
from jobhunter.services.matches import Checklist, checklist_items
from jobhunter.services.matching.suggestions import preselect_in
from jobhunter.services.settings import profile_in

__all__ = ["DocumentService", "PrintKind", "PrintedDocument"]


@dataclass(frozen=True, slots=True)
class PrintedDocument:
    """A PDF made for one match, ready to preview, print or save."""

    kind: PrintKind
    match_id: uuid.UUID
    client_id: uuid.UUID
    employer: str
    title: str
    #: a suggested file name ("Briefing Zoë Özdemir - Groen BV.pdf")
    file_name: str
    data: bytes
    #: what the user should know before handing it over (Dutch, one line each)
    notes: list[str] = field(default_factory=list)


class DocumentService(Service):
    # --- the content ----------------------------------------------------------------------
    def briefing(self, match_id: uuid.UUID) -> b.Briefing:
        today = self.clock.today()
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            client, employer, workplace = match.client, match.employer, match.workplace
            contact = _primary_contact(session, employer.id)
            visits = session.scalars(
                select(CompanyVisit)
                .where(CompanyVisit.employer_id == employer.id)
                .order_by(CompanyVisit.visited_on.desc(), CompanyVisit.created_at.desc())
                .limit(3 * b.VISITS_QUOTED)
            ).all()
            arrangements = session.scalars(
                select(Arrangement)
                .where(Arrangement.employer_id == employer.id)
                .order_by(Arrangement.starts_on.desc().nulls_last(), Arrangement.kind)
            ).all()
            preselection = (
                preselect_in(session, client.id, workplace.id) if workplace is not None else None
            )
            prebrief = checklist_items(match.employer_prebrief, Checklist.EMPLOYER)
            author = profile_in(session)
            may_share = bool(active_consents(session, client.id, ConsentParty.EMPLOYERS, today))
            notes = b.missing_author_notes(author)
            if not may_share:
                notes.append(
                    "Geen toestemming van de kandidaat om gegevens met werkgevers te delen: "
                    "vertel de werkgever niets over de kandidaat."
                )
            return b.Briefing(
                match_id=match.id,
                client_id=client.id,
                candidate=client.name,
                stage=w.name(match.stage),
                employer=b.employer_part(
                    employer, visits, placements_in(session, employer.id, today), match.id
                ),
                contact=b.contact_of(contact),
                workplace=b.workplace_part(workplace, preselection) if workplace else None,
                interview=b.interview_part(
                    match,
                    client.name,
                    employer,
                    contact,
                    workplace,
                    prebrief,
                    arrangements,
                    author,
                    today,
                ),
                candidate_prep=b.check_lines(
                    checklist_items(match.candidate_prep, Checklist.CANDIDATE)
                ),
                employer_prebrief=b.check_lines(prebrief),
                may_share=may_share,
                author=author,
                printed_on=today,
                override_reason=match.override_reason,
                notes=notes,
            )

    def profile(self, match_id: uuid.UUID) -> p.CandidateProfile:
        """The profile for the match's employer; refused without the client's active
        consent to share with employers."""
        today = self.clock.today()
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            client = match.client
            consents = active_consents(session, client.id, ConsentParty.EMPLOYERS, today)
            if not consents:
                raise ValidationError(NO_EMPLOYER_CONSENT.format(name=client.name), "consent")
            facts = _candidate_facts(session, client)
            context = p.ProfileContext(
                match_id=match.id,
                employer=match.employer.name,
                workplace=match.workplace.title if match.workplace else None,
                preference=match.employer.information_preference,
                consent_given_on=max(c.given_on for c in consents),
                named=named_categories(consents),
                author=profile_in(session),
                printed_on=today,
            )
        return p.select_profile(facts, context)

    def profile_refusal(self, match_id: uuid.UUID) -> str | None:
        """Why no kandidaatprofiel can be made for this match now (no consent), or None: a
        quick check before the preview opens."""
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            try:
                self._require_consent(session, match.client_id)
            except ValidationError as exc:
                return str(exc)
        return None

    # --- the PDFs -------------------------------------------------------------------------
    def briefing_pdf(self, match_id: uuid.UUID) -> PrintedDocument:
        from jobhunter.services.documents import briefing_pdf

        briefing = self.briefing(match_id)
        return PrintedDocument(
            kind=PrintKind.BRIEFING,
            match_id=briefing.match_id,
            client_id=briefing.client_id,
            employer=briefing.employer.name,
            title=briefing.title,
            file_name=briefing.file_name,
            data=briefing_pdf.render(briefing),
            notes=list(briefing.notes),
        )

    def profile_pdf(self, match_id: uuid.UUID) -> PrintedDocument:
        from jobhunter.services.documents import profile_pdf

        profile = self.profile(match_id)
        return PrintedDocument(
            kind=PrintKind.PROFILE,
            match_id=profile.match_id,
            client_id=profile.client_id,
            employer=profile.employer,
            title=profile.title,
            file_name=profile.file_name,
            data=profile_pdf.render(profile),
            notes=p.profile_notes(profile),
        )

    # --- handing it over ------------------------------------------------------------------
    def save(self, document: PrintedDocument, target: Path) -> None:
        """Write the PDF (all at once or not at all) and record that it was saved: the file
        takes its name only once the record is committed, so no PDF is ever on disk without
        its entry in the trail (a failed audit leaves the target as it was). The entry names
        the folder, not the file: a file name carries the client's name, which must not
        outlive an erasure."""
        target = Path(target)
        with atomic_writer(target) as out:
            out.write(document.data)
            self.record_output(document, f"opgeslagen in {target.parent}")

    def record_printed(self, document: PrintedDocument) -> None:
        """Record that the document went to a printer."""
        self.record_output(document, "afgedrukt")

    def check_printable(self, document: PrintedDocument) -> None:
        """Refuse (ValidationError) a kandidaatprofiel whose consent has been withdrawn since
        it was made; call it before printing."""
        self._check_still_allowed(document)

    def record_output(self, document: PrintedDocument, how: str) -> None:
        with self.store.session() as session:
            if document.kind is PrintKind.PROFILE:
                self._require_consent(session, document.client_id)
            self._audit_event(
                session,
                document.kind.audit_action,
                "client",
                document.client_id,
                f"{document.employer}; {how}",
            )

    def _check_still_allowed(self, document: PrintedDocument) -> None:
        if document.kind is PrintKind.PROFILE:
            with self.store.session() as session:
                self._require_consent(session, document.client_id)

    def _require_consent(self, session: Session, client_id: uuid.UUID) -> None:
        if not active_consents(session, client_id, ConsentParty.EMPLOYERS, self.clock.today()):
            client = get_or_raise(session, Client, client_id)
            raise ValidationError(NO_EMPLOYER_CONSENT.format(name=client.name), "consent")


def _primary_contact(session: Session, employer_id: uuid.UUID) -> ContactPerson | None:
    """The one person to ask for: the primary contact, else the first one recorded."""
    return session.scalars(
        select(ContactPerson)
        .where(ContactPerson.employer_id == employer_id)
        .order_by(ContactPerson.is_primary.desc(), ContactPerson.created_at)
        .limit(1)
    ).first()


def _candidate_facts(session: Session, client: Client) -> p.CandidateFacts:
    barriers = session.scalars(select(Barrier).where(Barrier.client_id == client.id)).all()
    interventions = session.scalars(
        select(Intervention)
        .where(Intervention.client_id == client.id)
        .order_by(Intervention.start_date.nulls_last(), Intervention.created_at)
    ).all()
    return p.CandidateFacts(
        client_id=client.id,
        name=client.name,
        city=client.city,
        languages=client.languages,
        dutch_level=client.dutch_level,
        education=client.education,
        has_startkwalificatie=client.has_startkwalificatie,
        work_experience=client.work_experience,
        skills=client.skills,
        driving_licence=client.driving_licence,
        own_transport=client.own_transport,
        hours_available=client.hours_available,
        wishes=client.wishes,
        motivation=client.motivation,
        work_skills=dict(client.work_skills or {}),
        barriers=[p.BarrierFact(x.kind, x.severity, x.note) for x in barriers],
        interventions=[
            p.InterventionFact(i.kind, i.goal, i.provider, i.status, i.end_date)
            for i in interventions
        ],
        notes=client.notes,
    )
