"""Erasure (AVG art. 17): a client and everything about them leave the store without a trace.

What goes: every row that belongs to the client (found through the schema's foreign keys,
see :mod:`.ownership`, so tables added later are covered), rows elsewhere that name one of
those records by a bare id, the client's documents on disk, and their search-index entries.
The audit trail keeps what was done, but under a random pseudonym: the client's id and the
ids of their records are replaced, and details that could say something about the person
(a phase reason, a consent's scope, a file name) are removed.

"Without a trace" is meant literally: deleted rows are overwritten (``secure_delete``), the
full-text indexes are merged so no old segment keeps the name's tokens, the store is rebuilt
(``VACUUM``) so fragments of earlier edits go too, and the write-ahead log is checkpointed and
truncated. Backups taken earlier still hold the client; :mod:`.backups` says which and when
they go.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import time
import unicodedata
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import MetaData, Table, delete, select, text, update
from sqlalchemy.orm import Session

from jobhunter.models import AuditEvent, Base, Client
from jobhunter.services import backup
from jobhunter.services.base import Service, get_or_raise
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.integrity import file_damage
from jobhunter.services.privacy import audit
from jobhunter.services.privacy.backups import HeldBackup, backups_holding
from jobhunter.services.privacy.ledger import record_erased
from jobhunter.services.privacy.ownership import (
    CLIENT_TABLE,
    all_ids,
    owned_rows,
    soft_references,
)
from jobhunter.services.sqlite_drivers import drivers
from jobhunter.services.store import Store
from jobhunter.services.store_errors import damaged

log = logging.getLogger(__name__)

_CHUNK = 500
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # "cv_ozdemir" is two words
_COMBINING = re.compile(r"[\u0300-\u036f]")
#: how long to wait for other readers before giving up on the wipe
_WIPE_TRIES = 5


@dataclass(frozen=True, slots=True)
class Mention:
    """Another record (not the client's own) whose indexed text names the client."""

    kind: str
    id: uuid.UUID
    title: str


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What an erasure of one client would remove, for the confirmation."""

    client_id: uuid.UUID
    name: str
    #: table -> rows that go (the client's own row included)
    counts: dict[str, int]
    #: titles of the documents whose files go
    documents: list[str]
    #: audit events that stay under a pseudonym, their personal details removed
    audit_events: int
    #: other records that mention the name: they stay, the user may want to edit them first
    mentions: list[Mention]
    backups: list[HeldBackup]

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure did."""

    client_id: uuid.UUID
    #: the id the audit trail knows the client by from now on
    pseudonym: uuid.UUID
    counts: dict[str, int]
    documents_removed: int
    audit_events: int
    #: files that could not be removed (the user is told)
    files_left: list[Path] = field(default_factory=list)
    #: free space overwritten, indexes merged and the WAL truncated
    wiped: bool = True
    backups: list[HeldBackup] = field(default_factory=list)
    #: the verified backup made right after the erasure (None when it could not be made)
    fresh_backup: Path | None = None

    @property
    def records(self) -> int:
        return sum(self.counts.values())


class ErasureService(Service):
    def __init__(
        self, store: Store, clock: Clock = SYSTEM_CLOCK, *, metadata: MetaData = Base.metadata
    ) -> None:
        super().__init__(store, clock)
        #: the schema walked for the client's rows (a test may add a table)
        self.metadata = metadata

    def plan(self, client_id: uuid.UUID) -> ErasurePlan:
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)
            owned = owned_rows(session, client_id, self.metadata)
            documents = [title for title, _path in stored_documents(session, owned, self.metadata)]
            events = len(_audit_event_ids(session, client_id, all_ids(owned)))
            mentions = _mentions(session, client, all_ids(owned))
            name = client.name
        counts = {table: len(ids) for table, ids in owned.items() if ids}
        backups = backups_holding(self.store, client_id, self.clock)
        return ErasurePlan(client_id, name, counts, documents, events, mentions, backups)

    def erase(self, client_id: uuid.UUID, *, action: str = audit.ERASE) -> ErasureReport:
        """Remove the client without a trace (see the module docstring)."""
        return self.erase_many([client_id], action=action)[0]

    def erase_many(
        self, client_ids: Sequence[uuid.UUID], *, action: str = audit.ERASE
    ) -> list[ErasureReport]:
        """Erase several clients (after a handover, say), each in its own transaction, and
        wipe the store once at the end."""
        if action not in audit.ACTION_GROUPS["erase"]:
            raise ValueError(action)
        refuse_damaged(self.store)
        # under the backup folder's lock: a backup taken meanwhile would hold the client
        # and be missed by the check below
        with backup.folder_locked(self.store.data_dir) as folder:
            reports = []
            for client_id in dict.fromkeys(client_ids):
                reports.append(self._erase_one(client_id, action))
            wiped = wipe_free_space(self.store)
            fresh = self._fresh_backup(folder)
            return [
                replace(
                    r,
                    wiped=wiped,
                    fresh_backup=fresh,
                    backups=backups_holding(self.store, r.client_id, self.clock),
                )
                for r in reports
            ]

    def _fresh_backup(self, folder: Path) -> Path | None:
        """A verified backup without the erased clients, so the user can remove the older
        ones that hold them and still have one to restore. None when it failed (logged:
        the erasure stands)."""
        try:
            result = backup.take_backup_locked(self.store, folder, self.clock)
        except (backup.BackupError, OSError) as exc:
            log.warning("no backup after the erasure: %s", type(exc).__name__)
            return None
        return result.info.path if result.info is not None else None

    def _erase_one(self, client_id: uuid.UUID, action: str) -> ErasureReport:
        pseudonym = uuid.uuid4()
        with self.store.session() as session:
            session.execute(text("PRAGMA secure_delete=ON"))
            client = get_or_raise(session, Client, client_id)
            names = name_tokens(client)
            owned = owned_rows(session, client_id, self.metadata)
            ids = all_ids(owned)
            files = [path for _title, path in stored_documents(session, owned, self.metadata)]
            events = pseudonymise_audit(
                session, client_id, ids, pseudonym, names=client_name_words(client)
            )
            events += _forget_legacy_mentions(session, names)
            _delete_soft_references(session, ids, self.metadata)
            session.expunge_all()  # the rows go by SQL below, not through the ORM
            for table in reversed(list(owned)):
                _delete_ids(session, self.metadata.tables[table], owned[table])
            counts = {table: len(ids) for table, ids in owned.items() if ids}
            self._audit_event(
                session,
                action,
                CLIENT_TABLE,
                pseudonym,
                f"{sum(counts.values())} records en {len(files)} documenten gewist",
                client_id=pseudonym,
            )
        try:  # so that restoring an older backup cannot bring the client back
            record_erased(self.store.data_dir, [client_id], self.clock.now())
        except OSError as exc:
            log.error("erasure not written to the ledger: %s", type(exc).__name__)
        removed, left = remove_client_files(self.store, client_id, files)
        log.info("client erased: %d records, %d files", sum(counts.values()), removed)
        return ErasureReport(client_id, pseudonym, counts, removed, events, left)


# --- the audit trail -------------------------------------------------------------------------
def _audit_event_ids(session: Session, client_id: uuid.UUID, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    found = set(session.scalars(select(AuditEvent.id).where(AuditEvent.client_id == client_id)))
    for chunk in chunks(sorted(ids)):
        found.update(session.scalars(select(AuditEvent.id).where(AuditEvent.entity_id.in_(chunk))))
    return found


def pseudonymise_audit(
    session: Session,
    client_id: uuid.UUID,
    ids: set[uuid.UUID],
    pseudonym: uuid.UUID,
    *,
    keep_ids: bool = False,
    names: Collection[str] = (),
) -> int:
    """Put the client's audit events under ``pseudonym`` and remove their personal details;
    ``keep_ids`` leaves the record ids (the client stays, anonymised). A disclosure keeps its
    detail (what went where, to whom), but without the client's ``names`` (folded words):
    an older version wrote file names such as "Kandidaatprofiel Zoë Özdemir - …" there.
    Returns how many."""
    event_ids = _audit_event_ids(session, client_id, ids)
    for chunk in chunks(sorted(event_ids)):
        for event in session.scalars(select(AuditEvent).where(AuditEvent.id.in_(chunk))):
            if not keep_ids:
                event.client_id = pseudonym
                event.entity_id = pseudonym if event.entity == CLIENT_TABLE else None
            if event.action not in audit.DISCLOSURE_ACTIONS:
                event.detail = None
            elif event.detail:
                event.detail = without_names(event.detail, names)
    session.flush()
    return len(event_ids)


def without_names(text: str, names: Collection[str]) -> str:
    """``text`` with every word whose folded form is one of ``names`` replaced by "…"."""
    wanted = set(names)
    if not wanted:
        return text
    return _WORD.sub(lambda m: "…" if set(fold_words(m.group())) & wanted else m.group(), text)


def client_name_words(client: Client) -> set[str]:
    """The folded words of the client's first and last names."""
    return set(fold_words(f"{client.first_name or ''} {client.last_name or ''}"))


def _forget_legacy_mentions(session: Session, names: set[str]) -> int:
    """Details of events from before events named their client (a deleted document's file
    name, say) that contain the client's surname: the detail goes."""
    surname = {t for t in names if len(t) > 2}
    if not surname:
        return 0
    stmt = select(AuditEvent.id, AuditEvent.detail).where(
        AuditEvent.client_id.is_(None), AuditEvent.detail.is_not(None)
    )
    naming = [
        event_id
        for event_id, detail in session.execute(stmt)
        if surname <= set(fold_words(detail or ""))
    ]
    for chunk in chunks(naming):
        session.execute(update(AuditEvent).where(AuditEvent.id.in_(chunk)).values(detail=None))
    return len(naming)


# --- rows --------------------------------------------------------------------------------------
def _delete_soft_references(
    session: Session, ids: set[uuid.UUID], metadata: MetaData = Base.metadata
) -> None:
    """Rows that name one of the client's records by a bare id go with them (the audit trail
    was pseudonymised before)."""
    for table, column in soft_references(metadata):
        if table.name == AuditEvent.__tablename__:
            continue
        for chunk in chunks(sorted(ids)):
            session.execute(delete(table).where(column.in_(chunk)))


def _delete_ids(session: Session, table: Table, ids: list[uuid.UUID]) -> None:
    for chunk in chunks(ids):
        session.execute(delete(table).where(table.c.id.in_(chunk)))


def stored_documents(
    session: Session, owned: dict[str, list[uuid.UUID]], metadata: MetaData = Base.metadata
) -> list[tuple[str, str]]:
    """(title, stored path) of every owned row that keeps a file in the data folder."""
    found: list[tuple[str, str]] = []
    for name, ids in owned.items():
        table = metadata.tables[name]
        if "stored_path" not in table.c or not ids:
            continue
        title = table.c.title if "title" in table.c else table.c.stored_path
        for chunk in chunks(ids):
            rows = session.execute(select(title, table.c.stored_path).where(table.c.id.in_(chunk)))
            found.extend((str(t), str(p)) for t, p in rows)
    return found


def remove_client_files(
    store: Store, client_id: uuid.UUID, stored: list[str]
) -> tuple[int, list[Path]]:
    """Remove the client's files (only inside the data folder's documents folder) and their
    folder; returns how many went and which could not be removed."""
    root = (store.data_dir / "documents").resolve()
    removed, left = 0, []
    for relative in stored:
        path = (store.data_dir / relative).resolve()
        if not path.is_relative_to(root):
            continue  # a stored path pointing outside the documents folder is not ours
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError:
            left.append(path)
    folder = root / client_id.hex
    if folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder, onerror=lambda _f, p, _e: left.append(Path(p)))
    return removed, left


# --- mentions of the name elsewhere -----------------------------------------------------------
def fold_words(value: str) -> list[str]:
    """Words without case or accents: "Özdemir-Çelik" -> ["ozdemir", "celik"]."""
    plain = _COMBINING.sub("", unicodedata.normalize("NFKD", value)).casefold()
    return _WORD.findall(plain)


def name_tokens(client: Client) -> set[str]:
    """The folded words of the client's surname (what identifies them in free text)."""
    return set(fold_words(client.last_name or ""))


def _mentions(session: Session, client: Client, owned: set[uuid.UUID]) -> list[Mention]:
    words = fold_words(f"{client.first_name} {client.last_name}")
    if not words:
        return []
    query = " ".join(f'"{w}"' for w in words)
    try:
        rows = session.execute(
            text("SELECT kind, ref, title FROM search_index WHERE search_index MATCH :q LIMIT 200"),
            {"q": query},
        ).all()
    except Exception:  # an index of another shape: the plan goes without mentions
        log.warning("search index not searchable for mentions")
        return []
    found: list[Mention] = []
    for kind, ref, title in rows:
        try:
            record_id = uuid.UUID(hex=ref)
        except (TypeError, ValueError):
            continue
        if record_id not in owned:
            found.append(Mention(kind, record_id, title))
    return found


# --- leaving no trace in the files ------------------------------------------------------------
def fts_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        " AND lower(sql) LIKE '%using fts5%'"
    ).fetchall()
    return [name for (name,) in rows]


def wipe_free_space(store: Store) -> bool:
    """Leave no trace of deleted rows in the store's files: merge every full-text index (its
    old segments still hold deleted tokens), rebuild the file (``VACUUM``: no free page, no
    fragment of an earlier edit) and truncate the WAL. Returns False when the wipe could not
    finish: another reader kept the WAL from being truncated, or SQLite refused (the
    deletion itself is committed by then; the wipe runs again with the next erasure).

    The VACUUM runs once; only the checkpoint is retried, since only it waits for readers."""
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, drivers.Connection)
        previous = conn.isolation_level
        conn.isolation_level = None  # VACUUM cannot run inside a transaction
        try:
            conn.execute("PRAGMA secure_delete=ON")
            for table in fts_tables(conn):
                conn.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'optimize\')')
            conn.execute("VACUUM")
            for attempt in range(_WIPE_TRIES):
                try:
                    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                except drivers.OperationalError:
                    busy = 1
                if not busy:
                    return True
                time.sleep(0.2 * (attempt + 1))
            log.warning("store wipe incomplete: another connection kept reading")
            return False
        except drivers.Error as exc:
            # a damaged page, a full disk: the erasure stands, only the wipe is unfinished
            name = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
            log.warning("store wipe failed: %s", name)
            return False
        finally:
            conn.isolation_level = previous
    finally:
        raw.close()


def refuse_damaged(store: Store) -> None:
    """An erasure or anonymisation rewrites the whole file; on a damaged store it would make
    the damage worse and could stop halfway, so it is refused until a backup is restored."""
    if file_damage(store.db_path, quick=True):
        raise damaged(store.db_path)


def chunks(items: Sequence[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    items = list(items)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
