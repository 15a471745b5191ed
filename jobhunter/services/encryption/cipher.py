"""Opening an encrypted database, and copying a database into the other form.

``store.connect`` sends every file whose first bytes are not "SQLite format 3" here when a key
is at hand or the file's data folder has a marker (see ``keys``). The file is opened with
``sqlcipher3`` and keyed with the raw key; a key that does not fit is tried no further than
the first page. A file the folder's own key does not open is damaged (the key is checked
against the marker first); a file no key at hand opens is said to be so, in Dutch, never
as "file is not a database".

A copy into the other form is SQLCipher's ``sqlcipher_export``: the source is attached to an
empty file keyed with the new key (or with none, for a plain copy) and every table, index,
trigger and row is written into it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from jobhunter.services.encryption.keys import StoreKey, keys_for
from jobhunter.services.privacy.folder import create_private_file
from jobhunter.services.sqlite_drivers import drivers, error_name
from jobhunter.services.store_errors import StoreError, StoreKeyError, damaged, from_sqlite

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: SQLCipher 4's page size (the file is a whole number of pages)
PAGE_SIZE = 4096

_driver: ModuleType | None = None
_driver_lock = threading.Lock()


def driver() -> ModuleType:
    """``sqlcipher3``'s DB-API module, loaded on first use. SQLCipher's own log (which would
    print a failed key to stderr) is switched off: a wrong key is our message to give."""
    global _driver
    with _driver_lock:
        if _driver is None:
            from sqlcipher3 import dbapi2

            probe = dbapi2.connect(":memory:")
            try:
                probe.execute("PRAGMA cipher_log_level = NONE")
            finally:
                probe.close()
            drivers.add(dbapi2)
            _driver = dbapi2
        return _driver


def is_encrypted_file(path: Path) -> bool:
    """Whether a file exists, has content, and does not start as a plain SQLite file does
    (an encrypted file starts with 16 random bytes, its salt)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return bool(head) and head != SQLITE_MAGIC


def _open(path: Path, read_only: bool, immutable: bool) -> Any:
    dbapi = driver()
    if read_only or immutable:
        uri = Path(path).absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        return dbapi.connect(uri, uri=True, check_same_thread=False)
    return dbapi.connect(str(path), check_same_thread=False)


def _keyed(path: Path, key: StoreKey, read_only: bool, immutable: bool) -> Any | None:
    """A connection with ``key`` applied, or None when the key does not open the file."""
    conn = _open(path, read_only, immutable)
    try:
        conn.execute(f'PRAGMA key = "{key.sqlcipher()}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except drivers.DatabaseError as exc:
        conn.close()
        if error_name(exc).startswith("SQLITE_NOTADB"):
            return None
        error = from_sqlite(exc, Path(path))
        if error is None:
            raise
        raise error from exc
    except BaseException:
        conn.close()
        raise
    return conn


def connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> Any:
    """A connection to an encrypted file with the key that opens it (see the docstring)."""
    candidates, own = keys_for(path)
    for key in candidates:
        conn = _keyed(path, key, read_only, immutable)
        if conn is not None:
            return conn
    if own is not None:
        # the folder's own key, checked against its marker, does not open its file
        log.error("%s does not open with its folder's key %s", path, own.key_id)
        raise damaged(Path(path))
    raise StoreKeyError(
        f"{path} is versleuteld met een andere sleutel dan die van deze database; "
        "het kan hier niet worden geopend."
    )


def connect_plain_via_cipher(path: Path, *, immutable: bool = False) -> Any:
    """A plain database opened through SQLCipher (no key), so it can be exported into an
    encrypted copy (``sqlcipher_export`` is SQLCipher's)."""
    return _open(path, False, immutable)


def check_header(path: Path) -> None:
    """The cheap look at an encrypted file before it is opened: whole pages, and a key at
    hand that opens it (else :class:`StoreKeyMissingError` or :class:`StoreKeyError`)."""
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise StoreError(f"Kan {path} niet lezen.") from exc
    if size < PAGE_SIZE or size % PAGE_SIZE:
        log.error("encrypted %s is %d bytes, not whole pages", path, size)
        raise damaged(Path(path))
    connect(path, read_only=True).close()


def export(source: Any, target: Path, key: StoreKey | None) -> None:
    """Write everything in the open connection ``source`` (a SQLCipher connection) into the
    new file ``target``, encrypted with ``key`` or plain when ``key`` is None."""
    create_private_file(target)  # 0600 from the start, whatever the umask
    source.execute(
        "ATTACH DATABASE ? AS converted KEY ?", (str(target), key.sqlcipher() if key else "")
    )
    try:
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
    finally:
        source.execute("DETACH DATABASE converted")
