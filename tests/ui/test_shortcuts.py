"""Help → Keyboard shortcuts (F1): every shortcut on one page, read from the window itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store
from jobhunter.ui.app import settings_for
from jobhunter.ui.main_window import MainWindow
from jobhunter.ui.shortcuts import ShortcutsDialog


def test_f1_lists_every_shortcut_of_the_window(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # shortcuts reach the active window only
    # When the user presses F1
    qtbot.keyClick(win, Qt.Key.Key_F1)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog)]
    assert dialogs and dialogs[-1].isVisible()
    rows = dialogs[-1].rows()
    keys = {k for _group, k, _what in rows}
    # Then every action and shortcut with a key is on the page
    native = QKeySequence.SequenceFormat.NativeText
    for action in win.findChildren(QAction):
        for sequence in action.shortcuts():
            assert any(sequence.toString(native) in k for k in keys), action.text()
    for shortcut in win.findChildren(QShortcut):
        assert shortcut.key().toString(native) in keys, shortcut.whatsThis()
    # and the keys views handle themselves, each under its view
    groups = {g for g, _k, _w in rows}
    assert {"Pipeline board", "Aftercare calendar", "Search"} <= groups
    assert ("Pipeline board", "Ctrl+← / Ctrl+→") in {(g, k) for g, k, _w in rows}
    # the menu structure names the groups: View holds the tabs, Ctrl+1 … Ctrl+5
    view = [k for g, k, _w in rows if g == "View"]
    assert [f"Ctrl+{n}" for n in range(1, 6)] == view[:5]
    for dialog in dialogs:
        dialog.close()


def test_a_shortcut_added_anywhere_appears_without_being_written_down(
    qtbot, store: Store, clock: FixedClock, data_dir: Path
) -> None:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    added = QShortcut(QKeySequence("Ctrl+Shift+K"), win.employers)
    added.setWhatsThis("Something new")
    dialog = ShortcutsDialog(win)
    qtbot.addWidget(dialog)
    assert any(k == "Ctrl+Shift+K" and w == "Something new" for _g, k, w in dialog.rows())
