"""Opening the local SQLite store: connections, the health probe, migrations, one writer.

Every connection to the store, a backup or a copy is made by :func:`connect` (and the
engine's pool through it): the one place that knows how a Jobhunter database is opened.
Every connection enforces foreign keys, uses WAL and waits for a lock instead of failing at
once; a SQLite error about the file or the disk reaches the caller as a
:class:`StoreError` with one Dutch line (a full disk, a damaged file, a busy store), never
as SQL.

Opening checks the file cheaply (its header, its schema, the first and last rows of each
table) before anything else touches it, takes the writer lock (see ``writer_lock``) unless
asked only to read, migrates (after a verified copy), and installs the change counter's
triggers on every table.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from jobhunter.services import change_counter
from jobhunter.services.cancel import Cancel, watching
from jobhunter.services.files import atomic_path, reason, remove_temporaries, write_error
from jobhunter.services.input_limits import check_flush
from jobhunter.services.paths import DB_FILENAME
from jobhunter.services.privacy.folder import create_private_file, secure_data_folder
from jobhunter.services.schema_revisions import head_revision, known_revisions, stored_revision
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store_errors import (
    StoreDamagedError,
    StoreDiskFullError,
    StoreError,
    StoreTooNewError,
    damaged,
    from_sqlite,
)
from jobhunter.services.writer_lock import WriterLock

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "Store",
    "StoreDamagedError",
    "StoreError",
    "StoreTooNewError",
    "connect",
    "head_revision",
    "known_revisions",
    "make_engine",
    "snapshot",
]

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: folders in the data folder whose files are written through ``files`` (temporaries of an
#: interrupted write are removed when the writer opens the store)
WRITTEN_FOLDERS = (".", "documents")
#: present while a writer has the store open: still there at the next opening, the last
#: writer was interrupted and its half-written documents are swept
OPEN_MARKER = ".writer-open"


def _alembic_config() -> Config:
    from alembic.config import Config  # only to migrate: importing Alembic takes 0.3 s

    cfg = Config()
    cfg.set_main_option("script_location", str(files("jobhunter") / "migrations"))
    return cfg


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """What Alembic compares: all but the full-text index (a virtual table and its shadow
    tables), which hand-written SQL in the revisions looks after."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


# --- connections ---------------------------------------------------------------------------
def connect(
    db_path: Path, *, read_only: bool = False, immutable: bool = False, cipher: bool = False
) -> sqlite3.Connection:
    """A connection to a Jobhunter database: the live store, a backup or a copy.

    ``read_only`` opens without the right to write; ``immutable`` (for backups, which
    nothing changes) also skips locking, so no ``-wal``/``-shm`` file appears beside it.
    An encrypted file (see ``services.encryption``) is opened through SQLCipher with its
    key; ``cipher`` opens a plain file through SQLCipher too (to copy it into an encrypted
    one). A plain store never loads SQLCipher.
    """
    if cipher or _encrypted(db_path):
        from jobhunter.services.encryption import cipher as sqlcipher

        conn: sqlite3.Connection  # the same DB-API, from the sqlcipher3 module
        if cipher and not sqlcipher.is_encrypted_file(db_path):
            conn = sqlcipher.connect_plain_via_cipher(db_path, immutable=immutable)
        else:
            conn = sqlcipher.connect(db_path, read_only=read_only, immutable=immutable)
        return conn
    if read_only or immutable:
        uri = Path(db_path).absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    return sqlite3.connect(db_path, check_same_thread=False)


def _encrypted(db_path: Path) -> bool:
    """Whether the file is one of ours encrypted: not plain SQLite by its first bytes (a
    read of 16 bytes), and a key at hand or a marker in its data folder."""
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    if not head or head == SQLITE_MAGIC:
        return False
    from jobhunter.services.encryption import keys

    return keys.applies(db_path)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # deleted records are overwritten with zeros, not left in free space (AVG: erasure)
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    """The engine of the live store: connections from :func:`connect`, SQLite's errors about
    the file or the disk turned into :class:`StoreError`."""
    # hide_parameters: an error message never carries a record's values (into a log or dialog)
    driver: dict[str, Any] = {}
    if _encrypted(db_path):  # SQLAlchemy must know SQLCipher's error classes
        from jobhunter.services.encryption.cipher import driver as sqlcipher_driver

        driver["module"] = sqlcipher_driver()
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(db_path),
        poolclass=QueuePool,
        hide_parameters=True,
        **driver,
    )
    event.listen(engine, "connect", _on_connect)

    def translate(context: ExceptionContext) -> None:
        error = from_sqlite(context.original_exception, db_path)
        if error is not None:
            log.warning("store %s: %s", db_path, context.original_exception)
            raise error from context.original_exception

    event.listen(engine, "handle_error", translate)
    return engine


def among_sql(column: str, count: int) -> str:
    """The SQL condition "``column`` is one of ``count`` values" for a read on the driver
    connection (``driver_of``), its values bound in order; none at all matches nothing."""
    return f"{column} IN ({', '.join('?' * count)})" if count else "0"


@contextmanager
def driver_of(session: Session) -> Iterator[DBAPIConnection]:
    """The session's SQLite connection itself, for reads of thousands of rows without
    SQLAlchemy's result handling (read them whole inside the block). Its errors read as the
    store's own, as through the engine (a damaged or busy store, a full disk), which cannot
    see them here."""
    driver = session.connection().connection.driver_connection
    assert driver is not None  # an open session's connection
    try:
        yield driver
    except drivers.Error as exc:
        store = session.info.get("store")
        error = None if store is None else from_sqlite(exc, store.db_path)
        if store is None or error is None:
            raise
        log.warning("store %s: %s", store.db_path, exc)
        raise error from exc


def snapshot(source: Path, target: Path, cancel: Cancel | None = None) -> None:
    """Write a consistent copy of the database ``source`` to ``target``, all or nothing.

    ``VACUUM INTO`` reads one snapshot of the store (writers carry on meanwhile, in WAL
    mode) and writes a compact file in rollback-journal mode, so nothing grows ``-wal`` or
    ``-shm`` files beside the copy. It can be cancelled; a failure leaves no partial file and
    reports a full disk as such.
    """
    with atomic_path(target) as temporary:
        # an ordinary connection: VACUUM INTO only reads the source, and through a read-only
        # one it takes ten times as long (4.7 s instead of 0.5 s on the benchmark store)
        conn = connect(source)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        try:
            with watching(cancel, conn):
                conn.execute("VACUUM INTO ?", (str(temporary),))
        except drivers.Error as exc:
            error = from_sqlite(exc, source)
            if isinstance(error, StoreDiskFullError):  # the copy filled the disk
                raise write_error(OSError(errno.ENOSPC, "disk full"), target) from exc
            if error is None:
                raise
            raise error from exc
        finally:
            conn.close()


# --- the store -----------------------------------------------------------------------------
class Store:
    """The open store. Services take one and open a short session per method.

    ``writer`` stores hold the data folder's writer lock (see ``writer_lock``); read-only
    ones (``jobhunter list``, ``check``) work beside a window that has it.
    """

    def __init__(self, data_dir: Path, engine: Engine, lock: WriterLock | None = None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False, info={"store": self})
        event.listen(self._sessions, "before_flush", check_flush)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def writer(self) -> bool:
        return self._lock is not None

    @classmethod
    def open(cls, data_dir: Path, *, migrate: bool = True, writer: bool = True) -> Store:
        """Open (or create) the store in ``data_dir``; raises :class:`StoreError`."""
        data_dir = Path(data_dir)
        db_path = data_dir / DB_FILENAME
        try:
            secure_data_folder(data_dir)  # 0700/0600, also for a folder of an earlier version
            create_private_file(db_path)  # SQLite gives the WAL and SHM the same mode
        except OSError as exc:
            raise StoreError(f"Kan de datamap {data_dir} niet gebruiken: {reason(exc)}.") from exc
        lock = WriterLock.acquire(data_dir) if writer else None
        try:
            if lock is not None:
                _remove_leftovers(data_dir)
                _finish_wipes(data_dir)
            engine = _prepare(data_dir, migrate=migrate, writer=lock is not None)
            if lock is not None:
                (data_dir / OPEN_MARKER).touch(mode=0o600)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(data_dir, engine, lock)

    def reopen(self) -> None:
        """Close every connection and open the file anew (after a restore replaced it)."""
        self.engine.dispose()
        self.engine = _prepare(self.data_dir, migrate=True, writer=self.writer)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"store": self})
        event.listen(self._sessions, "before_flush", check_flush)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            try:
                session.rollback()
            except Exception:  # the connection itself failed (a full disk): nothing to undo
                log.warning("rollback failed", exc_info=True)
            raise
        finally:
            session.close()

    def change_state(self) -> change_counter.ChangeState:
        """How many changes the store has seen (see ``change_counter``)."""
        with self.engine.connect() as conn:
            return change_counter.read(conn)

    def close(self) -> None:
        self.engine.dispose()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()
            if not WriterLock.is_held(self.data_dir):  # the last writer of this process
                (self.data_dir / OPEN_MARKER).unlink(missing_ok=True)


def _remove_leftovers(data_dir: Path) -> None:
    """Temporary files of writes that were interrupted (a killed process, a power cut). The
    clients' document folders (one per client: a linear walk) are swept only when the last
    writer did not close the store (its marker is still there); the top folders always."""
    unclean = (data_dir / OPEN_MARKER).exists()
    for folder in WRITTEN_FOLDERS:
        base = data_dir / folder
        removed = remove_temporaries(base)
        if unclean and base.name == "documents" and base.is_dir():
            for sub in base.iterdir():
                if sub.is_dir():
                    removed += remove_temporaries(sub)
        for path in removed:
            log.info("removed %s, left by an interrupted write", path)


def _finish_wipes(data_dir: Path) -> None:
    """Wipe what a switch of encryption that was interrupted left (see ``encryption.wipe``)."""
    from jobhunter.services.encryption import wipe

    for folder in (data_dir, data_dir / "backups", data_dir / "set-aside"):
        wipe.finish_leftovers(folder)


def _prepare(data_dir: Path, *, migrate: bool, writer: bool) -> Engine:
    db_path = data_dir / DB_FILENAME
    existed = db_path.exists() and db_path.stat().st_size > 0
    if existed:
        check_header(db_path)
    engine = make_engine(db_path)
    try:
        if existed:
            with engine.connect() as conn:
                probe(conn)
        if migrate:
            _migrate(engine, db_path, data_dir, writer)
        else:
            _check_revision(engine, db_path)
        if migrate or writer:
            _install_counter(engine, data_dir, writer)
    except StoreError:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        log.error("store %s cannot be read: %s", db_path, exc.orig)
        raise damaged(db_path) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


# --- the health probe ----------------------------------------------------------------------
def check_header(db_path: Path) -> None:
    """What the first hundred bytes say: is this a SQLite file, and is it all there?"""
    try:
        with db_path.open("rb") as fh:
            header = fh.read(100)
        size = db_path.stat().st_size
    except OSError as exc:
        raise StoreError(f"Kan {db_path} niet lezen: {reason(exc)}.") from exc
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        if _encrypted(db_path):
            from jobhunter.services.encryption import cipher

            cipher.check_header(db_path)  # whole pages, and a key at hand that opens it
            return
        raise StoreError(f"{db_path} is geen Jobhunter-database (geen SQLite-bestand).")
    if len(header) < 100:
        raise damaged(db_path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(db_path)
    pages = int.from_bytes(header[28:32], "big")
    size_is_current = header[24:28] == header[92:96]
    wal = db_path.with_name(db_path.name + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if size_is_current and wal_empty and size < pages * page_size:
        log.error("%s is %d bytes, its header says %d pages", db_path, size, pages)
        raise damaged(db_path)  # cut off: a copy that stopped half-way, a full disk


def probe(conn: Connection) -> None:
    """A cheap look at the whole store: the schema, and the first and last row of every
    table (the pages a damaged file most often loses). Raises :class:`StoreDamagedError`.
    The full integrity check runs later, in the background."""
    tables = conn.exec_driver_sql("PRAGMA main.table_list").all()
    for _schema, name, kind, _ncol, without_rowid, *_ in tables:
        if kind not in ("table", "shadow") or name.startswith("sqlite_"):
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        conn.exec_driver_sql(f"SELECT * FROM {quoted} LIMIT 1").all()
        if not without_rowid:
            conn.exec_driver_sql(f"SELECT * FROM {quoted} ORDER BY rowid DESC LIMIT 1").all()


# --- migrations ----------------------------------------------------------------------------
def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return stored_revision(conn)


def _check_revision(engine: Engine, db_path: Path) -> str | None:
    current = _current_revision(engine)
    if current is not None and current not in known_revisions():
        raise StoreTooNewError(
            f"{db_path} is gemaakt met een nieuwere versie van Jobhunter (schema {current}). "
            "Werk Jobhunter bij; het bestand is niet aangeraakt."
        )
    return current


@contextmanager
def _writing(data_dir: Path, writer: bool) -> Iterator[None]:
    """Hold the writer lock for a write a read-only opening needs (a migration)."""
    if writer:
        yield
        return
    with WriterLock.acquire(data_dir):
        yield


def _migrate(engine: Engine, db_path: Path, data_dir: Path, writer: bool) -> None:
    current = _check_revision(engine, db_path)
    head = head_revision()
    if current == head:
        return
    from alembic import command  # a store at the newest schema never needs Alembic

    with _writing(data_dir, writer):
        if current is not None:
            from jobhunter.services.backup import copy_before_migration

            copy = copy_before_migration(data_dir, current)
            log.info("copied %s to %s before migrating %s -> %s", db_path, copy, current, head)
        cfg = _alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    log.info("store %s migrated to %s", db_path, head)


def _install_counter(engine: Engine, data_dir: Path, writer: bool) -> None:
    with engine.connect() as conn:
        if (
            not change_counter.missing_triggers(conn)
            and conn.exec_driver_sql(change_counter.STATE_SQL).first()
        ):
            return
    if not writer and not WriterLock.is_held(data_dir):
        try:
            lock = WriterLock.acquire(data_dir)
        except StoreError:
            return  # the window that holds the lock installs them
        with lock, engine.begin() as conn:
            change_counter.install(conn)
        return
    with engine.begin() as conn:
        added = change_counter.install(conn)
    if added:
        log.info("change counter installed on %d table operations", added)
