"""Global search (Ctrl+F): the hits in a panel over the page, grouped by kind.

The panel floats over the right of the window, wide enough to read a contact moment's
words; it never squeezes the page beside it. Each group says how many it found; each hit
shows what it is, whose file it is in and the words that matched, marked. While the field
has the focus, ↑ and ↓ choose a hit and Enter opens the file at that hit (that contact
moment, that visit); Escape closes the panel and returns to where the user was.

The search runs off the GUI thread and a newer query overtakes an older one, so typing (or
pasting a page of text, which is cut to its first words) never waits for the store.
"""

from __future__ import annotations

import re
import uuid
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jobhunter.services.search import (
    MARK_END,
    MARK_START,
    MAX_QUERY_CHARS,
    SearchHit,
    SearchResults,
    SearchService,
)
from jobhunter.ui.hub import Changes, listen
from jobhunter.ui.labels import label, tr
from jobhunter.ui.rich_text import MUTED, RichTextDelegate, light_selection
from jobhunter.ui.shortcuts import translated_keys
from jobhunter.ui.table_model import fold
from jobhunter.ui.tasks import run_in_background
from jobhunter.ui.translate import QT_TRANSLATE_NOOP

#: the data of a hit's row: owner kind, owner id, target kind, target id
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_STYLE = "background:#ffe98a;"
#: hits shown per group: a screenful of each kind; every row is laid out as it is shown,
#: so more would cost each keystroke time for rows below the fold ("add a word" finds them)
PER_GROUP = 10

#: the keys the panel handles in ``eventFilter``, for the shortcuts page
SEARCH_KEYS = (
    QT_TRANSLATE_NOOP("SearchPanel", "Search"),
    [
        (QT_TRANSLATE_NOOP("SearchPanel", "↑ / ↓, Page Up / Page Down"),
         QT_TRANSLATE_NOOP("SearchPanel", "Choose a result")),
        (QT_TRANSLATE_NOOP("SearchPanel", "Enter"),
         QT_TRANSLATE_NOOP("SearchPanel", "Open the file at the hit (that contact, that visit)")),
        (QT_TRANSLATE_NOOP("SearchPanel", "Esc"),
         QT_TRANSLATE_NOOP("SearchPanel", "Close the results and go back to where you were")),
    ],
)  # fmt: skip

_GROUP_LABELS = {
    "client": QT_TRANSLATE_NOOP("search", "Clients"),
    "employer": QT_TRANSLATE_NOOP("search", "Employers"),
    "contact_person": QT_TRANSLATE_NOOP("search", "Contact persons"),
    "workplace": QT_TRANSLATE_NOOP("search", "Workplaces"),
    "intervention": QT_TRANSLATE_NOOP("search", "Plan items"),
    "contact_moment": QT_TRANSLATE_NOOP("search", "Contact moments"),
}


def mark_words(text: str, words: list[str]) -> str:
    """``text`` as HTML with every word that starts with one of ``words`` marked (accents
    and case ignored, as the search ignores them)."""
    needles = [fold(word) for word in words if word]
    out = []
    for part in re.split(r"(\w+)", text):
        if part and needles and any(fold(part).startswith(n) for n in needles):
            out.append(f"<span style='{MARK_STYLE}'>{escape(part)}</span>")
        else:
            out.append(escape(part))
    return "".join(out)


def mark_snippet(snippet: str) -> str:
    """A snippet from the search, with the matched words (between MARK_START and MARK_END)
    marked, the rest escaped."""
    out = []
    for number, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        text = escape(part)
        out.append(f"<span style='{MARK_STYLE}'>{text}</span>" if number % 2 else text)
    return "".join(out)


def plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "").strip()


class SearchPanel(QFrame):
    """The results of the search field it serves; ``openRecord(kind, id, target_kind,
    target_id)`` asks to open a file at a hit; ``closed`` when Escape closes it."""

    openRecord = Signal(str, object, str, object)
    closed = Signal()

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#SearchPanel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self._service = service
        self.summary = QLabel(self)
        self.summary.setObjectName("search_summary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = QTreeView(self)
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setStyleSheet(light_selection("QTreeView"))
        self.results.activated.connect(self._on_activated)
        self.results.installEventFilter(self)
        hint = QLabel(self.tr("↑ ↓ choose · Enter opens · Esc closes"), self)
        hint.setStyleSheet(f"color: {MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        self._query = ""
        self._shown_query: str | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)
        self.last_results: SearchResults | None = None
        self._activate_pending = False
        listen(self, None, self._take_changes)  # a renamed client shows renamed here too

    @classmethod
    def key_help(cls) -> tuple[str, list[tuple[str, str]]]:
        """The keys of the search (for Help → Keyboard shortcuts)."""
        return translated_keys("SearchPanel", SEARCH_KEYS)

    # --- the field it serves -------------------------------------------------------------
    def serve(self, field: QLineEdit) -> None:
        """Let ``field`` drive the panel: typing searches, ↑/↓/Page keys choose a hit,
        Enter opens it, Escape closes."""
        field.setMaxLength(MAX_QUERY_CHARS * 5)  # a paste is cut by the search; not here
        field.installEventFilter(self)
        self._field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is not self.results:
                self.activate_when_ready()
                return True
            if watched is not self.results and key in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
            ):  # fmt: skip
                self._step(key)
                return True
        return super().eventFilter(watched, event)

    # --- searching ----------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Search for ``text`` at once: the search runs beside the window (which paints the
        key meanwhile), and a search still running starts the newest query when it is
        done, so fast typing never queues searches (no wait between keys)."""
        self._query = text
        self._activate_pending = False
        if not text.strip():
            self._timer.stop()
            self._show(None, "")
            return
        self._timer.stop()
        self._start()  # now: the search runs while the window paints the key

    def activate_when_ready(self) -> None:
        """Enter in the field: open the chosen hit of what was typed; when its search is
        still running, as soon as it is done (the window never waits for it)."""
        if self._query.strip() and self._shown_query == self._query:
            self.activate_current()
            return
        self._activate_pending = True
        self._timer.stop()
        self._start()

    def run_now(self, text: str | None = None) -> None:
        """Search at once and wait for the answer (Enter: open what was typed)."""
        if text is not None:
            self._query = text
        self._timer.stop()
        if self._query.strip() and self._shown_query != self._query:
            self._show(self._service.grouped(self._query, PER_GROUP), self._query)

    def _start(self) -> None:
        if self._running:
            return  # the running search starts the next one when it is done
        query = self._query
        if not query.strip() or query == self._shown_query:
            return
        self._running = True
        self.summary.setText(self.tr("Searching…"))
        run_in_background(
            lambda: self._service.grouped(query, PER_GROUP),
            lambda results: self._done(query, results),
            lambda _exc: self._done(query, None),
        )

    def _done(self, query: str, results: SearchResults | None) -> None:
        self._running = False
        if query != self._query:  # overtaken by a newer query: that one goes now
            self._start()
            return
        self._show(results, query)

    def _take_changes(self, _changes: Changes) -> None:
        """What is shown may be out of date: search again now if shown, else when shown."""
        self._shown_query = None
        if self.isVisible() and self._query.strip():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._query.strip() and self._shown_query != self._query:
            self._timer.start()

    # --- showing ------------------------------------------------------------------------
    def _show(self, results: SearchResults | None, query: str) -> None:
        chosen = self.current_hit()
        self._shown_query = query if results is not None else None
        self.last_results = results
        self.model.clear()
        if results is None:
            self.summary.setText("")
            return
        locale = self.locale()
        for group in results.groups:
            title = tr(_GROUP_LABELS.get(group.kind, group.kind), "search")
            count = locale.toString(group.total) + ("+" if group.more else "")
            heading = f"<b>{escape(title)} ({count})</b>"
            if group.more:
                more = self.tr("the first %1 shown; type more to find the rest").replace(
                    "%1", str(len(group.hits))
                )
                heading += f" <span style='color:{MUTED}'>{escape(more)}</span>"
            elif group.total > len(group.hits):
                more = self.tr("the best %1 shown; add a word to find the rest").replace(
                    "%1", str(len(group.hits))
                )
                heading += f" <span style='color:{MUTED}'>{escape(more)}</span>"
            group_item = QStandardItem(heading)
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in group.hits:
                group_item.appendRow(self._item(hit, results.words))
            self.model.appendRow(group_item)
        self.results.expandAll()
        if results.short and results.total:
            text = self.tr(
                "Names and titles starting so; type a third letter to search all text too."
            )
        elif results.total:
            text = self.tr("%n result(s)", "", results.total)
        else:
            text = self.tr("Nothing found. Fewer or shorter words find more.")
        if results.shortened:
            text += " " + self.tr("(only the first %1 words were searched for)").replace(
                "%1", str(len(results.words))
            )
        self.summary.setText(text)
        if not self._choose(chosen):
            self._choose_first()
        if self._activate_pending:
            self._activate_pending = False
            self.activate_current()

    def _item(self, hit: SearchHit, words: list[str]) -> QStandardItem:
        title = mark_words(hit.title, words)
        about = []
        if hit.kind != hit.owner_kind or hit.owner_id != hit.id:
            about.append(escape(hit.owner_name))
        if hit.contact_kind is not None:
            about.append(escape(label(hit.contact_kind)))
        if hit.occurred_at is not None:
            about.append(hit.occurred_at.strftime("%d-%m-%Y"))
        rows = [title]  # what it is, the group says
        if about:
            rows.append(f"<span style='color:{MUTED}'>{' · '.join(about)}</span>")
        snippet = plain(hit.snippet)
        if snippet and snippet != hit.title.strip():
            rows.append(mark_snippet(hit.snippet.strip()))
        item = QStandardItem("<br>".join(rows))
        item.setData((hit.owner_kind, str(hit.owner_id), hit.target_kind,
                      str(hit.target_id or hit.id)), HIT_ROLE)  # fmt: skip
        item.setToolTip(plain(hit.snippet) or hit.title)
        return item

    def hits(self) -> list[QModelIndex]:
        """Every hit's index, in the order shown."""
        found = []
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            found += [
                self.model.index(row, 0, parent) for row in range(self.model.rowCount(parent))
            ]
        return found

    def current_hit(self) -> tuple[str, str, str, str] | None:
        data = self.results.currentIndex().data(HIT_ROLE)
        return tuple(data) if data else None

    def _choose(self, hit: tuple[str, str, str, str] | None) -> bool:
        for index in self.hits():
            if hit is not None and tuple(index.data(HIT_ROLE)) == hit:
                self.results.setCurrentIndex(index)
                return True
        return False

    def _choose_first(self) -> None:
        first = self.hits()[:1]
        if first:
            self.results.setCurrentIndex(first[0])
            self.results.scrollToTop()

    def _step(self, key: int) -> None:
        hits = self.hits()
        if not hits:
            return
        current = self.results.currentIndex()
        position = next((i for i, h in enumerate(hits) if h == current), -1)
        steps: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8}
        step = steps.get(key, 8)
        position = min(max(position + step, 0), len(hits) - 1)
        self.results.setCurrentIndex(hits[position])
        self.results.scrollTo(hits[position])

    # --- opening ------------------------------------------------------------------------
    def activate_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        data = index.data(HIT_ROLE)
        if not data:  # a group heading
            return
        owner_kind, owner_id, target_kind, target_id = data
        self.openRecord.emit(owner_kind, uuid.UUID(owner_id), target_kind, uuid.UUID(target_id))
