"""The client file's sections after the intake: each shows one part and saves at once."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import BarrierKind, ContactKind, DocumentKind, Phase, Stage
from jobhunter.services.activity import ContactService
from jobhunter.services.caseload import (
    WORK_SKILLS,
    CaseloadService,
    ClientFile,
    needs_adjustment,
    timeline_of,
    weak_without_follow_up,
)
from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.ui.caseload.dialogs import ConsentDialog, InterventionDialog, effect_labels
from jobhunter.ui.flow_layout import button_row
from jobhunter.ui.labels import CONSENT_CATEGORY_LABELS, SKILL_LABELS, key_label, label
from jobhunter.ui.section import (
    Section,
    fill_table,
    fmt_date,
    make_table,
    select_row,
    selected_id,
)
from jobhunter.ui.table_model import fold

ALERT = QColor("#a4262c")


class ClientSection(Section):
    """A section of the client file; ``caseload`` is the client-file service."""

    owner_kind = "client"

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        self.caseload = caseload
        self.client_id: uuid.UUID | None = None

    def show_file(self, file: ClientFile) -> None:
        self.client_id = self.record_id = file.client.id


class BarrierSection(ClientSection):
    """Belemmeringen as a checklist with severity and note, and the work-skills rubric."""

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        body = QWidget(self)
        barriers = QGroupBox(self.tr("Barriers"), body)
        grid = QGridLayout(barriers)
        self._rows: dict[BarrierKind, tuple[QCheckBox, QComboBox, QLineEdit]] = {}
        severities = [self.tr("light"), self.tr("moderate"), self.tr("severe")]
        for row, kind in enumerate(BarrierKind):
            check = QCheckBox(label(kind), barriers)
            check.setObjectName(f"barrier_{kind.value}")
            severity = QComboBox(barriers)
            for level, text in enumerate(severities, 1):
                severity.addItem(text, level)
            severity.setCurrentIndex(1)
            note = QLineEdit(barriers)
            note.setPlaceholderText(self.tr("Note"))
            note.setMinimumWidth(80)
            check.toggled.connect(lambda _on, k=kind: self._save(k))
            severity.activated.connect(lambda _i, k=kind: self._save(k))
            note.editingFinished.connect(lambda k=kind: self._save(k))
            grid.addWidget(check, row, 0)
            grid.addWidget(severity, row, 1)
            grid.addWidget(note, row, 2)
            self._rows[kind] = (check, severity, note)
        grid.setColumnStretch(2, 1)

        skills = QGroupBox(self.tr("Employee skills"), body)
        skill_grid = QGridLayout(skills)
        self._skills: dict[str, QComboBox] = {}
        scale = [
            "–",
            self.tr("1 not yet"),
            self.tr("2 weak"),
            self.tr("3 sufficient"),
            self.tr("4 good"),
        ]
        for row, skill in enumerate(WORK_SKILLS):
            box = QComboBox(skills)
            box.setObjectName(f"skill_{skill}")
            for score, text in enumerate(scale):
                box.addItem(text, score or None)
            box.activated.connect(self._save_skills)
            skill_grid.addWidget(QLabel(key_label(SKILL_LABELS, skill), skills), row, 0)
            skill_grid.addWidget(box, row, 1)
            self._skills[skill] = box
        skill_grid.setColumnStretch(2, 1)
        # the barriers beside the skills where there is room, else the skills below
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.addWidget(barriers, 3)
        self.columns.addWidget(skills, 2)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._side_by_side = barriers.minimumSizeHint().width() + skills.minimumSizeHint().width()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self._side_by_side + 40
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        present = {b.kind: b for b in file.barriers}
        for kind, (check, severity, note) in self._rows.items():
            barrier = present.get(kind)
            for widget in (check, severity, note):
                widget.blockSignals(True)
            check.setChecked(barrier is not None)
            severity.setCurrentIndex((barrier.severity if barrier else 2) - 1)
            note.setText(barrier.note or "" if barrier else "")
            note.setCursorPosition(0)
            for widget in (check, severity, note):
                widget.blockSignals(False)
        scores = file.client.work_skills or {}
        for skill, box in self._skills.items():
            box.setCurrentIndex(max(box.findData(scores.get(skill)), 0))

    def _save(self, kind: BarrierKind) -> None:
        if self.client_id is None:
            return
        check, severity, note = self._rows[kind]
        if check.isChecked():
            self._run(
                self.caseload.set_barrier, self.client_id, kind, severity.currentData(), note.text()
            )
        else:
            self._run(self.caseload.clear_barrier, self.client_id, kind)

    def _save_skills(self) -> None:
        if self.client_id is not None:
            scores = {skill: box.currentData() for skill, box in self._skills.items()}
            self._run(self.caseload.set_work_skills, self.client_id, scores)


class PlanSection(ClientSection):
    """Plan van aanpak: interventions with goal, dates, status and the effect seen."""

    def __init__(self, caseload: CaseloadService, clock: Clock, parent: QWidget | None = None):
        super().__init__(caseload, parent)
        self.clock = clock
        self.table = make_table(
            self,
            [
                self.tr("Kind"),
                self.tr("Goal"),
                self.tr("Attention"),
                self.tr("Status"),
                self.tr("Effect"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Addresses"),
                self.tr("Approach"),
                self.tr("Evaluation"),
            ],
        )
        self.table.setObjectName("plan")
        self.table.doubleClicked.connect(self.edit)
        add = QPushButton(self.tr("&Add intervention…"), self)
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.clicked.connect(self.edit)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row(add, edit, remove))
        self._items: dict[uuid.UUID, Any] = {}
        self._barriers: set[BarrierKind] = set()

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        self._items = {i.id: i for i in file.interventions}
        self._barriers = {b.kind for b in file.barriers}
        today = self.clock.today()
        effects = effect_labels()
        rows = []
        for item in file.interventions:
            flag = self.tr("adjust?") if needs_adjustment(item, today) else ""
            addressed = ", ".join(label(BarrierKind(b)) for b in item.barriers or [])
            rows.append(
                (
                    item.id,
                    [
                        label(item.kind),
                        item.goal,
                        flag,
                        label(item.status),
                        effects.get(item.effect or 0, "")
                        + (f" → {label(item.follow_up)}" if item.follow_up else ""),
                        fmt_date(item.start_date),
                        fmt_date(item.end_date),
                        addressed,
                        item.approach or "",
                        item.evaluation or "",
                    ],
                )
            )
        fill_table(self.table, rows)
        for r, item in enumerate(file.interventions):
            flag_item = self.table.item(r, 2)
            if flag_item.text():
                flag_item.setForeground(QBrush(ALERT))
                flag_item.setToolTip(
                    self.tr("Weak effect: choose a follow-up")
                    if weak_without_follow_up(item)
                    else self.tr("Past its end date without an evaluation")
                )

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        return kind == "intervention" and select_row(self.table, record_id)

    def add(self) -> None:
        values, ok = InterventionDialog.get_values(self, client_barriers=self._barriers)
        if ok and values and self.client_id:
            self._run(self.caseload.save_intervention, self.client_id, **vars(values))

    def edit(self) -> None:
        selected = selected_id(self.table)
        if selected is None or self.client_id is None:
            return
        values, ok = InterventionDialog.get_values(
            self, self._items[selected], client_barriers=self._barriers
        )
        if ok and values:
            self._run(
                self.caseload.save_intervention,
                self.client_id,
                intervention_id=selected,
                **vars(values),
            )

    def remove(self) -> None:
        selected = selected_id(self.table)
        if selected is not None:
            self._run(self.caseload.delete_intervention, selected)


class GoalSection(ClientSection):
    """Learning goals the client sets, with dated reflections under each."""

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [self.tr("Learning goal / reflection"), self.tr("Date"), self.tr("Achieved")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.new_goal = QLineEdit(self)
        self.new_goal.setPlaceholderText(self.tr("New learning goal, in the client's words; Enter"))
        self.new_goal.returnPressed.connect(self.add_goal)
        reflect = QPushButton(self.tr("Add &reflection…"), self)
        reflect.clicked.connect(self.add_reflection)
        row = QHBoxLayout()
        row.addWidget(self.new_goal, 1)
        row.addWidget(reflect)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree)

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        self.tree.clear()
        for goal in file.goals:
            top = QTreeWidgetItem(
                [goal.text, fmt_date(goal.set_on), self.tr("yes") if goal.achieved else ""]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, str(goal.id))
            for reflection in goal.reflections:
                child = QTreeWidgetItem([reflection.text, fmt_date(reflection.written_on), ""])
                child.setData(0, Qt.ItemDataRole.UserRole, str(goal.id))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def add_goal(self) -> None:
        if self.client_id and self._run(
            self.caseload.add_goal, self.client_id, self.new_goal.text()
        ):
            self.new_goal.clear()

    def add_reflection(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.failed.emit(self.tr("Select a learning goal first."))
            return
        goal_id = uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole))
        text, ok = QInputDialog.getText(
            self, self.tr("Reflection"), self.tr("What did the client learn?")
        )
        if ok and text.strip():
            self._run(self.caseload.reflect, goal_id, text)


class ContactSection(ClientSection):
    """The contact log: one line and Enter adds a moment (Ctrl+L jumps here)."""

    def __init__(
        self, caseload: CaseloadService, contacts: ContactService, parent: QWidget | None = None
    ) -> None:
        super().__init__(caseload, parent)
        self.contacts = contacts
        self.kind = QComboBox(self)
        for kind in (ContactKind.CALL, ContactKind.VISIT, ContactKind.EMAIL, ContactKind.NOTE):
            self.kind.addItem(label(kind), kind)
        self.quick = QLineEdit(self)
        self.quick.setObjectName("quick_contact")
        self.quick.setPlaceholderText(self.tr("What happened? Enter saves (Ctrl+L)"))
        self.quick.returnPressed.connect(self.add)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Search the log…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = make_table(
            self, [self.tr("When"), self.tr("Kind"), self.tr("Summary"), self.tr("Details")]
        )
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.quick, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            return
        moments = self.contacts.log_for_client(self.client_id)
        fill_table(
            self.table,
            [
                (
                    m.id,
                    [
                        m.occurred_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"),
                        label(m.kind),
                        m.summary,
                        m.body or "",
                    ],
                )
                for m in moments
            ],
        )
        self._apply_filter(self.filter.text())

    def add(self) -> None:
        if self.client_id is None:
            return
        moment = self._run(
            self.contacts.log, self.kind.currentData(), self.quick.text(), client_id=self.client_id
        )
        if moment is not None:
            self.announce("contact_moment", [moment.id])
            self.quick.clear()
            self.reload()

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        """A contact moment found by the search: the log shows it, filter or not."""
        if kind != "contact_moment":
            return False
        self.filter.clear()
        return select_row(self.table, record_id)

    def _apply_filter(self, text: str) -> None:
        words = fold(text).split()
        if not words:
            for r in range(self.table.rowCount()):
                self.table.setRowHidden(r, False)
            return
        for r in range(self.table.rowCount()):
            row_text = fold(" ".join(self.table.item(r, c).text() for c in range(4)))
            self.table.setRowHidden(r, not all(w in row_text for w in words))


class DocumentSection(ClientSection):
    """Attached files; the current CV is marked because employers ask for it."""

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        self.table = make_table(
            self,
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Added"),
                self.tr("Current CV"),
                self.tr("File"),
            ],
        )
        self.table.doubleClicked.connect(self.open_selected)
        self.kind = QComboBox(self)
        for kind in DocumentKind:
            self.kind.addItem(label(kind), kind)
        add = QPushButton(self.tr("&Attach file…"), self)
        add.clicked.connect(self.attach_dialog)
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.clicked.connect(self.open_selected)
        current = QPushButton(self.tr("Mark as current CV"), self)
        current.clicked.connect(self.mark_current)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row(self.kind, add, open_button, current, remove))
        self._documents: dict[uuid.UUID, Any] = {}

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        self._documents = {d.id: d for d in file.documents}
        fill_table(
            self.table,
            [
                (
                    d.id,
                    [
                        d.title,
                        label(d.kind),
                        fmt_date(d.added_on),
                        "★" if d.is_current_cv else "",
                        d.original_name,
                    ],
                )
                for d in file.documents
            ],
        )

    def attach_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"))
        if path:
            self.attach(Path(path))

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        return kind == "document" and select_row(self.table, record_id)

    def attach(self, path: Path) -> None:
        if self.client_id is not None:
            document = self._run(
                self.caseload.attach, self.client_id, path, self.kind.currentData()
            )
            if document is not None:
                self.announce("document", [document.id])

    def open_selected(self) -> None:
        selected = selected_id(self.table)
        if selected is None:
            return
        path = self.caseload.document_path(self._documents[selected])
        if not path.exists():
            self.failed.emit(
                self.tr("The file is missing from the data folder: %1").replace("%1", str(path))
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def mark_current(self) -> None:
        selected = selected_id(self.table)
        if selected is not None:
            self._run(self.caseload.mark_current_cv, selected)
            self.announce("document", [selected])

    def remove(self) -> None:
        selected = selected_id(self.table)
        if selected is not None:
            self._run(self.caseload.remove_document, selected)
            self.announce("document", [selected])


class ConsentSection(ClientSection):
    """What the client agreed may be shared, with whom, since when; withdrawals stay visible."""

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        self.table = make_table(
            self,
            [
                self.tr("With whom"),
                self.tr("What may be shared"),
                self.tr("Since"),
                self.tr("Withdrawn"),
            ],
        )
        give = QPushButton(self.tr("Record &consent…"), self)
        give.clicked.connect(self.give)
        withdraw = QPushButton(self.tr("&Withdraw"), self)
        withdraw.clicked.connect(self.withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row(give, withdraw))

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        rows = []
        for c in file.consents:
            withdrawn = ""
            if c.withdrawn_on:
                withdrawn = fmt_date(c.withdrawn_on)
                if c.withdrawn_reason:
                    withdrawn += f" ({c.withdrawn_reason})"
            scope = c.scope
            if c.categories:  # the sensitive information named explicitly
                named = ", ".join(key_label(CONSENT_CATEGORY_LABELS, v) for v in c.categories)
                scope += "  [" + self.tr("also: %1").replace("%1", named) + "]"
            rows.append((c.id, [label(c.party), scope, fmt_date(c.given_on), withdrawn]))
        fill_table(self.table, rows)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 3).text():
                for col in range(4):
                    self.table.item(r, col).setForeground(QBrush(QColor("#6b6b6b")))

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        return kind == "consent" and select_row(self.table, record_id)

    def give(self) -> None:
        values, ok = ConsentDialog.get_consent(self)
        if ok and values and self.client_id:
            party, scope, given, categories = values
            consent = self._run(
                self.caseload.give_consent, self.client_id, party, scope, given, categories
            )
            if consent is not None:
                self.announce("consent", [consent.id])

    def withdraw(self) -> None:
        selected = selected_id(self.table)
        if selected is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Withdraw consent"), self.tr("Reason (optional)")
        )
        if ok and self._run(self.caseload.withdraw_consent, selected, reason) is not None:
            self.announce("consent", [selected])


class OverviewSection(ClientSection):
    """This client's matches and aftercare (double-click opens them), and the timeline."""

    openRecord = Signal(str, object)
    #: the user wants ranked open workplaces for this client (its id)
    findWorkplaces = Signal(object)

    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(caseload, parent)
        self.matches = QListWidget(self)
        find = QPushButton(self.tr("Find &workplaces…"), self)
        find.setObjectName("find_workplaces")
        find.setToolTip(self.tr("Open workplaces ranked for this client"))
        find.clicked.connect(self._find_workplaces)
        self.appointments = QListWidget(self)
        self.timeline = QListWidget(self)
        self.matches.itemActivated.connect(lambda item: self._open("match", item))
        self.appointments.itemActivated.connect(lambda item: self._open("appointment", item))
        left = QVBoxLayout()
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Matches</b>"), self))
        heading.addStretch()
        heading.addWidget(find)
        left.addLayout(heading)
        left.addWidget(self.matches)
        left.addWidget(QLabel(self.tr("<b>Aftercare</b>"), self))
        left.addWidget(self.appointments)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Trajectory timeline</b>"), self))
        right.addWidget(self.timeline)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def show_file(self, file: ClientFile) -> None:
        super().show_file(file)
        self.matches.clear()
        for match in file.matches:
            workplace = f" — {match.workplace.title}" if match.workplace else ""
            item = QListWidgetItem(f"{match.employer.name}{workplace}: {label(match.stage)}")
            item.setData(Qt.ItemDataRole.UserRole, str(match.id))
            self.matches.addItem(item)
        self.appointments.clear()
        for appointment in file.appointments:
            when = appointment.starts_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
            text = f"{when}  {label(appointment.kind)} ({label(appointment.status)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(appointment.id))
            self.appointments.addItem(item)
        self.timeline.clear()
        for entry in timeline_of(file):
            when = entry.at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y")
            if entry.kind == "phase":
                text = self.tr("%1  Phase: %2 — %3 (%4)")
                value = label(Phase(entry.value))
            else:
                text = self.tr("%1  Match at %4: %2 %3")
                value = label(Stage(entry.value))
            note = entry.note
            self.timeline.addItem(
                text.replace("%1", when)
                .replace("%2", value)
                .replace("%3", note)
                .replace("%4", entry.who)
            )

    def _find_workplaces(self) -> None:
        if self.record_id is not None:
            self.findWorkplaces.emit(self.record_id)

    def _open(self, kind: str, item: QListWidgetItem) -> None:
        self.openRecord.emit(kind, uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))


def install_quick_contact_shortcut(owner: QWidget, section: ContactSection, show: Any) -> None:
    shortcut = QShortcut(QKeySequence("Ctrl+L"), owner)
    shortcut.setWhatsThis(
        QCoreApplication.translate("ContactSection", "Write a contact moment in the client file")
    )
    shortcut.activated.connect(lambda: (show(), section.quick.setFocus()))
