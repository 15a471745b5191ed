"""Demo detail of the pipeline: interview times, ticked preparation lists and debriefs, so
the match file shows every part filled in for matches that got that far."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any

from jobhunter.models.enums import Stage
from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.matches import CHECKLIST_ITEMS, Checklist

CANDIDATE_NOTES = {
    "questions": "Waarom wil je hier werken? Wat doe je als je iets niet begrijpt?",
    "clothing": "Schone werkbroek, geen petje.",
    "route_time": "Bus van 7.42, om 8.15 op de stoep.",
    "procedure": "Gesprek met teamleider en HR, half uur, daarna rondleiding.",
}
EMPLOYER_NOTES = {
    "candidate": "Alleen werkervaring en taalniveau besproken, zoals afgesproken.",
    "contract": "Zes maanden, daarna vast bij goed functioneren.",
    "trial_period": "Eerst twee maanden proefplaatsing met behoud van uitkering.",
    "arrangements": "No-riskpolis en loonkostensubsidie uitgelegd.",
}
DEBRIEF_EMPLOYER = (
    "Positief over de inzet en de vragen die ze stelde; twijfel over het tempo.",
    "Vond hem rustig en betrouwbaar; wil graag een proefdag.",
    "Taal was beter dan verwacht. Wil wel weten wie de jobcoach wordt.",
    "Leuk gesprek, maar de uren passen niet bij de ploegendienst.",
)
DEBRIEF_CANDIDATE = (
    "Vond het spannend maar het team leek aardig; wil het graag proberen.",
    "Twijfelt over de reistijd; wil eerst een proefdag.",
    "Enthousiast, vooral over het buitenwerk.",
    "Voelde zich op zijn gemak; vroeg zelf naar de werktijden.",
)


def _checklist(rng: Random, which: Checklist, done: int, notes: dict[str, str]) -> list[Any]:
    keys = CHECKLIST_ITEMS[which]
    ticked = set(rng.sample(keys, min(done, len(keys))))
    return [
        {"key": key, "done": key in ticked, "note": notes.get(key, "") if key in ticked else ""}
        for key in keys
    ]


def preparation(
    rng: Random, path: list[Stage], moments: list[datetime], today_: date
) -> dict[str, Any]:
    """Preparation and debrief fields of a demo match that went along ``path``."""
    fields: dict[str, Any] = dict.fromkeys(
        ("interview_at", "candidate_prep", "employer_prebrief", "debrief_on",
         "debrief_employer", "debrief_candidate")
    )  # fmt: skip
    if Stage.INTERVIEW_PLANNED not in path:
        if Stage.EMPLOYER_PREBRIEF in path:
            fields["employer_prebrief"] = _checklist(
                rng, Checklist.EMPLOYER, rng.randint(1, 3), EMPLOYER_NOTES
            )
        return fields
    planned = moments[path.index(Stage.INTERVIEW_PLANNED)].astimezone(LOCAL_TZ).date()
    if path[-1] is Stage.INTERVIEW_PLANNED:
        day = today_ + timedelta(days=rng.randint(0, 6))  # still to come
        candidate_done, employer_done = rng.randint(1, 6), rng.randint(1, 4)
    else:
        debrief = moments[path.index(Stage.INTERVIEW_PLANNED) + 1].astimezone(LOCAL_TZ).date()
        day = planned + timedelta(days=max(0, (debrief - planned).days - 1))
        candidate_done, employer_done = 7, 4
        fields.update(
            debrief_on=debrief,
            debrief_employer=rng.choice(DEBRIEF_EMPLOYER),
            debrief_candidate=rng.choice(DEBRIEF_CANDIDATE),
        )
    while day.weekday() >= 5:
        day += timedelta(days=1)
    fields["interview_at"] = datetime.combine(
        day, time(rng.choice((9, 10, 11, 14)), rng.choice((0, 30))), tzinfo=LOCAL_TZ
    )
    fields["candidate_prep"] = _checklist(rng, Checklist.CANDIDATE, candidate_done, CANDIDATE_NOTES)
    fields["employer_prebrief"] = _checklist(rng, Checklist.EMPLOYER, employer_done, EMPLOYER_NOTES)
    return fields
