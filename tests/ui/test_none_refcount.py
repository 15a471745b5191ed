"""None survives a long session: PySide6 6.12 loses a reference to None with every call that
returns nothing, which on Python 3.11 aborts the interpreter after some tens of thousands."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit

from jobhunter.ui.none_refcount import keep_none_alive


def test_a_long_session_of_qt_calls_never_frees_none(qtbot) -> None:
    keep_none_alive()
    keep_none_alive()  # once per process, whoever asks
    edit = QLineEdit()
    qtbot.addWidget(edit)
    # Given a day's worth of calls that return nothing (a client file shown 500 times)
    for _ in range(200_000):
        edit.setToolTip("")
    # Then the interpreter is still here, and None still has references to spare
    assert sys.getrefcount(None) > 1_000_000
    # and so have True and False (lost the same way by some call that returns a bool)
    assert sys.getrefcount(True) > 1_000_000 and sys.getrefcount(False) > 1_000_000
