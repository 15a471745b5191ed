"""Demo contact moments at a believable pace: only while someone is known (a client from the
moment of registration until the trajectory closed, an employer from when it was added, a
match from the proposal), spread over the last year in proportion to how long each was
known, and never more than two a day with the same client or employer.

About one active client in ten has not been heard from for a month or more, so the caseload
shows who needs a call. An employer contact names the contact person it was with.
"""

from __future__ import annotations

import bisect
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from jobhunter.models import ContactMoment, ContactPerson, Employer, Match
from jobhunter.services.clock import local_day
from jobhunter.services.demo import vocabulary as voc
from jobhunter.services.demo.days import weekday, weekday_index

if TYPE_CHECKING:
    from jobhunter.services.demo.generator import _Generator

#: quarters of an hour from 08:00 a moment can fall in (as the generator's ``at``)
SLOTS_PER_DAY = 32
#: the contact log covers this many days back
HISTORY_DAYS = 365
#: at most this many moments a day with one client, employer or match
PER_DAY = 2
#: shares of the moments: about a match (client and employer), an employer, a client
MATCH_SHARE, EMPLOYER_SHARE = 0.08, 0.17


@dataclass(slots=True)
class _Subject:
    """Someone contact can be with, and the weekdays (as indexes) it can happen on."""

    client_id: uuid.UUID | None
    employer_id: uuid.UUID | None
    first: int  # weekday index
    last: int
    after: datetime  # nothing before this moment (registration, creation, proposal)


def add_contact_moments(gen: _Generator, count: int) -> None:
    rng, today = gen.rng, gen.today
    horizon = today - timedelta(days=HISTORY_DAYS)
    yesterday = today - timedelta(days=1)

    def subject(
        client_id: uuid.UUID | None,
        employer_id: uuid.UUID | None,
        after: datetime,
        until: date,
    ) -> _Subject | None:
        start = max(local_day(after), horizon)
        if until < start:
            return None
        first = weekday_index(start, forward=True)
        last = weekday_index(until, forward=False)
        return _Subject(client_id, employer_id, first, last, after) if last >= first else None

    clients: list[_Subject] = []
    for plan in gen.plans:
        until = local_day(plan.ended) if plan.ended is not None else yesterday
        quiet = today - timedelta(days=rng.randint(31, 90))
        if plan.ended is None and rng.random() < 0.1 and local_day(plan.row["created_at"]) < quiet:
            until = quiet  # not heard from lately
        found = subject(plan.row["id"], None, plan.row["created_at"], until)
        if found is not None:
            clients.append(found)
    employers = [
        s
        for row in gen.rows[Employer]
        if (s := subject(None, row["id"], row["created_at"], yesterday)) is not None
    ]
    left = {plan.row["id"]: local_day(plan.ended) for plan in gen.plans if plan.ended}
    matches = []
    for row in gen.rows[Match]:
        end = local_day(row["stage_since"]) if row["stage"].is_outcome else yesterday
        end = min(end, left.get(row["client_id"], end))
        found = subject(row["client_id"], row["employer_id"], row["created_at"], end)
        if found is not None:
            matches.append(found)
    people: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for staff_row in gen.rows[ContactPerson]:
        people.setdefault(staff_row["employer_id"], []).append(staff_row["id"])

    groups: list[Group] = [
        (_Picker(matches), voc.MATCH_CONTACTS, MATCH_SHARE),
        (_Picker(employers), voc.EMPLOYER_CONTACTS, EMPLOYER_SHARE),
        (_Picker(clients), voc.CLIENT_CONTACTS, 1.0),
    ]
    groups = [g for g in groups if g[0].total]
    if not groups:
        return
    # keys are plain numbers: hashing ids a hundred thousand times is the slow part
    number = {id(who): n for n, who in enumerate([*matches, *employers, *clients])}
    taken: dict[int, int] = {}
    moments: dict[int, datetime] = {}
    bodies = voc.NOTE_BODIES
    rows = gen.rows[ContactMoment]
    random_, getrandbits = rng.random, rng.getrandbits
    for _ in range(count):
        picker, vocabulary = _group(groups, random_())
        for _attempt in range(8):
            who = picker.pick(random_())
            day_index = who.first + int(random_() * (who.last - who.first + 1))
            key = number[id(who)] * 1_000_000 + day_index
            if taken.get(key, 0) < PER_DAY:
                break
        taken[key] = taken.get(key, 0) + 1
        slot = day_index * SLOTS_PER_DAY + int(random_() * SLOTS_PER_DAY)
        moment = moments.get(slot)
        if moment is None:
            moment = moments[slot] = gen.at(weekday(day_index), slot % SLOTS_PER_DAY)
        if moment <= who.after:  # on the day itself: after the registration
            moment = who.after + timedelta(minutes=15)
        kind, summary = vocabulary[int(random_() * len(vocabulary))]
        person: uuid.UUID | None = None
        staff = people.get(who.employer_id) if who.client_id is None else None
        if staff and random_() < 0.8:
            person = staff[0] if random_() < 0.7 else staff[int(random_() * len(staff))]
        rows.append({
            "id": uuid.UUID(int=getrandbits(128), version=4),
            "created_at": moment,
            "updated_at": moment,
            "client_id": who.client_id,
            "employer_id": who.employer_id,
            "contact_person_id": person,
            "kind": kind,
            "occurred_at": moment,
            "summary": summary,
            "body": bodies[int(random_() * len(bodies))] if random_() < 0.4 else None,
        })  # fmt: skip


Group = tuple["_Picker", tuple[tuple[Any, str], ...], float]


def _group(groups: list[Group], draw: float) -> tuple[_Picker, tuple[tuple[Any, str], ...]]:
    """The group a draw falls in by the shares; the last takes what is left."""
    for picker, vocabulary, share in groups[:-1]:
        if draw < share:
            return picker, vocabulary
        draw -= share
    return groups[-1][0], groups[-1][1]


class _Picker:
    """Draws subjects in proportion to how many weekdays each was known."""

    def __init__(self, subjects: list[_Subject]) -> None:
        self.subjects = subjects
        self.cumulative: list[int] = []
        total = 0
        for s in subjects:
            total += s.last - s.first + 1
            self.cumulative.append(total)
        self.total = total

    def pick(self, draw: float) -> _Subject:
        return self.subjects[bisect.bisect_right(self.cumulative, int(draw * self.total))]
