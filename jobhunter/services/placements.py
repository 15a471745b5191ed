"""Placement terms and what a placement means for the client's trajectory.

A placement is a match in the trial-placement or contract stage. Its terms say how the
client works there (seed 002: "stages en proefplaatsingen van een aantal weken, tot
opleidingstrajecten met uitzicht op een vast contract"): the form, from when, how many hours
a week and, for every form but a vast contract, until when. The trial stage holds the forms
without an employment contract at this employer (proefplaatsing, stage, leerwerkplek,
werkervaringsplek, detachering); the contract stage holds tijdelijk and vast contract.

Starting a placement is the moment the client's trajectory moves on to Nazorg, and a
placement still working after twelve months is the moment to close it: both are offered,
never done behind the user's back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobhunter.models import Client, Employer, Match, PlacementOutcome, Workplace
from jobhunter.models.enums import PLACED_STAGES, Phase, PlacementForm, Stage, forms_for
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import local_day
from jobhunter.services.errors import ValidationError

#: the forms as a Dutch message names them
FORM_NAMES: dict[PlacementForm, str] = {
    PlacementForm.TRIAL_PLACEMENT: "proefplaatsing",
    PlacementForm.INTERNSHIP: "stage",
    PlacementForm.LEARNING_WORKPLACE: "leerwerkplek",
    PlacementForm.WORK_EXPERIENCE: "werkervaringsplek",
    PlacementForm.SECONDMENT: "detachering",
    PlacementForm.TEMPORARY_CONTRACT: "tijdelijk contract",
    PlacementForm.PERMANENT_CONTRACT: "vast contract",
}
STAGE_NAMES = {Stage.TRIAL_PLACEMENT: "proefplaatsing", Stage.CONTRACT: "contract"}


@dataclass(frozen=True, slots=True)
class PlacementTerms:
    """How a placed client works at the employer; ``start`` None means the day of the move."""

    form: PlacementForm
    start: date | None = None
    hours: int | None = None
    end: date | None = None


def default_terms(
    stage: Stage, current: PlacementTerms | None, hours: int | None
) -> PlacementTerms:
    """The terms a move into ``stage`` gets when none are given: the current form when it
    fits the stage (a placement resumed), else the stage's usual one; hours as before or as
    the workplace asks; from the day of the move, with no end yet."""
    forms = forms_for(stage)
    form = current.form if current is not None and current.form in forms else forms[0]
    return PlacementTerms(form, None, current.hours if current else hours, None)


def checked_terms(stage: Stage, terms: PlacementTerms, start: date) -> PlacementTerms:
    """The terms as stored, or a Dutch refusal: the form must fit the stage, the end lies
    after the start, a vast contract has no end, hours are 1 to 60 a week."""
    form = PlacementForm(terms.form)
    if form not in forms_for(stage):
        fitting = ", ".join(FORM_NAMES[f] for f in forms_for(stage))
        raise ValidationError(
            f"Een {FORM_NAMES[form]} past niet bij de fase {STAGE_NAMES.get(stage, stage)}; "
            f"kies {fitting}.",
            "placement_form",
        )
    start = terms.start or start
    if terms.hours is not None and not 1 <= terms.hours <= 60:
        raise ValidationError("Het aantal uren per week moet tussen 1 en 60 liggen.", "hours")
    if terms.end is not None and not form.has_end:
        raise ValidationError("Een vast contract heeft geen einddatum.", "end")
    if terms.end is not None and terms.end < start:
        raise ValidationError("De plaatsing eindigt vóór de start.", "end")
    return PlacementTerms(form, start, terms.hours, terms.end)


def terms_of(match: Match) -> PlacementTerms | None:
    if match.placement_form is None:
        return None
    return PlacementTerms(
        match.placement_form, match.placement_start, match.placement_hours, match.placement_end
    )


def store_terms(match: Match, terms: PlacementTerms) -> None:
    match.placement_form = terms.form
    match.placement_start = terms.start
    match.placement_hours = terms.hours
    match.placement_end = terms.end


@dataclass(frozen=True, slots=True)
class PhaseOffer:
    """A phase change the placement suggests, with the reason it would be recorded with."""

    client_id: uuid.UUID
    client_name: str
    current: Phase
    suggested: Phase
    reason: str  # Dutch, as kept in the phase history


def _place(session: Session, match: Match) -> str:
    employer = session.get(Employer, match.employer_id)
    workplace = session.get(Workplace, match.workplace_id) if match.workplace_id else None
    name = employer.name if employer else "de werkgever"
    return f"{workplace.title} bij {name}" if workplace else name


class PlacementService(Service):
    """The trajectory steps a placement offers: Nazorg at its start, closing after a year."""

    def terms(self, match_id: uuid.UUID) -> PlacementTerms | None:
        with self.store.session() as session:
            return terms_of(get_or_raise(session, Match, match_id))

    def aftercare_offer(self, match_id: uuid.UUID) -> PhaseOffer | None:
        """A running placement whose client is not in Nazorg yet (nor closed): offer it."""
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            client = get_or_raise(session, Client, match.client_id)
            if match.stage not in PLACED_STAGES or client.phase in (Phase.AFTERCARE, Phase.CLOSED):
                return None
            form = FORM_NAMES[match.placement_form] if match.placement_form else "plaatsing"
            since = match.placement_start or local_day(match.stage_since)
            return PhaseOffer(
                client.id,
                client.name,
                client.phase,
                Phase.AFTERCARE,
                f"Geplaatst: {form} als {_place(session, match)} vanaf "
                f"{since.strftime('%d-%m-%Y')}",
            )

    def closing_offer(self, match_id: uuid.UUID) -> PhaseOffer | None:
        """Twelve months on and still working, recorded: offer to close the trajectory."""
        with self.store.session() as session:
            match = get_or_raise(session, Match, match_id)
            client = get_or_raise(session, Client, match.client_id)
            if client.phase is Phase.CLOSED:
                return None
            year = session.scalar(
                select(PlacementOutcome).where(
                    PlacementOutcome.match_id == match_id, PlacementOutcome.months == 12
                )
            )
            if year is None or not year.still_working:
                return None
            return PhaseOffer(
                client.id,
                client.name,
                client.phase,
                Phase.CLOSED,
                "Duurzaam uitgestroomd: na 12 maanden nog aan het werk als "
                f"{_place(session, match)}",
            )

    def accept(self, offer: PhaseOffer) -> Client:
        """Make the offered phase change, with its reason in the history."""
        return ClientService(self.store, self.clock).change_phase(
            offer.client_id, offer.suggested, offer.reason
        )
