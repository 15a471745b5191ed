"""Overdracht ontvangen: the preview of what a packet would change, and a decision per
conflict and per likely duplicate before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.handover.merge import Decision, ItemKind, Key, Preview, PreviewItem
from jobhunter.ui.translate import QT_TRANSLATE_NOOP

_KIND = {
    ItemKind.NEW: QT_TRANSLATE_NOOP("ImportDialog", "%n new"),
    ItemKind.NEWER: QT_TRANSLATE_NOOP("ImportDialog", "%n newer in the packet"),
    ItemKind.IDENTICAL: QT_TRANSLATE_NOOP("ImportDialog", "%n identical"),
    ItemKind.LOCAL_NEWER: QT_TRANSLATE_NOOP("ImportDialog", "%n newer here (kept)"),
    ItemKind.CONFLICT: QT_TRANSLATE_NOOP("ImportDialog", "%n conflict(s)"),
    ItemKind.DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "%n likely duplicate(s)"),
}
_ITEM = {
    ItemKind.CONFLICT: QT_TRANSLATE_NOOP("ImportDialog", "Changed on both sides"),
    ItemKind.DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "Likely duplicate"),
}
_DECISION = {
    Decision.TAKE_PACKET: QT_TRANSLATE_NOOP("ImportDialog", "Take the packet's version"),
    Decision.KEEP_LOCAL: QT_TRANSLATE_NOOP("ImportDialog", "Keep mine"),
    Decision.MERGE: QT_TRANSLATE_NOOP("ImportDialog", "Merge (mine, gaps filled)"),
    Decision.SEPARATE: QT_TRANSLATE_NOOP("ImportDialog", "Different person: keep both"),
}
_DUPLICATE_DECISION = {
    Decision.TAKE_PACKET: QT_TRANSLATE_NOOP("ImportDialog", "Same: take the packet's details"),
    Decision.KEEP_LOCAL: QT_TRANSLATE_NOOP("ImportDialog", "Same: keep my details"),
    Decision.MERGE: QT_TRANSLATE_NOOP("ImportDialog", "Same: merge the details"),
}


#: the fields a conflict shows most often; any other shows its name
_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "birth_year": QT_TRANSLATE_NOOP("ImportDialog", "Year of birth"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "city": QT_TRANSLATE_NOOP("ImportDialog", "City"),
    "postcode": QT_TRANSLATE_NOOP("ImportDialog", "Postcode"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note"),
    "phase": QT_TRANSLATE_NOOP("ImportDialog", "Phase"),
    "phase_since": QT_TRANSLATE_NOOP("ImportDialog", "Phase since"),
    "next_action": QT_TRANSLATE_NOOP("ImportDialog", "Next action"),
    "next_action_on": QT_TRANSLATE_NOOP("ImportDialog", "Next action on"),
    "wishes": QT_TRANSLATE_NOOP("ImportDialog", "Wishes"),
    "skills": QT_TRANSLATE_NOOP("ImportDialog", "Skills"),
    "motivation": QT_TRANSLATE_NOOP("ImportDialog", "Motivation"),
    "work_experience": QT_TRANSLATE_NOOP("ImportDialog", "Work experience"),
    "werkverkenner_chance": QT_TRANSLATE_NOOP("ImportDialog", "Werkverkenner chance"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "stage": QT_TRANSLATE_NOOP("ImportDialog", "Stage"),
    "next_step": QT_TRANSLATE_NOOP("ImportDialog", "Next step"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "summary": QT_TRANSLATE_NOOP("ImportDialog", "Summary"),
    "body": QT_TRANSLATE_NOOP("ImportDialog", "Text"),
    "goal": QT_TRANSLATE_NOOP("ImportDialog", "Goal"),
    "evaluation": QT_TRANSLATE_NOOP("ImportDialog", "Evaluation"),
    "severity": QT_TRANSLATE_NOOP("ImportDialog", "Severity"),
    "is_primary": QT_TRANSLATE_NOOP("ImportDialog", "Primary contact"),
    "is_current_cv": QT_TRANSLATE_NOOP("ImportDialog", "Current CV"),
    "starts_at": QT_TRANSLATE_NOOP("ImportDialog", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("ImportDialog", "Ends"),
    "location": QT_TRANSLATE_NOOP("ImportDialog", "Location"),
    "follow_up_on": QT_TRANSLATE_NOOP("ImportDialog", "Follow-up on"),
}


def _tr(text: str, n: int | None = None) -> str:
    """A translated text; ``%n`` filled in by hand, since these come from a table of
    untranslated strings (QT_TRANSLATE_NOOP) and have no plural forms of their own."""
    translated = QCoreApplication.translate("ImportDialog", text)
    return translated.replace("%n", str(n)) if n is not None else translated


def field_label(name: str) -> str:
    return _tr(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")


class ImportDialog(QDialog):
    """Shows a preview; ``recompute(decisions)`` gives the preview for other decisions
    (deciding to merge a client can bring the client's barriers into conflict)."""

    COL_KIND, COL_RECORD, COL_WHY, COL_DECISION = range(4)

    def __init__(
        self,
        preview: Preview,
        recompute: Callable[[Mapping[Key, Decision]], Preview],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive handover"))
        self.resize(820, 600)
        self.recompute = recompute
        self.decisions: dict[Key, Decision] = {}
        self.preview = preview

        self.header = QLabel(self)
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("decisions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Record"), self.tr("Why"), self.tr("Decision")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_RECORD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_DECISION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._show_differences)
        self.differences = QTableWidget(0, 3, self)
        self.differences.setObjectName("differences")
        self.differences.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Mine"), self.tr("In the packet")]
        )
        self.differences.verticalHeader().setVisible(False)
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.horizontalHeader().setStretchLastSection(True)
        self.decide_box = QGroupBox(self.tr("Decide per record"), self)
        split = QSplitter(Qt.Orientation.Vertical, self.decide_box)
        split.addWidget(self.table)
        split.addWidget(self.differences)
        split.setSizes([260, 140])
        box_layout = QVBoxLayout(self.decide_box)
        box_layout.addWidget(
            QLabel(
                self.tr(
                    "Nothing is overwritten without your choice; the version not kept stays in "
                    "the record's history."
                )
            )
        )
        box_layout.addWidget(split)
        self.nothing = QLabel(self.tr("Everything in this packet is here already."), self)
        self.nothing.setObjectName("nothing")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.counts)
        layout.addWidget(self.decide_box, 1)
        layout.addWidget(self.nothing)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.show_preview(preview)

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        when = preview.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        lines = [
            self.tr("From %1, %2").replace("%1", preview.sender).replace("%2", when),
        ]
        for _id, name, note in preview.clients:
            lines.append(f"• {name}" + (f" — {note}" if note else ""))
        self.header.setText("\n".join(lines))
        parts = [_tr(_KIND[k], preview.counts[k]) for k in ItemKind if preview.counts.get(k)]
        if preview.only_local:
            parts.append(
                self.tr("%n record(s) only here, kept as they are", "", preview.only_local)
            )
        if preview.documents:
            parts.append(self.tr("%n document(s)", "", preview.documents))
        self.counts.setText(" · ".join(parts))
        items = preview.decisions
        self.decide_box.setVisible(bool(items))
        self.nothing.setVisible(not preview.changes_anything)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import") if preview.changes_anything else self.tr("Close"))
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.table.setItem(row, self.COL_KIND, QTableWidgetItem(_tr(_ITEM[item.kind])))
            self.table.setItem(row, self.COL_RECORD, QTableWidgetItem(item.title))
            why = item.reason or ", ".join(field_label(n) for n, _m, _t in item.differences[:4])
            self.table.setItem(row, self.COL_WHY, QTableWidgetItem(why))
            self.table.setCellWidget(row, self.COL_DECISION, self._decision_box(item))
        self.table.blockSignals(False)
        if items:
            self.table.selectRow(0)
        self._show_differences()

    def _decision_box(self, item: PreviewItem) -> QComboBox:
        box = QComboBox(self.table)
        names = _DUPLICATE_DECISION if item.kind is ItemKind.DUPLICATE else {}
        for option in item.options:
            box.addItem(_tr(names.get(option, _DECISION[option])), option.value)
        current = self.decisions.get(item.key, item.default)
        if current is not None:
            box.setCurrentIndex(max(0, box.findData(current.value)))
        box.currentIndexChanged.connect(
            lambda _i, key=item.key, b=box: self.decide(key, Decision(b.currentData()))
        )
        return box

    def decide(self, key: Key, decision: Decision) -> None:
        self.decisions[key] = decision
        self.show_preview(self.recompute(self.decisions))

    def _show_differences(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        items = self.preview.decisions
        differences = items[rows[0].row()].differences if rows and items else ()
        self.differences.setRowCount(len(differences))
        for row, (name, mine, theirs) in enumerate(differences):
            for col, text in enumerate((field_label(name), mine, theirs)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.differences.setItem(row, col, cell)
        self.differences.resizeColumnToContents(0)

    @classmethod
    def get_decisions(
        cls,
        parent: QWidget | None,
        preview: Preview,
        recompute: Callable[[Mapping[Key, Decision]], Preview],
    ) -> tuple[dict[Key, Decision] | None, bool]:
        dialog = cls(preview, recompute, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.preview.changes_anything:
            return None, False
        return dict(dialog.decisions), True


class PassphraseDialog(QDialog):
    """Asks the passphrase of a packet (typed or pasted as read out by the colleague)."""

    def __init__(self, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the packet"))
        self.setMinimumWidth(420)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("The passphrase your colleague gave you:"), self)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c")
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @classmethod
    def get_passphrase(cls, parent: QWidget | None, message: str = "") -> tuple[str | None, bool]:
        dialog = cls(message, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.edit.text():
            return None, False
        return dialog.edit.text(), True
