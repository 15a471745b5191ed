"""Copies of the store in the other form: a backup or set-aside database converted in place,
a restored backup copied in the store's form, and the checks every converted copy passes.

A copy is made with SQLCipher's ``sqlcipher_export`` (``cipher.export``) into a temporary
file beside the original, then verified: every page (SQLite's integrity or quick check),
the same schema, the same number of rows in every table (the search index's own tables and
the bookkeeping ones included), the same change count, epoch and revision. Only then does it
take the original's place, and the original is wiped (``wipe``).
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any

from jobhunter.services import backup
from jobhunter.services.encryption import cipher, wipe
from jobhunter.services.encryption.keys import StoreKey
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store import connect
from jobhunter.services.store_errors import StoreError

log = logging.getLogger(__name__)

SET_ASIDE = "set-aside"


class ConversionError(StoreError):
    """A copy could not be made or does not match its original; the original is as it
    was. The message is Dutch, one line."""


def copies(data_dir: Path) -> list[Path]:
    """Backups and set-aside databases of the data folder."""
    found = []
    for folder in (backup.backup_dir(data_dir), Path(data_dir) / SET_ASIDE):
        try:
            entries = sorted(folder.glob("*.sqlite"))
        except OSError:
            continue
        found += [path for path in entries if path.is_file() and not path.is_symlink()]
    return found


def in_other_form(data_dir: Path, encrypted: bool) -> list[Path]:
    return [path for path in copies(data_dir) if cipher.is_encrypted_file(path) != encrypted]


def fold_log(path: Path) -> None:
    """Fold a write-ahead log beside ``path`` into the file itself. A store set aside by a
    restore after a crash keeps its last transactions in its ``-wal``: a copy read immutably
    would drop them, and a log of the old form left beside the converted file would keep
    its rows readable and make SQLite read the new file as damaged. The log's bytes are
    overwritten before it goes (``wipe``)."""
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() or path.with_name(path.name + "-shm").exists()):
        return
    extra = wipe.mark(wal)  # a second name: SQLite's unlink at close leaves the bytes to wipe
    try:
        conn = connect(path)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
            if busy:
                raise ConversionError("het bestand is nog in gebruik")
            conn.execute("PRAGMA journal_mode=DELETE")  # removes the -wal and -shm
        finally:
            conn.close()
    except drivers.Error as exc:
        raise ConversionError("het bestand is beschadigd of onleesbaar") from exc
    finally:
        if extra is not None:
            wipe.finish(extra)  # only the second name goes if the log is still there


def convert_file(path: Path, key: StoreKey | None) -> backup.Facts:
    """Rewrite a database that nothing writes (a backup, a set-aside store) in the other
    form, in place: copy, verify (every page, and the same rows), rename over it, wipe the
    old file. Raises :class:`ConversionError` and leaves it as it was when that fails."""
    fold_log(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        source_conn = connect(path, immutable=True, cipher=True)
    except drivers.Error as exc:
        raise ConversionError("het bestand kan niet worden geopend") from exc
    try:
        source = describe(source_conn)
        cipher.export(source_conn, temporary, key)
    except drivers.Error as exc:
        discard(temporary, [])
        raise ConversionError("het bestand is beschadigd of onleesbaar") from exc
    except BaseException:
        discard(temporary, [])
        raise
    finally:
        source_conn.close()
    try:
        verify_copy(temporary, source, quick=True)
        fsync(temporary)
        extra = wipe.mark(path)
        os.replace(temporary, path)
    except BaseException:
        discard(temporary, [])
        raise
    if extra is not None:
        wipe.finish(extra)
    facts: backup.Facts = source[0]
    return facts


def copy_in_form(source: Path, target: Path, key: StoreKey | None) -> None:
    """Write a copy of the database ``source`` to the new (empty) file ``target`` in the given form
    (encrypted with ``key``, or plain), verified against the source (for a restore that keeps
    the store's form)."""
    fold_log(source)
    source_conn = connect(source, immutable=True, cipher=True)
    try:
        described = describe(source_conn)
        cipher.export(source_conn, target, key)
    finally:
        source_conn.close()
    verify_copy(target, described, quick=True)


# --- checks -----------------------------------------------------------------------------------
Description = tuple[backup.Facts, list[tuple[Any, ...]]]


def describe(conn: Any) -> Description:
    """What a copy must have of its source: the facts (all rows of every table counted, the
    change count and epoch, the revision) and the schema."""
    schema = sorted(
        tuple(row)
        for row in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        if not str(row[1]).startswith("sqlite_autoindex")
    )
    return backup.facts_of(conn, every_table=True), schema


def verify_copy(path: Path, source: Description, *, quick: bool) -> None:
    try:
        conn = connect(path, immutable=True)
    except drivers.Error as exc:
        raise ConversionError("De kopie kan niet worden geopend; er is niets veranderd.") from exc
    try:
        pragma = "quick_check" if quick else "integrity_check"
        findings = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
        copy = describe(conn) if findings == ["ok"] else None
    except drivers.Error as exc:
        raise ConversionError("De kopie is beschadigd; er is niets veranderd.") from exc
    finally:
        conn.close()
    if copy is None:
        log.error("converted copy %s fails its check: %s", path, findings)
        raise ConversionError("De kopie is beschadigd; er is niets veranderd.")
    if copy != source:
        log.error("converted copy %s differs from its source", path)
        raise ConversionError("De kopie verschilt van het origineel; er is niets veranderd.")


def discard(temporary: Path, marked: list[Path]) -> None:
    """Undo a switch that stops before the swap: the copy goes, the second names go (the
    files they name are still the live ones)."""
    for name in (
        temporary,
        *(temporary.with_name(temporary.name + s) for s in ("-journal", "-wal", "-shm")),
    ):
        name.unlink(missing_ok=True)
    for extra in marked:
        wipe.finish(extra)


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
