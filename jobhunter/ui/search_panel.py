"""Global search (Ctrl+F): a field in the toolbar and a list of hits under it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from jobhunter.services.search import SearchHit, SearchService
from jobhunter.ui.labels import tr
from jobhunter.ui.translate import QT_TRANSLATE_NOOP

_KIND_LABELS = {
    "client": QT_TRANSLATE_NOOP("search", "Client"),
    "employer": QT_TRANSLATE_NOOP("search", "Employer"),
    "contact_person": QT_TRANSLATE_NOOP("search", "Contact person"),
    "workplace": QT_TRANSLATE_NOOP("search", "Workplace"),
    "intervention": QT_TRANSLATE_NOOP("search", "Intervention"),
    "contact_moment": QT_TRANSLATE_NOOP("search", "Contact moment"),
}


class SearchPanel(QWidget):
    """Shows hits for a query; activating one asks to open its client or employer."""

    openRecord = Signal(str, object)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.summary = QLabel(self)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self._pending = ""
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._run)

    def set_query(self, text: str) -> None:
        self._pending = text
        self._timer.start()

    def run_now(self, text: str) -> None:
        self._pending = text
        self._run()

    def _run(self) -> None:
        hits = self._service.search(self._pending) if self._pending.strip() else []
        self.results.clear()
        for hit in hits:
            self.results.addItem(self._item(hit))
        if self._pending.strip():
            self.summary.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.summary.setText("")
        if hits:
            self.results.setCurrentRow(0)

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        kind = tr(_KIND_LABELS.get(hit.kind, hit.kind), "search")
        owner = "" if hit.owner_id == hit.id else f" — {hit.owner_name}"
        text = f"{kind}: {hit.title}{owner}"
        if hit.snippet.strip() and hit.snippet.strip() != hit.title:
            text += f"\n{hit.snippet.strip()}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (hit.owner_kind, str(hit.owner_id)))
        return item

    def activate_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QListWidgetItem) -> None:
        kind, owner_id = item.data(Qt.ItemDataRole.UserRole)
        self.openRecord.emit(kind, uuid.UUID(owner_id))
