"""Kennismaking: personal data, background and the Werkverkenner, saved as you go.

Every field saves when the user leaves it. A value that breaks a rule (an e-mail without a
domain, a chance of 120 %) is not saved: the field turns red, the message says why, and the
value stays in the field to be corrected; ``flush`` lets the file refuse to be left until it
is corrected or undone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models import Client
from jobhunter.models.enums import DutchLevel
from jobhunter.services.caseload import FACTORS, CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.errors import ValidationError
from jobhunter.ui.caseload.dialogs import OptionalDateEdit
from jobhunter.ui.caseload.widgets import OptionalSpinBox, PlainTextEdit, TriStateBox
from jobhunter.ui.labels import FACTOR_LABELS, key_label

ERROR_STYLE = "border: 1px solid #a4262c; background: #fde2e1;"


@dataclass
class Binding:
    field: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]


class IntakeSection(QScrollArea):
    saved = Signal(object)  # the updated Client
    failed = Signal(str)  # a Dutch message

    def __init__(
        self, clients: ClientService, caseload: CaseloadService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self._caseload = caseload
        self._client_id: uuid.UUID | None = None
        self._saved: dict[str, Any] = {}
        self._bindings: list[Binding] = []
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        self._line(left, "first_name", self.tr("First name"))
        self._line(left, "last_name", self.tr("Last name"))
        self._spin(left, "birth_year", self.tr("Year of birth"), 1900, 2100)
        self._line(left, "phone", self.tr("Phone"), self.tr("06-12345678"))
        self._line(left, "email", self.tr("E-mail"))
        self._line(left, "postcode", self.tr("Postcode"), self.tr("1234 AB"))
        self._line(left, "city", self.tr("City"))
        self._line(left, "languages", self.tr("Languages"), self.tr("e.g. Arabic, Dutch"))
        level = QComboBox(self)
        level.addItem("–", None)
        for value in DutchLevel:
            level.addItem(value.value, value)
        self._bind(
            left,
            "dutch_level",
            self.tr("Dutch level"),
            level,
            level.currentData,
            lambda v: level.setCurrentIndex(max(level.findData(v), 0)),
            level.activated,
        )
        self._line(left, "education", self.tr("Education"))
        self._tri(left, "has_startkwalificatie", self.tr("Startkwalificatie"))
        self._tri(left, "driving_licence", self.tr("Driving licence"))
        self._tri(left, "own_transport", self.tr("Own transport"))
        self._spin(left, "hours_available", self.tr("Hours available per week"), 0, 60)

        self._text(right, "work_experience", self.tr("Work experience"))
        self._text(right, "wishes", self.tr("Wishes"))
        self._text(right, "skills", self.tr("Skills and talents"))
        self._text(right, "motivation", self.tr("Motivation"))
        self._date(right, "unemployed_since", self.tr("Unemployed since"))
        self._line(right, "next_action", self.tr("Next action"))
        self._date(right, "next_action_on", self.tr("Next action on"))

        werkverkenner = QGroupBox(self.tr("Werkverkenner"), body)
        wv_form = QFormLayout(werkverkenner)
        chance = self._spin(
            wv_form,
            "werkverkenner_chance",
            self.tr("Chance of work within a year"),
            0,
            100,
            empty=self.tr("not filled in"),
        )
        chance.setSuffix(" %")
        self._date(wv_form, "werkverkenner_date", self.tr("Filled in on"))
        factors = QGroupBox(self.tr("Scores on the 18 factors (1 = obstacle, 5 = strength)"))
        grid = QGridLayout(factors)
        self._factor_boxes: dict[str, QComboBox] = {}
        for i, factor in enumerate(FACTORS):
            box = QComboBox(factors)
            box.addItem("–", None)
            for score in range(1, 6):
                box.addItem(str(score), score)
            box.activated.connect(self._save_factors)
            self._factor_boxes[factor] = box
            row, col = divmod(i, 3)
            grid.addWidget(QLabel(key_label(FACTOR_LABELS, factor), factors), row, col * 2)
            grid.addWidget(box, row, col * 2 + 1)
        wv_form.addRow(factors)
        outer.addWidget(werkverkenner)
        outer.addStretch()

    # --- building -----------------------------------------------------------------------
    def _bind(
        self,
        form: QFormLayout,
        field: str,
        text: str,
        widget: QWidget,
        get: Callable[[], Any],
        set_: Callable[[Any], None],
        signal: Any,
    ) -> QWidget:
        widget.setObjectName(field)
        form.addRow(text, widget)
        self._bindings.append(Binding(field, widget, get, set_))
        signal.connect(self.flush)
        return widget

    def _line(self, form: QFormLayout, field: str, text: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        self._bind(
            form,
            field,
            text,
            edit,
            lambda: edit.text().strip() or None,
            lambda v: edit.setText(v or ""),
            edit.editingFinished,
        )
        return edit

    def _text(self, form: QFormLayout, field: str, text: str) -> PlainTextEdit:
        edit = PlainTextEdit(self)
        self._bind(
            form,
            field,
            text,
            edit,
            lambda: edit.toPlainText().strip() or None,
            lambda v: edit.setPlainText(v or ""),
            edit.editingFinished,
        )
        return edit

    def _spin(
        self, form: QFormLayout, field: str, text: str, low: int, high: int, empty: str = "–"
    ) -> OptionalSpinBox:
        spin = OptionalSpinBox(low, high, empty, self)
        self._bind(
            form, field, text, spin, spin.value_or_none, spin.set_value, spin.editingFinished
        )
        return spin

    def _tri(self, form: QFormLayout, field: str, text: str) -> TriStateBox:
        box = TriStateBox(self)
        self._bind(form, field, text, box, box.value, box.set_value, box.activated)
        return box

    def _date(self, form: QFormLayout, field: str, text: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self)
        self._bind(form, field, text, edit, edit.value, edit.set_value, edit.editingFinished)
        return edit

    # --- behaviour ----------------------------------------------------------------------
    def show_client(self, client: Client) -> None:
        self._client_id = client.id
        self._saved = {}
        for binding in self._bindings:
            value = getattr(client, binding.field)
            binding.widget.blockSignals(True)
            binding.set(value)
            binding.widget.blockSignals(False)
            binding.widget.setStyleSheet("")
            binding.widget.setToolTip("")
            self._saved[binding.field] = binding.get()
        scores = client.werkverkenner_factors or {}
        for factor, box in self._factor_boxes.items():
            box.setCurrentIndex(max(box.findData(scores.get(factor)), 0))

    def pending(self) -> dict[str, Any]:
        """Fields whose value in the form differs from what is stored."""
        return {b.field: b.get() for b in self._bindings if b.get() != self._saved.get(b.field)}

    def flush(self) -> str | None:
        """Save what changed; returns the problem (Dutch) when something could not be saved."""
        changes = self.pending()
        if self._client_id is None or not changes:
            return None
        for binding in self._bindings:
            binding.widget.setStyleSheet("")
            binding.widget.setToolTip("")
        try:
            client = self._clients.update(self._client_id, **changes)
        except ValidationError as exc:
            for binding in self._bindings:
                if binding.field == exc.field:
                    binding.widget.setStyleSheet(ERROR_STYLE)
                    binding.widget.setToolTip(str(exc))
            self.failed.emit(str(exc))
            return str(exc)
        for binding in self._bindings:
            if binding.field in changes:
                binding.widget.blockSignals(True)
                binding.set(getattr(client, binding.field))  # show the normalised value
                binding.widget.blockSignals(False)
                self._saved[binding.field] = binding.get()
        self.saved.emit(client)
        return None

    def discard(self) -> None:
        """Put the stored values back in the fields that were not saved."""
        for binding in self._bindings:
            if binding.field in self.pending():
                binding.widget.blockSignals(True)
                binding.set(self._saved[binding.field])
                binding.widget.blockSignals(False)
            binding.widget.setStyleSheet("")

    def _save_factors(self) -> None:
        if self._client_id is None:
            return
        scores = {f: box.currentData() for f, box in self._factor_boxes.items()}
        client = self._caseload.set_factor_scores(self._client_id, scores)
        self.saved.emit(client)
