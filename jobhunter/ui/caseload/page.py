"""The Caseload tab: the filtered client list beside the open client file."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QSpinBox, QWidget

from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import Clock
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store
from jobhunter.ui.caseload.client_file import ClientFileWidget
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.hub import announce
from jobhunter.ui.record_page import RecordPage
from jobhunter.ui.tabs import client_tab

#: index of "No contact for more than N days" in the client list's choices (after "Active
#: clients", "All clients" and the phases)
STALE_CHOICE = 2 + len(Phase)


class NewClientDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New client"), parent)
        self.first = QLineEdit(self)
        self.first.setObjectName("first_name")
        self.last = QLineEdit(self)
        self.last.setObjectName("last_name")
        self.form.addRow(self.tr("First name"), self.first)
        self.form.addRow(self.tr("Last name"), self.last)
        self.finish_layout()

    def validate(self) -> str | None:
        if not self.first.text().strip() or not self.last.text().strip():
            return self.tr("Fill in the first and last name.")
        return None

    @classmethod
    def get_name(cls, parent: QWidget | None) -> tuple[tuple[str, str] | None, bool]:
        dialog = cls(parent)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None, False
        return (dialog.first.text().strip(), dialog.last.text().strip()), True


class CaseloadPage(RecordPage):
    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        self.clients = ClientService(store, clock)
        days = QSpinBox()
        days.setRange(1, 365)
        days.setValue(30)
        super().__init__(
            client_tab(store, clock, days.value), ClientFileWidget(store, clock), parent
        )
        self.stale_days = days
        days.setObjectName("stale_days")
        days.setSuffix(self.tr(" days"))
        days.setToolTip(self.tr("Used by the filter 'No contact for more than N days'"))
        self.list.add_bar_widget(days)
        days.valueChanged.connect(lambda _v: self.list.refilter())
        days.setVisible(False)
        self.list.choice_box.currentIndexChanged.connect(self._show_days_when_needed)
        # several clients can be chosen at once (to hand them over); the file shows the first
        self.list.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def _show_days_when_needed(self, index: int) -> None:
        self.stale_days.setVisible(index == STALE_CHOICE)

    def new_record(self) -> uuid.UUID | None:
        if not self.leave_current():
            return None
        names, ok = NewClientDialog.get_name(self)
        if not ok or names is None:
            return None
        try:
            client = self.clients.create(*names)
        except ValidationError as exc:
            self.file.show_message(str(exc))
            return None
        announce("client", [client.id])
        self.show_new(client.id)
        self.file.focus_first_field()
        return client.id
