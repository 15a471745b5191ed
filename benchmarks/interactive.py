"""What a user waits for in the open window, for ``bench.py``: a keystroke in the global
search until its results are shown, a keystroke in the Caseload filter until the list is
repainted, and opening a client file with 200 contact moments.

Keys are sent with ``QTest.keyClick`` to the real fields of a shown ``MainWindow``; a step
ends when its view has repainted (``repaint()`` paints at once), so the figure is what the
user sees, not only what the service does.
"""

from __future__ import annotations

import gc
import statistics
import time
import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

#: typed in full, then erased, key by key
SEARCH_WORDS = ("jan", "de vries", "schiedam", "heftruck", "bakker")
FILTER_WORDS = ("jan", "van der", "rotterdam", "bakker", "ozd")


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _keystrokes(field: QLineEdit, words: tuple[str, ...]) -> list[tuple[str, Any]]:
    """Each word typed then erased: (text after the key, key) pairs."""
    steps: list[tuple[str, Any]] = []
    for word in words:
        for i, char in enumerate(word):
            steps.append((word[: i + 1], char))
        for i in range(len(word), 0, -1):
            steps.append((word[: i - 1], Qt.Key.Key_Backspace))
    return steps


def _press(field: QLineEdit, key: Any) -> None:
    if isinstance(key, str):
        QTest.keyClicks(field, key)
    else:
        QTest.keyClick(field, key)


def search_keystrokes(window: Any, app: QApplication) -> list[float]:
    """Keystroke in the global search field to its results painted (ms), each key."""
    panel, field = window.search_panel, window.search_edit
    field.setFocus()
    samples = []
    for text, key in _keystrokes(field, SEARCH_WORDS):
        start = time.perf_counter()
        _press(field, key)
        if text.strip():
            deadline = start + 5
            while panel._shown_query != text and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.0005)
            panel.results.viewport().repaint()
            samples.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    field.clear()
    return samples


def filter_keystrokes(window: Any, app: QApplication) -> list[float]:
    """Keystroke in the Caseload filter to the list repainted (ms), each key."""
    tab = window.caseload.list
    window.tabs.setCurrentIndex(0)
    tab.filter_edit.setFocus()
    samples = []
    for _text, key in _keystrokes(tab.filter_edit, FILTER_WORDS):
        start = time.perf_counter()
        _press(tab.filter_edit, key)
        app.processEvents()
        tab.view.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def open_client_file(window: Any, app: QApplication, client_id: uuid.UUID, repeat: int) -> float:
    """Selecting the client in the Caseload to their file painted (ms), median; another
    client is selected in between so that each opening reads the file again."""
    tab = window.caseload.list
    window.tabs.setCurrentIndex(0)
    tab.filter_edit.clear()
    other = next(i for i in tab.visible_ids() if i != client_id)
    samples = []
    for _ in range(repeat):
        tab.select_id(other)
        app.processEvents()
        start = time.perf_counter()
        tab.select_id(client_id)
        app.processEvents()
        window.caseload.file.repaint()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def client_with_contacts(store: Any, wanted: int = 200) -> uuid.UUID:
    """An active client with ``wanted`` contact moments: the one with the most, topped up
    to ``wanted`` once (the cached store keeps them)."""
    from sqlalchemy import func, select

    from jobhunter.models import Client, ContactMoment
    from jobhunter.models.enums import ContactKind, Phase
    from jobhunter.services.activity import ContactService

    with store.session() as session:
        client_id, count = session.execute(
            select(ContactMoment.client_id, func.count())
            .join(Client, Client.id == ContactMoment.client_id)
            .where(Client.phase != Phase.CLOSED)
            .group_by(ContactMoment.client_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    contacts = ContactService(store)
    for n in range(count, wanted):
        contacts.log(ContactKind.CALL, f"Belafspraak {n + 1}", client_id=client_id)
    return client_id  # type: ignore[no-any-return]


def propose_dialog(
    store: Any, app: QApplication, workplace_id: uuid.UUID, client_id: uuid.UUID, repeat: int
) -> dict[str, float]:
    """The propose dialog, where the user waits for suggestions: from choosing a workplace
    or a client to the ranked list painted, with the first suggestion's details (ms,
    medians). "cold" is a dialog opened with no facts kept (the first suggestions of a
    session); "kept" a new dialog while the facts kept for the store are unchanged. Also
    how long the dialog takes to open (its lists of workplaces and clients), and how many
    suggestions each list shows."""
    from jobhunter.services.clock import SYSTEM_CLOCK
    from jobhunter.services.matching.suggestions import forget_facts
    from jobhunter.ui.pipeline.dialogs import ProposeDialog

    def opened() -> ProposeDialog:
        dialog = ProposeDialog(store, SYSTEM_CLOCK)
        dialog.show()
        app.processEvents()
        return dialog

    def let_go(dialog: ProposeDialog) -> None:
        """Delete the dialog now, with what it holds: without an event loop a deferred
        delete never runs, and the dialogs left behind slowed the later samples."""
        dialog.close()
        dialog.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    def shown(start: Any, subject: uuid.UUID, cold: bool) -> tuple[float, int]:
        if cold:
            forget_facts(store)
        dialog = opened()
        began = time.perf_counter()
        start(dialog)(subject)
        app.processEvents()
        dialog.table.viewport().repaint()
        ms = (time.perf_counter() - began) * 1000
        rows = dialog.model.rowCount()
        let_go(dialog)
        return ms, rows

    def median(start: Any, subject: uuid.UUID, cold: bool) -> tuple[float, int]:
        samples = [shown(start, subject, cold) for _ in range(repeat)]
        return statistics.median(ms for ms, _ in samples), samples[-1][1]

    opening = []
    for _ in range(repeat):
        began = time.perf_counter()
        dialog = opened()
        opening.append((time.perf_counter() - began) * 1000)
        let_go(dialog)
    results: dict[str, float] = {"open": statistics.median(opening)}
    for name, start, subject in (
        ("workplace", lambda d: d.start_with_workplace, workplace_id),
        ("client", lambda d: d.start_with_client, client_id),
    ):
        results[f"{name} cold"], results[f"{name} rows"] = median(start, subject, cold=True)
        results[f"{name} kept"], _ = median(start, subject, cold=False)
    return results
