"""Access export (AVG art. 15): everything stored about one client, for that client.

One folder with a readable PDF (``inzage.pdf``), the same data machine-readable
(``inzage.json``) and the client's documents (``documenten/``). What is collected follows
the schema (see :mod:`.ownership`): every row that belongs to the client, so a table added
later is in the export without a line here; the names of the employers, workplaces and
contact persons those rows point at; the retention date; and the record of processing
(who did what with the data, and to whom it went). The export itself is recorded too.
Every file is written private to the user.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, select

from jobhunter import __version__
from jobhunter.models import Base, Client, Setting
from jobhunter.services.base import Service, current_actor, get_or_raise
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.files import atomic_copy, atomic_write, make_private_dir, write_error
from jobhunter.services.privacy import audit
from jobhunter.services.privacy.erasure import fold_words, without_names
from jobhunter.services.privacy.ownership import CLIENT_TABLE, client_graph, owned_rows
from jobhunter.services.privacy.retention import RetentionItem, RetentionService
from jobhunter.services.store import Store

log = logging.getLogger(__name__)

FORMAT = "jobhunter-inzage"
FORMAT_VERSION = 1
PDF_NAME = "inzage.pdf"
JSON_NAME = "inzage.json"
DOCUMENTS_FOLDER = "documenten"
#: the user's own details (name, phone, e-mail, organisation), kept by the settings dialog
PROFILE_KEY = "profile"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


@dataclass(frozen=True, slots=True)
class ExportedDocument:
    id: uuid.UUID
    title: str
    kind: Any
    original_name: str
    added_on: date | None
    #: the copy in the export, relative to its folder; None when the file is missing
    file: str | None
    sha256: str | None = None
    size: int | None = None


@dataclass
class AccessData:
    """Everything about one client, read in one session."""

    client: dict[str, Any]
    #: table -> its rows that belong to the client (the client's own row not included)
    records: dict[str, list[dict[str, Any]]]
    #: table -> id -> the name of a record the client's rows point at (an employer...)
    related: dict[str, dict[uuid.UUID, str]]
    processing: list[audit.AuditRow]
    retention: RetentionItem | None
    retention_months: int
    #: the user's own details, when filled in
    profile: dict[str, str]
    created_at: datetime
    documents: list[ExportedDocument] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.client['first_name']} {self.client['last_name']}"


@dataclass(frozen=True, slots=True)
class AccessExport:
    folder: Path
    pdf: Path
    json: Path
    documents: list[Path]
    #: documents listed in the store whose file is gone from the data folder
    missing: list[str]
    seconds: float


def folder_name(name: str, day: date) -> str:
    """ "Inzage Zoë Özdemir 2026-03-16": a folder name safe on every system."""
    clean = _UNSAFE.sub(" ", unicodedata.normalize("NFC", name)).strip(" .") or "client"
    return f"Inzage {clean} {day.isoformat()}"


class AccessExportService(Service):
    def __init__(
        self, store: Store, clock: Clock = SYSTEM_CLOCK, *, metadata: MetaData = Base.metadata
    ) -> None:
        super().__init__(store, clock)
        self.metadata = metadata

    def collect(self, client_id: uuid.UUID) -> AccessData:
        graph = client_graph(self.metadata)
        with self.store.session() as session:
            get_or_raise(session, Client, client_id)
            owned = owned_rows(session, client_id, self.metadata)
            rows: dict[str, list[dict[str, Any]]] = {}
            for name, ids in owned.items():
                table = self.metadata.tables[name]
                found: list[dict[str, Any]] = []
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    found += [
                        dict(r._mapping)
                        for r in session.execute(select(table).where(table.c.id.in_(chunk)))
                    ]
                rows[name] = sorted(found, key=_row_order)
            related = self._related(session, rows, set(graph.tables) | {CLIENT_TABLE})
            stored_profile = session.scalar(select(Setting.value).where(Setting.key == PROFILE_KEY))
        retention = RetentionService(self.store, self.clock)
        client = rows.pop(CLIENT_TABLE)[0]
        return AccessData(
            client=client,
            records={name: found for name, found in rows.items() if found},
            related=related,
            processing=audit.AuditService(self.store, self.clock).events(
                client_id=client_id, limit=None
            ),
            retention=retention.for_client(client_id),
            retention_months=retention.months(),
            profile={k: str(v) for k, v in (stored_profile or {}).items() if v}
            if isinstance(stored_profile, dict)
            else {},
            created_at=self.clock.now(),
        )

    def _related(
        self, session: Any, rows: dict[str, list[dict[str, Any]]], owned: set[str]
    ) -> dict[str, dict[uuid.UUID, str]]:
        """Names of the records outside the client's file that their rows point at."""
        wanted: dict[str, set[uuid.UUID]] = {}
        for name, found in rows.items():
            table = self.metadata.tables[name]
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent in owned:
                    continue
                wanted.setdefault(parent, set()).update(
                    r[fk.parent.name] for r in found if r[fk.parent.name] is not None
                )
        related: dict[str, dict[uuid.UUID, str]] = {}
        for parent, ids in wanted.items():
            table = self.metadata.tables[parent]
            label = next((table.c[c] for c in ("name", "title") if c in table.c), table.c.id)
            related[parent] = {
                record_id: str(text)
                for record_id, text in session.execute(
                    select(table.c.id, label).where(table.c.id.in_(sorted(ids)))
                )
            }
        return related

    def export(self, client_id: uuid.UUID, folder: Path) -> AccessExport:
        """Write the PDF, the JSON and the documents into ``folder`` and record the export in
        the audit trail, all or nothing: everything is written in a private temporary folder
        beside it, then moved into place in the transaction that records it, so a full disk
        or a failed audit leaves no copy of a document without its PDF and its entry. A
        folder the export creates is private (0700); an existing one keeps its mode."""
        started = time.perf_counter()
        data = self.collect(client_id)
        folder = Path(folder)
        if not folder.parent.is_dir():
            make_private_dir(folder.parent)
        try:
            work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp",
                                         dir=folder.parent))  # fmt: skip
        except OSError as exc:
            raise write_error(exc, folder) from exc
        try:
            copied, missing = self._copy_documents(data, work)
            from jobhunter.services.privacy.access_pdf import render_access_pdf  # lazy

            text = json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n"
            atomic_write(work / JSON_NAME, text)
            atomic_write(work / PDF_NAME, render_access_pdf(data, author=self._author(data)))
            # the folder's name may carry the client's: the trail must not outlive an erasure
            names = set(fold_words(f"{data.client.get('first_name') or ''} "
                                   f"{data.client.get('last_name') or ''}"))  # fmt: skip
            new = not folder.exists()
            try:
                with self.store.session() as session:
                    self._audit_event(
                        session, audit.EXPORT_ACCESS, CLIENT_TABLE, client_id,
                        without_names(f"naar {folder}", names), client_id=client_id,
                    )  # fmt: skip
                    session.flush()
                    _move_into_place(work, folder)
            except BaseException:
                if new:  # moved, but the commit failed: no export without its entry
                    shutil.rmtree(folder, ignore_errors=True)
                raise
        finally:
            shutil.rmtree(work, ignore_errors=True)
        seconds = time.perf_counter() - started
        log.info("access export written (%d documents) in %.1f s", len(copied), seconds)
        return AccessExport(
            folder, folder / PDF_NAME, folder / JSON_NAME,
            [folder / path.relative_to(work) for path in copied], missing, seconds,
        )  # fmt: skip

    def _copy_documents(self, data: AccessData, folder: Path) -> tuple[list[Path], list[str]]:
        copied: list[Path] = []
        missing: list[str] = []
        used: set[str] = set()
        for number, row in enumerate(_with_files(data.records), 1):
            source = self.store.data_dir / str(row["stored_path"])
            documents_root = (self.store.data_dir / "documents").resolve()
            title = str(row.get("title") or row.get("original_name") or "document")
            original = str(row.get("original_name") or title)
            entry = ExportedDocument(
                row["id"], title, row.get("kind"), original, row.get("added_on"), None
            )
            if not source.resolve().is_relative_to(documents_root) or not source.is_file():
                missing.append(original)
                data.documents.append(entry)
                continue
            name = _safe_file_name(number, original, used)
            target = make_private_dir(folder / DOCUMENTS_FOLDER) / name
            atomic_copy(source, target)
            copied.append(target)
            digest = hashlib.sha256(target.read_bytes()).hexdigest()
            data.documents.append(
                ExportedDocument(
                    entry.id, title, entry.kind, original, entry.added_on,
                    f"{DOCUMENTS_FOLDER}/{name}", digest, target.stat().st_size,
                )
            )  # fmt: skip
        return copied, missing

    def _author(self, data: AccessData) -> str:
        parts = [data.profile.get("name") or current_actor(), data.profile.get("phone")]
        return " · ".join(p for p in parts if p)


def _move_into_place(work: Path, folder: Path) -> None:
    """Move the finished export from ``work`` to ``folder``: the whole folder at once when it
    is new, file by file (each a rename on the same disk) into an existing one."""
    if not folder.exists():
        work.rename(folder)
        return
    for source in sorted(work.rglob("*")):
        target = folder / source.relative_to(work)
        if source.is_dir():
            target.mkdir(mode=0o700, exist_ok=True)
        else:
            source.replace(target)


def _with_files(records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [row for rows in records.values() for row in rows if row.get("stored_path")]


def _safe_file_name(number: int, original: str, used: set[str]) -> str:
    """ "03 CV Zoë.pdf": the original name without folders or unsafe characters, numbered so
    two documents with one name both fit."""
    base = _UNSAFE.sub("_", Path(original.replace("\\", "/")).name).strip(" .") or "document"
    name = f"{number:02d} {base}"[:120]
    while name in used:
        name = f"_{name}"
    used.add(name)
    return name


def _row_order(row: dict[str, Any]) -> Any:
    created = row.get("created_at")
    return (created is None, created or datetime.min, str(row.get("id")))


def to_json(data: AccessData) -> dict[str, Any]:
    """The export as plain JSON: ISO dates, enum values, ids as text."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": data.created_at.isoformat(),
        "controller": data.profile or {"name": current_actor()},
        "client": _plain(data.client),
        "records": {name: [_plain(r) for r in rows] for name, rows in data.records.items()},
        "related": {
            name: {str(k): v for k, v in names.items()} for name, names in data.related.items()
        },
        "documents": [
            {
                "id": str(d.id),
                "title": d.title,
                "kind": _plain(d.kind),
                "original_name": d.original_name,
                "added_on": _plain(d.added_on),
                "file": d.file,
                "sha256": d.sha256,
                "size": d.size,
            }
            for d in data.documents
        ],
        "retention": None
        if data.retention is None
        else {
            "closed_on": data.retention.closed_on.isoformat(),
            "retain_until": data.retention.retain_until.isoformat(),
            "period_months": data.retention_months,
            "extended_reason": data.retention.extended_reason,
        },
        "processing": [
            {
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_id": str(e.entity_id) if e.entity_id else None,
                "detail": e.detail,
            }
            for e in data.processing
        ],
    }


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value
