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


@pytest.fixture(autouse=True)
def _forget_store_keys() -> Iterator[None]:
    """A store key found by one test (kept for the process's life) is not at hand in the
    next: each test starts as a fresh process would."""
    from jobhunter.services.encryption import keys

    keys._cache.clear()
    yield
    keys._cache.clear()


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """The OS keyring replaced by one that keeps secrets in this process only."""
    import keyring

    from tests.services.handover.test_identity import MemoryKeyring

    original = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(original)


@pytest.fixture
def encrypt(memory_keyring: object, monkeypatch: pytest.MonkeyPatch, clock: FixedClock):
    """Switch encryption on for a store, as the settings do, with its key in the in-memory
    keyring. The recovery copy of the key is not made (scrypt takes seconds, and these tests
    are about the store, not about recovery; ``tests/services/encryption`` makes it for
    real)."""
    from jobhunter.services.encryption import keys, switch

    monkeypatch.setattr(keys, "lock_key", lambda key, passphrase: b"(no recovery copy)")

    def run(store: Store) -> switch.SwitchResult:
        preparation = switch.prepare(store.data_dir)
        return switch.encrypt(store, preparation, clock=clock)

    return run


@pytest.fixture
def encrypt_file(encrypt: object, clock: FixedClock):
    """Put an encrypted copy of a plain database file into a data folder as its store (an
    encrypted store written by an earlier version, say), with its key in the keyring."""
    from jobhunter.services.encryption import copies, keys

    def run(source: Path, data_dir: Path) -> Path:
        data_dir.mkdir(parents=True, exist_ok=True)
        key = keys.StoreKey.generate()
        keys.to_keyring(key)
        keys.remember(key)
        keys.write_marker(data_dir, keys.new_marker(key, "", clock.now()))
        target = data_dir / "jobhunter.sqlite"
        copies.copy_in_form(source, target, key)
        return target

    return run


@pytest.fixture(params=["plain", "encrypted"])
def form(request: pytest.FixtureRequest) -> str:
    """Run a test on a plain store and on an encrypted one (use with ``encrypt``)."""
    return str(request.param)


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


class Faults:
    """Ways to break a store on purpose, as a disk, a crash or a careless copy would."""

    @staticmethod
    def root_page(db: Path, name: str) -> int:
        """The first page of a table or index (SQLite numbers pages from 1); an encrypted
        store is read with its key."""
        from jobhunter.services.store import connect

        conn = connect(db)
        try:
            (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))
        finally:
            conn.close()
        return int(page[0])

    @staticmethod
    def overwrite_page(db: Path, page: int) -> None:
        """Scribble over one page, as a failing disk would."""
        from jobhunter.services.store import connect

        conn = connect(db)
        try:
            size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher: a string
        finally:
            conn.close()
        with db.open("r+b") as fh:
            fh.seek((page - 1) * size)
            fh.write(bytes((i * 37 + 11) % 256 for i in range(size)))

    @classmethod
    def damage(cls, db: Path, name: str) -> None:
        """Damage the table or index ``name`` of the closed database ``db``."""
        cls.overwrite_page(db, cls.root_page(db, name))

    @classmethod
    def damage_deep(cls, db: Path, name: str) -> None:
        """Damage a leaf page in the middle of the table or index ``name``: what the store's
        probe at opening (a table's first and last rows) does not read, only a read of all
        its rows finds."""
        from jobhunter.services.store import connect

        conn = connect(db)
        try:
            leaves = [
                page
                for (page,) in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (name,)
                )
            ]
        finally:
            conn.close()
        assert len(leaves) > 2, f"{name} fits {len(leaves)} page(s): nothing deep to damage"
        cls.overwrite_page(db, leaves[len(leaves) // 2])


@pytest.fixture
def faults() -> type[Faults]:
    return Faults


_FILL_DISK = """
import os
from pathlib import Path


def fill_disk(folder):
    fd = os.open(Path(folder) / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
"""


def _small_disk_available() -> bool:
    import shutil
    import subprocess

    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    """Run a Python script in a fresh process that sees a small tmpfs of its own at ``DISK``
    (a user and mount namespace): a real full disk, without filling the machine's. The script
    may call ``fill_disk(folder)``; the fixture returns what it printed. Skipped where the
    system allows no such namespace; the patched-write tests cover the same paths there."""
    import subprocess
    import sys
    import textwrap

    if not _small_disk_available():
        pytest.skip("no user namespace to mount a small file system in")
    folder = tmp_path / "small-disk"
    folder.mkdir()

    def run(script: str, size: str = "8m") -> str:
        program = _FILL_DISK + f"DISK = Path({str(folder)!r})\n" + textwrap.dedent(script)
        mount = f"mount -t tmpfs -o size={size} tmpfs {folder}"
        command = f'{mount} && exec {sys.executable} -c "$PROGRAM"'
        result = subprocess.run(
            ["unshare", "-rm", "sh", "-c", command],
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, "PROGRAM": program},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run
