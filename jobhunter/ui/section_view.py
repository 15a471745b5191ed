"""The parts of a record's file, every one in view at once.

Eight tabs side by side overflow into scroll arrows on a laptop; a list of section names down
the side always shows them all, and costs width (plenty) instead of height (scarce at 768
pixels). :class:`SectionView` offers the calls of ``QTabWidget`` that the files and their
hooks use (``addTab``, ``setCurrentWidget``, ``currentChanged``...), so a feature adds a
section exactly as it would add a tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

F = TypeVar("F")

NAV_STYLE = """
QListWidget#sections { background: palette(window); border: none;
    border-right: 1px solid palette(mid); outline: 0; }
QListWidget#sections::item { padding: 5px 10px; border-radius: 4px; margin: 1px 4px; }
QListWidget#sections::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""


class SectionView(QWidget):
    """A list of section names beside the chosen section; Ctrl+PgDown and Ctrl+PgUp (or a
    click, or the arrow keys in the list) choose another."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget(self)
        self.nav.setObjectName("sections")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self._on_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))
            shortcut.setWhatsThis(
                self.tr("Next section of the file")
                if step > 0
                else self.tr("Previous section of the file")
            )

    # --- the QTabWidget calls -------------------------------------------------------------
    def addTab(self, widget: QWidget, text: str) -> int:
        return self.insertTab(self.count(), widget, text)

    def insertTab(self, index: int, widget: QWidget, text: str) -> int:
        index = max(0, min(index, self.count()))
        self.stack.insertWidget(index, widget)
        self.nav.insertItem(index, QListWidgetItem(text))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._fit_width()
        return index

    def removeTab(self, index: int) -> None:
        widget = self.stack.widget(index)
        if widget is not None:
            self.stack.removeWidget(widget)
            self.nav.takeItem(index)
            self._fit_width()

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:
        return self.stack.indexOf(widget)

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.nav.setCurrentRow(index)

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(widget))

    def tabText(self, index: int) -> str:
        item = self.nav.item(index)
        return item.text() if item is not None else ""

    def setTabText(self, index: int, text: str) -> None:
        item = self.nav.item(index)
        if item is not None:
            item.setText(text)
            self._fit_width()

    def setTabToolTip(self, index: int, tip: str) -> None:
        item = self.nav.item(index)
        if item is not None:
            item.setToolTip(tip)

    def tabToolTip(self, index: int) -> str:
        item = self.nav.item(index)
        return item.toolTip() if item is not None else ""

    def setTabIcon(self, index: int, icon: QIcon) -> None:
        item = self.nav.item(index)
        if item is not None:
            item.setIcon(icon)

    def setTabVisible(self, index: int, visible: bool) -> None:
        item = self.nav.item(index)
        if item is not None:
            item.setHidden(not visible)

    def isTabVisible(self, index: int) -> bool:
        item = self.nav.item(index)
        return item is not None and not item.isHidden()

    def setTabEnabled(self, index: int, enabled: bool) -> None:
        item = self.nav.item(index)
        if item is not None:
            flags = item.flags()
            item.setFlags(
                flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled
            )

    def isTabEnabled(self, index: int) -> bool:
        item = self.nav.item(index)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    # --- behaviour ------------------------------------------------------------------------
    def step(self, direction: int) -> None:
        """The next (+1) or previous (-1) visible section, round the end."""
        count = self.count()
        index = self.currentIndex()
        for _ in range(count):
            index = (index + direction) % count
            item = self.nav.item(index)
            if item is not None and not item.isHidden():
                self.setCurrentIndex(index)
                return

    def _on_row(self, row: int) -> None:
        if 0 <= row < self.count() and row != self.stack.currentIndex():
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)

    def _fit_width(self) -> None:
        """As wide as the longest name: every name whole, nothing wider."""
        metrics = self.nav.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
            default=60,
        )
        self.nav.setFixedWidth(widest + 40)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 900), hint.height())


class SectionFiller(Generic[F]):
    """Fills a file's sections with the file as last read: the section in view at once,
    each other one when it comes into view (or is searched by ``fill``). Opening a file
    reads it once and shows only what is seen; a long contact log, say, is laid out only
    when the user opens it. ``sections`` gives the sections to fill (``show_file(file)``)."""

    def __init__(self, view: SectionView, sections: Callable[[], list[Any]]) -> None:
        self._view = view
        self._sections = sections
        self._file: F | None = None
        self._unfilled: list[Any] = []
        view.currentChanged.connect(lambda _index: self.fill(view.currentWidget()))

    def show(self, file: F) -> None:
        """A file read again: the section in view shows it now, the others when seen."""
        self._file = file
        self._unfilled = self._sections()
        self.fill(self._view.currentWidget())

    def fill(self, section: Any) -> None:
        """Let ``section`` show the file, if it does not yet."""
        if self._file is not None and section in self._unfilled:
            self._unfilled.remove(section)
            section.show_file(self._file)

    def clear(self) -> None:
        """No file shown (nothing selected, or the record erased): let go of it."""
        self._file, self._unfilled = None, []
