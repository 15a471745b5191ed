"""A form whose fields save themselves when the user leaves them.

A value that breaks a rule (an e-mail without a domain, a chance of 120 %) is not saved: the
field turns red, the message says why, and the value stays in the field to be corrected;
``flush`` lets the owner refuse to move on until it is corrected or undone. Corrected, or
emptied back to what is stored, the field loses its red and ``recovered`` tells the owner to
clear the message. Every save is announced on the hub as the form's ``kind``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from jobhunter.services.errors import ValidationError
from jobhunter.ui.flow_layout import FlowBox
from jobhunter.ui.hub import announce
from jobhunter.ui.labels import label
from jobhunter.ui.widgets import OptionalDateEdit, OptionalSpinBox, PlainTextEdit, TriStateBox

ERROR_STYLE = "border: 1px solid #a4262c; background: #fde2e1;"


@dataclass
class Binding:
    field: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]


class AutoSaveForm(QScrollArea):
    saved = Signal(object)  # the updated record
    failed = Signal(str)  # a Dutch message
    recovered = Signal()  # no field breaks a rule any more: the message can go

    def __init__(
        self, save: Callable[..., Any], parent: QWidget | None = None, *, kind: str = ""
    ) -> None:
        super().__init__(parent)
        self._save = save  # save(record_id, **changes) -> updated record
        self.kind = kind  # announced on the hub after each save ("client", "match"...)
        self.record_id: uuid.UUID | None = None
        self._saved: dict[str, Any] = {}
        self._bindings: list[Binding] = []
        self._refused: set[str] = set()  # fields shown red
        self._columns: QBoxLayout | None = None
        self._column_forms: tuple[QFormLayout, QFormLayout] | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def two_columns(self, parent_layout: QBoxLayout) -> tuple[QFormLayout, QFormLayout]:
        """Two forms side by side (fields with labels beside, and a column of text boxes with
        labels above) where the form is wide enough, one under the other where it is not."""
        left, right = self.new_form(), self.new_form(labels_above=True)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(12)
        self._columns.addLayout(left, 1)
        self._columns.addLayout(right, 1)
        parent_layout.addLayout(self._columns)
        self._column_forms = (left, right)
        return left, right

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._columns is None or self._column_forms is None:
            return
        left, right = self._column_forms
        wide = self.viewport().width() >= left.sizeHint().width() + right.sizeHint().width() + 40
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    @staticmethod
    def new_form(labels_above: bool = False) -> QFormLayout:
        """A form whose fields grow; ``labels_above`` suits a column of text boxes."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if labels_above:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        return form

    # --- building -----------------------------------------------------------------------
    def bind(
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

    def line(self, form: QFormLayout, field: str, text: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)

        def show(value: str | None) -> None:
            edit.setText(value or "")
            edit.setCursorPosition(0)  # a long text shows its start, not its end

        self.bind(
            form,
            field,
            text,
            edit,
            lambda: edit.text().strip() or None,
            show,
            edit.editingFinished,
        )
        return edit

    def text(self, form: QFormLayout, field: str, text: str) -> PlainTextEdit:
        edit = PlainTextEdit(self)
        self.bind(
            form,
            field,
            text,
            edit,
            lambda: edit.toPlainText().strip() or None,
            lambda v: edit.setPlainText(v or ""),
            edit.editingFinished,
        )
        return edit

    def spin(
        self, form: QFormLayout, field: str, text: str, low: int, high: int, empty: str = "–"
    ) -> OptionalSpinBox:
        spin = OptionalSpinBox(low, high, empty, self)
        self.bind(form, field, text, spin, spin.value_or_none, spin.set_value, spin.editingFinished)
        return spin

    def tri(self, form: QFormLayout, field: str, text: str) -> TriStateBox:
        box = TriStateBox(self)
        self.bind(form, field, text, box, box.value, box.set_value, box.activated)
        return box

    def date(self, form: QFormLayout, field: str, text: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self)
        self.bind(form, field, text, edit, edit.value, edit.set_value, edit.editingFinished)
        return edit

    def choice(
        self,
        form: QFormLayout,
        field: str,
        text: str,
        values: Sequence[Enum],
        optional: bool = True,
    ) -> QComboBox:
        box = QComboBox(self)
        if optional:
            box.addItem("–", None)
        for value in values:
            box.addItem(label(value), value.value)

        def get() -> Any:
            return box.currentData()

        def set_(value: Any) -> None:
            raw = value.value if isinstance(value, Enum) else value
            box.setCurrentIndex(max(box.findData(raw), 0))

        self.bind(form, field, text, box, get, set_, box.activated)
        return box

    def checks(self, form: QFormLayout, field: str, text: str, values: Sequence[Enum]) -> QWidget:
        """Several of a vocabulary may apply (motives, collective arrangements)."""
        holder = FlowBox(self, spacing=12)  # side by side where there is room
        boxes: dict[str, QCheckBox] = {}
        for value in values:
            box = QCheckBox(label(value), holder)
            box.setObjectName(f"{field}_{value.value}")
            holder.addWidget(box)
            boxes[value.value] = box

        def get() -> list[str] | None:
            return sorted(k for k, b in boxes.items() if b.isChecked()) or None

        def set_(selected: list[str] | None) -> None:
            for key, box in boxes.items():
                box.blockSignals(True)
                box.setChecked(key in (selected or []))
                box.blockSignals(False)

        self.bind(form, field, text, holder, get, set_, _AnyToggled(boxes.values()).toggled)
        return holder

    # --- behaviour ----------------------------------------------------------------------
    def show_record(self, record: Any) -> None:
        """Show ``record``. The same record shown again (it changed elsewhere) keeps what
        the user is still editing: a field with an edit not yet saved stays as it is."""
        same = self.record_id == record.id
        pending = self.pending() if same else {}
        self.record_id = record.id
        if not same:
            self._refused = set()
        for binding in self._bindings:
            binding.widget.blockSignals(True)
            binding.set(getattr(record, binding.field))
            self._saved[binding.field] = binding.get()
            if binding.field in pending:
                binding.set(pending[binding.field])  # still being edited: stays
            binding.widget.blockSignals(False)
            if binding.field not in pending:
                self._mark(binding, None)
        if not same:
            self.verticalScrollBar().setValue(0)

    def pending(self) -> dict[str, Any]:
        """Fields whose value in the form differs from what is stored."""
        return {b.field: b.get() for b in self._bindings if b.get() != self._saved.get(b.field)}

    def flush(self) -> str | None:
        """Save what changed; returns the problem (Dutch) when something could not be saved."""
        changes = self.pending()
        if self.record_id is None:
            return None
        if not changes:
            self._clear_refusals()  # emptied or put back to what is stored
            return None
        try:
            record = self._save(self.record_id, **changes)
        except ValidationError as exc:
            for binding in self._bindings:
                refused = binding.field == exc.field or (
                    binding.field in changes and exc.field is None and len(changes) == 1
                )
                self._mark(binding, str(exc) if refused else None)
            self.failed.emit(str(exc))
            return str(exc)
        for binding in self._bindings:
            if binding.field in changes:
                binding.widget.blockSignals(True)
                binding.set(getattr(record, binding.field))  # show the normalised value
                binding.widget.blockSignals(False)
                self._saved[binding.field] = binding.get()
        self._clear_refusals()
        if self.kind:
            announce(self.kind, [self.record_id], source=self)
        self.saved.emit(record)
        return None

    def discard(self) -> None:
        """Put the stored values back in the fields that were not saved."""
        pending = self.pending()
        for binding in self._bindings:
            if binding.field in pending:
                binding.widget.blockSignals(True)
                binding.set(self._saved[binding.field])
                binding.widget.blockSignals(False)
        self._clear_refusals()

    def focus_first_field(self) -> None:
        """Put the cursor in the first field, at the top (a new record opens like this)."""
        self.verticalScrollBar().setValue(0)
        if self._bindings:
            self._bindings[0].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark(self, binding: Binding, problem: str | None) -> None:
        binding.widget.setStyleSheet(ERROR_STYLE if problem else "")
        binding.widget.setToolTip(problem or "")
        if problem:
            self._refused.add(binding.field)
        else:
            self._refused.discard(binding.field)

    def _clear_refusals(self) -> None:
        if not self._refused:
            return
        for binding in self._bindings:
            if binding.field in self._refused:
                self._mark(binding, None)
        self.recovered.emit()


class _AnyToggled:
    """Collects the toggled signals of several check boxes into one connectable."""

    def __init__(self, boxes: Any) -> None:
        self._boxes = list(boxes)

    @property
    def toggled(self) -> _AnyToggled:
        return self

    def connect(self, slot: Callable[..., Any]) -> None:
        for box in self._boxes:
            box.toggled.connect(lambda _on: slot())
