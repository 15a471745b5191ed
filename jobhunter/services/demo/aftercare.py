"""Demo detail of aftercare: check-in records, problems (open and solved) and the outcome of
placements at 3, 6 and 12 months, so the Nazorg tab shows every part filled in. Outcomes
follow the pipeline: a placement still running is still working; one that ended in a
dropout stopped, recorded on the day with its reason."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from jobhunter.models import Appointment, PlacementOutcome, Problem
from jobhunter.models.enums import AppointmentStatus, ProblemOwner, ProblemStatus
from jobhunter.services.clock import LOCAL_TZ, local_day
from jobhunter.services.placements import FORM_NAMES

if TYPE_CHECKING:
    from jobhunter.services.demo.generator import _Generator

DISCUSSED = (
    "Gaat goed; collega's helpen, werk is zwaar maar leuk.",
    "Moeite met vroeg opstaan; afgesproken om de wekker eerder te zetten.",
    "Teamleider tevreden over inzet; wil meer uren bespreken.",
    "Voelt zich soms buitengesloten in de pauze; besproken met de leidinggevende.",
    "Eerste loonstrook doorgenomen; vragen over toeslagen beantwoord.",
    "Werkgever wil jobcoach nog een maand inzetten; werknemer akkoord.",
)
PROBLEMS = (
    ("Komt twee keer te laat door de bus.", ProblemOwner.EMPLOYEE,
     "Eerdere bus genomen; fietsroute als reserve."),
    ("Conflict met een collega over de werkverdeling.", ProblemOwner.EMPLOYER,
     "Gesprek met teamleider; taken opnieuw verdeeld."),
    ("Loonstrook klopt niet met de afspraken over uren.", ProblemOwner.JOBHUNTER,
     "Salarisadministratie heeft het verschil nabetaald."),
    ("Begrijpt de veiligheidsinstructies niet goed.", ProblemOwner.JOBCOACH,
     "Instructies met de jobcoach doorgenomen, met foto's."),
    ("Kinderopvang valt weg op woensdag.", ProblemOwner.EMPLOYEE,
     "Oma past op; rooster aangepast."),
)  # fmt: skip
CHECKPOINTS = (3, 6, 12)
DROPOUT_REASONS = ("Ziek uitgevallen, rugklachten.", "Verhuisd naar familie in Brabant.",
                   "Werk te zwaar; terug naar ontwikkeling.")  # fmt: skip


def add_aftercare_details(gen: _Generator) -> None:
    rng, today = gen.rng, gen.today
    done_by_match: dict[Any, list[dict[str, Any]]] = {}
    for row in gen.rows[Appointment]:
        done = row["status"] is AppointmentStatus.DONE
        row["discussed"] = rng.choice(DISCUSSED) if done else None
        row["employee_rating"] = rng.choices((2, 3, 4, 5), (1, 3, 5, 3))[0] if done else None
        row["employer_rating"] = rng.choices((2, 3, 4, 5), (1, 3, 5, 3))[0] if done else None
        if done:
            done_by_match.setdefault(row["match_id"], []).append(row)
    closed = {plan.row["id"] for plan in gen.plans if plan.ended is not None}
    opened = False
    for match, _started in gen.placed:
        checked = done_by_match.get(match["id"], [])
        if checked and rng.random() < 0.45:
            raised_at = rng.choice(checked)
            raised = raised_at["starts_at"].astimezone(LOCAL_TZ).date()
            description, owner, solution = rng.choice(PROBLEMS)
            solved = (today - raised).days > 10 and (
                rng.random() < 0.6 or match["client_id"] in closed  # nothing left open
            )
            status = (
                ProblemStatus.SOLVED
                if solved
                else rng.choice((ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS))
                if opened
                else ProblemStatus.OPEN  # the first one left waits on the list
            )
            opened = opened or not solved
            gen.add(
                Problem, raised_at["starts_at"],
                match_id=match["id"], appointment_id=raised_at["id"], raised_on=raised,
                description=description, owner=owner, status=status,
                solution=solution if solved else None,
                solved_on=raised + timedelta(days=rng.randint(3, 10)) if solved else None,
            )  # fmt: skip
    for match, started, ended in gen.runs:
        _outcomes(gen, match, local_day(started), local_day(ended) if ended else None,
                  match["client_id"] in closed)  # fmt: skip


def _outcomes(gen: _Generator, match: dict[str, Any], start: date, ended: date | None,
              closed: bool) -> None:  # fmt: skip
    """Still working at 3, 6 and 12 months, or stopped (recorded at the dropout, with its
    reason). A checkpoint that came recently is sometimes not recorded yet; a trajectory
    that closed has all three."""
    rng, today = gen.rng, gen.today
    form = match["placement_form"]
    for months in CHECKPOINTS:
        checkpoint = start + relativedelta(months=months)
        if ended is not None and ended < checkpoint:
            gen.add(
                PlacementOutcome, gen.at(ended),
                match_id=match["id"], months=months, recorded_on=ended, still_working=False,
                contract_form=None, reason=match["outcome_reason"] or rng.choice(DROPOUT_REASONS),
            )  # fmt: skip
            return
        if checkpoint > today or (not closed and rng.random() < 0.12):
            return  # not yet, or still to record
        recorded = min(today, checkpoint + timedelta(days=rng.randint(0, 10)))
        gen.add(
            PlacementOutcome, gen.at(recorded),
            match_id=match["id"], months=months, recorded_on=recorded, still_working=True,
            contract_form=FORM_NAMES[form] if form else None, reason=None,
        )  # fmt: skip
