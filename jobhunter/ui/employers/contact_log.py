"""The employer's contact log: calls, e-mails and notes with the contact person, as quick to
log as a client's (Ctrl+L, type, Enter). Every entry counts as the employer's last contact
and as the follow-up; the research ties durable placements to intensive employer contact."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import ContactKind
from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.services.employers import EmployerFile, EmployerService
from jobhunter.ui.employers.sections import EmployerSection
from jobhunter.ui.hub import announce
from jobhunter.ui.labels import label
from jobhunter.ui.section import fill_table, make_table, select_row
from jobhunter.ui.widgets import OptionalDateEdit

QUICK_KINDS = (ContactKind.CALL, ContactKind.EMAIL, ContactKind.NOTE)


class ContactLogSection(EmployerSection):
    """One line and Enter logs a call, e-mail or note, with whom, and when to follow up."""

    def __init__(
        self, employers: EmployerService, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(employers, parent)
        self.clock = clock
        self.kind = QComboBox(self)
        self.kind.setObjectName("contact_kind")
        for kind in QUICK_KINDS:
            self.kind.addItem(label(kind), kind.value)
        self.person = QComboBox(self)
        self.person.setObjectName("contact_person")
        self.person.setToolTip(self.tr("Who you spoke or wrote with"))
        self.quick = QLineEdit(self)
        self.quick.setObjectName("quick_contact")
        self.quick.setPlaceholderText(self.tr("What was discussed? Enter saves (Ctrl+L)"))
        self.quick.returnPressed.connect(self.add)
        self.follow_up = OptionalDateEdit(self)
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setToolTip(
            self.tr("Next follow-up; left empty, a follow-up due today or earlier is done")
        )
        self.table = make_table(
            self,
            [self.tr("When"), self.tr("Kind"), self.tr("With"), self.tr("About"),
             self.tr("Summary")],
        )  # fmt: skip
        self.table.setObjectName("contact_log")
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.person)
        row.addWidget(self.quick, 1)
        row.addWidget(QLabel(self.tr("Follow up on"), self))
        row.addWidget(self.follow_up)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def show_file(self, file: EmployerFile) -> None:
        super().show_file(file)
        chosen = self.person.currentData()
        self.person.clear()
        self.person.addItem("–", None)
        for person in file.contacts:  # the primary contact first
            self.person.addItem(person.name, str(person.id))
        index = self.person.findData(chosen) if chosen else -1
        self.person.setCurrentIndex(index if index > 0 else min(1, self.person.count() - 1))
        self.follow_up.clear_date()
        fill_table(
            self.table,
            [
                (
                    entry.id,
                    [
                        entry.occurred_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"),
                        label(entry.kind),
                        entry.contact_person or "",
                        entry.client_name or "",
                        entry.summary,
                    ],
                )
                for entry in self.employers.contact_log(file.employer.id)
            ],
            keep=0,
        )

    def add(self) -> None:
        if self.record_id is None:
            return
        person = self.person.currentData()
        employer_id = self.record_id
        moment = self._run(
            self.employers.log_contact,
            employer_id,
            ContactKind(self.kind.currentData()),
            self.quick.text(),
            contact_person_id=uuid.UUID(person) if person else None,
            follow_up_on=self.follow_up.value(),
        )
        if moment is not None:
            self.quick.clear()
            announce("contact_moment", [moment.id])
            announce("employer", [employer_id])

    def reveal(self, kind: str, record_id: uuid.UUID) -> bool:
        """A contact moment found by the search opens here, selected."""
        return kind == "contact_moment" and select_row(self.table, record_id)

    def focus_quick_line(self) -> None:
        self.quick.setFocus()
        self.quick.selectAll()


def install_employer_contact_shortcut(
    owner: QWidget, section: ContactLogSection, show: Callable[[], object]
) -> None:
    """Ctrl+L in the employer file jumps to the quick contact line, as in the client file."""
    shortcut = QShortcut(QKeySequence("Ctrl+L"), owner)
    shortcut.setWhatsThis(
        QCoreApplication.translate("ContactLogSection", "Write a contact in the employer file")
    )

    def jump() -> None:
        show()
        section.focus_quick_line()

    shortcut.activated.connect(jump)
