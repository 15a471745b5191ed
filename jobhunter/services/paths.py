"""Where the store lives: ``--data-dir``, then ``JOBHUNTER_DATA_DIR``, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "jobhunter"
DATA_DIR_ENV = "JOBHUNTER_DATA_DIR"
DB_FILENAME = "jobhunter.sqlite"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))
