"""The Nazorg tab: the calendar (month, week, agenda) beside the open appointment, the
problems that are not solved yet, and the placements with their schedules and outcomes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Appointment
from jobhunter.models.enums import AppointmentKind, AppointmentStatus, ProblemOwner, ProblemStatus
from jobhunter.services.activity import AppointmentService
from jobhunter.services.aftercare import AftercareService, PlacementRow, ProblemRow
from jobhunter.services.clock import LOCAL_TZ, Clock, local_day, local_midnight
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.placements import PlacementService
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.calendar import KIND_COLOURS, CalendarView, MonthView, WeekView
from jobhunter.ui.aftercare.dialogs import (
    OutcomeDialog,
    ProblemDialog,
    ScheduleDialog,
    TemplatesDialog,
)
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.forms import AutoSaveForm
from jobhunter.ui.hub import Changes, announce, listen
from jobhunter.ui.labels import label
from jobhunter.ui.phase_offer import PhaseOfferBar
from jobhunter.ui.record_page import confirm_discard
from jobhunter.ui.rich_text import line, lines
from jobhunter.ui.section import fill_table, fmt_date, make_table, selected_id, wrap_first_column
from jobhunter.ui.tabs import appointment_tab, fmt_short
from jobhunter.ui.widgets import MessageLabel, OptionalDateTimeEdit

MONTH, WEEK, AGENDA = range(3)


class AppointmentForm(AutoSaveForm):
    """The open appointment: when and where, and the check-in record."""

    def __init__(self, service: AftercareService, parent: QWidget | None = None) -> None:
        super().__init__(self._save, parent, kind="appointment")
        self.service = service
        holder = QWidget(self)
        form = self.new_form()
        column = QVBoxLayout(holder)
        column.addLayout(form)
        column.addStretch(1)
        when = OptionalDateTimeEdit(self)
        self.bind(form, "starts_at", self.tr("When"), when, when.value, when.set_value,
                  when.editingFinished)  # fmt: skip
        self.choice(form, "kind", self.tr("Kind"), list(AppointmentKind), optional=False)
        self.line(form, "location", self.tr("Location"))
        self.choice(form, "status", self.tr("Status"), list(AppointmentStatus), optional=False)
        self.text(form, "discussed", self.tr("What was discussed"))
        self.spin(form, "employee_rating", self.tr("How it goes: employee (1-5)"), 1, 5)
        self.spin(form, "employer_rating", self.tr("How it goes: employer (1-5)"), 1, 5)
        self.text(form, "notes", self.tr("Notes"))
        self.setWidget(holder)

    def _save(self, appointment_id: uuid.UUID, **changes: Any) -> Appointment:
        starts = changes.pop("starts_at", None)
        if starts is not None:
            self.service.reschedule(appointment_id, starts)
        if changes:
            return self.service.update(appointment_id, **changes)
        return self.service.get(appointment_id)


class AppointmentPanel(QWidget):
    """The open appointment; its edits are announced on the hub, and it follows changes
    made elsewhere (moved in the calendar, its client renamed)."""

    openRecord = Signal(str, object)

    def __init__(self, service: AftercareService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.appointments = AppointmentService(service.store, service.clock)
        self.appointment: Appointment | None = None
        self.empty = QLabel(self.tr("Choose an appointment in the calendar."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setObjectName("appointment_title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.form = AppointmentForm(service, self)
        self.message = MessageLabel(self)
        self.done_button = QPushButton(self.tr("Check-in done"), self)
        self.done_button.setObjectName("checkin_done")
        self.done_button.setToolTip(self.tr("Record what was discussed and close the check-in"))
        self.problem_button = QPushButton(self.tr("Problem raised…"), self)
        self.problem_button.setObjectName("raise_problem")
        self.match_button = QPushButton(self.tr("Open the match"), self)
        self.done_button.clicked.connect(self.check_in_done)
        self.problem_button.clicked.connect(self.raise_problem)
        self.match_button.clicked.connect(
            lambda: (
                self.appointment
                and self.appointment.match_id
                and self.openRecord.emit("match", self.appointment.match_id)
            )
        )
        self.form.saved.connect(lambda _r: self.message.clear())
        self.form.failed.connect(self.message.setText)
        self.form.recovered.connect(self.message.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.problem_button)
        buttons.addStretch()
        buttons.addWidget(self.match_button)
        filled = QWidget(self)
        body = QVBoxLayout(filled)
        body.setContentsMargins(4, 4, 4, 4)
        body.addWidget(self.title)
        body.addWidget(self.form, 1)
        body.addWidget(self.message)
        body.addLayout(buttons)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(filled)
        listen(self, ("appointment", "client", "employer"), self._take_changes, skip_own=True)

    def _take_changes(self, changes: Changes) -> None:
        shown = self.appointment
        if shown is None:
            return
        if (
            changes.touches("appointment", shown.id)
            or changes.touches("client", shown.client_id)
            or changes.touches("employer", shown.employer_id)
        ):
            self.show_appointment(shown.id)

    def show_appointment(self, appointment_id: uuid.UUID | None) -> None:
        """Show an appointment, with whom it is as the store has it now."""
        self.message.clear()
        if appointment_id is None:
            self.appointment = None
            self.stack.setCurrentIndex(0)
            return
        try:
            self.appointment = self.service.get(appointment_id)
        except NotFoundError:
            self.appointment = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        colour = KIND_COLOURS[self.appointment.kind].name()
        names = self._names(appointment_id)
        self.title.setText(
            f"<span style='color:{colour}'>■</span> {label(self.appointment.kind)}"
            + (f" — {names}" if names else "")
        )
        self.form.show_record(self.appointment)
        linked = self.appointment.match_id is not None
        self.problem_button.setEnabled(linked)
        self.match_button.setEnabled(linked)
        # a check-in is recorded once it has started, not before
        started = self.appointment.starts_at <= self.service.clock.now()
        self.done_button.setEnabled(
            self.appointment.status is AppointmentStatus.PLANNED and started
        )
        self.done_button.setToolTip(
            "" if started else self.tr("This appointment has not taken place yet.")
        )

    def _names(self, appointment_id: uuid.UUID) -> str:
        rows = self.appointments.list_rows(ids=[appointment_id])
        if not rows:
            return ""
        return " — ".join(n for n in (rows[0].client_name, rows[0].employer_name) if n)

    def flush(self) -> str | None:
        return self.form.flush() if self.appointment is not None else None

    def discard(self) -> None:
        self.form.discard()

    def check_in_done(self) -> None:
        if self.appointment is None or self.form.flush() is not None:
            return
        try:
            stored = self.service.get(self.appointment.id)
            self.service.record_checkin(
                stored.id, stored.discussed or "", stored.employee_rating, stored.employer_rating
            )
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        announce("appointment", [stored.id], source=self)
        self.show_appointment(self.appointment.id)

    def raise_problem(self) -> None:
        if self.appointment is None or self.appointment.match_id is None:
            return
        values = ProblemDialog.get_values(self)
        if values is None:
            return
        try:
            problem = self.service.add_problem(self.appointment.match_id, values[0], values[1],
                                               appointment_id=self.appointment.id)  # fmt: skip
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        announce("problem", [problem.id], source=self)


class ProblemsPanel(QWidget):
    """Problems stay here until solved: owner, status and solution edited in place. Each
    problem reads whole (wrapped), with whose placement it is and since when."""

    def __init__(self, service: AftercareService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[ProblemRow] = []
        self.table = make_table(self, [self.tr("Problem"), self.tr("Owner"),
                                       self.tr("Status")])  # fmt: skip
        self.table.setObjectName("problems")
        wrap_first_column(self.table)
        self.show_solved = QCheckBox(self.tr("Show solved problems too"), self)
        self.owner = FormDialog.combo(self, list(ProblemOwner))
        self.owner.setObjectName("problem_owner")
        self.status = FormDialog.combo(self, list(ProblemStatus))
        self.status.setObjectName("problem_status")
        self.solution = QLineEdit(self)
        self.solution.setObjectName("problem_solution")
        self.solution.setPlaceholderText(self.tr("How it was solved (needed to close it)"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_problem")
        self.message = MessageLabel(self)
        editor = QFormLayout()
        editor.addRow(self.tr("Owner"), self.owner)
        editor.addRow(self.tr("Status"), self.status)
        editor.addRow(self.tr("Solution"), self.solution)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_solved)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        self.show_solved.toggled.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.save_button.clicked.connect(self.save)

    def reload(self, *_: object) -> None:
        selected = selected_id(self.table)
        self.rows = self.service.problems(open_only=not self.show_solved.isChecked())
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        lines(
                            line(r.description),
                            line(
                                f"{r.client_name} — {r.employer_name}",
                                fmt_date(r.raised_on),
                                muted=True,
                            ),
                        ),
                        label(r.owner),
                        label(r.status),
                    ],
                )
                for r in self.rows
            ],
        )
        self.table.resizeRowsToContents()
        if selected is not None:
            for number, row in enumerate(self.rows):
                if row.id == selected:
                    self.table.selectRow(number)

    def _show_selected(self) -> None:
        selected = selected_id(self.table)
        row = next((r for r in self.rows if r.id == selected), None)
        if row is None:
            return
        self.owner.setCurrentIndex(self.owner.findData(row.owner.value))
        self.status.setCurrentIndex(self.status.findData(row.status.value))
        self.solution.setText(row.solution or "")
        self.message.clear()

    def save(self) -> bool:
        selected = selected_id(self.table)
        if selected is None:
            self.message.setText(self.tr("Select a problem first."))
            return False
        try:
            self.service.update_problem(
                selected,
                owner=ProblemOwner(self.owner.currentData()),
                solution=self.solution.text(),
                status=ProblemStatus(self.status.currentData()),
            )
        except ValidationError as exc:
            self.message.setText(str(exc))
            return False
        announce("problem", [selected], source=self)
        self.message.clear()
        self.reload()
        return True


class PlacementsPanel(QWidget):
    """Everyone placed: is a schedule planned, what comes next, open problems; outcomes."""

    #: a dropout was recorded for this match (id, reason): the pipeline may follow
    droppedOut = Signal(object, str)

    def __init__(self, service: AftercareService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[PlacementRow] = []
        self.table = make_table(self, [self.tr("Placement"), self.tr("Planned"),
                                       self.tr("Next"), self.tr("Problems")])  # fmt: skip
        self.table.setObjectName("placements")
        wrap_first_column(self.table)
        plan = QPushButton(self.tr("Plan aftercare…"), self)
        plan.setObjectName("plan_aftercare")
        outcome = QPushButton(self.tr("Record outcome…"), self)
        outcome.setObjectName("record_outcome")
        plan.clicked.connect(lambda: self._with_selected(self.plan))
        outcome.clicked.connect(lambda: self._with_selected(self.record_outcome))
        self.table.doubleClicked.connect(lambda *_: self._with_selected(self.plan))
        # the step in the trajectory the selected placement offers: Nazorg, or closing
        self.offer = PhaseOfferBar(PlacementService(service.store, service.clock), self)
        self.offer.accepted.connect(lambda _client: self.reload())
        self.table.itemSelectionChanged.connect(self._show_offer)
        buttons = QHBoxLayout()
        buttons.addWidget(plan)
        buttons.addWidget(outcome)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.offer)
        layout.addLayout(buttons)

    def reload(self) -> None:
        self.rows = self.service.placements()
        since = self.tr("since %1")
        fill_table(
            self.table,
            [
                (
                    r.match_id,
                    [
                        lines(
                            line(r.client_name, bold=True),
                            line(
                                r.employer_name,
                                since.replace("%1", fmt_date(r.started_on)),
                                muted=True,
                            ),
                        ),
                        str(r.planned) if r.planned else self.tr("none: plan!"),
                        fmt_short(r.next_at),
                        str(r.open_problems or ""),
                    ],
                )
                for r in self.rows
            ],
            keep=0,  # the short columns must stay in view
        )
        self.table.resizeRowsToContents()

    def _show_offer(self) -> None:
        selected = selected_id(self.table)
        placements = self.offer.placements
        offer = None
        if selected is not None:
            offer = placements.closing_offer(selected) or placements.aftercare_offer(selected)
        self.offer.show_offer(offer)

    def _with_selected(self, action: Any) -> None:
        selected = selected_id(self.table)
        row = next((r for r in self.rows if r.match_id == selected), None)
        if row is not None:
            action(row.match_id, f"{row.client_name} — {row.employer_name}")

    def plan(self, match_id: uuid.UUID, who: str) -> int:
        dialog = ScheduleDialog(self.service, match_id, who, self)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return 0
        announce("appointment", [])  # a schedule: new appointments for this match
        return dialog.created

    def record_outcome(self, match_id: uuid.UUID, who: str) -> bool:
        dialog = OutcomeDialog(self.service, match_id, who, self)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return False
        announce("outcome", [dialog.outcome_id] if dialog.outcome_id else [])
        # twelve months on and still working: the bar offers to close the trajectory
        self.offer.show_offer(self.offer.placements.closing_offer(match_id))
        if dialog.dropped_out:
            self.droppedOut.emit(match_id, dialog.reason.text().strip())
        return True


class AftercarePage(QWidget):
    """The calendar follows the hub: what it shows reloads after a change to appointments,
    their clients, employers, matches or problems; the side lists when looked at."""

    openRecord = Signal(str, object)
    droppedOut = Signal(object, str)

    #: what the calendar and its side lists show
    FOLLOWS = ("appointment", "client", "employer", "match", "problem", "outcome")

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.service = AftercareService(store, clock)
        self.appointments = AppointmentService(store, clock)
        self.list = appointment_tab(store, clock)
        self.month = MonthView(clock, self)
        self.month.setObjectName("month_view")
        self.week = WeekView(clock, self)
        self.week.setObjectName("week_view")
        self.views = QStackedWidget(self)
        for view in (self.month, self.week, self.list):
            self.views.addWidget(view)
        self.views.setCurrentIndex(WEEK)

        self.view_group = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        for number, text in enumerate((self.tr("Month"), self.tr("Week"), self.tr("Agenda"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            self.view_group.addButton(button, number)
            bar.addWidget(button)
        self.view_group.button(WEEK).setChecked(True)
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.today_button = QPushButton(self.tr("Today (Ctrl+T)"), self)
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("period")
        self.period_label.setStyleSheet("font-weight: 600; padding-left: 8px;")
        self.templates_button = QPushButton(self.tr("Templates…"), self)
        for widget in (self.previous_button, self.today_button, self.next_button,
                       self.period_label):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.templates_button)
        # the colour key sits under the calendar: in the bar it made the window wider than a
        # 1366-pixel laptop screen
        legend = QLabel(
            "  ".join(
                f"<span style='color:{KIND_COLOURS[k].name()}'>■</span> {label(k)}"
                for k in AppointmentKind
            ),
            self,
        )
        legend.setObjectName("legend")
        legend.setWordWrap(True)
        legend.setContentsMargins(8, 2, 8, 2)
        calendar_side = QWidget(self)
        calendar_layout = QVBoxLayout(calendar_side)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.setSpacing(0)
        calendar_layout.addWidget(self.views, 1)
        calendar_layout.addWidget(legend)

        self.panel = AppointmentPanel(self.service, self)
        self.problems = ProblemsPanel(self.service, self)
        self.placements = PlacementsPanel(self.service, self)
        self.side = QTabWidget(self)
        self.side.addTab(self.panel, self.tr("Appointment"))
        self.side.addTab(self.problems, self.tr("Open problems"))
        self.side.addTab(self.placements, self.tr("Placements"))
        self._stale_panels: set[Any] = set()
        self.side.currentChanged.connect(self._reload_visible_panel)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(calendar_side)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 520])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.view_group.idClicked.connect(self.set_view)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.templates_button.clicked.connect(self.edit_templates)
        for calendar in (self.month, self.week):
            calendar.appointmentSelected.connect(self.open_appointment)
            calendar.appointmentActivated.connect(self.open_appointment)
            calendar.stepRequested.connect(self.step)
        self.month.daySelected.connect(self._open_week_of)
        self.week.moveRequested.connect(self.move_appointment)
        self.list.view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_appointment(self.list.selected_id())
        )
        self.panel.openRecord.connect(self.openRecord)
        self.placements.droppedOut.connect(self.droppedOut)
        self._stale = True  # the calendar reads its period when first shown
        listen(self, self.FOLLOWS, self._take_changes)

    def _take_changes(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- views ----------------------------------------------------------------------------
    def current_calendar(self) -> CalendarView | None:
        widget = self.views.currentWidget()
        return widget if isinstance(widget, CalendarView) else None

    def set_view(self, view: int) -> None:
        anchor = (self.current_calendar() or self.week).anchor
        self.views.setCurrentIndex(view)
        self.view_group.button(view).setChecked(True)
        calendar = self.current_calendar()
        if calendar is not None:
            calendar.set_anchor(anchor)
        self.refresh()

    def step(self, direction: int) -> None:
        calendar = self.current_calendar()
        if calendar is not None:
            calendar.step(direction)
            self.refresh()

    def go_today(self) -> None:
        """Ctrl+T: the calendar shows today (the week view if the agenda was shown)."""
        if self.current_calendar() is None:
            self.set_view(WEEK)
        calendar = self.current_calendar()
        assert calendar is not None
        calendar.set_anchor(self.clock.today())
        self.refresh()
        calendar.setFocus()

    def _open_week_of(self, day: Any) -> None:
        self.week.set_anchor(day)
        self.set_view(WEEK)

    def refresh(self, *_: object) -> None:
        """Reload what the visible calendar shows, and the side panels."""
        self._stale = False
        calendar = self.current_calendar()
        if calendar is not None:
            start, end = calendar.period()
            calendar.set_rows(
                self.appointments.list_rows(local_midnight(start), local_midnight(end))
            )
            self.period_label.setText(calendar.title())
        else:
            self.period_label.setText(self.tr("All appointments"))
        for button in (self.previous_button, self.next_button):
            button.setEnabled(calendar is not None)
        # the lists beside the calendar load when they are looked at
        self._stale_panels = {self.problems, self.placements}
        self._reload_visible_panel()
        count = self.service.open_problem_count()
        self.side.setTabText(1, self.tr("Open problems") + (f" ({count})" if count else ""))

    def _reload_visible_panel(self, *_: object) -> None:
        panel = self.side.currentWidget()
        if isinstance(panel, ProblemsPanel | PlacementsPanel) and panel in self._stale_panels:
            self._stale_panels.discard(panel)
            panel.reload()

    # --- appointments ---------------------------------------------------------------------
    def open_appointment(self, appointment_id: uuid.UUID | None) -> None:
        if appointment_id is None or not self.leave_current():
            return
        self.panel.show_appointment(appointment_id)
        self.side.setCurrentWidget(self.panel)
        for calendar in (self.month, self.week):
            calendar.selected = appointment_id
            calendar.update()

    def show_appointment(self, appointment_id: uuid.UUID) -> bool:
        """From elsewhere (search, a client file): the week of the appointment, opened."""
        try:
            appointment = self.service.get(appointment_id)
        except NotFoundError:
            return False
        self.week.set_anchor(appointment.starts_at.astimezone(LOCAL_TZ).date())
        self.set_view(WEEK)
        self.open_appointment(appointment_id)
        return True

    def move_appointment(self, appointment_id: uuid.UUID, starts_at: datetime) -> bool:
        if not self.leave_current():
            return False
        try:
            self.service.reschedule(appointment_id, starts_at)
        except ValidationError as exc:
            self.panel.message.setText(str(exc))
            return False
        calendar = self.current_calendar()
        if calendar is not None:
            start, end = calendar.period()
            if not start <= local_day(starts_at) < end:
                calendar.set_anchor(local_day(starts_at))  # moved past the week's edge
        announce("appointment", [appointment_id])
        self.refresh()
        self.open_appointment(appointment_id)
        return True

    def leave_current(self) -> bool:
        """Save pending edits; False when the user chose to stay and correct them."""
        problem = self.panel.flush()
        if problem is None:
            return True
        if confirm_discard(self, problem):
            self.panel.discard()
            return True
        return False

    def plan(self, match_id: uuid.UUID, who: str) -> int:
        """Offer a schedule for a placement (from the pipeline, when a match is placed)."""
        created = self.placements.plan(match_id, who)
        if created:
            first = min(
                (r.starts_at for r in self.appointments.list_rows() if r.match_id == match_id),
                default=None,
            )
            if first is not None:
                self.week.set_anchor(first.astimezone(LOCAL_TZ).date())
            self.refresh()
        return created

    def edit_templates(self) -> bool:
        dialog = TemplatesDialog(self.service, self)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return False
        announce("setting", [])
        return True
