"""Retention from the interface: the "Bewaartermijn verlopen" list with its three decisions
(erase, anonymise, extend with a reason), and the retention period's settings widget."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.clock import Clock
from jobhunter.services.errors import NotFoundError, ValidationError
from jobhunter.services.privacy import audit
from jobhunter.services.privacy.retention import (
    MAX_MONTHS,
    MIN_MONTHS,
    RetentionItem,
    RetentionService,
)
from jobhunter.services.settings import SettingsService
from jobhunter.services.store import Store
from jobhunter.ui.dialogs import FormDialog
from jobhunter.ui.hub import announce
from jobhunter.ui.privacy.erase import erase_clients
from jobhunter.ui.settings_dialog import SettingsSection
from jobhunter.ui.table_model import (
    ID_ROLE,
    ROW_ROLE,
    Column,
    FoldingFilterProxy,
    RowStyle,
    RowTableModel,
)
from jobhunter.ui.translate import QT_TRANSLATE_NOOP
from jobhunter.ui.widgets import OptionalDateEdit


def _date(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def confirm_anonymise(parent: QWidget | None, name: str) -> bool:
    """Anonymising cannot be undone: ask, saying what goes and what stays."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("privacy", "Anonymise"),
        QCoreApplication.translate(
            "privacy",
            "Anonymise the file of %1? The name, contact details, notes, documents, contact log "
            "and consents are removed for good; phases, placements and their outcomes stay, "
            "without the person.",
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ExtendDialog(FormDialog):
    """Until when, and why: an extension is a decision that needs its reason."""

    def __init__(self, item: RetentionItem, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend retention"), parent)
        self._today = today
        self.form.addRow(QLabel(
            self.tr("Keep the file of <b>%1</b> longer than %2.")
            .replace("%1", item.name).replace("%2", _date(item.retain_until)), self
        ))  # fmt: skip
        self.until = OptionalDateEdit(self)
        self.until.setObjectName("until")
        self.until.set_value(max(item.retain_until, today) + timedelta(days=365))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. a complaint or objection is still running"))
        self.form.addRow(self.tr("Keep until"), self.until)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()

    def validate(self) -> str | None:
        until = self.until.value()
        if until is None or until <= self._today:
            return self.tr("Choose a day after today.")
        if not self.reason.text().strip():
            return self.tr("Give the reason for keeping the file longer.")
        return None

    @classmethod
    def get_extension(
        cls, parent: QWidget | None, item: RetentionItem, today: date
    ) -> tuple[tuple[date, str] | None, bool]:
        dialog = cls(item, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        until = dialog.until.value()
        assert until is not None
        return (until, dialog.reason.text().strip()), True


def _columns(today: date) -> list[Column[RetentionItem]]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Client"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("columns", "Closed on"), lambda r: _date(r.closed_on),
               sort=lambda r: r.closed_on),
        Column(QT_TRANSLATE_NOOP("columns", "Keep until"), lambda r: _date(r.retain_until),
               sort=lambda r: r.retain_until),
        Column(QT_TRANSLATE_NOOP("columns", "Days past"),
               lambda r: str(r.days_over(today)) if r.due(today) else "",
               sort=lambda r: r.days_over(today), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Extended because"),
               lambda r: r.extended_reason or ""),
    ]  # fmt: skip


class RetentionDialog(QDialog):
    """Closed files past their retention date, and what to do with each."""

    #: the user wants to see a record: kind and id
    openRecord = Signal(str, object)

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention expired"))
        self.setObjectName("RetentionDialog")
        self.setMinimumSize(820, 420)
        self.store, self.clock = store, clock
        self.service = RetentionService(store, clock)
        today = clock.today()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model: RowTableModel[RetentionItem] = RowTableModel(
            _columns(today),
            lambda r: r.client_id,
            # a file not yet due (shown on request) is grey
            lambda r: None if r.due(today) else RowStyle(foreground=QColor("#6b6b6b")),
            self,
        )
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("retention_list")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _ix: self.open_selected())
        self.show_all = QCheckBox(self.tr("Also show closed files not yet due"), self)
        self.show_all.toggled.connect(lambda _on: self.reload())
        self.erase_button = QPushButton(self.tr("&Erase…"), self)
        self.erase_button.clicked.connect(self.erase_selected)
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"), self)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.extend_button = QPushButton(self.tr("E&xtend…"), self)
        self.extend_button.clicked.connect(self.extend_selected)
        open_button = QPushButton(self.tr("&Open file"), self)
        open_button.clicked.connect(self.open_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.erase_button, self.anonymise_button, self.extend_button, open_button):
            row.addWidget(widget)
        row.addStretch()
        row.addWidget(self.show_all)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()

    def reload(self) -> None:
        today = self.clock.today()
        items = self.service.schedule() if self.show_all.isChecked() else self.service.due(today)
        self.model.set_rows(items)
        due = sum(item.due(today) for item in items)
        months = self.service.months()
        self.heading.setText(
            self.tr("%n closed file(s) past the retention date.", "", due)
            + " "
            + self.tr("Files are kept %n month(s) after the trajectory closed; then erase them, "
                      "anonymise them, or keep them longer for a reason.", "", months)
        )  # fmt: skip
        self.view.resizeColumnsToContents()
        if self.proxy.rowCount():
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> RetentionItem | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_client(self, client_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == str(client_id):
                self.view.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        item = self.selected()
        for button in (self.erase_button, self.anonymise_button, self.extend_button):
            button.setEnabled(item is not None)

    # --- the three decisions ------------------------------------------------------------
    def erase_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        reports = erase_clients(self, self.store, self.clock, [item.client_id],
                                action=audit.RETENTION_ERASE)  # fmt: skip
        if reports:
            self.message.setText(self.tr("%1 erased.").replace("%1", item.name))
            self.reload()
        return bool(reports)

    def anonymise_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        if not confirm_anonymise(self, item.name):
            return False
        try:
            report = self.service.anonymise(item.client_id)
        except (ValidationError, NotFoundError) as exc:
            self.message.setText(str(exc))
            return False
        for kind in ("client", "match", "appointment", "contact_moment", "document", "audit"):
            announce(kind, [item.client_id] if kind == "client" else [])
        self.message.setText(self.tr("%1 is now %2.").replace("%1", item.name)
                             .replace("%2", report.name))  # fmt: skip
        self.reload()
        return True

    def extend_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        values, ok = ExtendDialog.get_extension(self, item, self.clock.today())
        if not ok or values is None:
            return False
        until, reason = values
        try:
            self.service.extend(item.client_id, until, reason)
        except (ValidationError, NotFoundError) as exc:
            self.message.setText(str(exc))
            return False
        announce("audit", [])
        announce("client", [item.client_id])
        self.message.setText(
            self.tr("%1 is kept until %2.").replace("%1", item.name).replace("%2", _date(until))
        )
        self.reload()
        return True

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.openRecord.emit("client", item.client_id)


class RetentionSettings(SettingsSection):
    """The retention period, a section of File › Settings…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Retention period"), parent)
        self.setObjectName("retention_settings")
        self.months = QSpinBox(self)
        self.months.setObjectName("retention_months")
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        explanation = QLabel(
            self.tr(
                "How long the file of a closed trajectory is kept. After that it appears under "
                "View → Retention expired and in the start of the day, to be erased, "
                "anonymised or kept longer for a reason."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #5f6670;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep closed files for"), self))
        row.addWidget(self.months)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(explanation)

    def load(self, settings: SettingsService) -> None:
        self.months.setValue(RetentionService(settings.store, settings.clock).months())

    def save(self, settings: SettingsService) -> None:
        RetentionService(settings.store, settings.clock).set_months(self.months.value())
