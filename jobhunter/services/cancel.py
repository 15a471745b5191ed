"""Stopping long work on the store (a backup, an integrity check) from another thread.

SQLite work cannot be stopped by a flag it never looks at, so a :class:`Cancel` also
interrupts the connections registered with it: closing the window ends a running backup
within moments instead of leaving it half-written.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from jobhunter.services.sqlite_drivers import drivers


class CancelledError(Exception):
    """The work was cancelled; nothing half-done was kept."""


class Cancel:
    def __init__(self) -> None:
        self._event = threading.Event()
        self._guard = threading.Lock()
        self._connections: set[sqlite3.Connection] = set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._guard:
            self._event.set()
            for connection in self._connections:
                connection.interrupt()

    def check(self) -> None:
        if self.cancelled:
            raise CancelledError()

    @contextmanager
    def watching(self, connection: sqlite3.Connection) -> Iterator[None]:
        """While in the block, cancelling interrupts ``connection``'s running statement."""
        with self._guard:
            if self._event.is_set():
                raise CancelledError()
            self._connections.add(connection)
        try:
            yield
        except drivers.OperationalError as exc:
            if self.cancelled and "interrupt" in str(exc):
                raise CancelledError() from exc
            raise
        finally:
            with self._guard:
                self._connections.discard(connection)


@contextmanager
def watching(cancel: Cancel | None, connection: sqlite3.Connection) -> Iterator[None]:
    """:meth:`Cancel.watching`, or nothing when there is no cancel."""
    if cancel is None:
        yield
        return
    with cancel.watching(connection):
        yield
