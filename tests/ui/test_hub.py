"""The change hub: announcements collected per view and delivered once, after the action."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from jobhunter.ui.hub import Changes, Hub, announce, current_hub, listen


def test_changes_keep_ids_per_kind_and_any_wins() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    changes = Changes()
    changes.add("client", [a])
    changes.add("client", [b])
    changes.add("match", [])  # any match
    changes.add("match", [a])  # stays "any"
    assert changes.ids("client") == {a, b}
    assert changes.ids("match") is None
    assert changes.touches("client", a) and not changes.touches("client", uuid.uuid4())
    assert changes.touches("match", uuid.uuid4())
    assert not changes.touches("employer", a) and "employer" not in changes


def test_a_view_gets_one_delivery_per_action_of_the_kinds_it_follows(qtbot) -> None:
    # Given a view that follows clients
    hub = Hub()
    view = QWidget()
    qtbot.addWidget(view)
    delivered: list[Changes] = []
    listen(view, ["client"], delivered.append)
    first, second = uuid.uuid4(), uuid.uuid4()
    # When an action announces two clients and an employer
    hub.announce("client", [first])
    hub.announce("employer", [uuid.uuid4()])
    hub.announce("client", [second])
    # Then nothing arrives inside the action, and one delivery right after it
    assert delivered == []
    qtbot.waitUntil(lambda: bool(delivered))
    QApplication.processEvents()
    [changes] = delivered
    assert changes.kinds() == {"client"} and changes.ids("client") == {first, second}


def test_flush_delivers_at_once(qtbot) -> None:
    hub = Hub()
    view = QWidget()
    qtbot.addWidget(view)
    delivered: list[Changes] = []
    listen(view, None, delivered.append)  # every kind
    hub.announce("setting")
    hub.flush()
    assert [c.kinds() for c in delivered] == [{"setting"}]


def test_a_file_skips_what_it_changed_itself_but_hears_the_rest(qtbot) -> None:
    # Given a file that reloads itself after its own edits, and a list beside it
    hub = Hub()
    page = QWidget()
    qtbot.addWidget(page)
    file, other = QWidget(page), QWidget(page)
    field = QLabel(file)
    heard_by_file: list[Changes] = []
    heard_by_page: list[Changes] = []
    listen(file, None, heard_by_file.append, skip_own=True)
    listen(page, None, heard_by_page.append)
    # When a field inside the file announces its change, and another widget one of its own
    hub.announce("client", [uuid.uuid4()], source=field)
    hub.flush()
    assert heard_by_file == []  # it showed that change itself
    assert len(heard_by_page) == 1  # the page (parent of the file) still hears it
    hub.announce("match", [uuid.uuid4()], source=other)
    hub.flush()
    assert [c.kinds() for c in heard_by_file] == [{"match"}]


def test_announce_goes_to_the_newest_hub_and_never_fails_without_one(qtbot) -> None:
    newest = Hub()
    assert current_hub() is newest
    heard: list[tuple[str, list[uuid.UUID]]] = []
    newest.recordsChanged.connect(lambda kind, ids: heard.append((kind, ids)))
    record = uuid.uuid4()
    announce("document", [record])
    assert heard == [("document", [record])]
    newest.deleteLater()
    qtbot.wait(10)
    announce("document", [record])  # the window is gone: nothing to tell, no error
