"""A file's sections listed down the side: every one in view, chosen by click or keys, and
added by a feature as it would add a tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from jobhunter.ui.section_view import SectionView


def test_sections_are_added_like_tabs_and_walked_with_ctrl_page_keys(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = SectionView(holder)
    QVBoxLayout(holder).addWidget(view)
    first, second, privacy = QLineEdit(), QLabel("2"), QLabel("AVG")
    view.addTab(first, "Intake")
    view.addTab(second, "Barriers")
    changed: list[int] = []
    view.currentChanged.connect(changed.append)
    # a feature hooks in a section of its own, before the last
    assert view.insertTab(1, privacy, "Privacy") == 1
    assert [view.tabText(i) for i in range(view.count())] == ["Intake", "Privacy", "Barriers"]
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)  # shortcuts reach the active window only
    first.setFocus()
    # Ctrl+PgDown moves on, round the end; a hidden section is passed by
    view.setTabVisible(1, False)
    qtbot.keyClick(first, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.currentWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.currentWidget() is first
    assert changed == [2, 0]
    # a click on a name shows its section; every name fits the list
    view.setTabVisible(1, True)
    view.nav.setCurrentRow(1)
    assert view.currentWidget() is privacy and view.currentIndex() == 1
    assert all(
        view.nav.fontMetrics().horizontalAdvance(view.tabText(i)) < view.nav.width()
        for i in range(view.count())
    )
