"""One signal hub: actions announce what changed, views refresh only that."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

_current: Hub | None = None


class Hub(QObject):
    #: kind ("client", "employer", "match", "appointment", "contact_moment", ...) and the
    #: changed ids; an empty list means "reload everything of this kind".
    recordsChanged = Signal(str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _current
        _current = self  # the newest window's hub is the one actions announce on

    def announce(self, kind: str, ids: Iterable[uuid.UUID] = ()) -> None:
        self.recordsChanged.emit(kind, list(ids))


def announce(kind: str, ids: Iterable[uuid.UUID] = ()) -> None:
    """Tell every view that records of ``kind`` changed: call it right after the service call
    that changed them (an empty ``ids`` means "any of this kind")."""
    if _current is not None and Shiboken.isValid(_current):
        _current.announce(kind, ids)
