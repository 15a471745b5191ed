"""The Caseload tab: the filtered client list beside the open client file."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import Phase
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import Clock
from jobhunter.services.errors import ValidationError
from jobhunter.services.store import Store
from jobhunter.ui.caseload.client_file import ClientFileWidget
from jobhunter.ui.record_tab import RecordTab
from jobhunter.ui.tabs import client_tab

#: index of "No contact for more than N days" in the client list's choices
STALE_CHOICE = 1 + len(Phase)


class NewClientDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New client"))
        self.first = QLineEdit(self)
        self.last = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a4262c")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("First name"), self.first)
        form.addRow(self.tr("Last name"), self.last)
        form.addRow(self.error)
        form.addRow(buttons)

    def _try_accept(self) -> None:
        if not self.first.text().strip() or not self.last.text().strip():
            self.error.setText(self.tr("Fill in the first and last name."))
            return
        self.accept()

    @classmethod
    def get_name(cls, parent: QWidget | None) -> tuple[tuple[str, str] | None, bool]:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return (dialog.first.text().strip(), dialog.last.text().strip()), True


class CaseloadPage(QWidget):
    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clients = ClientService(store, clock)
        self.stale_days = QSpinBox(self)
        self.stale_days.setRange(1, 365)
        self.stale_days.setValue(30)
        self.stale_days.setPrefix(self.tr("no contact > "))
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setToolTip(self.tr("Used by the filter 'No contact for more than N days'"))
        self.list: RecordTab = client_tab(store, clock, lambda: self.stale_days.value())
        self.list.add_bar_widget(self.stale_days)
        self.stale_days.valueChanged.connect(lambda _v: self.list.refilter())
        self.stale_days.setVisible(False)
        self.list.choice_box.currentIndexChanged.connect(self._show_days_when_needed)
        self.file = ClientFileWidget(store, clock, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.file)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.splitter = splitter
        self._shown: uuid.UUID | None = None
        self.list.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.file.clientChanged.connect(self._refresh_list_keep_selection)

    def _show_days_when_needed(self, index: int) -> None:
        text = self.list.choice_box.itemText(index)
        self.stale_days.setVisible(text == self.list.choice_box.itemText(STALE_CHOICE))

    def open_first(self) -> None:
        """Start with the first client open, so the keyboard works at once."""
        if self.list.proxy.rowCount() and self.list.selected_id() is None:
            self.list.view.selectRow(0)
        self.list.view.setFocus()

    # --- selection and the unsaved-changes guard ----------------------------------------
    def _on_selection(self, *_: object) -> None:
        selected = self.list.selected_id()
        if selected == self._shown:
            return
        if not self.leave_current():
            self.list.select_id(self._shown) if self._shown else None
            return
        self._shown = selected
        self.file.show_client(selected)

    def leave_current(self) -> bool:
        """Save pending edits before another client or closing; False keeps the user here."""
        problem = self.file.flush()
        if problem is None:
            return True
        if self.confirm_discard(problem):
            self.file.discard()
            return True
        return False

    def confirm_discard(self, problem: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Change not saved"),
            self.tr("This change could not be saved:\n%1\n\nDiscard it?").replace("%1", problem),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _refresh_list_keep_selection(self, _client_id: object) -> None:
        # Not inside the signal that announced the change: a model reset there would pull
        # the selection out from under the view that is still handling it.
        QTimer.singleShot(0, self._reload_list_quietly)

    def _reload_list_quietly(self) -> None:
        selection = self.list.view.selectionModel()
        selection.blockSignals(True)
        try:
            self.list.reload()
        finally:
            selection.blockSignals(False)

    def new_record(self) -> uuid.UUID | None:
        return self.new_client()

    def new_client(self) -> uuid.UUID | None:
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
        self.list.reload()
        self.list.select_id(client.id)
        self.file.sections.setCurrentWidget(self.file.intake)
        return client.id
