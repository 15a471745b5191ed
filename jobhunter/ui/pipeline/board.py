"""The pipeline board: a column per stage, a card per match, moved by drag and drop or keys.

All nine stages are in view on a laptop screen: the six on the way to a contract as columns
that share the width, and the three outcomes stacked in one lane at the end (their cards
shorter: they need no next step). Each column is a list view over its own small model; a
drop or a key press does not move anything itself but asks the page (``moveRequested``),
which records the transition with a date and a note. So the board never shows a move that
was not saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from jobhunter.models.enums import CLOSED_STAGES, Stage
from jobhunter.services.clock import LOCAL_TZ, Clock
from jobhunter.services.matches import MatchRow
from jobhunter.ui.documents.actions import menu_texts
from jobhunter.ui.labels import label, short_label
from jobhunter.ui.shortcuts import translated_keys
from jobhunter.ui.table_model import ID_ROLE, ROW_ROLE, fold
from jobhunter.ui.translate import QT_TRANSLATE_NOOP
from jobhunter.ui.widgets import ElidedLabel

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-jobhunter-match"
#: the stages a card walks through with Ctrl+Left and Ctrl+Right
FORWARD_STAGES = (
    Stage.PROPOSED,
    Stage.EMPLOYER_PREBRIEF,
    Stage.INTERVIEW_PLANNED,
    Stage.DEBRIEF,
    Stage.TRIAL_PLACEMENT,
    Stage.CONTRACT,
)
#: closed matches stay on the board this long, unless the user asks for all
RECENT_CLOSED_DAYS = 60
#: the narrowest a column may get before the board scrolls sideways (a card still shows
#: the start of a name); columns share whatever width there is beyond this
COLUMN_MIN_WIDTH = 112

#: the keys the board handles in ``_on_key`` and ``eventFilter``, for the shortcuts page
BOARD_KEYS = (
    QT_TRANSLATE_NOOP("BoardView", "Pipeline board"),
    [
        (QT_TRANSLATE_NOOP("BoardView", "← / →"),
         QT_TRANSLATE_NOOP("BoardView", "Choose a card in the column beside")),
        (QT_TRANSLATE_NOOP("BoardView", "↑ / ↓"),
         QT_TRANSLATE_NOOP("BoardView", "Choose a card in the column")),
        (QT_TRANSLATE_NOOP("BoardView", "Ctrl+← / Ctrl+→"),
         QT_TRANSLATE_NOOP("BoardView", "Move the card a stage back or on")),
        (QT_TRANSLATE_NOOP("BoardView", "Shift+F10 / Menu key"),
         QT_TRANSLATE_NOOP("BoardView", "The card's menu: any stage, the client, the employer")),
        (QT_TRANSLATE_NOOP("BoardView", "Enter"),
         QT_TRANSLATE_NOOP("BoardView", "Open the match file beside the board")),
    ],
)  # fmt: skip

CARD_BG = QColor("#ffffff")
CARD_BORDER = QColor("#c8ccd2")
STALLED_BG = QColor("#fff4d6")
STALLED_BORDER = QColor("#d08a00")
SELECTED_BORDER = QColor("#1b6ac9")
MUTED = QColor("#5f6670")
ALERT = QColor("#a4262c")


def next_stage(stage: Stage, step: int) -> Stage | None:
    """The stage one step forward (+1) or back (-1) on the way to a contract."""
    if stage not in FORWARD_STAGES:
        return None
    position = FORWARD_STAGES.index(stage) + step
    return FORWARD_STAGES[position] if 0 <= position < len(FORWARD_STAGES) else None


class StageColumnModel(QAbstractListModel):
    """The cards of one stage."""

    moveRequested = Signal(object, object)  # match id, target Stage

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._rows: list[MatchRow] = []

    def set_rows(self, rows: Sequence[MatchRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MatchRow]:
        return list(self._rows)

    def row_of(self, match_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == match_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.client_name
        if role == ID_ROLE:
            return str(row.id)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            place = row.employer_name + (f" · {row.workplace_title}" if row.workplace_title else "")
            days = self.tr("%n day(s) in this stage", "", row.days_in_stage)
            lines = [row.client_name, place, f"{label(row.stage)}: {days}", row.next_step or ""]
            return "\n".join(line for line in lines if line)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # --- drag and drop ------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            row = self._rows[indexes[0].row()]
            data.setData(MIME_TYPE, f"{row.id}|{row.stage.value}".encode())
        return data

    @staticmethod
    def _decode(data: QMimeData) -> tuple[uuid.UUID, Stage] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            match_id, stage = bytes(data.data(MIME_TYPE).data()).decode().split("|")
            return uuid.UUID(match_id), Stage(stage)
        except ValueError:
            return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        decoded = self._decode(data)
        return decoded is not None and decoded[1] is not self.stage

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        decoded = self._decode(data)
        if decoded is None or decoded[1] is self.stage:
            return False
        match_id = decoded[0]
        # Asked after the drop has finished: a dialog inside the drag would block it.
        QTimer.singleShot(0, lambda: self.moveRequested.emit(match_id, self.stage))
        return False  # nothing moves here; the board reloads once the move is saved


class CardDelegate(QStyledItemDelegate):
    """Paints a match as a card: client, employer and workplace, days in stage, next step
    (``compact``: client and employer only, for the outcomes)."""

    PADDING = 6

    def __init__(self, clock: Clock, parent: QObject | None = None, compact: bool = False):
        super().__init__(parent)
        self.clock = clock
        self.lines = 2 if compact else 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        # narrow: the column decides the width, the card never asks for more
        return QSize(COLUMN_MIN_WIDTH - 16, self.lines * line + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: MatchRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            QPen(
                SELECTED_BORDER if selected else STALLED_BORDER if row.stalled else CARD_BORDER,
                2 if selected else 1,
            )
        )
        painter.setBrush(STALLED_BG if row.stalled else CARD_BG)
        painter.drawRoundedRect(rect, 5, 5)

        font: QFont = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(self.PADDING, self.PADDING - 2, -self.PADDING, -self.PADDING)
        width = inner.width()

        def text(y: int, value: str, color: QColor, bold: bool = False) -> None:
            f = QFont(font)
            f.setBold(bold)
            painter.setFont(f)
            painter.setPen(color)
            elided = QFontMetrics(f).elidedText(value, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRect(inner.left(), y, width, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )

        y = inner.top()
        text(y, row.client_name, QColor("#1d1f23"), bold=True)
        place = row.employer_name + (f" · {row.workplace_title}" if row.workplace_title else "")
        text(y + line, place, QColor("#1d1f23"))
        if self.lines > 2:
            text(y + 2 * line, self._status(row), ALERT if row.stalled else MUTED)
            text(y + 3 * line, row.next_step or "", MUTED)
        painter.restore()

    def _status(self, row: MatchRow) -> str:
        """Short: days in the stage (the tooltip says it in full), the interview's time and
        how far the preparation is."""
        days = self.tr("%n day(s)", "", row.days_in_stage)
        if row.stalled:
            days = "⚠ " + days
        if row.stage is Stage.INTERVIEW_PLANNED:
            if row.interview_at is not None:
                days += " · " + row.interview_at.astimezone(LOCAL_TZ).strftime("%d-%m %H:%M")
            done, total = row.prepared
            days += " · " + self.tr("prepared %1/%2").replace("%1", str(done)).replace(
                "%2", str(total)
            )
        return days


class StageColumn(QFrame):
    def __init__(self, stage: Stage, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"column_{stage.value}")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        closed = stage in CLOSED_STAGES
        self.setStyleSheet(
            f"StageColumn {{ background: {'#eef0f3' if closed else '#e6ecf5'}; "
            "border-radius: 6px; }"
        )
        # one line, cut where narrow (its tooltip says it all): a wrapping header would ask
        # for the height of every card below it and push the board off the screen
        self.header = ElidedLabel(self)
        self.header.setStyleSheet("font-weight: 600; padding: 3px 4px;")
        self.model = StageColumnModel(stage, self)
        self.view = QListView(self)
        self.view.setObjectName(f"cards_{stage.value}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setStyleSheet(
            "QListView { background: transparent; border: none; }"
            # a slim bar of its own: the column's transparency would paint the handle black
            "QScrollBar:vertical { background: transparent; width: 7px; margin: 0; }"
            "QScrollBar::handle:vertical { background: #aab3c0; border-radius: 3px;"
            " min-height: 24px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical"
            " { background: transparent; }"
        )
        self.view.setAccessibleName(label(stage))
        self.view.setMinimumHeight(delegate.lines * self.fontMetrics().height() + 20)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Sequence[MatchRow], hidden: int = 0) -> None:
        self.model.set_rows(rows)
        text = f"{short_label(self.stage)} ({len(rows)})"
        stalled = sum(r.stalled for r in rows)
        if stalled:
            text += " · ⚠ " + str(stalled)
        self.header.setText(text)
        tip = [label(self.stage)]
        if stalled:
            tip.append(self.tr("%n long in this stage", "", stalled))
        if hidden:
            tip.append(self.tr("%n older closed match(es) hidden", "", hidden))
        self.header.setToolTip("\n".join(tip))


class BoardView(QWidget):
    """All columns side by side, with a filter and keyboard moves."""

    matchSelected = Signal(object)  # match id or None
    activated = Signal(object)  # match id: Enter or a double-click on its card
    moveRequested = Signal(object, object)  # match id, target Stage
    openRecord = Signal(str, object)  # "client" or "employer", id
    documentRequested = Signal(object, object)  # PrintKind, match id

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._rows: list[MatchRow] = []
        self._selected: uuid.UUID | None = None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("board_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter cards by client, employer, workplace…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._refill)
        self.all_closed = QCheckBox(self.tr("Show older closed matches"), self)
        self.all_closed.toggled.connect(self._refill)
        self.setToolTip(
            self.tr(
                "Drag a card, or move it with Ctrl+← and Ctrl+→; ← and → change column;"
                " Shift+F10 opens its menu."
            )
        )

        self.delegate = CardDelegate(clock, self)
        self.outcome_delegate = CardDelegate(clock, self, compact=True)
        self.columns: dict[Stage, StageColumn] = {}
        strip = QWidget(self)
        lanes = QHBoxLayout(strip)
        lanes.setContentsMargins(0, 0, 0, 0)
        lanes.setSpacing(4)
        outcomes = QVBoxLayout()
        outcomes.setSpacing(4)
        for stage in Stage:
            outcome = stage.is_outcome
            column = StageColumn(stage, self.outcome_delegate if outcome else self.delegate, strip)
            column.model.moveRequested.connect(self.moveRequested)
            column.view.selectionModel().currentChanged.connect(
                lambda current, _previous, c=column: self._on_current(c, current)
            )
            column.view.activated.connect(
                lambda index: self.activated.emit(uuid.UUID(index.data(ID_ROLE)))
            )
            column.view.installEventFilter(self)
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._context_menu(c, pos)
            )
            if outcome:
                outcomes.addWidget(column, 1)
            else:
                lanes.addWidget(column, 10)
            self.columns[stage] = column
        lanes.addLayout(outcomes, 10)  # three outcomes share one lane
        self._outcomes = outcomes
        # sideways scrolling only below the columns' minimum width (never at 1280 pixels)
        scroll = QScrollArea(self)
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.all_closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    @classmethod
    def key_help(cls) -> tuple[str, list[tuple[str, str]]]:
        """The keys the board handles itself (for Help → Keyboard shortcuts)."""
        return translated_keys("BoardView", BOARD_KEYS)

    # --- data ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[MatchRow]) -> None:
        self._rows = list(rows)
        self._refill()

    def _refill(self, *_: object) -> None:
        needle = fold(self.filter_edit.text().strip())
        cutoff = self.clock.now() - timedelta(days=RECENT_CLOSED_DAYS)
        show_all = self.all_closed.isChecked()
        by_stage: dict[Stage, list[MatchRow]] = {stage: [] for stage in Stage}
        hidden: dict[Stage, int] = dict.fromkeys(Stage, 0)
        for row in self._rows:
            if needle and needle not in fold(
                f"{row.client_name} {row.employer_name} {row.workplace_title or ''}"
                f" {row.next_step or ''}"
            ):
                continue
            if row.stage in CLOSED_STAGES and not show_all and row.stage_since < cutoff:
                hidden[row.stage] += 1
                continue
            by_stage[row.stage].append(row)
        for stage, column in self.columns.items():
            # longest waiting first: the card that needs a push is on top
            cards = sorted(by_stage[stage], key=lambda r: (-r.days_in_stage, r.client_name))
            column.set_rows(cards, hidden[stage])
        # the outcomes share their lane by how many cards each holds
        for stage in (s for s in Stage if s.is_outcome):
            self._outcomes.setStretchFactor(self.columns[stage], 1 + len(by_stage[stage]))
        if self._selected is not None:
            self.select(self._selected, emit=False)

    # --- selection ----------------------------------------------------------------------
    def selected_id(self) -> uuid.UUID | None:
        return self._selected

    def select(self, match_id: uuid.UUID, emit: bool = True) -> bool:
        for column in self.columns.values():
            row = column.model.row_of(match_id)
            if row is not None:
                if not emit:  # already shown elsewhere: only mark the card
                    self._selected = match_id
                index = column.model.index(row)
                column.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                column.view.scrollTo(index)
                self.scroll_area.ensureWidgetVisible(column)
                return True
        return False

    def focus_selected(self) -> None:
        for column in self.columns.values():
            if self._selected is not None and column.model.row_of(self._selected) is not None:
                column.view.setFocus()
                return
        first = next((c for c in self.columns.values() if c.model.rowCount()), None)
        if first is not None:
            first.view.setFocus()
            first.view.setCurrentIndex(first.model.index(0))

    def _on_current(self, column: StageColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.columns.values():
            if other is not column:
                other.view.selectionModel().blockSignals(True)
                other.view.clearSelection()
                other.view.setCurrentIndex(QModelIndex())
                other.view.selectionModel().blockSignals(False)
        match_id = uuid.UUID(current.data(ID_ROLE))
        if match_id != self._selected:
            self._selected = match_id
            self.matchSelected.emit(match_id)

    def _context_menu(self, column: StageColumn, pos: QPoint) -> None:
        """Right-click (or the menu key) on a card: any stage, including the outcomes."""
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        row: MatchRow = index.data(ROW_ROLE)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        move = menu.addMenu(self.tr("Move to"))
        for stage in Stage:
            if stage is not row.stage:
                action = move.addAction(label(stage))
                action.triggered.connect(
                    lambda _=False, s=stage: self.moveRequested.emit(row.id, s)
                )
        menu.addSeparator()
        menu.addAction(
            self.tr("Open client"), lambda: self.openRecord.emit("client", row.client_id)
        )
        menu.addAction(
            self.tr("Open employer"), lambda: self.openRecord.emit("employer", row.employer_id)
        )
        menu.addSeparator()
        for kind, text in menu_texts():
            document = menu.addAction(text)
            document.triggered.connect(
                lambda _=False, k=kind: self.documentRequested.emit(k, row.id)
            )
        menu.popup(column.view.viewport().mapToGlobal(pos))

    # --- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        column = next((c for c in self.columns.values() if c.view is watched), None)
        if column is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._on_key(column, event):
                return True
        elif (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self._keyboard_menu(column)  # the menu key: the menu of the chosen card
            return True
        return super().eventFilter(watched, event)

    def _keyboard_menu(self, column: StageColumn) -> None:
        current = column.view.currentIndex()
        if current.isValid():
            column.view.scrollTo(current)
            self.scroll_area.ensureWidgetVisible(column)
            self._context_menu(column, column.view.visualRect(current).center())

    def _on_key(self, column: StageColumn, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier:
            self._keyboard_menu(column)  # laptops without a menu key
            return True
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return False
        step = 1 if key == Qt.Key.Key_Right else -1
        if mods & Qt.KeyboardModifier.ControlModifier:
            current = column.view.currentIndex()
            if current.isValid():
                target = next_stage(column.stage, step)
                if target is not None:
                    self.moveRequested.emit(uuid.UUID(current.data(ID_ROLE)), target)
            return True
        stages = list(self.columns)
        position = stages.index(column.stage) + step
        while 0 <= position < len(stages):
            neighbour = self.columns[stages[position]]
            if neighbour.model.rowCount():
                row = min(max(column.view.currentIndex().row(), 0), neighbour.model.rowCount() - 1)
                neighbour.view.setFocus()
                neighbour.view.setCurrentIndex(neighbour.model.index(row))
                self.scroll_area.ensureWidgetVisible(neighbour)
                return True
            position += step
        return True
