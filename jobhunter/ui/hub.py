"""One signal hub: actions announce what changed, views refresh only that."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    #: kind ("client", "employer", "match", "appointment", "contact_moment") and changed ids;
    #: an empty list means "reload everything of this kind".
    recordsChanged = Signal(str, list)
