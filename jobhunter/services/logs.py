"""Logging to a rotating file in the data folder, so support can see what happened."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "jobhunter.log"


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


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
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._jobhunter = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream._jobhunter = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
