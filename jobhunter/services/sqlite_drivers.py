"""The SQLite drivers in use, and their error and connection classes.

A plain store is opened with the standard library's ``sqlite3``; an encrypted one with
``sqlcipher3`` (the same DB-API, built on SQLCipher), which is loaded only when an encrypted
file is opened, so the start of a plain store never pays for it. The two modules raise
unrelated exception classes: code that handles a database error catches ``drivers.Error``
(or ``DatabaseError``, ``OperationalError``) instead of ``sqlite3.Error``. Each is a tuple
of the classes of every driver loaded so far; ``except`` reads it when an error arrives, so
a driver loaded later is covered too.
"""

from __future__ import annotations

import sqlite3
from types import ModuleType
from typing import Any

ErrorClasses = tuple[type[Exception], ...]


class Drivers:
    """The loaded SQLite driver modules (see the module's docstring)."""

    def __init__(self) -> None:
        self.modules: list[ModuleType] = []
        self.Error: ErrorClasses = ()
        self.DatabaseError: ErrorClasses = ()
        self.OperationalError: ErrorClasses = ()
        self.IntegrityError: ErrorClasses = ()
        self.Connection: tuple[type[Any], ...] = ()
        self.add(sqlite3)

    def add(self, module: ModuleType) -> None:
        """Take in a driver with the ``sqlite3`` module's interface (once)."""
        if module in self.modules:
            return
        self.modules.append(module)
        self.Error = (*self.Error, module.Error)
        self.DatabaseError = (*self.DatabaseError, module.DatabaseError)
        self.OperationalError = (*self.OperationalError, module.OperationalError)
        self.IntegrityError = (*self.IntegrityError, module.IntegrityError)
        self.Connection = (*self.Connection, module.Connection)

    def error_or(self, *others: type[Exception]) -> ErrorClasses:
        """Every driver's ``Error`` and ``others``: ``except drivers.error_or(StoreError):``."""
        return (*self.Error, *others)


drivers = Drivers()


def error_name(exc: BaseException) -> str:
    """SQLite's error name of a driver error ("SQLITE_NOTADB"); empty when it has none."""
    return getattr(exc, "sqlite_errorname", None) or ""
