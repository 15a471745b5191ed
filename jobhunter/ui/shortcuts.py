"""Help → Keyboard shortcuts (F1): every shortcut of the window on one page.

The page is read from the window itself when it opens: each menu action and each window or
widget shortcut that has a key, and the keys that views handle themselves (the board, the
calendar, the search), which those views list in ``key_help()`` next to the code that handles
them. A shortcut added anywhere shows up here without anyone writing it down twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: (keys as shown, what they do)
KeyHelp = list[tuple[str, str]]


def translated_keys(context: str, keys: tuple[str, KeyHelp]) -> tuple[str, KeyHelp]:
    """A view's key table (marked with QT_TRANSLATE_NOOP in ``context``), translated."""
    title, rows = keys

    def t(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return t(title), [(t(k), t(what)) for k, what in rows]


def _keys(sequences: Iterable[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return " / ".join(text for text in texts if text)


def _plain(text: str) -> str:
    """A menu text without its accelerator mark and its trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def collect(window: QWidget) -> list[tuple[str, KeyHelp]]:
    """The shortcuts of ``window``, grouped: per menu, then the window's other actions and
    shortcuts, then the keys each kind of view handles itself."""
    groups: dict[str, KeyHelp] = {}
    other = QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    seen: set[tuple[str, str]] = set()

    def add(group: str, keys: str, what: str) -> None:
        if keys and what and (keys, what) not in seen:
            seen.add((keys, what))
            groups.setdefault(group, []).append((keys, what))

    def describe(action: QAction) -> str:
        return _plain(action.text() or action.toolTip())

    def walk(menu: QMenu, title: str) -> None:
        """A menu's actions in the order the menu shows them (submenus under their own)."""
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, _plain(action.text()))
            else:
                add(title, _keys(action.shortcuts()), describe(action))

    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    for entry in bar.actions() if bar is not None else []:
        menu = entry.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(entry.text()))
    for action in window.findChildren(QAction):  # the rest: a view's own actions
        add(other, _keys(action.shortcuts()), describe(action))
    for shortcut in window.findChildren(QShortcut):
        add(other, _keys([shortcut.key()]), shortcut.whatsThis())
    helped: set[type] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        key_help: Callable[[], tuple[str, KeyHelp]] | None = getattr(type(widget), "key_help", None)
        if key_help is None or type(widget) in helped:
            continue
        helped.add(type(widget))
        title, keys_of_view = key_help()
        for keys, what in keys_of_view:
            add(title, keys, what)
    return list(groups.items())


class ShortcutsDialog(QDialog):
    """The shortcuts, grouped, in a list that can be read and searched by eye."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("ShortcutsDialog")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts")
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for title, keys in collect(window):
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for key, what in keys:
                QTreeWidgetItem(group, [key, what])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        height = min(640, int(screen.height() * 0.85)) if screen else 560
        self.resize(620, height)

    def rows(self) -> list[tuple[str, str, str]]:
        """Every shortcut shown: (group, keys, what)."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                continue
            for c in range(group.childCount()):
                item = group.child(c)
                if item is not None:
                    found.append((group.text(0), item.text(0), item.text(1)))
        return found
