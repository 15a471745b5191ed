"""The aftercare calendar as iCalendar (RFC 5545), for Outlook, Thunderbird or a phone.

One VEVENT per appointment, with a UID that stays the same across exports and a SEQUENCE
that grows when the appointment moves or is cancelled (so a re-import updates instead of
duplicating or ignoring the change), times in Europe/Amsterdam with the VTIMEZONE included, and
a summary that names the person and the kind. Notes and check-in records stay out: the file
leaves the protected store.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from icalendar import Calendar, Event

from jobhunter import __version__
from jobhunter.models.enums import AppointmentKind, AppointmentStatus
from jobhunter.services.activity import AppointmentRow, AppointmentService
from jobhunter.services.clock import LOCAL_TZ, SYSTEM_CLOCK, Clock
from jobhunter.services.files import atomic_write
from jobhunter.services.input_limits import EARLIEST, LATEST
from jobhunter.services.privacy.audit import EXPORT_CALENDAR, record_event
from jobhunter.services.store import Store

log = logging.getLogger(__name__)

UID_DOMAIN = "jobhunter.local"
KIND_SUMMARY = {
    AppointmentKind.EMPLOYEE_CHECKIN: "Nazorg check-in",
    AppointmentKind.EMPLOYER_EVALUATION: "Evaluatie werkgever",
    AppointmentKind.JOBCOACH: "Jobcoach",
    AppointmentKind.PROBLEM_FOLLOWUP: "Opvolging probleem",
}
STATUS = {
    AppointmentStatus.PLANNED: "CONFIRMED",
    AppointmentStatus.DONE: "CONFIRMED",
    AppointmentStatus.CANCELLED: "CANCELLED",
}


def summary(row: AppointmentRow) -> str:
    """ "Nazorg check-in: Zoë Özdemir (Groenvoorziening Van Dijk)"."""
    kind = KIND_SUMMARY[row.kind]
    if row.client_name and row.employer_name:
        return f"{kind}: {row.client_name} ({row.employer_name})"
    return f"{kind}: {row.client_name or row.employer_name}"


def build_calendar(rows: list[AppointmentRow], now: datetime) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//Jobhunter//Jobhunter {__version__}//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Jobhunter nazorg")
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    for row in rows:
        event = Event()
        event.add("uid", f"{row.id}@{UID_DOMAIN}")
        event.add("dtstamp", now)
        # a calendar takes an update of an event it knows only with a higher SEQUENCE
        event.add("sequence", row.sequence)
        if row.updated_at is not None:
            event.add("last-modified", row.updated_at)
        event.add("dtstart", row.starts_at.astimezone(LOCAL_TZ))
        event.add("dtend", row.ends_at.astimezone(LOCAL_TZ))
        event.add("summary", summary(row))
        if row.location:
            event.add("location", row.location)
        event.add("status", STATUS[row.status])
        event.add("categories", ["Jobhunter", KIND_SUMMARY[row.kind]])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def exportable(row: AppointmentRow) -> bool:
    """Within the years a calendar (and the store since its input limits) takes; an older
    store may hold a typing error such as the year 9999, which must not spoil the export."""
    return all(
        EARLIEST.year <= moment.year <= LATEST.year for moment in (row.starts_at, row.ends_at)
    )


def write_calendar(store: Store, target: Path, clock: Clock = SYSTEM_CLOCK) -> int:
    """Write every appointment to ``target`` all at once or not at all (only over a regular
    file, private to the user) and record the export in the audit trail; returns how many
    were written."""
    rows = AppointmentService(store, clock).list_rows()
    usable = [row for row in rows if exportable(row)]
    if len(usable) < len(rows):
        log.warning(
            "%d appointments out of range left out of the calendar", len(rows) - len(usable)
        )
    target = Path(target)
    atomic_write(target, build_calendar(usable, clock.now()).to_ical())
    record_event(
        store, EXPORT_CALENDAR, "export", None, f"{len(usable)} afspraken naar {target}",
        clock=clock,
    )  # fmt: skip
    return len(usable)
