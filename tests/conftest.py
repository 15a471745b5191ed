"""Shared fixtures: every test gets its own data folder and runs Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.store import Store
from jobhunter.ui.none_refcount import keep_none_alive

keep_none_alive()  # the whole suite runs in one process: see jobhunter/ui/none_refcount.py

#: a Monday morning in Rotterdam; every date-dependent test starts here
FIXED_NOW = datetime(2026, 3, 16, 9, 30, tzinfo=LOCAL_TZ)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Nothing a test does may touch the real user data folder."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("JOBHUNTER_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    return data


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    store = Store.open(data_dir)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box would wait forever offscreen: make an unexpected one fail."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))
