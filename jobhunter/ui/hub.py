"""One change hub: actions announce what changed, views update only that.

The action side: right after a service call that changed something, call
``announce(kind, ids)`` ("client", [client.id]); an empty ``ids`` means "anything of this
kind". Kinds: "client", "employer", "match", "appointment", "contact_moment", "workplace",
"consent", "document", "problem", "outcome", "setting", "audit" (and any new kind a feature
needs: views that do not know it ignore it).

The view side: ``listen(owner, kinds, on_changes)``. The changes of those kinds announced
while an action runs are collected and handed to ``on_changes`` once, right after the
current event, as a :class:`Changes`; so a view updates once per action and never inside
the signal of its own selection. A file that reloads itself after its own edits listens
with ``skip_own=True``: an announcement made with ``source=`` one of its widgets then does
not reach it a second time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

if TYPE_CHECKING:
    from jobhunter.services.relations import RelationService

_current: Hub | None = None


class Changes:
    """What was announced since the last delivery: per kind the ids, or "any" (None)."""

    def __init__(self) -> None:
        self._ids: dict[str, set[uuid.UUID] | None] = {}

    def add(self, kind: str, ids: Iterable[uuid.UUID]) -> None:
        wanted = set(ids)
        if not wanted:
            self._ids[kind] = None
        elif kind not in self._ids:
            self._ids[kind] = wanted
        else:
            known = self._ids[kind]
            if known is not None:
                known |= wanted

    def ids(self, kind: str) -> set[uuid.UUID] | None:
        """The changed ids of ``kind``: None when any may have changed (or none did: ask
        ``kind in changes`` first)."""
        return self._ids.get(kind)

    def touches(self, kind: str, record_id: uuid.UUID | None) -> bool:
        """Whether this record of ``kind`` (may have) changed."""
        if kind not in self._ids or record_id is None:
            return False
        ids = self._ids[kind]
        return ids is None or record_id in ids

    def concern(self, kind: str, record_id: uuid.UUID, relations: RelationService) -> bool:
        """Whether these changes may concern the record of ``kind`` a file shows: the record
        itself, a record it owns (``relations`` knows the owners), or a kind changed as a
        whole."""
        for changed in self:
            ids = self.ids(changed)
            if ids is None or record_id in relations.related(changed, ids).get(kind, set()):
                return True
        return False

    def kinds(self) -> set[str]:
        return set(self._ids)

    def __contains__(self, kind: object) -> bool:
        return kind in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._ids))

    def __bool__(self) -> bool:
        return bool(self._ids)

    def __repr__(self) -> str:
        return f"Changes({self._ids!r})"


class Hub(QObject):
    #: kind ("client", "employer", "match", "appointment", "contact_moment", ...) and the
    #: changed ids; an empty list means "reload everything of this kind".
    recordsChanged = Signal(str, list)
    #: views deliver what they collected now instead of after the current event
    flushRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _current
        _current = self  # the newest window's hub is the one actions announce on
        #: the widget that made the change being announced (while ``recordsChanged`` runs)
        self.source: QObject | None = None

    def announce(
        self, kind: str, ids: Iterable[uuid.UUID] = (), source: QObject | None = None
    ) -> None:
        self.source = source
        try:
            self.recordsChanged.emit(kind, list(ids))
        finally:
            self.source = None

    def flush(self) -> None:
        """Let every view take in the changes announced so far, now (before selecting a
        record that was just created in a list, say)."""
        self.flushRequested.emit()


def current_hub() -> Hub:
    """The hub actions announce on: the newest window's, or one of its own without a window
    (a widget tested on its own)."""
    global _current
    if _current is None or not Shiboken.isValid(_current):
        _current = Hub()
    return _current


def announce(kind: str, ids: Iterable[uuid.UUID] = (), source: QObject | None = None) -> None:
    """Tell every view that records of ``kind`` changed: call it right after the service call
    that changed them (an empty ``ids`` means "any of this kind"). ``source``: the widget that
    made the change and already shows it (its own view then skips the update)."""
    if _current is not None and Shiboken.isValid(_current):
        _current.announce(kind, ids, source)


class ChangeListener(QObject):
    """Collects the announced changes of some kinds for one view and delivers them once
    after the current event (see the module docstring)."""

    def __init__(
        self,
        owner: QObject,
        kinds: Iterable[str] | None,
        on_changes: Callable[[Changes], None],
        hub: Hub | None = None,
        *,
        skip_own: bool = False,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._skip_own = skip_own
        self._kinds = None if kinds is None else frozenset(kinds)
        self._on_changes = on_changes
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.deliver)
        self.hub = hub or current_hub()
        self.hub.recordsChanged.connect(self._collect)
        self.hub.flushRequested.connect(self.deliver)

    def _collect(self, kind: str, ids: list[uuid.UUID]) -> None:
        if self._kinds is not None and kind not in self._kinds:
            return
        source = self.hub.source
        if (
            self._skip_own
            and isinstance(source, QWidget)
            and isinstance(self._owner, QWidget)
            and (source is self._owner or self._owner.isAncestorOf(source))
        ):
            return  # the owner made this change and already shows it
        self._pending.add(kind, ids)
        self._timer.start()

    def deliver(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        changes, self._pending = self._pending, Changes()
        self._on_changes(changes)


def listen(
    owner: QObject,
    kinds: Iterable[str] | None,
    on_changes: Callable[[Changes], None],
    *,
    skip_own: bool = False,
) -> ChangeListener:
    """Call ``on_changes(changes)`` after each action that changed records of ``kinds``
    (None: of any kind), for as long as ``owner`` lives; with ``skip_own``, not for changes
    announced with a source inside ``owner`` (it showed those itself)."""
    return ChangeListener(owner, kinds, on_changes, skip_own=skip_own)
