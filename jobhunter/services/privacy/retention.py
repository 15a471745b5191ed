"""Retention: a closed trajectory's file is kept for a set period, then erased, anonymised or
kept longer for a reason.

A file's retention date is the day its trajectory closed plus the retention period (two
years unless the user set another, under the setting key ``"retention"``); an extension made
since the closing moves it later. Files past their date are *due*: the start of the day
lists them, and the "Bewaartermijn verlopen" list offers the three decisions, each recorded
in the audit trail. An anonymised file is no longer personal data and is never due again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from jobhunter.models import Client, RetentionAction, RetentionDecision, Setting
from jobhunter.models.enums import Phase
from jobhunter.services import validation as v
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.errors import ValidationError
from jobhunter.services.privacy import audit
from jobhunter.services.privacy.anonymise import AnonymiseReport, AnonymiseService
from jobhunter.services.privacy.erasure import ErasureReport, ErasureService

SETTING_KEY = "retention"
DEFAULT_MONTHS = 24
MIN_MONTHS, MAX_MONTHS = 1, 240
#: what the start of the day says about a due file
AGENDA_TEXT = "Bewaartermijn verlopen"


@dataclass(frozen=True, slots=True)
class RetentionItem:
    """A closed file and until when it is kept."""

    client_id: uuid.UUID
    name: str
    closed_on: date
    retain_until: date
    #: the latest extension's reason, when the date was moved
    extended_reason: str | None

    def due(self, today: date) -> bool:
        return self.retain_until <= today

    def days_over(self, today: date) -> int:
        return (today - self.retain_until).days


def default_until(closed_on: date, months: int) -> date:
    return closed_on + relativedelta(months=months)


class RetentionService(Service):
    # --- the setting ----------------------------------------------------------------------
    def months(self) -> int:
        """The retention period after closing, in months."""
        with self.store.session() as session:
            stored = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
        return _months_from(stored)

    def set_months(self, months: int) -> int:
        if v.int_range(months, MIN_MONTHS, MAX_MONTHS, "De bewaartermijn", "months") is None:
            raise ValidationError("Geef een bewaartermijn op.", "months")
        with self.store.session() as session:
            setting = session.scalar(select(Setting).where(Setting.key == SETTING_KEY))
            if setting is None:
                setting = Setting(key=SETTING_KEY, value={"months": months})
                session.add(setting)
            else:
                setting.value = {"months": months}
            session.flush()
            self._audit(session, "update", setting, f"bewaartermijn {months} maanden")
        return months

    # --- reading --------------------------------------------------------------------------
    def schedule(self) -> list[RetentionItem]:
        """Every closed file that is still personal data, soonest date first."""
        return self._items(None)

    def _items(self, client_id: uuid.UUID | None) -> list[RetentionItem]:
        months = self.months()
        closed_stmt = select(
            Client.id, Client.first_name, Client.last_name, Client.phase_since
        ).where(Client.phase == Phase.CLOSED)
        decisions_stmt = select(RetentionDecision).order_by(RetentionDecision.created_at)
        if client_id is not None:  # the client file asks for one
            closed_stmt = closed_stmt.where(Client.id == client_id)
            decisions_stmt = decisions_stmt.where(RetentionDecision.client_id == client_id)
        with self.store.session() as session:
            closed = session.execute(closed_stmt).all()
            decisions = session.scalars(decisions_stmt).all() if closed else []
        anonymised = {d.client_id for d in decisions if d.action is RetentionAction.ANONYMISE}
        extensions: dict[uuid.UUID, list[RetentionDecision]] = {}
        for decision in decisions:
            if decision.action is RetentionAction.EXTEND:
                extensions.setdefault(decision.client_id, []).append(decision)
        items = []
        for found_id, first, last, closed_on in closed:
            if found_id in anonymised:
                continue
            until, reason = default_until(closed_on, months), None
            for extension in extensions.get(found_id, []):
                # an extension counts for the closing it was made after
                after_closing = extension.decided_on >= closed_on
                if after_closing and extension.until is not None and extension.until > until:
                    until, reason = extension.until, extension.reason
            items.append(RetentionItem(found_id, f"{first} {last}", closed_on, until, reason))
        return sorted(items, key=lambda i: (i.retain_until, i.name.casefold()))

    def due(self, on: date | None = None) -> list[RetentionItem]:
        """Closed files past their retention date, the longest overdue first."""
        today = on or self.clock.today()
        return [item for item in self.schedule() if item.due(today)]

    def for_client(self, client_id: uuid.UUID) -> RetentionItem | None:
        """The client's retention date, or None (open trajectory, or anonymised)."""
        return next(iter(self._items(client_id)), None)

    # --- the three decisions --------------------------------------------------------------
    def extend(self, client_id: uuid.UUID, until: date, reason: str) -> RetentionItem:
        """Keep a closed file until ``until``, for a reason (kept with the decision; the audit
        trail records the decision and the date, not the reason's words)."""
        reason = v.required_text(reason, "Een reden om langer te bewaren", "reason")
        today = self.clock.today()
        if until <= today:
            raise ValidationError("Een verlenging loopt tot een dag na vandaag.", "until")
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)
            if client.phase is not Phase.CLOSED:
                raise ValidationError("Alleen een afgesloten traject heeft een bewaartermijn.")
            session.add(
                RetentionDecision(
                    client_id=client_id,
                    action=RetentionAction.EXTEND,
                    decided_on=today,
                    until=until,
                    reason=reason,
                )
            )
            self._audit_event(
                session,
                audit.RETENTION_EXTEND,
                "client",
                client_id,
                f"bewaard tot {until.strftime('%d-%m-%Y')}",
                client_id=client_id,
            )
        item = self.for_client(client_id)
        assert item is not None
        return item

    def anonymise(self, client_id: uuid.UUID) -> AnonymiseReport:
        return AnonymiseService(self.store, self.clock).anonymise(client_id)

    def erase(self, client_id: uuid.UUID) -> ErasureReport:
        return ErasureService(self.store, self.clock).erase(client_id, action=audit.RETENTION_ERASE)


def _months_from(stored: Any) -> int:
    if isinstance(stored, dict):
        months = stored.get("months")
        if isinstance(months, int) and MIN_MONTHS <= months <= MAX_MONTHS:
            return months
    return DEFAULT_MONTHS
