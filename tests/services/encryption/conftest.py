"""Stores to encrypt, a keyring several processes share, and the raw-byte scans."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from jobhunter.services import backup
from jobhunter.services.clock import FixedClock
from jobhunter.services.store import Store, connect
from tests.services.privacy.conftest import Sensitive, build_sensitive_client
from tests.services.privacy.test_erasure import encodings, name_forms


class FileKeyring(KeyringBackend):
    """A keyring kept in a JSON file, so a test's child process and the test share it (a
    stand-in for the OS keyring, which outlives a killed program too)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path("keyring.json")

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text()))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        data.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(data))


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    import keyring

    original = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(original)


def with_backups(store: Store, clock: FixedClock, days: int = 3) -> list[Path]:
    """Backups taken on ``days`` different days before ``clock``'s today (the schedule keeps
    one a day), each after a change."""
    from jobhunter.services.clients import ClientService

    made = []
    for back in range(days, 0, -1):
        earlier = FixedClock(clock.now() - timedelta(days=back))
        ClientService(store, earlier).create("Kees", f"Bakker {back}")
        result = backup.make_backup(store, earlier)
        assert result.path is not None
        made.append(result.path)
    return made


@pytest.fixture
def sensitive(store: Store, clock: FixedClock, tmp_path: Path) -> Sensitive:
    return build_sensitive_client(store, clock, tmp_path)


#: the forms of Zoë Özdemir's name, e-mail and phone as the raw-byte scans look for them
def client_forms() -> set[str]:
    return name_forms("Zoë", "Özdemir", "Yilmaz", "Zoë Özdemir") | {
        "zoe.ozdemir@example.nl",
        "0612345678",
    }


#: ciphertext looks random: a 3-byte needle ("ZOE") turns up by chance once in 16 million
#: positions, so in a few files of an encrypted store it is found; 6 bytes never are (one in
#: 2**48). Shorter forms are still searched in the full name ("Zoë Özdemir").
MIN_NEEDLE = 6


def raw_traces(paths: list[Path], forms: set[str]) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        for form, codec, needle in encodings(forms):
            if len(needle) >= MIN_NEEDLE and needle in data:
                found.append(f"{path.name}: {form!r} ({codec})")
    return found


def database_files(data_dir: Path) -> list[Path]:
    """Every database file in the data folder: the store, its WAL and SHM, backups,
    set-aside stores, and anything left beside them."""
    return sorted(
        p
        for p in data_dir.rglob("*")
        if p.is_file()
        and "documents" not in p.parts
        and "logs" not in p.parts
        and p.suffix not in (".json", ".lock", ".ini")
    )


def table_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index's own tables too), in order, read through
    ``connect`` (so with the key when encrypted)."""
    conn = connect(db, read_only=True)
    try:
        names = [
            name
            for _schema, name, kind, *_ in conn.execute("PRAGMA main.table_list")
            if kind in ("table", "shadow") and not name.startswith("sqlite_")
        ]
        return {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        conn.close()


def same_records(
    before: dict[str, list[tuple[object, ...]]],
    after: dict[str, list[tuple[object, ...]]],
    action: str,
) -> None:
    """``after`` holds exactly ``before``'s rows, plus the switch's own audit event (and the
    change it counted)."""
    assert set(after) == set(before)
    for table in before:
        if table in ("audit_event", "change_counter"):
            continue
        assert after[table] == before[table], table
    added = [row for row in after["audit_event"] if row not in before["audit_event"]]
    assert len(after["audit_event"]) == len(before["audit_event"]) + 1
    assert len(added) == 1 and action in added[0]
    ((_id, changes, epoch),) = before["change_counter"]
    assert after["change_counter"] == [(_id, changes + 1, epoch)]
