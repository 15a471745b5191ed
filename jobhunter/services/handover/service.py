"""Handing clients over: make a packet, read one, preview it, apply it, mark clients as
transferred. The window and the command line both use this service.

Export: the clients' records (``closure``), the summary PDF, the ZIP and the age envelope
are all built in memory; only the encrypted file is written, through ``files.atomic_writer``
(temporary name beside the target, flushed, renamed, private). Import: every check runs
before the store is touched; the apply is one transaction.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import delete, false, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jobhunter import __version__
from jobhunter.models import Client, ContactMoment, HandoverLink, Setting
from jobhunter.models.enums import ContactKind, Phase
from jobhunter.services import change_counter
from jobhunter.services.base import Service, current_actor
from jobhunter.services.errors import ValidationError
from jobhunter.services.files import atomic_write, atomic_writer, make_private_dir
from jobhunter.services.handover import crypto, packet
from jobhunter.services.handover.closure import collect
from jobhunter.services.handover.errors import DamagedPacketError, ImportConflictError, PacketError
from jobhunter.services.handover.merge import (
    Decision,
    ImportResult,
    Key,
    Preview,
    apply_plan,
    check_references,
    check_rules,
    make_plan,
    preview_of,
    read_local,
)
from jobhunter.services.handover.schema import encode_row, version_hash
from jobhunter.services.store import head_revision

log = logging.getLogger(__name__)

schema_revision = cache(head_revision)  # reading the migration scripts takes 0.1 s

#: the packet, encrypted: a function of the plain ZIP (run in a worker for a passphrase)
Encrypt = Callable[[bytes], bytes]
Decrypt = Callable[[bytes], bytes]

NOTE_SUMMARY = "Overdrachtsnotitie"
MAX_NOTE = 20_000


@dataclass(frozen=True, slots=True)
class Protection:
    """How a packet is locked: for a colleague's key, or with a passphrase."""

    recipient_name: str
    public_key: str | None = None
    passphrase: str | None = None

    @property
    def label(self) -> str:
        """For the audit: the recipient's name, or "wachtwoord"."""
        return self.recipient_name if self.public_key else "wachtwoord"

    def encrypt(self, plaintext: bytes) -> bytes:
        if self.public_key:
            return crypto.encrypt_to(plaintext, [self.public_key])
        assert self.passphrase is not None
        return crypto.encrypt_with_passphrase(plaintext, self.passphrase)


@dataclass
class ExportResult:
    path: Path
    packet_id: uuid.UUID
    client_ids: list[uuid.UUID]
    counts: dict[str, int]
    size: int
    missing_documents: int = 0
    employers: int = 0


@dataclass
class ReadPacket:
    """A decrypted packet that passed every check, ready to preview."""

    contents: packet.PacketContents
    path: Path | None = None
    #: the last preview's plan: (decisions, store version, local view, plan), reused by the
    #: apply when the decisions are the same and nothing was committed to the store since
    planned: tuple[Any, ...] | None = field(default=None, repr=False)


def _change_key(session: Session) -> str | None:
    """The store's change state (``change_counter``), read in the session's transaction: an
    equal key means nothing was committed in between, also across a restore (whose epoch
    differs); None when the store has no counter (then a plan is never reused)."""
    try:
        return change_counter.read(session.connection()).key
    except Exception:  # a store without the counter table: no reuse, nothing worse
        return None


class _DocumentFiles:
    """The document files an import writes. A packet's ``stored_path`` is never trusted:
    each file goes to ``documents/<client>/<document id><ext>`` (the rule of
    ``CaseloadService.attach``) or, when that name is taken, a new one beside it; nothing is
    ever written over or renamed, so an earlier version (named in the record's history)
    keeps its file, and a failed import only has to remove what it added."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.root = (data_dir / "documents").resolve()
        self.session: Session | None = None
        self.written: list[Path] = []

    def _inside(self, stored_path: str) -> Path | None:
        if not packet.safe_document_path(stored_path):
            return None
        path = (self.data_dir / stored_path).resolve()
        return path if self.root in path.parents else None

    def _holds(self, stored_path: str, data: bytes) -> bool:
        path = self._inside(stored_path)
        try:
            return path is not None and path.is_file() and path.read_bytes() == data
        except OSError:
            return False

    def _in_use(self, stored_path: str) -> bool:
        from jobhunter.models import Document

        if self.session is None:
            return False
        query = select(Document.id).where(Document.stored_path == stored_path).limit(1)
        return self.session.scalar(query) is not None

    def place(
        self, row: Mapping[str, Any], mine: Mapping[str, Any] | None, data: bytes | None,
        keep_mine: bool,
    ) -> tuple[str, bool]:  # fmt: skip
        if mine is not None and (
            keep_mine or data is None or self._holds(mine["stored_path"], data)
        ):
            return str(mine["stored_path"]), False
        folder = PurePosixPath("documents") / row["client_id"].hex
        suffix = _suffix(row)
        stem = row["id"].hex
        if data is None:  # the sender's file was missing: the record names where it belongs
            return str(folder / f"{stem}{suffix}"), False
        for number in itertools.count(1):
            name = f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}"
            relative = str(folder / name)
            target = self.data_dir / relative
            if not (target.exists() or target.is_symlink() or self._in_use(relative)):
                break
        make_private_dir(target.parent)
        atomic_write(target, data)
        self.written.append(target)
        return relative, True

    def discard(self) -> None:
        """Remove the files this import wrote (it failed; the store was rolled back)."""
        for path in self.written:
            path.unlink(missing_ok=True)
        self.written.clear()


def _suffix(row: Mapping[str, Any]) -> str:
    """The file's extension, from the packet's path or the original name, if it is a plain
    one (letters and digits)."""
    for name in (row.get("stored_path"), row.get("original_name")):
        suffix = PurePosixPath(str(name or "")).suffix.lower()
        if 1 < len(suffix) <= 11 and suffix[1:].isalnum() and suffix[1:].isascii():
            return suffix
    return ""


@dataclass
class ExportRequest:
    client_ids: Sequence[uuid.UUID]
    protection: Protection
    notes: Mapping[uuid.UUID, str] = field(default_factory=dict)
    whole_network: bool = False
    #: lay the summary PDF out in the worker process (the window: it stays responsive);
    #: a one-shot command renders it itself, starting a process costs more than it saves
    render_in_worker: bool = True


class HandoverService(Service):
    # --- export -------------------------------------------------------------------------
    def sender_name(self) -> str:
        """The user's name from the profile (Instellingen), else the account name."""
        with self.store.session() as session:
            profile = session.scalar(select(Setting).where(Setting.key == "profile"))
        if profile is not None and isinstance(profile.value, dict) and profile.value.get("name"):
            return str(profile.value["name"])
        return current_actor()

    def build(self, request: ExportRequest) -> tuple[bytes, dict[str, Any], list[Any]]:
        """The plain packet (ZIP) in memory, its manifest, and the note records to keep."""
        client_ids = list(dict.fromkeys(request.client_ids))
        if not client_ids:
            raise ValidationError("Kies minstens één cliënt om over te dragen.")
        for note in request.notes.values():
            if len(note) > MAX_NOTE:
                raise ValidationError("Een overdrachtsnotitie is te lang (meer dan 20.000 tekens).")
        now = self.clock.now()
        packet_id = uuid.uuid4()
        sender = self.sender_name()
        with self.store.session() as session:
            closure = collect(session, client_ids, whole_network=request.whole_network)
            missing = set(client_ids) - closure.ids("client")
            if missing:
                raise ValidationError("Een gekozen cliënt bestaat niet (meer).")
            links = {
                (link.table_name, link.record_id): link.packet_hash
                for link in session.scalars(select(HandoverLink))
                if link.local_id == link.record_id
            }
        notes = []
        clients_manifest = []
        for client_id in client_ids:
            client = closure.rows["client"][client_id]
            name = f"{client['first_name']} {client['last_name']}"
            note = (request.notes.get(client_id) or "").strip()
            clients_manifest.append({"id": str(client_id), "name": name, "note": note or None})
            if note:
                row: dict[str, Any] = {
                    "id": uuid.uuid5(packet_id, str(client_id)),
                    "created_at": now,
                    "updated_at": now,
                    "client_id": client_id,
                    "employer_id": None,
                    "kind": ContactKind.NOTE,
                    "occurred_at": now,
                    "summary": f"{NOTE_SUMMARY} van {sender} aan {request.protection.label}",
                    "body": note,
                }
                notes.append(row)
        from jobhunter.services.handover import worker
        from jobhunter.services.handover.summary import SUMMARY_TABLES, render_summary

        summary_args = (
            # copies: the worker's queue pickles them later, and the notes come in next
            {t: dict(closure.rows.get(t, {})) for t in SUMMARY_TABLES},
            [(uuid.UUID(c["id"]), c["name"], c["note"] or "") for c in clients_manifest],
        )
        summary_kwargs = {
            "sender": sender,
            "recipient": request.protection.recipient_name,
            "now": now,
        }
        # the PDF is laid out in the worker process while the records are encoded here
        future = (
            worker.try_submit(render_summary, *summary_args, **summary_kwargs)
            if request.render_in_worker
            else None
        )
        for row in notes:
            closure.rows["contact_moment"][row["id"]] = row
        documents: dict[str, bytes] = {}
        document_map: dict[str, str | None] = {}
        for doc_id, row in closure.rows.get("document", {}).items():
            data = self._document_bytes(row["stored_path"])
            entry = packet.document_entry(doc_id, row["stored_path"]) if data is not None else None
            document_map[str(doc_id)] = entry
            if entry is not None and data is not None:
                documents[entry] = data
        records = {
            table: [encode_row(table, row) for row in rows.values()]
            for table, rows in closure.rows.items()
            if rows
        }
        bases: dict[str, dict[str, str]] = {}
        for (table, record_id), digest in links.items():
            if record_id in closure.rows.get(table, {}):
                bases.setdefault(table, {})[str(record_id)] = digest
        summary = worker.result_or_local(future, render_summary, *summary_args, **summary_kwargs)
        emptied: dict[str, dict[str, list[str]]] = {}
        for table, record_id, column in closure.dropped_references:
            emptied.setdefault(table, {}).setdefault(str(record_id), []).append(column)
        manifest = {
            "format": packet.FORMAT,
            "format_version": packet.FORMAT_VERSION,
            "app_version": __version__,
            "schema": schema_revision(),
            "packet_id": str(packet_id),
            "created_at": now.isoformat(),
            "sender": {"name": sender},
            "recipient": {
                "name": request.protection.recipient_name,
                "protection": "key" if request.protection.public_key else "passphrase",
            },
            "clients": clients_manifest,
            "whole_network": request.whole_network,
            "counts": closure.count(),
            "documents": document_map,
            "dropped_references": len(closure.dropped_references),
            "emptied": emptied,
        }
        plaintext = packet.build(manifest, records, bases, documents, summary)
        return plaintext, manifest, notes

    def _document_bytes(self, stored_path: str) -> bytes | None:
        if not packet.safe_document_path(stored_path):
            return None
        path = self.store.data_dir / stored_path
        try:
            return path.read_bytes()
        except OSError:
            return None

    def export(
        self,
        request: ExportRequest,
        target: Path,
        *,
        encrypt: Encrypt | None = None,
    ) -> ExportResult:
        """Build, encrypt and write a packet; then record what went to whom (audit, and the
        handover notes in the clients' contact logs)."""
        plaintext, manifest, notes = self.build(request)
        sealed = (encrypt or request.protection.encrypt)(plaintext)
        del plaintext
        target = Path(target)
        # the notes and the audit are committed before the new packet takes the target's
        # name: if they fail, the temporary file goes and an earlier packet stays; no packet
        # exists that the audit does not know of
        with atomic_writer(target) as out:
            out.write(sealed)
            self._record_export(request, manifest, notes)
        counts = manifest["counts"]
        return ExportResult(
            path=target,
            packet_id=uuid.UUID(manifest["packet_id"]),
            client_ids=[uuid.UUID(c["id"]) for c in manifest["clients"]],
            counts=counts,
            size=len(sealed),
            missing_documents=sum(1 for v in manifest["documents"].values() if v is None),
            employers=counts.get("employer", 0),
        )

    def _record_export(
        self, request: ExportRequest, manifest: Mapping[str, Any], notes: list[dict[str, Any]]
    ) -> None:
        when = datetime.fromisoformat(manifest["created_at"])
        with self.store.session() as session:
            for row in notes:
                session.add(ContactMoment(**row))
            for client in manifest["clients"]:
                self._audit_event(
                    session,
                    "export_packet",
                    "client",
                    uuid.UUID(client["id"]),
                    f"overdrachtspakket aan {request.protection.label} "
                    f"({when:%d-%m-%Y %H:%M}, pakket {manifest['packet_id'][:8]})",
                )

    def mark_transferred(self, client_ids: Sequence[uuid.UUID], recipient: str) -> int:
        """Close the trajectories of handed-over clients ("overgedragen aan …")."""
        from jobhunter.models import PhaseChange

        reason = f"overgedragen aan {recipient}".strip()
        count = 0
        now = self.clock.now()
        with self.store.session() as session:
            for client_id in client_ids:
                client = session.get(Client, client_id)
                if client is None:
                    continue
                if client.phase != Phase.CLOSED:
                    old = client.phase
                    client.phase = Phase.CLOSED
                    client.phase_since = self.clock.today()
                    session.add(
                        PhaseChange(
                            client_id=client.id,
                            from_phase=old,
                            to_phase=Phase.CLOSED,
                            changed_at=now,
                            actor=current_actor(),
                            reason=reason,
                        )
                    )
                    self._audit(session, "phase", client, f"{old.value} -> closed: {reason}")
                    count += 1
                self._audit_event(session, "mark_transferred", "client", client_id, reason)
        return count

    # --- import -------------------------------------------------------------------------
    def read(
        self,
        data: bytes,
        *,
        identities: Sequence[str] = (),
        passphrase: str | None = None,
        decrypt: Decrypt | None = None,
    ) -> ReadPacket:
        """Decrypt and check a packet completely; nothing is written."""
        if len(data) > packet.MAX_PACKET_BYTES:
            raise DamagedPacketError(
                "Dit overdrachtspakket is groter dan Jobhunter aankan (512 MB)."
            )
        if decrypt is not None:
            plaintext = decrypt(data)
        else:
            plaintext = crypto.decrypt(data, identities=identities, passphrase=passphrase)
        contents = packet.read(plaintext)
        check_rules(contents)
        with self.store.session() as session:
            check_references(session, contents)
        return ReadPacket(contents)

    def read_file(self, path: Path, **kwargs: Any) -> ReadPacket:
        path = Path(path)
        read = self.read(read_packet_bytes(path), **kwargs)
        read.path = path
        return read

    def preview(self, read: ReadPacket, decisions: Mapping[Key, Decision] = {}) -> Preview:
        """What the import would do with these decisions (read only)."""
        contents = read.contents
        from jobhunter.services.handover.rules import concerns

        clients = [(uuid.UUID(c["id"]), str(c["name"])) for c in contents.manifest["clients"]]
        with self.store.session() as session:
            state = _change_key(session)
            local = read_local(session, contents)
            plan = make_plan(contents, local, decisions, self.clock.now())
            warnings = concerns(
                session, self.store.data_dir, clients, plan.actions, self.clock.today()
            )
        read.planned = (dict(decisions), state, local, plan)
        preview = preview_of(contents, plan, local)
        preview.warnings = warnings
        return preview

    def apply(
        self, read: ReadPacket, decisions: Mapping[Key, Decision] = {}
    ) -> tuple[Preview, ImportResult]:
        """Import as decided, in one transaction; importing the same packet again changes
        nothing (and writes nothing). Document files are only ever added, under names this
        store chooses: a failed import removes them and leaves every other file as it was."""
        contents = read.contents
        now = self.clock.now()
        files = _DocumentFiles(self.store.data_dir)
        try:
            with self.store.session() as session:
                # take the write lock first: from here on nobody else can commit
                session.execute(delete(HandoverLink).where(false()))
                state = _change_key(session)
                reuse, read.planned = read.planned, None
                if reuse is not None and reuse[0] == dict(decisions) and reuse[1] == state:
                    local, plan = reuse[2], reuse[3]  # the preview's, still true
                else:
                    local = read_local(session, contents)
                    plan = make_plan(contents, local, decisions, now)
                preview = preview_of(contents, plan, local)
                if not preview.changes_anything and not _links_missing(plan, local):
                    session.rollback()
                    return preview, ImportResult(identical=len(plan.actions))
                files.session = session
                result = apply_plan(session, contents, plan, local, now, files.place)
                sender = contents.sender_name
                created = datetime.fromisoformat(contents.manifest["created_at"])
                for client_id, _name in result.clients:
                    self._audit_event(
                        session,
                        "import_packet",
                        "client",
                        client_id,
                        f"overdrachtspakket van {sender} ({created:%d-%m-%Y %H:%M}, pakket "
                        f"{contents.manifest['packet_id'][:8]})",
                        client_id=client_id,
                    )
        except IntegrityError:
            files.discard()
            raise ImportConflictError(
                "Het pakket kon niet worden ingelezen zoals gekozen: een regel van de database "
                "zou breken. Er is niets veranderd."
            ) from None
        except BaseException:
            files.discard()
            raise
        self._forget_erasures(plan)
        return preview, result

    def _forget_erasures(self, plan: Any) -> None:
        """A client erased here and brought back by this import (the preview warned) is no
        longer erased: take her off the erasure ledger, or a later restore would erase her
        and everything recorded since again."""
        from jobhunter.services.privacy import ledger

        added = [a.local_id for a in plan.actions if a.table == "client" and a.verb == "insert"]
        if not added:
            return
        try:
            ledger.forget(self.store.data_dir, added)
        except OSError as exc:
            log.error("erasure ledger not updated after an import: %s", type(exc).__name__)

    def history(self, table: str, record_id: uuid.UUID) -> list[dict[str, Any]]:
        """Versions a handover did not keep for a record, newest first."""
        from jobhunter.models import RecordVersion

        with self.store.session() as session:
            rows = session.scalars(
                select(RecordVersion)
                .where(RecordVersion.table_name == table, RecordVersion.record_id == record_id)
                .order_by(RecordVersion.replaced_at.desc())
            )
            return [
                {"reason": r.reason, "replaced_at": r.replaced_at, "data": dict(r.data)}
                for r in rows
            ]


def read_packet_bytes(path: Path) -> bytes:
    """A packet file's bytes; a file larger than any packet is refused before it is read."""
    path = Path(path)
    try:
        if path.stat().st_size > packet.MAX_PACKET_BYTES:
            raise DamagedPacketError(
                "Dit overdrachtspakket is groter dan Jobhunter aankan (512 MB)."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is een map, geen overdrachtspakket.") from None
    except OSError as exc:
        raise ValidationError(f"Kan {path} niet lezen: {exc.strerror}.") from None


def _links_missing(plan: Any, local: Any) -> bool:
    """Whether an import would still have to remember what it saw (first import of records
    that happened to be identical already)."""
    for action in plan.actions:
        link = local.links.get((action.table, action.packet_id))
        if link is None or link.local_hash != version_hash(action.table, action.row):
            return True
    return False


__all__ = [
    "Decision",
    "ExportRequest",
    "ExportResult",
    "HandoverService",
    "ImportConflictError",
    "PacketError",
    "Protection",
    "ReadPacket",
]
