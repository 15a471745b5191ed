"""A tab with a record list beside the open record's file, guarding unsaved edits."""

from __future__ import annotations

import uuid
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from jobhunter.ui.hub import current_hub
from jobhunter.ui.record_tab import RecordTab


class RecordFile(Protocol):
    """What a page needs of the file beside its list."""

    def show_record(self, record_id: uuid.UUID | None) -> None: ...
    def flush(self) -> str | None: ...
    def discard(self) -> None: ...


def confirm_discard(parent: QWidget, problem: str) -> bool:
    """An edit breaks a rule and the user wants to move on: discard it, or stay and fix it?"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RecordPage", "Change not saved"),
        QCoreApplication.translate(
            "RecordPage", "This change could not be saved:\n%1\n\nDiscard it?"
        ).replace("%1", problem),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class RecordPage(QWidget):
    """The list on the left, the file on the right. Moving to another record (or closing)
    first saves pending edits; an edit that breaks a rule asks whether to discard it."""

    def __init__(self, records: RecordTab, file: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = records
        self.file = file
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.file)
        # the list wide enough for its first four columns, the file the rest
        splitter.setStretchFactor(0, 9)
        splitter.setStretchFactor(1, 11)
        splitter.setSizes([600, 740])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._shown: uuid.UUID | None = None
        self.list.view.selectionModel().selectionChanged.connect(self._on_selection)

    def open_first(self) -> None:
        """Show the first record, so the keyboard works at once."""
        if self.list.proxy.rowCount() and self.list.selected_id() is None:
            self.list.view.selectRow(0)
        self.list.view.setFocus()

    def _on_selection(self, *_: object) -> None:
        selected = self.list.selected_id()
        if selected == self._shown:
            return
        if not self.leave_current():
            if self._shown is not None:
                self.list.select_id(self._shown)
            return
        self._shown = selected
        self.file.show_record(selected)

    def leave_current(self) -> bool:
        """Save pending edits; False when the user chose to stay and correct them."""
        problem = self.file.flush()
        if problem is None:
            return True
        if self.confirm_discard(problem):
            self.file.discard()
            return True
        return False

    def confirm_discard(self, problem: str) -> bool:
        return confirm_discard(self, problem)

    def show_new(self, record_id: uuid.UUID) -> None:
        """A record just created (and announced): the list takes it in and opens it."""
        current_hub().flush()
        if self.list.model.row_of(record_id) is None:
            self.list.update_rows([record_id])
        self.list.select_id(record_id)
