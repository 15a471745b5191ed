"""Opening the local SQLite store: connection settings, migrations and their safety copy.

Every connection enforces foreign keys, uses WAL and waits for a lock instead of failing at
once. Migrations run at open; a copy is taken before any migration touches an existing file,
and a file written by a newer Jobhunter is refused rather than damaged.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from jobhunter.services.files import make_private, reason
from jobhunter.services.paths import DB_FILENAME
from jobhunter.services.privacy.folder import create_private_file, secure_data_folder

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The store cannot be opened or used; the message is for the user (Dutch)."""


class StoreTooNewError(StoreError):
    pass


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("jobhunter") / "migrations"))
    return cfg


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """What Alembic compares: all but the full-text index (a virtual table and its shadow
    tables), which hand-written SQL in the revisions looks after."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


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
    # hide_parameters: an error message never carries a record's values (into a log or dialog)
    engine = create_engine(f"sqlite:///{db_path}", hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy a live database consistently with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    make_private(partial)
    partial.replace(target)


class Store:
    """The open store. Services take one and open a short session per method."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @classmethod
    def open(cls, data_dir: Path, *, migrate: bool = True) -> Store:
        data_dir = Path(data_dir)
        db_path = data_dir / DB_FILENAME
        try:
            secure_data_folder(data_dir)  # 0700/0600, also for a folder of an earlier version
            if db_path.exists():
                _check_is_sqlite(db_path)
            else:
                create_private_file(db_path)  # SQLite gives the WAL and SHM the same mode
        except OSError as exc:
            raise StoreError(f"Kan de datamap {data_dir} niet gebruiken: {reason(exc)}.") from exc
        engine = make_engine(db_path)
        try:
            if migrate:
                _migrate(engine, db_path, data_dir)
            else:
                _check_revision(engine, db_path)
        except SADatabaseError as exc:
            engine.dispose()
            raise StoreError(
                f"De database {db_path} is beschadigd of onleesbaar: {exc.orig}"
            ) from exc
        except Exception:
            engine.dispose()
            raise
        return cls(data_dir, engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _check_is_sqlite(db_path: Path) -> None:
    with db_path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise StoreError(f"{db_path} is geen Jobhunter-database (geen SQLite-bestand).")


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_revision(engine: Engine, db_path: Path) -> str | None:
    current = _current_revision(engine)
    if current is not None and current not in known_revisions():
        raise StoreTooNewError(
            f"{db_path} is gemaakt met een nieuwere versie van Jobhunter (schema {current}). "
            "Werk Jobhunter bij; het bestand is niet aangeraakt."
        )
    return current


def _migrate(engine: Engine, db_path: Path, data_dir: Path) -> None:
    current = _check_revision(engine, db_path)
    head = head_revision()
    if current == head:
        return
    if current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = data_dir / "backups" / f"pre-migration-{current}-{stamp}.sqlite"
        sqlite_backup(db_path, copy)
        log.info("copied %s to %s before migrating %s -> %s", db_path, copy, current, head)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("store %s migrated to %s", db_path, head)
