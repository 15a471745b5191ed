"""A form whose fields save themselves when the user leaves them.

A value that breaks a rule (an e-mail without a domain, a chance of 120 %) is not saved: the
field turns red, the message says why, and the value stays in the field to be corrected;
``flush`` lets the owner refuse to move on until it is corrected or undone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from jobhunter.services.errors import ValidationError
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

    def __init__(self, save: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save  # save(record_id, **changes) -> updated record
        self.record_id: uuid.UUID | None = None
        self._saved: dict[str, Any] = {}
        self._bindings: list[Binding] = []
        self.setWidgetResizable(True)

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
        self.bind(
            form,
            field,
            text,
            edit,
            lambda: edit.text().strip() or None,
            lambda v: edit.setText(v or ""),
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
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for index, value in enumerate(values):
            box = QCheckBox(label(value), holder)
            box.setObjectName(f"{field}_{value.value}")
            grid.addWidget(box, *divmod(index, 2))
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
        self.record_id = record.id
        self._saved = {}
        for binding in self._bindings:
            binding.widget.blockSignals(True)
            binding.set(getattr(record, binding.field))
            binding.widget.blockSignals(False)
            binding.widget.setStyleSheet("")
            binding.widget.setToolTip("")
            self._saved[binding.field] = binding.get()

    def pending(self) -> dict[str, Any]:
        """Fields whose value in the form differs from what is stored."""
        return {b.field: b.get() for b in self._bindings if b.get() != self._saved.get(b.field)}

    def flush(self) -> str | None:
        """Save what changed; returns the problem (Dutch) when something could not be saved."""
        changes = self.pending()
        if self.record_id is None or not changes:
            return None
        for binding in self._bindings:
            binding.widget.setStyleSheet("")
            binding.widget.setToolTip("")
        try:
            record = self._save(self.record_id, **changes)
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
                binding.set(getattr(record, binding.field))  # show the normalised value
                binding.widget.blockSignals(False)
                self._saved[binding.field] = binding.get()
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
            binding.widget.setStyleSheet("")


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
