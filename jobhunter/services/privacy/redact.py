"""Error texts without personal data, for dialogs, the command line and the log.

A database error's own text carries the statement (and, unless the engine hides them, its
values: a note about debts, word for word); an exception's message may quote what the user
typed. So what is shown or logged is built from what is known to be safe: the kind of
error, SQLite's error name, the Dutch reason of an operating-system error, and the stack of
functions that led there, never the message itself.
"""

from __future__ import annotations

import traceback
from types import TracebackType

from sqlalchemy.exc import DBAPIError, StatementError

from jobhunter.services.files import reason
from jobhunter.services.sqlite_drivers import drivers

#: SQLite's primary error names -> what went wrong, in Dutch
_SQLITE_REASONS = {
    "SQLITE_BUSY": "de database is bezet (een ander programma schrijft erin)",
    "SQLITE_LOCKED": "de database is bezet (een ander programma schrijft erin)",
    "SQLITE_FULL": "de schijf is vol",
    "SQLITE_IOERR": "de schijf gaf een leesfout of schrijffout",
    "SQLITE_CORRUPT": "de database is beschadigd",
    "SQLITE_NOTADB": "het bestand is geen database",
    "SQLITE_READONLY": "de database is alleen-lezen",
    "SQLITE_CANTOPEN": "de database kan niet worden geopend",
    "SQLITE_PERM": "geen toestemming om de database te gebruiken",
    "SQLITE_CONSTRAINT": "de wijziging breekt een regel van de database",
    "SQLITE_TOOBIG": "een waarde is te groot",
    "SQLITE_NOMEM": "er is te weinig geheugen",
    # a driver error without SQLite's error name: its class says enough
    "IntegrityError": "de wijziging breekt een regel van de database",
    "OperationalError": "de database kon de opdracht niet uitvoeren",
    "DatabaseError": "de database is beschadigd of onleesbaar",
}


def sqlite_error_name(exc: BaseException) -> str | None:
    """SQLite's error name ("SQLITE_CONSTRAINT_CHECK") of a database error, if it has one."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, drivers.Error):
        return getattr(orig, "sqlite_errorname", None) or type(orig).__name__
    return None


def describe_error(exc: BaseException) -> str:
    """One Dutch line saying what kind of thing went wrong, with no record values, no SQL
    and no file names."""
    name = sqlite_error_name(exc)
    if name is not None:
        primary = "_".join(name.split("_")[:2])
        return f"databasefout: {_SQLITE_REASONS.get(primary, name)}"
    if isinstance(exc, StatementError):  # a value the database layer could not convert
        return f"databasefout: een waarde kon niet worden verwerkt ({_kind(exc.orig)})"
    if isinstance(exc, OSError):
        return f"bestandsfout: {reason(exc)}"
    return f"interne fout ({type(exc).__name__})"


def safe_traceback(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    """The traceback for support: every frame (file, line, function), every chained error's
    kind and SQLite error name, but none of their messages."""
    del kind  # read from the value, as the traceback module does
    # outermost first; each entry says how the next (inner) one is linked to it
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = value
    current_tb = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            inner, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            inner, link = current.__context__, _CONTEXT
        else:
            inner, link = None, ""
        chain.append((current, current_tb, link))
        current = inner
        current_tb = inner.__traceback__ if inner is not None else None
    out: list[str] = []
    for depth in range(len(chain) - 1, -1, -1):
        exc, exc_tb, _ = chain[depth]
        out.append("Traceback (most recent call last):\n")
        out.extend(traceback.StackSummary.extract(traceback.walk_tb(exc_tb)).format())
        out.append(_kind(exc) + "\n")
        if depth > 0:
            out.append(chain[depth - 1][2])
    return "".join(out).rstrip("\n")


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _kind(exc: BaseException | None) -> str:
    if exc is None:
        return "onbekend"
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
    name = sqlite_error_name(exc)
    return f"{kind} [{name}]" if name and name != type(exc).__name__ else kind
