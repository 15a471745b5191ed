"""Logging to a rotating file in the data folder, so support can see what happened.

The log is private (0600 in a 0700 folder) and free of personal data: exceptions are written
as their kind and the functions that led there, never their message (a database error's
message carries the statement, a validation error's may quote what the user typed; see
:mod:`jobhunter.services.privacy.redact`), and log calls pass paths and counts, not records.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path
from typing import Any

from jobhunter.services.files import PRIVATE_FILE_MODE, make_private_dir
from jobhunter.services.privacy.redact import safe_traceback

LOG_NAME = "jobhunter.log"


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


class PrivateFormatter(logging.Formatter):
    """Writes a logged exception without its message (see the module docstring)."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        kind, value, tb = ei
        if value is None:
            return ""
        return safe_traceback(kind, value, tb)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created 0600, whatever the process umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)  # a log written by an earlier version
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(data_dir: Path, *, console: bool = False) -> Path | None:
    """Send the package's log records to ``data_dir/logs``; returns the file, or None if the
    folder cannot be written (logging must never stop the program)."""
    root = logging.getLogger("jobhunter")
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_jobhunter", False):
            root.removeHandler(handler)
            handler.close()
    path = log_path(data_dir)
    try:
        make_private_dir(path.parent)
        file_handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    formatter = PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler.setFormatter(formatter)
    file_handler._jobhunter = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(PrivateFormatter("%(levelname)s %(name)s: %(message)s"))
        stream._jobhunter = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
