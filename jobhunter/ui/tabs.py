"""The four record lists: which columns, filters and highlights each has, and which
changes announced on the hub each follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from jobhunter.models.enums import AppointmentStatus, Phase, RelationshipStatus, Sector, Stage
from jobhunter.services.activity import AppointmentRow, AppointmentService
from jobhunter.services.caseload import WERKVERKENNER_PHASES
from jobhunter.services.clients import ClientKey, ClientRow, ClientService
from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.services.employers import EmployerRow, EmployerService
from jobhunter.services.matches import MatchRow, MatchService
from jobhunter.services.relations import RelationService
from jobhunter.services.store import Store
from jobhunter.ui.labels import label, short_label
from jobhunter.ui.record_model import RecordListModel, needs_rows
from jobhunter.ui.record_tab import RecordTab
from jobhunter.ui.table_model import Column, RowStyle
from jobhunter.ui.translate import QT_TRANSLATE_NOOP

WARNING_BG = QColor("#fff4d6")
ALERT_BG = QColor("#fde2e1")
ALERT_FG = QColor("#a4262c")
MUTED_FG = QColor("#6b6b6b")
TODAY_BG = QColor("#e3f0ff")

#: days without contact after which a client or employer needs attention
STALE_CONTACT_DAYS = 30


def _t(text: str) -> str:
    return QCoreApplication.translate("tabs", text)


def fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M") if value else ""


def fmt_short(value: datetime | None) -> str:
    """Day and time without the year, where a column is narrow."""
    return value.astimezone(LOCAL_TZ).strftime("%d-%m %H:%M") if value else ""


def fmt_days(days: int | None) -> str:
    if days is None:
        return _t(QT_TRANSLATE_NOOP("tabs", "never"))
    if days == 0:
        return _t(QT_TRANSLATE_NOOP("tabs", "today"))
    return QCoreApplication.translate("tabs", "%n day(s)", "", days)


def fmt_percent(value: int | None) -> str:
    return _t(QT_TRANSLATE_NOOP("tabs", "not filled in")) if value is None else f"{value} %"


# ---------------------------------------------------------------------------------------
def client_tab(store: Store, clock: Clock, stale_days: Callable[[], int] = lambda: 30) -> RecordTab:
    """The caseload. It opens on the clients whose trajectory runs; closed ones are one
    choice away ("All clients", or the phase "Closed").

    The list holds every client's key (``ClientKey``: name, phase, next action,
    Werkverkenner, city) and reads the full row (last contact, main barrier) of the clients
    shown: opening it takes as long with years of closed files and contact moments as
    without. Sorting by last contact or main barrier, or choosing "no contact for more
    than N days", reads every row once."""
    service = ClientService(store, clock)
    today = clock.today()

    @needs_rows
    def is_stale(row: ClientRow) -> bool:
        days = row.days_since_contact
        return row.phase is not Phase.CLOSED and (days is None or days > stale_days())

    def contact_style(row: ClientRow) -> RowStyle | None:
        if is_stale(row):
            return RowStyle(
                background=WARNING_BG, tooltip=_t(QT_TRANSLATE_NOOP("tabs", "No recent contact"))
            )
        return None

    def chance_style(row: ClientRow) -> RowStyle | None:
        if row.phase not in WERKVERKENNER_PHASES:
            return RowStyle(foreground=MUTED_FG)  # no advice once placed or closed
        if row.werkverkenner_chance is None:
            hint = _t(QT_TRANSLATE_NOOP("tabs", "Encourage filling in the Werkverkenner"))
            return RowStyle(foreground=MUTED_FG, tooltip=hint)
        if row.werkverkenner_chance < 50:
            return RowStyle(
                foreground=ALERT_FG,
                tooltip=_t(QT_TRANSLATE_NOOP("tabs", "Below 50 %: invite for a talk now")),
            )
        return None

    def action_style(row: ClientRow) -> RowStyle | None:
        if row.next_action_on is not None and row.next_action_on < today:
            return RowStyle(
                background=ALERT_BG, tooltip=_t(QT_TRANSLATE_NOOP("tabs", "Next action overdue"))
            )
        return None

    def next_action(row: ClientRow) -> str:
        if row.next_action is None:
            return ""
        when = f" ({fmt_date(row.next_action_on)})" if row.next_action_on else ""
        return f"{row.next_action}{when}"

    columns: list[Column[ClientRow]] = [
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, keyed=True),
        Column(
            QT_TRANSLATE_NOOP("columns", "Phase"),
            lambda r: short_label(r.phase),
            sort=lambda r: list(Phase).index(r.phase),
            style=lambda r: RowStyle(tooltip=label(r.phase)),
            keyed=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Last contact"),
            lambda r: fmt_days(r.days_since_contact),
            sort=lambda r: r.days_since_contact if r.days_since_contact is not None else 10**6,
            align_right=True,
            style=contact_style,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Next action"),
            next_action,
            sort=lambda r: r.next_action_on or date.max,
            style=action_style,
            keyed=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Main barrier"), lambda r: label(r.main_barrier)),
        Column(
            QT_TRANSLATE_NOOP("columns", "Werkverkenner"),
            lambda r: fmt_percent(r.werkverkenner_chance),
            sort=lambda r: -1 if r.werkverkenner_chance is None else r.werkverkenner_chance,
            align_right=True,
            style=chance_style,
            keyed=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city or "", keyed=True),
    ]
    model: RecordListModel[ClientKey, ClientRow] = RecordListModel(
        columns,
        row_id=lambda r: r.id,
        keys=lambda ids: service.list_keys(ids=ids),
        rows=lambda ids: service.list_rows(ids=ids),
    )
    choices: list[tuple[str, Any]] = [
        (_t(QT_TRANSLATE_NOOP("tabs", "Active clients")), lambda r: r.phase is not Phase.CLOSED),
        (_t(QT_TRANSLATE_NOOP("tabs", "All clients")), None),
    ]
    choices += [(label(p), (lambda r, p=p: r.phase is p)) for p in Phase]
    choices += [
        (_t(QT_TRANSLATE_NOOP("tabs", "No contact for more than N days")), is_stale),
        (
            _t(QT_TRANSLATE_NOOP("tabs", "Werkverkenner not filled in")),
            lambda r: r.werkverkenner_chance is None,
        ),
        (
            _t(QT_TRANSLATE_NOOP("tabs", "Werkverkenner below 50 %")),
            lambda r: r.werkverkenner_chance is not None and r.werkverkenner_chance < 50,
        ),
    ]
    tab = RecordTab(
        model,
        placeholder=_t(QT_TRANSLATE_NOOP("tabs", "Filter clients…")),
        choices=choices,
        # beside the file: who, where in the trajectory, how long ago, what next
        hidden=("Main barrier", "Werkverkenner", "City"),
    )
    tab.follow("client", derived=("contact_moment",), relations=RelationService(store, clock))
    return tab


def employer_tab(store: Store, clock: Clock) -> RecordTab:
    service = EmployerService(store, clock)
    today = clock.today()

    def row_style(row: EmployerRow) -> RowStyle | None:
        if row.ended_for_discrimination:
            flag = _t(QT_TRANSLATE_NOOP("tabs", "Cooperation ended because of discrimination"))
            reason = f": {row.ended_reason}" if row.ended_reason else ""
            return RowStyle(foreground=ALERT_FG, tooltip=f"{flag}{reason}")
        if row.status is RelationshipStatus.ENDED:
            return RowStyle(foreground=MUTED_FG, tooltip=row.ended_reason)
        return None

    def follow_up_style(row: EmployerRow) -> RowStyle | None:
        if row.follow_up_on is not None and row.follow_up_on < today:
            return RowStyle(
                background=ALERT_BG,
                bold=True,
                tooltip=_t(QT_TRANSLATE_NOOP("tabs", "Follow-up overdue")),
            )
        if row.follow_up_on == today:
            return RowStyle(background=TODAY_BG, bold=True)
        return None

    def status_text(row: EmployerRow) -> str:
        text = label(row.status)
        if row.ended_for_discrimination:
            reason = _t(QT_TRANSLATE_NOOP("tabs", "discrimination"))
            return f"⚠ {text} ({reason})"
        return text

    columns: list[Column[EmployerRow]] = [
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("columns", "Relationship"), status_text),
        Column(QT_TRANSLATE_NOOP("columns", "Follow up on"), lambda r: fmt_date(r.follow_up_on),
               sort=lambda r: r.follow_up_on, style=follow_up_style),
        Column(QT_TRANSLATE_NOOP("columns", "Last contact"),
               lambda r: fmt_days(r.days_since_contact),
               sort=lambda r: r.days_since_contact if r.days_since_contact is not None else 10**6,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Placements"), lambda r: str(r.placements),
               sort=lambda r: r.placements, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Open workplaces"), lambda r: str(r.open_workplaces),
               sort=lambda r: r.open_workplaces, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Sector"), lambda r: label(r.sector)),
        Column(QT_TRANSLATE_NOOP("columns", "Size"), lambda r: label(r.size),
               sort=lambda r: -1 if r.size is None else list(type(r.size)).index(r.size)),
        Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city or ""),
    ]  # fmt: skip
    model: RecordListModel[EmployerRow, EmployerRow] = RecordListModel(
        columns, lambda r: r.id, row_style, keys=lambda ids: service.list_rows(ids=ids)
    )
    choices: list[tuple[str, Any]] = [(_t(QT_TRANSLATE_NOOP("tabs", "All relationships")), None)]
    choices += [(label(s), (lambda r, s=s: r.status is s)) for s in RelationshipStatus]
    choices.append(
        (
            _t(QT_TRANSLATE_NOOP("tabs", "Follow-up overdue")),
            lambda r: r.follow_up_on is not None and r.follow_up_on < clock.today(),
        )
    )
    choices.append(
        (
            _t(QT_TRANSLATE_NOOP("tabs", "Ended because of discrimination")),
            lambda r: r.ended_for_discrimination,
        )
    )
    choices += [(label(s), (lambda r, s=s: r.sector is s)) for s in Sector]
    tab = RecordTab(
        model,
        placeholder=_t(QT_TRANSLATE_NOOP("tabs", "Filter employers…")),
        choices=choices,
        # beside the file: who, how the relation stands, when to call, how long ago
        hidden=("Placements", "Open workplaces", "Sector", "Size", "City"),
    )
    # last contact, placements and open workplaces come from other records
    tab.follow(
        "employer",
        derived=("contact_moment", "match", "workplace"),
        relations=RelationService(store, clock),
    )
    return tab


def match_tab(store: Store, clock: Clock) -> RecordTab:
    service = MatchService(store, clock)

    def stage_style(row: MatchRow) -> RowStyle | None:
        if row.stalled:
            return RowStyle(
                background=WARNING_BG, tooltip=_t(QT_TRANSLATE_NOOP("tabs", "Long in this stage"))
            )
        if row.stage.is_outcome:
            return RowStyle(foreground=MUTED_FG)
        return None

    columns: list[Column[MatchRow]] = [
        Column(QT_TRANSLATE_NOOP("columns", "Client"), lambda r: r.client_name),
        Column(QT_TRANSLATE_NOOP("columns", "Employer"), lambda r: r.employer_name),
        Column(QT_TRANSLATE_NOOP("columns", "Workplace"), lambda r: r.workplace_title or ""),
        Column(QT_TRANSLATE_NOOP("columns", "Stage"), lambda r: label(r.stage),
               sort=lambda r: list(Stage).index(r.stage)),
        Column(QT_TRANSLATE_NOOP("columns", "Days in stage"), lambda r: str(r.days_in_stage),
               sort=lambda r: r.days_in_stage, align_right=True, style=stage_style),
        Column(QT_TRANSLATE_NOOP("columns", "Next step"), lambda r: r.next_step or ""),
    ]  # fmt: skip
    model: RecordListModel[MatchRow, MatchRow] = RecordListModel(
        columns, lambda r: r.id, keys=lambda ids: service.list_rows(ids=ids)
    )
    choices: list[tuple[str, Any]] = [
        (_t(QT_TRANSLATE_NOOP("tabs", "Open matches")), lambda r: r.stage.is_open),
        (_t(QT_TRANSLATE_NOOP("tabs", "All matches")), None),
    ]
    choices += [(label(s), (lambda r, s=s: r.stage is s)) for s in Stage]
    tab = RecordTab(
        model,
        placeholder=_t(QT_TRANSLATE_NOOP("tabs", "Filter matches…")),
        choices=choices,
        sort_column=3,
    )
    tab.follow(
        "match",
        links={"client": "client_id", "employer": "employer_id", "workplace": "workplace_id"},
    )
    return tab


def appointment_tab(store: Store, clock: Clock) -> RecordTab:
    service = AppointmentService(store, clock)

    def row_style(row: AppointmentRow) -> RowStyle | None:
        now = clock.now()
        if row.is_overdue(now):
            return RowStyle(
                background=ALERT_BG,
                tooltip=_t(QT_TRANSLATE_NOOP("tabs", "Overdue: not yet recorded as done")),
            )
        if row.starts_at.astimezone(LOCAL_TZ).date() == clock.today():
            return RowStyle(background=TODAY_BG, bold=True)
        if row.status is AppointmentStatus.CANCELLED:
            return RowStyle(foreground=MUTED_FG)
        return None

    columns: list[Column[AppointmentRow]] = [
        Column(QT_TRANSLATE_NOOP("columns", "When"), lambda r: fmt_datetime(r.starts_at),
               sort=lambda r: r.starts_at),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.kind)),
        Column(QT_TRANSLATE_NOOP("columns", "Client"), lambda r: r.client_name or ""),
        Column(QT_TRANSLATE_NOOP("columns", "Employer"), lambda r: r.employer_name or ""),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status)),
        Column(QT_TRANSLATE_NOOP("columns", "Location"), lambda r: r.location or ""),
    ]  # fmt: skip
    model: RecordListModel[AppointmentRow, AppointmentRow] = RecordListModel(
        columns, lambda r: r.id, row_style, keys=lambda ids: service.list_rows(ids=ids)
    )

    def upcoming(r: AppointmentRow) -> bool:
        return r.starts_at.astimezone(LOCAL_TZ).date() >= clock.today() or r.is_overdue(clock.now())

    choices: list[tuple[str, Any]] = [
        (_t(QT_TRANSLATE_NOOP("tabs", "Upcoming and overdue")), upcoming),
        (_t(QT_TRANSLATE_NOOP("tabs", "Overdue")), lambda r: r.is_overdue(clock.now())),
        (_t(QT_TRANSLATE_NOOP("tabs", "All appointments")), None),
    ]
    tab = RecordTab(
        model,
        placeholder=_t(QT_TRANSLATE_NOOP("tabs", "Filter appointments…")),
        choices=choices,
        hidden=("Location",),
    )
    tab.follow(
        "appointment",
        links={"client": "client_id", "employer": "employer_id", "match": "match_id"},
    )
    return tab
