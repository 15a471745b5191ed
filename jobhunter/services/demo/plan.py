"""Demo plans of approach, as gewogen maatwerk records them: each intervention names the
barriers it addresses, how it is done (bejegening) and, once evaluated, the effect seen on a
scale with the follow-up chosen; a weak effect without a follow-up yet shows "bijstellen?".
Learning goals get dated reflections in the client's words, learning-oriented (seed 004:
"niet 'laat zien dat je een goed sollicitatiegesprek kunt voeren' maar 'wat kan je leren van
dit sollicitatiegesprek'")."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from jobhunter.models import Intervention, LearningGoal, Reflection
from jobhunter.models.enums import (
    WEAK_EFFECT,
    BarrierKind,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Phase,
)
from jobhunter.services.clock import local_day
from jobhunter.services.demo import vocabulary as voc

if TYPE_CHECKING:
    from jobhunter.services.demo.generator import _ClientPlan, _Generator

#: the barriers each kind of intervention is meant for, most likely first
ADDRESSES: dict[InterventionKind, tuple[BarrierKind, ...]] = {
    InterventionKind.SCHOOLING: (BarrierKind.NO_STARTKWALIFICATIE, BarrierKind.STATUS_LOSS),
    InterventionKind.LANGUAGE_COURSE: (BarrierKind.LANGUAGE,),
    InterventionKind.TRAINING: (BarrierKind.SEARCH_STRATEGIES, BarrierKind.NO_NETWORK),
    InterventionKind.LEARNING_WORKPLACE: (BarrierKind.NO_STARTKWALIFICATIE, BarrierKind.LANGUAGE),
    InterventionKind.WORK_EXPERIENCE: (BarrierKind.NO_NETWORK, BarrierKind.STATUS_LOSS,
                                       BarrierKind.AGE),
    InterventionKind.RESILIENCE_TRAINING: (BarrierKind.DISCRIMINATION, BarrierKind.TRAUMA,
                                           BarrierKind.UNSAFE_WORKPLACE),
    InterventionKind.JOBCOACH: (BarrierKind.HEALTH, BarrierKind.UNSAFE_WORKPLACE,
                                BarrierKind.ADDICTION),
    InterventionKind.OTHER: (BarrierKind.DEBTS, BarrierKind.CHILDCARE,
                             BarrierKind.HOME_SITUATION, BarrierKind.ADDICTION),
}  # fmt: skip
#: weights of effect 1 (none) .. 5 (strong) for an evaluated intervention
EFFECT_WEIGHTS = (1, 2, 3, 4, 2)


def add_plan_of_approach(gen: _Generator, plan: _ClientPlan) -> None:
    """Interventions and learning goals from the start of the development phase."""
    rng, today = gen.rng, gen.today
    client_id, created = plan.row["id"], plan.moments[1]  # when development started
    closed = plan.row["phase"] is Phase.CLOSED
    last_day = local_day(plan.ended) if plan.ended else today
    kinds = list(InterventionKind)
    for _ in range(rng.randint(1, 3)):
        if BarrierKind.LANGUAGE in plan.barriers and rng.random() < 0.5:
            kind = InterventionKind.LANGUAGE_COURSE
        else:
            kind = rng.choice(kinds)
        start = local_day(created) + timedelta(days=rng.randint(0, 60))
        end = start + timedelta(days=rng.randint(14, 180))
        if closed:
            end = min(end, last_day)
            start = min(start, end)
        evaluation = effect = follow_up = None
        if start > today:
            status = InterventionStatus.PLANNED
        elif end >= today:
            status = InterventionStatus.RUNNING
        else:
            # past its end date: evaluated, stopped, or (bijstellen!) not yet evaluated
            status = rng.choices(
                (InterventionStatus.COMPLETED, InterventionStatus.STOPPED,
                 InterventionStatus.RUNNING), weights=(6, 1, 0 if closed else 3),
            )[0]  # fmt: skip
            if status is not InterventionStatus.RUNNING:
                effect = rng.choices(range(1, 6), EFFECT_WEIGHTS)[0]
                evaluation = rng.choice(voc.EVALUATIONS[effect])
                follow_up = _follow_up(rng.random(), effect, status, closed)
        aimed = [b for b in ADDRESSES[kind] if b in plan.barriers]
        if not aimed and plan.barriers:
            aimed = [rng.choice(sorted(plan.barriers))]
        gen.add(
            Intervention, created, client_id=client_id, kind=kind,
            goal=rng.choice(voc.INTERVENTION_GOALS[kind]), provider=rng.choice(voc.PROVIDERS),
            start_date=start, end_date=end, status=status, evaluation=evaluation,
            barriers=sorted(b.value for b in aimed) or None,
            approach=rng.choice(voc.APPROACHES[kind]), effect=effect, follow_up=follow_up,
        )  # fmt: skip
    for text in rng.sample(voc.LEARNING_GOALS, rng.randint(1, 2)):
        set_on = local_day(created)
        goal = gen.add(
            LearningGoal, created, client_id=client_id, text=text, set_on=set_on,
            achieved=False, reflection=None,
        )  # fmt: skip
        _reflections(gen, goal, set_on, last_day)


def _follow_up(
    draw: float, effect: int, status: InterventionStatus, closed: bool
) -> InterventionFollowUp | None:
    """What was decided after the evaluation. A weak effect is often still undecided: the
    file asks "bijstellen?" (never for a client whose trajectory is closed)."""
    if status is InterventionStatus.STOPPED:
        return InterventionFollowUp.STOP
    if effect <= WEAK_EFFECT:
        if draw < 0.45 and not closed:
            return None
        return InterventionFollowUp.REPLACE if draw < 0.7 else InterventionFollowUp.ADJUST
    return InterventionFollowUp.CONTINUE if draw < 0.5 else None


def _reflections(gen: _Generator, goal: dict[str, object], set_on: date, last: date) -> None:
    """One to three dated reflections after the goal was set; the goal is reached when the
    last one says so."""
    rng = gen.rng
    span = (last - set_on).days
    if span < 7:
        return
    count = rng.randint(1, 3) if span > 30 else 1
    days = sorted(rng.sample(range(7, span + 1), min(count, span - 6)))
    texts = rng.sample(voc.REFLECTIONS, len(days))
    achieved = rng.random() < 0.35
    for number, offset in enumerate(days):
        moment = gen.at(set_on + timedelta(days=offset))  # a working day
        final = achieved and number == len(days) - 1
        gen.add(
            Reflection, moment, learning_goal_id=goal["id"], written_on=local_day(moment),
            text=rng.choice(voc.REFLECTIONS_ACHIEVED) if final else texts[number],
        )  # fmt: skip
    goal["achieved"] = achieved
