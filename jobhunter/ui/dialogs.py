"""The base of the small forms in dialogs: OK stays shut while the input breaks a rule.

The rule's message has its line kept free (it never pushes the buttons down) and goes as
soon as the user changes any field: it described the input as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobhunter.ui.labels import label


class FormDialog(QDialog):
    """A form with OK/Cancel that refuses to close while ``validate`` reports a problem."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #a4262c")
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() + 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        for edit in self.findChildren(QLineEdit):  # also those inside spin boxes and dates
            edit.textEdited.connect(self.error.clear)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.error.clear)
        for box in self.findChildren(QComboBox):
            box.activated.connect(self.error.clear)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self.error.clear)

    def validate(self) -> str | None:
        return None

    def _try_accept(self) -> None:
        problem = self.validate()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    @staticmethod
    def combo(parent: QWidget, values: Any, optional: bool = False) -> QComboBox:
        box = QComboBox(parent)
        if optional:
            box.addItem("–", None)
        for value in values:
            box.addItem(label(value), value.value)
        return box
