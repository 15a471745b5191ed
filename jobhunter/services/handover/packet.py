"""The handover packet's contents: a ZIP built and read in memory.

Inside the age envelope (``crypto.py``):

- ``manifest.json``: format and app version, schema, who sent it to whom and when, the
  clients with their handover notes, counts, and the SHA-256 and size of every other entry;
- ``records/<table>.json``: the records of each table as JSON, with their stable UUIDs and
  timestamps (``schema.py`` says how each column is written);
- ``bases.json``: for records the sender itself received in an earlier packet, the hash of
  the version received, so the receiver can tell "changed on both sides" from "newer";
- ``documents/<id><ext>``: the attached files themselves;
- ``overdrachtsverslag.pdf``: the readable summary.

The archive is padded (in its comment) to whole 64 KiB, so the encrypted file's length
tells a truncated packet from an altered one. Reading checks everything before anything is
used: entry names, sizes while reading (a small declared size cannot inflate), hashes, the
manifest's structure, and every record's values and references.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jobhunter.services.handover.crypto import CHUNK
from jobhunter.services.handover.errors import (
    DamagedPacketError,
    NotAPacketError,
    PacketTooNewError,
)
from jobhunter.services.handover.schema import (
    EXCLUDED,
    ValueRejectedError,
    decode_row,
    table_by_name,
)

FORMAT = "jobhunter-overdracht"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUMMARY = "overdrachtsverslag.pdf"
BASES = "bases.json"
RECORDS_DIR = "records/"
DOCUMENTS_DIR = "documents/"

#: bounds on what a packet may hold (a hostile packet must not exhaust memory or disk)
MAX_PACKET_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 768 * 1024 * 1024
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_RECORDS = 2_000_000

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_DOCUMENT_NAME = re.compile(r"^documents/[0-9a-f]{32}(\.[a-z0-9]{1,10})?$")
_RECORDS_NAME = re.compile(r"^records/[a-z][a-z0-9_]{0,62}\.json$")
_EOCD = b"PK\x05\x06"

Row = dict[str, Any]


@dataclass
class PacketContents:
    """A packet's contents, checked; records decoded to column values."""

    manifest: dict[str, Any]
    #: table -> id -> decoded row
    records: dict[str, dict[uuid.UUID, Row]]
    #: table -> id -> hash of the version the sender received earlier
    bases: dict[str, dict[uuid.UUID, str]]
    #: document id -> file bytes (a document whose file the sender lacked has none)
    documents: dict[uuid.UUID, bytes]
    summary_pdf: bytes
    raw_rows: dict[str, dict[uuid.UUID, dict[str, Any]]] = field(default_factory=dict)
    #: (table, id) -> hash of the record as received, filled as needed
    hashes: dict[tuple[str, uuid.UUID], str] = field(default_factory=dict)
    #: (table, id) -> references the sender emptied because their record stayed home:
    #: unknown, not removed (the receiver keeps the value it has)
    emptied: dict[tuple[str, uuid.UUID], frozenset[str]] = field(default_factory=dict)

    @property
    def packet_id(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["packet_id"])

    @property
    def sender_name(self) -> str:
        return str(self.manifest["sender"]["name"])


# --- writing -------------------------------------------------------------------------------
def _entry(zf: zipfile.ZipFile, name: str, data: bytes, compress: bool) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    zf.writestr(info, data, compress_type=info.compress_type, compresslevel=6)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def build(
    manifest: Mapping[str, Any],
    records: Mapping[str, list[dict[str, Any]]],
    bases: Mapping[str, Mapping[str, str]],
    documents: Mapping[str, bytes],
    summary_pdf: bytes,
) -> bytes:
    """The packet's plain ZIP (in memory), padded to whole chunks."""
    entries: dict[str, tuple[bytes, bool]] = {SUMMARY: (summary_pdf, False)}
    entries[BASES] = (_json(bases), True)
    for table, rows in records.items():
        entries[f"{RECORDS_DIR}{table}.json"] = (_json(rows), True)
    for name, data in documents.items():
        entries[name] = (data, False)
    full = dict(manifest)
    full["entries"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, (data, _) in sorted(entries.items())
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", allowZip64=True) as zf:
        _entry(zf, MANIFEST, _json(full), True)
        for name, (data, compress) in entries.items():
            _entry(zf, name, data, compress)
    return _pad(buffer.getvalue())


def _pad(archive: bytes) -> bytes:
    """Grow the archive's comment so its length is a whole number of chunks."""
    if archive[-22:-18] != _EOCD or archive[-2:] != b"\x00\x00":
        raise AssertionError("unexpected end of archive")  # zipfile always writes this
    pad = (-len(archive)) % CHUNK
    return archive[:-2] + struct.pack("<H", pad) + b"\x00" * pad


# --- reading -------------------------------------------------------------------------------
def _safe_name(name: str) -> bool:
    if not name or len(name) > 255 or "\\" in name or ":" in name or "\x00" in name:
        return False
    if name.startswith("/") or any(part in ("", ".", "..") for part in name.split("/")):
        return False
    if any(ord(ch) < 32 for ch in name):
        return False
    return (
        name in (MANIFEST, SUMMARY, BASES)
        or bool(_RECORDS_NAME.match(name))
        or bool(_DOCUMENT_NAME.match(name))
    )


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, never more than declared nor than ``limit``."""
    if info.file_size > limit:
        raise DamagedPacketError(
            f"Het overdrachtspakket bevat een te groot onderdeel ({info.filename})."
        )
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 20):
                out += chunk
                if len(out) > info.file_size:
                    raise DamagedPacketError()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise DamagedPacketError() from None
    except NotImplementedError:  # an unsupported compression method
        raise DamagedPacketError() from None
    if len(out) != info.file_size:
        raise DamagedPacketError()
    return bytes(out)


def _loads(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DamagedPacketError(
            f"Het overdrachtspakket is beschadigd: {what} is onleesbaar."
        ) from None


def _invalid(detail: str) -> DamagedPacketError:
    return DamagedPacketError(
        f"Het overdrachtspakket is ongeldig: {detail}. Er is niets veranderd."
    )


@cache
def _known_revisions() -> frozenset[str]:
    """The store schemas this Jobhunter knows (reading the migration scripts takes 0.1 s)."""
    from jobhunter.services.store import known_revisions

    return frozenset(known_revisions())


@cache
def _head_revision() -> str:
    from jobhunter.services.store import head_revision

    return head_revision()


def _check_manifest(manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotAPacketError()
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _invalid("de inhoudsopgave mist de versie")
    if version > FORMAT_VERSION:
        raise PacketTooNewError()
    schema = manifest.get("schema")
    if not isinstance(schema, str) or schema not in _known_revisions():
        raise PacketTooNewError()

    def text(value: Any, limit: int = 500, optional: bool = False) -> bool:
        return (optional and value is None) or (isinstance(value, str) and len(value) <= limit)

    try:
        uuid.UUID(manifest["packet_id"])
        checks = [
            text(manifest["created_at"], 40),
            text(manifest["app_version"], 40),
            isinstance(manifest["sender"], dict) and text(manifest["sender"].get("name")),
            isinstance(manifest["recipient"], dict)
            and text(manifest["recipient"].get("name"), optional=True),
            isinstance(manifest["clients"], list),
            isinstance(manifest["entries"], dict),
            isinstance(manifest["documents"], dict),
            isinstance(manifest["counts"], dict),
            isinstance(manifest.get("whole_network", False), bool),
        ]
        from datetime import datetime

        if datetime.fromisoformat(manifest["created_at"]).tzinfo is None:
            checks.append(False)
        for client in manifest["clients"]:
            uuid.UUID(client["id"])
            checks += [text(client["name"]), text(client.get("note"), 20_000, optional=True)]
        for entry in manifest["entries"].values():
            checks += [
                isinstance(entry, dict)
                and text(entry.get("sha256"), 64)
                and isinstance(entry.get("size"), int)
            ]
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _invalid("de inhoudsopgave is onvolledig") from None
    if not all(checks):
        raise _invalid("de inhoudsopgave is onvolledig")
    return manifest


def read(plaintext: bytes) -> PacketContents:
    """Check and read a decrypted packet; raises a :class:`PacketError` on anything amiss."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(plaintext))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise NotAPacketError() from None
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise NotAPacketError()
        if len(infos) > MAX_ENTRIES:
            raise _invalid("te veel onderdelen")
        if len(set(names)) != len(names):
            raise _invalid("een onderdeel komt twee keer voor")
        for info in infos:
            if not _safe_name(info.filename):
                raise _invalid(f"onveilige of onbekende naam {info.filename[:80]!r}")
            if info.flag_bits & 0x1:
                raise _invalid("een onderdeel is apart versleuteld")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _invalid("onbekende compressie")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise _invalid("de inhoud is te groot")
        by_name = {i.filename: i for i in infos}
        manifest = _check_manifest(
            _loads(_read(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES), "de inhoudsopgave")
        )
        listed = manifest["entries"]
        if set(listed) != set(names) - {MANIFEST}:
            raise DamagedPacketError()
        data: dict[str, bytes] = {}
        for name, expected in listed.items():
            content = _read(zf, by_name[name], MAX_ENTRY_BYTES)
            if (
                len(content) != expected["size"]
                or hashlib.sha256(content).hexdigest() != expected["sha256"]
            ):
                raise DamagedPacketError()
            data[name] = content
    return _decode(manifest, data)


def _decode(manifest: dict[str, Any], data: dict[str, bytes]) -> PacketContents:
    tables = table_by_name()
    older = manifest["schema"] != _head_revision()
    records: dict[str, dict[uuid.UUID, Row]] = {}
    raw_rows: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    total = 0
    for name, content in data.items():
        if not name.startswith(RECORDS_DIR):
            continue
        table = name[len(RECORDS_DIR) : -len(".json")]
        if table in EXCLUDED:
            continue  # known, and deliberately not taken over (an earlier packet's)
        if table not in tables:
            raise _invalid(f"onbekende soort gegevens {table!r}")
        rows = _loads(content, table)
        if not isinstance(rows, list):
            raise _invalid(f"{table} is geen lijst")
        total += len(rows)
        if total > MAX_RECORDS:
            raise _invalid("te veel records")
        decoded: dict[uuid.UUID, Row] = {}
        raws: dict[uuid.UUID, dict[str, Any]] = {}
        for raw in rows:
            try:
                row = decode_row(tables[table], raw, older=older)
            except ValueRejectedError as exc:
                raise _invalid(f"{table}: {exc}") from None
            if row["id"] in decoded:
                raise _invalid(f"{table}: dezelfde sleutel twee keer")
            decoded[row["id"]] = row
            raws[row["id"]] = raw
        if manifest["counts"].get(table) != len(decoded):
            raise DamagedPacketError()
        records[table] = decoded
        raw_rows[table] = raws
    for table, count in manifest["counts"].items():
        if count and table not in records and table not in EXCLUDED:
            raise DamagedPacketError()
    bases = _decode_bases(_loads(data.get(BASES, b"{}"), "bases"))
    documents: dict[uuid.UUID, bytes] = {}
    document_rows = records.get("document", {})
    for key, entry in manifest["documents"].items():
        try:
            doc_id = uuid.UUID(key)
        except (ValueError, TypeError):
            raise _invalid("onbekend document") from None
        if doc_id not in document_rows:
            raise _invalid("een document hoort bij geen record")
        if entry is None:
            continue
        if not isinstance(entry, str) or entry not in data or not entry.startswith(DOCUMENTS_DIR):
            raise _invalid("een document ontbreekt")
        documents[doc_id] = data[entry]
    for doc_id, row in document_rows.items():
        if str(doc_id) not in manifest["documents"]:
            raise _invalid("een document ontbreekt")
        if not safe_document_path(row["stored_path"]):
            raise _invalid("onveilige documentnaam")
    if SUMMARY not in data:
        raise DamagedPacketError()
    client_ids = {uuid.UUID(c["id"]) for c in manifest["clients"]}
    if client_ids != set(records.get("client", {})):
        raise _invalid("de cliënten in het pakket zijn niet de cliënten die het noemt")
    _check_within_packet(records)
    emptied = _decode_emptied(manifest.get("emptied", {}), records)
    return PacketContents(
        manifest, records, bases, documents, data[SUMMARY], raw_rows, emptied=emptied
    )


def _decode_emptied(
    raw: Any, records: Mapping[str, Mapping[uuid.UUID, Row]]
) -> dict[tuple[str, uuid.UUID], frozenset[str]]:
    """The manifest's ``emptied``: table -> record id -> the reference columns the sender
    emptied (each a reference that may be empty, and empty in the record)."""
    if not isinstance(raw, dict):
        raise _invalid("emptied is geen object")
    tables = table_by_name()
    out: dict[tuple[str, uuid.UUID], frozenset[str]] = {}
    for table, items in raw.items():
        info = tables.get(table)
        if info is None or not isinstance(items, dict):
            raise _invalid("onbekende soort gegevens in emptied")
        weak = {fk.column for fk in info.foreign_keys if not fk.owning}
        for key, columns in items.items():
            try:
                record_id = uuid.UUID(key)
            except (ValueError, TypeError, AttributeError):
                raise _invalid("ongeldige sleutel in emptied") from None
            row = records.get(table, {}).get(record_id)
            if (
                row is None
                or not isinstance(columns, list)
                or not all(isinstance(c, str) and c in weak and row[c] is None for c in columns)
            ):
                raise _invalid("ongeldige verwijzing in emptied")
            out[(table, record_id)] = frozenset(columns)
    return out


def _check_within_packet(records: Mapping[str, Mapping[uuid.UUID, Row]]) -> None:
    """A record that belongs to a client belongs to one in the packet: its owning keys to a
    client (or to a client's record) point into the packet, never at a record of this store.
    Otherwise a packet for one client could add, say, a consent to another one here, past
    the preview that names only the packet's clients."""
    from jobhunter.services.handover.closure import owned_by_client

    for info in table_by_name().values():
        rows = records.get(info.name)
        if not rows:
            continue
        inward = [fk for fk in info.owners if fk.target == "client" or owned_by_client(fk.target)]
        for fk in inward:
            inside = records.get(fk.target, {})
            if any(r[fk.column] is not None and r[fk.column] not in inside for r in rows.values()):
                raise _invalid("een record hoort bij een cliënt die niet in het pakket zit")


def _decode_bases(raw: Any) -> dict[str, dict[uuid.UUID, str]]:
    if not isinstance(raw, dict):
        raise _invalid("bases is geen object")
    out: dict[str, dict[uuid.UUID, str]] = {}
    for table, items in raw.items():
        if table not in table_by_name() or not isinstance(items, dict):
            raise _invalid("onbekende soort gegevens in bases")
        out[table] = {}
        for key, digest in items.items():
            if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise _invalid("ongeldige versie in bases")
            try:
                out[table][uuid.UUID(key)] = digest
            except ValueError:
                raise _invalid("ongeldige sleutel in bases") from None
    return out


def safe_document_path(path: str) -> bool:
    """A document's place in the data folder: ``documents/…`` without a way out."""
    if not isinstance(path, str) or not path.startswith(DOCUMENTS_DIR) or len(path) > 255:
        return False
    parts = path.split("/")
    return (
        "\\" not in path
        and ":" not in path
        and "\x00" not in path
        and all(part not in ("", ".", "..") for part in parts)
        and all(ord(ch) >= 32 for ch in path)
    )


def document_entry(doc_id: uuid.UUID, stored_path: str) -> str:
    """The entry name of a document's file in the packet."""
    suffix = ""
    if "." in stored_path.rsplit("/", 1)[-1]:
        suffix = "." + stored_path.rsplit(".", 1)[-1].lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,10}", suffix):
        suffix = ""
    return f"{DOCUMENTS_DIR}{doc_id.hex}{suffix}"
