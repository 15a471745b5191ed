"""The audit log (Beeld → Auditlog): who did what with which data, filtered by kind of
action, by client (an erased client by their pseudonym) and by period."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.services.privacy.audit import (
    DEFAULT_LIMIT,
    GROUPS,
    AuditRow,
    AuditService,
    pseudonym_label,
)
from jobhunter.services.store import Store
from jobhunter.ui.privacy.labels import action_label, entity_label, group_label
from jobhunter.ui.table_model import Column, FoldingFilterProxy, RowTableModel
from jobhunter.ui.translate import QT_TRANSLATE_NOOP
from jobhunter.ui.widgets import OptionalDateEdit


def _client(row: AuditRow) -> str:
    if row.client_name is not None:
        return row.client_name
    return pseudonym_label(row.client_id) if row.client_id else ""


COLUMNS: list[Column[AuditRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "When"),
           lambda r: r.at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"), sort=lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("columns", "What"), lambda r: action_label(r.action)),
    Column(QT_TRANSLATE_NOOP("columns", "Client"), _client),
    Column(QT_TRANSLATE_NOOP("columns", "Record"), lambda r: entity_label(r.entity)),
    Column(QT_TRANSLATE_NOOP("columns", "By"), lambda r: r.actor),
    Column(QT_TRANSLATE_NOOP("columns", "Details"), lambda r: r.detail or ""),
]  # fmt: skip


class AuditLogDialog(QDialog):
    """A window on the audit trail; every filter reloads from the store."""

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.setObjectName("AuditLog")
        self.setMinimumSize(980, 520)
        self.service = AuditService(store, clock)
        self.clock = clock

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Everything"), None)
        for group in GROUPS:
            self.kind.addItem(group_label(group), group)
        self.client = QComboBox(self)
        self.client.setObjectName("client")
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.client.setMinimumContentsLength(22)
        self.since = OptionalDateEdit(self)
        self.since.setObjectName("since")
        self.until = OptionalDateEdit(self)
        self.until.setObjectName("until")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter the rows shown…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Client"), self.client),
            (self.tr("From"), self.since),
            (self.tr("to"), self.until),
        ):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.model: RowTableModel[AuditRow] = RowTableModel(COLUMNS, lambda r: r.id, None, self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("events")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.fill_clients()
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.client.activated.connect(lambda _i: self.reload())
        self.client.lineEdit().editingFinished.connect(self._client_typed)
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.until.dateChanged.connect(lambda _d: self.reload())
        self.search.textChanged.connect(self._on_search)
        self.reload()
        self.view.resizeColumnsToContents()

    def fill_clients(self) -> None:
        current = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for known in self.service.clients():
            self.client.addItem(known.label, str(known.id))
        index = self.client.findData(current) if current else 0
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)

    def _client_typed(self) -> None:
        index = self.client.findText(self.client.currentText(), Qt.MatchFlag.MatchFixedString)
        self.client.setCurrentIndex(max(index, 0))
        self.reload()

    def set_filter(
        self,
        *,
        group: str | None = None,
        client_id: uuid.UUID | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        """Set the filters at once (for the client file's "audit log of this client")."""
        for widget in (self.kind, self.client, self.since, self.until):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(group), 0))
        self.client.setCurrentIndex(
            max(self.client.findData(str(client_id)) if client_id else 0, 0)
        )
        self.since.set_value(since)
        self.until.set_value(until)
        for widget in (self.kind, self.client, self.since, self.until):
            widget.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        group = self.kind.currentData()
        client = self.client.currentData()
        rows = self.service.events(
            groups={group} if group else None,
            client_id=uuid.UUID(client) if client else None,
            since=self.since.value(),
            until=self.until.value(),
        )
        self.model.set_rows(rows)
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        text = self.tr("%n event(s)", "", shown)
        if self.model.rowCount() >= DEFAULT_LIMIT:
            text += " " + self.tr("(the newest %1; narrow the filter to see older ones)").replace(
                "%1", str(DEFAULT_LIMIT)
            )
        self.count.setText(text)
