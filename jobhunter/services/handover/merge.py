"""Merging a checked packet into the store: the preview, the user's decisions, the apply.

Each record in the packet is found in the store by its UUID, or through a link remembered
from an earlier import (``HandoverLink``), or as a likely duplicate (the same person or
employer under another id, or a record that a uniqueness rule allows only once). Then:

- unknown here: **new**;
- same content: **identical**;
- only the packet changed since the versions last met: **newer in the packet**, taken;
- only this store changed: **newer here**, kept;
- both changed: a **conflict**, decided by the user: take the packet's, keep mine, or merge
  (mine, with empty fields filled from the packet);
- a likely duplicate: decided by the user: take the packet's or keep mine (both merge the
  packet's record into the existing one, its attached records with it), merge fields, or
  keep them apart as two records.

"Since the versions last met" is known without trusting clocks: an import remembers the hash
of the version received and of the local version after it, and a packet carries, for records
its sender received earlier, the hash of the version received (``bases.json``). A version
whose hash is one of those did not change since. Whatever a decision does not keep is
stored as a ``RecordVersion`` (the record's history), so nothing is lost. The apply runs in
one transaction; the same packet imported again finds everything identical and changes
nothing. This design follows KeePassXC's merger (per-entry decision, the loser kept in the
entry's history) and Anki's import log (a closing summary of what happened).
"""

from __future__ import annotations

import threading
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any, cast

from sqlalchemy import Index, Table, UniqueConstraint, select, update
from sqlalchemy.orm import Session

from jobhunter.models import HandoverLink, RecordVersion
from jobhunter.services.bulk import BulkWrite, bulk_write, insert_many
from jobhunter.services.handover.errors import DamagedPacketError
from jobhunter.services.handover.packet import PacketContents
from jobhunter.services.handover.schema import (
    NETWORK_ROOT,
    SUBJECT_ROOT,
    TableInfo,
    among,
    carried_tables,
    changed_columns,
    content_equal,
    encode_row,
    encoded_hash,
    table_by_name,
    version_hash,
)

Row = dict[str, Any]
Key = tuple[str, uuid.UUID]
#: (the document as it will be stored, this store's version or None, the packet's file or
#: None, whether to keep this store's file) -> (its stored path, whether a file was written)
PlaceDocument = Callable[[Row, Row | None, bytes | None, bool], tuple[str, bool]]


class Decision(StrEnum):
    TAKE_PACKET = "packet"
    KEEP_LOCAL = "local"
    MERGE = "merge"
    #: a likely duplicate that is not one: import it as a record of its own
    SEPARATE = "separate"


class ItemKind(StrEnum):
    NEW = "new"
    NEWER = "newer"
    IDENTICAL = "identical"
    LOCAL_NEWER = "local_newer"
    CONFLICT = "conflict"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class UniqueRule:
    """A record allowed once per key (``columns``); with ``flag``, only among the records
    where that boolean column is true (one primary contact per employer)."""

    table: str
    columns: tuple[str, ...]
    flag: str | None = None


#: rules the services keep that the database does not (one barrier per kind, one current CV)
SERVICE_RULES = (
    UniqueRule("barrier", ("client_id", "kind")),
    UniqueRule("document", ("client_id",), flag="is_current_cv"),
)


def unique_rules() -> list[UniqueRule]:
    """Uniqueness rules of the carried tables, read from the metadata, plus the services'."""
    rules = list(SERVICE_RULES)
    for info in carried_tables():
        for constraint in info.table.constraints:
            if isinstance(constraint, UniqueConstraint):
                columns = tuple(c.name for c in constraint.columns)
                if columns and columns != ("id",):
                    rules.append(UniqueRule(info.name, columns))
        for column in info.columns:
            if column.unique and column.name != "id":
                rules.append(UniqueRule(info.name, (column.name,)))
        for index in info.table.indexes:
            if not isinstance(index, Index) or not index.unique:
                continue
            where = index.dialect_options["sqlite"].get("where")
            columns = tuple(c.name for c in index.columns)
            flag = str(where).strip() if where is not None else None
            if flag is not None and flag not in info.table.c:
                flag = None  # a condition we cannot evaluate: treat as plain uniqueness
            rules.append(UniqueRule(info.name, columns, flag))
    unique = {(r.table, r.columns, r.flag): r for r in rules}
    return list(unique.values())


@dataclass(frozen=True, slots=True)
class PreviewItem:
    """One line of the preview that the user may need to decide."""

    table: str
    packet_id: uuid.UUID
    kind: ItemKind
    title: str
    local_id: uuid.UUID | None = None
    #: why it looks like a duplicate ("zelfde e-mailadres")
    reason: str = ""
    #: the fields that differ: column -> (mine, packet's), as text
    differences: tuple[tuple[str, str, str], ...] = ()
    options: tuple[Decision, ...] = ()
    default: Decision | None = None

    @property
    def key(self) -> Key:
        return (self.table, self.packet_id)


@dataclass
class Preview:
    """What an import would do, before anything is written."""

    sender: str
    created_at: datetime
    clients: list[tuple[uuid.UUID, str, str]]  # packet id, name, handover note
    items: list[PreviewItem]
    counts: dict[ItemKind, int]
    counts_by_table: dict[str, dict[ItemKind, int]]
    #: records of these clients and employers that exist only here (kept as they are)
    only_local: int
    documents: int
    #: where the packet meets this store's rules (``rules.RuleWarning``), for the user to read
    warnings: list[Any] = field(default_factory=list)

    @property
    def decisions(self) -> list[PreviewItem]:
        """The items the user decides: conflicts and likely duplicates."""
        return [i for i in self.items if i.options]

    @property
    def changes_anything(self) -> bool:
        return any(
            self.counts.get(kind, 0)
            for kind in (ItemKind.NEW, ItemKind.NEWER, ItemKind.CONFLICT, ItemKind.DUPLICATE)
        )


@dataclass
class ImportResult:
    """The closing summary of an import."""

    new: int = 0
    updated: int = 0
    identical: int = 0
    kept: int = 0
    merged: int = 0
    versions_kept: int = 0
    documents: int = 0
    clients: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    changed_ids: dict[str, set[uuid.UUID]] = field(default_factory=dict)


# --- what the store holds ------------------------------------------------------------------
@dataclass
class LocalView:
    """The store's side of a merge, read once: rows, links and candidates."""

    rows: dict[str, dict[uuid.UUID, Row]]
    links: dict[Key, HandoverLink]
    clients: list[Row]
    employers: list[Row]
    #: rule -> rows of the store that share a key column value with the packet's side
    rule_rows: dict[UniqueRule, list[Row]]
    only_local: int
    #: whole records of the store that packet records may duplicate (clients, employers),
    #: read in the same transaction, so a plan never goes back to the store
    candidates: dict[str, dict[uuid.UUID, Row]] = field(default_factory=dict)


def _norm(text: str | None) -> str:
    folded = unicodedata.normalize("NFKD", (text or "").casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def _phone(text: str | None) -> str:
    digits = "".join(c for c in (text or "") if c.isdigit())
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits if len(digits) >= 9 else ""


def _select_in(session: Session, info: TableInfo, column: str, ids: Iterable[Any]) -> list[Row]:
    wanted = set(ids)
    if not wanted:
        return []
    stmt = select(info.table).where(among(info.table.c[column], wanted))
    return [dict(r._mapping) for r in session.connection().execute(stmt)]


def read_local(session: Session, contents: PacketContents) -> LocalView:
    tables = table_by_name()
    links: dict[Key, HandoverLink] = {}
    if session.scalar(select(HandoverLink.record_id).limit(1)) is not None:
        for table, rows in contents.records.items():
            stmt = select(HandoverLink).where(
                HandoverLink.table_name == table, among(HandoverLink.record_id, rows)
            )
            for link in session.scalars(stmt):
                links[(table, link.record_id)] = link
    local: dict[str, dict[uuid.UUID, Row]] = {}
    for table, rows in contents.records.items():
        wanted = set(rows) | {lk.local_id for k, lk in links.items() if k[0] == table}
        local[table] = {r["id"]: r for r in _select_in(session, tables[table], "id", wanted)}
    client = tables[SUBJECT_ROOT].table
    clients = [
        dict(r._mapping)
        for r in session.execute(
            select(
                client.c.id,
                client.c.first_name,
                client.c.last_name,
                client.c.birth_year,
                client.c.phone,
                client.c.email,
            )
        )
    ]
    employer = tables[NETWORK_ROOT].table
    employers = [
        dict(r._mapping)
        for r in session.execute(select(employer.c.id, employer.c.name, employer.c.city))
    ]
    # the parents a packet record can end up under: its own, a linked one, or any duplicate
    candidates: dict[str, set[uuid.UUID]] = defaultdict(set)
    for table, rows in contents.records.items():
        candidates[table] |= set(rows) | set(local.get(table, {}))
    client_index = _index(clients, _client_keys)
    for row in contents.records.get(SUBJECT_ROOT, {}).values():
        for key in _client_keys(row):
            candidates[SUBJECT_ROOT] |= {c["id"] for c in client_index.get(key, [])}
    employer_index = _index(employers, _employer_keys)
    for row in contents.records.get(NETWORK_ROOT, {}).values():
        for key in _employer_keys(row):
            candidates[NETWORK_ROOT] |= {e["id"] for e in employer_index.get(key, [])}
    rule_rows: dict[UniqueRule, list[Row]] = {}
    for rule in unique_rules():
        if rule.table not in contents.records:
            continue
        info = tables[rule.table]
        fk = next((f for f in info.foreign_keys if f.column == rule.columns[0]), None)
        if fk is None:
            values = {r[rule.columns[0]] for r in contents.records[rule.table].values()}
        else:
            values = candidates[fk.target]
        rule_rows[rule] = _select_in(session, info, rule.columns[0], values)
    # what exists here for these clients/employers but is not in the packet
    only_local = 0
    linked = {(k[0], lk.local_id) for k, lk in links.items()}
    for info in carried_tables():
        packet_rows = contents.records.get(info.name, {})
        for fk in info.owners:
            parents = set(local.get(fk.target, {}))
            if not parents:
                continue
            column = info.table.c[fk.column]
            for (record_id,) in session.execute(
                select(info.table.c.id).where(among(column, parents))
            ):
                if record_id not in packet_rows and (info.name, record_id) not in linked:
                    only_local += 1
            break

    whole: dict[str, dict[uuid.UUID, Row]] = {}
    for root in (SUBJECT_ROOT, NETWORK_ROOT):
        wanted = candidates[root] - set(local.get(root, {}))
        whole[root] = {r["id"]: r for r in _select_in(session, tables[root], "id", wanted)}
    return LocalView(local, links, clients, employers, rule_rows, only_local, whole)


def _employer_keys(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [("employer", _norm(row["name"]))] if row.get("name") else []


def _client_keys(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    keys = []
    if row.get("email"):
        keys.append(("email", _norm(row["email"])))
    if _phone(row.get("phone")):
        keys.append(("phone", _phone(row["phone"])))
    if row.get("birth_year") and row.get("last_name"):
        name = _norm(f"{row.get('first_name')} {row.get('last_name')}")
        keys.append(("name", f"{name}|{row['birth_year']}"))
    return keys


_REASONS = {
    "email": "zelfde e-mailadres",
    "phone": "zelfde telefoonnummer",
    "name": "zelfde naam en geboortejaar",
    "employer": "zelfde naam en plaats",
    "rule": "komt maar één keer voor",
}


# --- describing records --------------------------------------------------------------------
TABLE_LABELS = {
    "client": "Cliënt",
    "employer": "Werkgever",
    "barrier": "Belemmering",
    "consent": "Toestemming",
    "contact_moment": "Contactmoment",
    "contact_person": "Contactpersoon",
    "document": "Document",
    "intervention": "Interventie",
    "learning_goal": "Leerdoel",
    "phase_change": "Fasewissel",
    "workplace": "Werkplek",
    "arrangement": "Regeling",
    "company_visit": "Bedrijfsbezoek",
    "match": "Match",
    "primary_contact_change": "Wissel vaste contactpersoon",
    "reflection": "Reflectie",
    "requirement": "Eis",
    "appointment": "Afspraak",
    "placement_outcome": "Plaatsingsresultaat",
    "stage_change": "Stapwissel",
    "problem": "Probleem",
}


def describe(table: str, row: Mapping[str, Any]) -> str:
    label = TABLE_LABELS.get(table, table.replace("_", " ").capitalize())
    if table == SUBJECT_ROOT:
        return f"{label} {row.get('first_name', '')} {row.get('last_name', '')}".strip()
    for column in ("name", "title", "summary", "goal", "text", "description", "kind"):
        value = row.get(column)
        if value:
            text = str(getattr(value, "value", value)).replace("\n", " ")
            return f"{label}: {text[:60]}"
    return label


def _show(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    text = str(getattr(value, "value", value))
    return text if len(text) <= 200 else text[:199] + "…"


# --- the plan ------------------------------------------------------------------------------
@dataclass
class _Action:
    table: str
    packet_id: uuid.UUID
    local_id: uuid.UUID
    #: "insert", "update" or "none"
    verb: str
    row: Row  # the local record after the import
    packet_row: Row  # the packet's record, references already pointing at local ids
    losers: list[tuple[Row, str]] = field(default_factory=list)
    #: the record is written exactly as received (no reference rewritten)
    as_received: bool = False
    #: a merge keeps this store's document file (the packet only fills empty fields)
    keep_file: bool = False


@dataclass
class Plan:
    actions: list[_Action]
    #: the lines worth showing one by one (new and identical records are only counted)
    items: list[PreviewItem]
    counted: dict[tuple[str, ItemKind], int]
    #: extra updates of local records outside the packet (a primary flag cleared)
    side_updates: list[tuple[str, Row, Row]]


def _fields(table: str, mine: Row, packet: Row) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (name, _show(mine.get(name)), _show(packet.get(name)))
        for name in changed_columns(table, mine, packet)
        if not name.endswith("_id")
    )


def _merge_fields(table: str, mine: Row, packet: Row, now: datetime) -> Row:
    """Mine, with each empty field filled from the packet."""
    merged = dict(mine)
    for name in changed_columns(table, mine, packet):
        if mine.get(name) in (None, "", [], {}) and packet.get(name) not in (None, "", [], {}):
            merged[name] = packet[name]
    merged["updated_at"] = now
    return merged


def _taken(mine: Row, packet: Row) -> Row:
    """The packet's fields on my record (my id and creation time stay)."""
    taken = dict(packet)
    taken["id"] = mine["id"]
    if "created_at" in mine:
        taken["created_at"] = mine["created_at"]
    return taken


def make_plan(
    contents: PacketContents,
    local: LocalView,
    decisions: Mapping[Key, Decision],
    now: datetime,
) -> Plan:
    sender = contents.sender_name
    when = datetime.fromisoformat(contents.manifest["created_at"]).strftime("%d-%m-%Y")
    origin = f"pakket van {sender} ({when})"
    remap: dict[Key, uuid.UUID] = {}
    merged_parent: dict[Key, Decision] = {}  # packet records merged into another id
    actions: list[_Action] = []
    items: list[PreviewItem] = []
    counted: dict[tuple[str, ItemKind], int] = defaultdict(int)
    skipped: dict[str, set[uuid.UUID]] = defaultdict(set)
    final: dict[str, dict[uuid.UUID, Row]] = defaultdict(dict)
    rules_by_table: dict[str, list[UniqueRule]] = defaultdict(list)
    for rule in local.rule_rows:
        rules_by_table[rule.table].append(rule)
    client_index = _index(local.clients, _client_keys)
    employer_index = _index(local.employers, _employer_keys)

    for info in carried_tables():
        packet_rows = contents.records.get(info.name, {})
        local_rows = local.rows.get(info.name, {})
        planned_rules: dict[UniqueRule, dict[tuple[Any, ...], uuid.UUID]] = defaultdict(dict)
        for pid in sorted(packet_rows, key=lambda u: u.bytes):
            raw = packet_rows[pid]
            row = dict(raw)
            inherited: Decision | None = None
            as_received = True
            for fk in info.foreign_keys:
                value = row[fk.column]
                if value is not None and (fk.target, value) in remap:
                    row[fk.column] = remap[(fk.target, value)]
                    as_received = as_received and row[fk.column] == value
                    inherited = inherited or merged_parent.get((fk.target, value))
            key: Key = (info.name, pid)
            action: _Action | None = None
            link = local.links.get(key)
            local_id = link.local_id if link and link.local_id in local_rows else pid
            mine = local_rows.get(local_id)
            base = contents.bases.get(info.name, {}).get(pid)
            deleted_here = (
                link is not None
                and mine is None
                and link.packet_hash == packet_version(contents, info.name, pid)
            )
            if deleted_here or any(
                row[fk.column] in skipped.get(fk.target, ()) for fk in info.owners
            ):
                # received before and deleted here since (or its parent was): stays deleted
                skipped[info.name].add(pid)
                counted[(info.name, ItemKind.LOCAL_NEWER)] += 1
                continue
            emptied = contents.emptied.get(key, frozenset())
            if mine is not None:
                as_received = _keep_emptied(row, mine, emptied) and as_received
                remap[key] = local_id
                if local_id != pid:
                    merged_parent[key] = decisions.get(key, Decision.KEEP_LOCAL)
                row["id"] = local_id
                action = _classify(
                    contents,
                    info.name,
                    key,
                    raw,
                    row,
                    mine,
                    link,
                    base,
                    decisions,
                    origin,
                    now,
                    items,
                    counted,
                )
            else:
                dup = _find_duplicate(
                    info.name,
                    row,
                    local,
                    rules_by_table[info.name],
                    planned_rules,
                    client_index,
                    employer_index,
                )
                action = None
                if dup is not None:
                    dup_id, reason, separable = dup
                    mine = _lookup(local, info.name, dup_id)
                    as_received = _keep_emptied(row, mine, emptied) and as_received
                    options = (Decision.TAKE_PACKET, Decision.KEEP_LOCAL, Decision.MERGE) + (
                        (Decision.SEPARATE,) if separable else ()
                    )
                    default = Decision.SEPARATE if separable else Decision.KEEP_LOCAL
                    if inherited is not None and not separable:
                        decision = inherited if inherited != Decision.SEPARATE else default
                    else:
                        decision = decisions.get(key, default)
                        items.append(
                            PreviewItem(
                                info.name,
                                pid,
                                ItemKind.DUPLICATE,
                                describe(info.name, raw),
                                dup_id,
                                reason,
                                _fields(info.name, mine, row),
                                options,
                                default,
                            )
                        )
                    if decision != Decision.SEPARATE:
                        remap[key] = dup_id
                        merged_parent[key] = decision
                        row["id"] = dup_id
                        action = _resolve(info.name, pid, mine, row, decision, origin, now)
                if action is None:  # new here
                    counted[(info.name, ItemKind.NEW)] += 1
                    action = _Action(
                        info.name, pid, pid, "insert", row, row, as_received=as_received
                    )
                    remap[key] = pid
            assert action is not None
            for rule in rules_by_table[info.name]:
                if rule.flag is None:
                    planned_rules[rule][tuple(action.row[c] for c in rule.columns)] = (
                        action.local_id
                    )
            actions.append(action)
            final[info.name][action.local_id] = action.row
    side_updates = _flag_rules(local, final, actions, items, decisions, origin, now)
    for item in items:
        counted[(item.table, item.kind)] += 1
    return Plan(actions, items, dict(counted), side_updates)


def _keep_emptied(row: Row, mine: Row, emptied: frozenset[str]) -> bool:
    """A reference the sender emptied (its record stayed with the sender) is unknown, not
    removed: the packet's record takes this store's value, so it neither differs nor clears
    the link. Whether the row is still as received."""
    unchanged = True
    for column in emptied:
        if mine.get(column) is not None:
            row[column] = mine[column]
            unchanged = False
    return unchanged


def _index(
    rows: list[Row], keys: Callable[[Row], list[tuple[str, str]]]
) -> dict[tuple[str, str], list[Row]]:
    index: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        for key in keys(row):
            index[key].append(row)
    return index


def _lookup(local: LocalView, table: str, record_id: uuid.UUID) -> Row:
    if record_id in local.rows.get(table, {}):
        return local.rows[table][record_id]
    for rows in local.rule_rows.values():
        for row in rows:
            if row["id"] == record_id:
                return row
    found = local.candidates.get(table, {}).get(record_id)
    assert found is not None, (table, record_id)  # read_local read every candidate
    return found


def _find_duplicate(
    table: str,
    row: Row,
    local: LocalView,
    rules: list[UniqueRule],
    planned: Mapping[UniqueRule, Mapping[tuple[Any, ...], uuid.UUID]],
    clients: Mapping[tuple[str, str], list[Row]],
    employers: Mapping[tuple[str, str], list[Row]],
) -> tuple[uuid.UUID, str, bool] | None:
    """(local id, why, whether keeping both is allowed) of a record this one duplicates."""
    for rule in rules:
        if rule.flag is not None:
            continue
        wanted = tuple(row[c] for c in rule.columns)
        if any(v is None for v in wanted):
            continue
        for candidate in local.rule_rows.get(rule, []):
            if tuple(candidate[c] for c in rule.columns) == wanted and candidate["id"] != row["id"]:
                return candidate["id"], _REASONS["rule"], False
        if wanted in planned.get(rule, {}):
            raise DamagedPacketError(
                "Het overdrachtspakket is ongeldig: een record dat maar één keer mag bestaan "
                "komt twee keer voor. Er is niets veranderd."
            )
    if table == SUBJECT_ROOT:
        for key in _client_keys(row):
            for candidate in clients.get(key, []):
                if candidate["id"] not in local.rows.get(table, {}):
                    return candidate["id"], _REASONS[key[0]], True
    if table == NETWORK_ROOT and row.get("name"):
        for candidate in employers.get(("employer", _norm(row["name"])), []):
            mine, theirs = _norm(candidate.get("city")), _norm(row.get("city"))
            if (not mine or not theirs or mine == theirs) and candidate["id"] not in local.rows.get(
                table, {}
            ):
                return candidate["id"], _REASONS["employer"], True
    return None


def _classify(
    contents: PacketContents,
    table: str,
    key: Key,
    raw: Row,
    row: Row,
    mine: Row,
    link: HandoverLink | None,
    base: str | None,
    decisions: Mapping[Key, Decision],
    origin: str,
    now: datetime,
    items: list[PreviewItem],
    counted: dict[tuple[str, ItemKind], int],
) -> _Action:
    packet_hash = packet_version(contents, table, key[1])
    local_hash = version_hash(table, mine)
    pid = key[1]

    def item(kind: ItemKind, **extra: Any) -> None:
        items.append(PreviewItem(table, pid, kind, describe(table, raw), mine["id"], **extra))

    def nothing() -> _Action:
        return _Action(table, pid, mine["id"], "none", mine, row)

    if (link is not None and link.packet_hash == packet_hash and link.local_hash == local_hash) or (
        content_equal(table, row, mine)
    ):
        counted[(table, ItemKind.IDENTICAL)] += 1
        return nothing()
    seen_packet = {h for h in (base, link.packet_hash if link else None) if h}
    seen_local = {h for h in (base, link.local_hash if link else None) if h}
    packet_unchanged = packet_hash in seen_packet
    local_unchanged = local_hash in seen_local
    if packet_unchanged and local_unchanged:  # both known versions: the later one wins
        packet_unchanged = row["updated_at"] <= mine["updated_at"]
        local_unchanged = not packet_unchanged
    if local_unchanged and not packet_unchanged:
        item(ItemKind.NEWER, differences=_fields(table, mine, row))
        action = _Action(table, pid, mine["id"], "update", _taken(mine, row), row)
        action.losers.append((mine, f"vervangen door een nieuwere versie uit {origin}"))
        return action
    if packet_unchanged:
        item(ItemKind.LOCAL_NEWER)
        return nothing()
    options = (Decision.TAKE_PACKET, Decision.KEEP_LOCAL, Decision.MERGE)
    item(
        ItemKind.CONFLICT,
        differences=_fields(table, mine, row),
        options=options,
        default=Decision.KEEP_LOCAL,
    )
    return _resolve(table, pid, mine, row, decisions.get(key, Decision.KEEP_LOCAL), origin, now)


def _resolve(
    table: str,
    pid: uuid.UUID,
    mine: Row,
    packet: Row,
    decision: Decision,
    origin: str,
    now: datetime,
) -> _Action:
    """A conflict or duplicate as decided; what is not kept goes to the history."""
    if decision == Decision.TAKE_PACKET:
        action = _Action(table, pid, mine["id"], "update", _taken(mine, packet), packet)
        action.losers.append((mine, f"vervangen door de versie uit {origin} (gekozen)"))
    elif decision == Decision.MERGE:
        merged = _merge_fields(table, mine, packet, now)
        action = _Action(table, pid, mine["id"], "update", merged, packet, keep_file=True)
        action.losers += [
            (mine, f"samengevoegd met de versie uit {origin}"),
            (packet, f"versie uit {origin}, samengevoegd"),
        ]
    else:
        action = _Action(table, pid, mine["id"], "none", mine, packet)
        action.losers.append(
            (packet, f"versie uit {origin} niet overgenomen (eigen versie gehouden)")
        )
    if action.verb == "update" and content_equal(table, action.row, mine):
        action.verb = "none"
    return action


def _flag_rules(
    local: LocalView,
    final: Mapping[str, Mapping[uuid.UUID, Row]],
    actions: list[_Action],
    items: list[PreviewItem],
    decisions: Mapping[Key, Decision],
    origin: str,
    now: datetime,
) -> list[tuple[str, Row, Row]]:
    """One primary contact, one current CV: when the packet and this store each mark a
    different record, the user decides whose mark stays; the other is cleared."""
    side: list[tuple[str, Row, Row]] = []
    by_local = {(a.table, a.local_id): a for a in actions}
    for rule, local_rows in local.rule_rows.items():
        if rule.flag is None:
            continue
        groups: dict[tuple[Any, ...], dict[uuid.UUID, Row]] = defaultdict(dict)
        for row in local_rows:
            groups[tuple(row[c] for c in rule.columns)][row["id"]] = row
        for row in final.get(rule.table, {}).values():
            groups[tuple(row[c] for c in rule.columns)][row["id"]] = row
        for members in groups.values():
            flagged = [r for r in members.values() if r.get(rule.flag)]
            if len(flagged) < 2:
                continue
            from_packet = [
                r
                for r in flagged
                if (rule.table, r["id"]) in by_local
                and by_local[(rule.table, r["id"])].packet_row.get(rule.flag)
            ]
            if not from_packet:
                continue
            winner_action = by_local[(rule.table, from_packet[0]["id"])]
            key = (rule.table, winner_action.packet_id)
            items.append(
                PreviewItem(
                    rule.table,
                    winner_action.packet_id,
                    ItemKind.CONFLICT,
                    describe(rule.table, winner_action.packet_row),
                    None,
                    "in het pakket en hier is een ander record gemarkeerd",
                    ((rule.flag, "ander record", "dit record"),),
                    (Decision.TAKE_PACKET, Decision.KEEP_LOCAL),
                    Decision.KEEP_LOCAL,
                )
            )
            keep_packet = decisions.get(key, Decision.KEEP_LOCAL) == Decision.TAKE_PACKET
            for row in flagged:
                is_winner = row["id"] == winner_action.local_id
                if is_winner == keep_packet:
                    continue
                cleared = dict(row)
                cleared[rule.flag] = False
                cleared["updated_at"] = now
                action = by_local.get((rule.table, row["id"]))
                if action is not None:
                    if action.verb == "insert":
                        action.row = cleared
                    else:
                        action.losers.append((action.row, f"markering vervallen door {origin}"))
                        action.row, action.verb = cleared, "update"
                else:
                    side.append((rule.table, row, cleared))
    return side


# --- the preview and the apply -------------------------------------------------------------
def preview_of(contents: PacketContents, plan: Plan, local: LocalView) -> Preview:
    counts: dict[ItemKind, int] = defaultdict(int)
    by_table: dict[str, dict[ItemKind, int]] = defaultdict(lambda: defaultdict(int))
    for (table, kind), count in plan.counted.items():
        counts[kind] += count
        by_table[table][kind] += count
    order = {ItemKind.CONFLICT: 0, ItemKind.DUPLICATE: 1}
    items = sorted(plan.items, key=lambda i: (order.get(i.kind, 2), i.table, i.title))
    return Preview(
        sender=contents.sender_name,
        created_at=datetime.fromisoformat(contents.manifest["created_at"]),
        clients=[
            (uuid.UUID(c["id"]), str(c["name"]), str(c.get("note") or ""))
            for c in contents.manifest["clients"]
        ],
        items=items,
        counts=dict(counts),
        counts_by_table={t: dict(k) for t, k in by_table.items()},
        only_local=local.only_local,
        documents=len(contents.documents),
    )


def check_references(session: Session, contents: PacketContents) -> None:
    """Every reference points into the packet or at a record this store already has."""
    tables = table_by_name()
    for info in carried_tables():
        rows = contents.records.get(info.name, {})
        for fk in info.foreign_keys:
            wanted = {r[fk.column] for r in rows.values() if r[fk.column] is not None}
            missing = wanted - set(contents.records.get(fk.target, {}))
            if not missing:
                continue
            found = {r["id"] for r in _select_in(session, tables[fk.target], "id", missing)}
            if missing - found:
                raise DamagedPacketError(
                    "Het overdrachtspakket is ongeldig: een verwijzing "
                    f"({TABLE_LABELS.get(info.name, info.name)}) wijst naar een record dat "
                    "niet in het pakket en niet bij jou staat. Er is niets veranderd."
                )


def _update_many(session: Session, info: TableInfo, rows: list[Row]) -> None:
    """Rewrite whole records, one prepared statement for all of them."""
    from sqlalchemy import bindparam

    columns = [c.name for c in info.columns if c.name != "id"]
    stmt = (
        update(info.table)
        .where(info.table.c.id == bindparam("_id"))
        .values({name: bindparam(f"_{name}") for name in columns})
    )
    params = [
        {f"_{k}": v for k, v in row.items() if k != "id"} | {"_id": row["id"]} for row in rows
    ]
    session.connection().execute(stmt, params)


def packet_version(contents: PacketContents, table: str, record_id: uuid.UUID) -> str:
    """The hash of a packet record as received (computed once per packet)."""
    cache = contents.hashes
    key = (table, record_id)
    if key not in cache:
        raw = contents.raw_rows.get(table, {}).get(record_id)
        cache[key] = (
            encoded_hash(raw)
            if raw is not None
            else version_hash(table, contents.records[table][record_id])
        )
    return cache[key]


@cache
def _rule_tables() -> tuple[TableInfo, ...]:
    """Tables with a rule of their own beyond keys (a CHECK, a unique key or index)."""
    from sqlalchemy import CheckConstraint

    return tuple(
        info
        for info in carried_tables()
        if any(isinstance(c, CheckConstraint | UniqueConstraint) for c in info.table.constraints)
        or any(index.unique for index in info.table.indexes)
        or any(column.unique for column in info.columns)
    )


_rules_lock = threading.Lock()


@cache
def _rules_engine() -> Any:
    """An in-memory database with the tables that have rules, made once per process (one
    connection, used under a lock: SQLite's memory database lives in its connection)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    tables = [info.table for info in _rule_tables()]
    tables[0].metadata.create_all(engine, tables=tables, checkfirst=False)
    return engine


def check_rules(contents: PacketContents) -> None:
    """The packet's records obey the store's own rules (ranges, "ends after it starts",
    uniqueness): written into an empty in-memory database of the same tables and rolled back,
    so a packet that breaks one is refused before the real store is touched."""
    from sqlalchemy.exc import IntegrityError, StatementError

    with _rules_lock, _rules_engine().connect() as conn:
        transaction = conn.begin()
        try:
            for info in _rule_tables():
                rows = list(contents.records.get(info.name, {}).values())
                if not rows:
                    continue
                try:
                    insert_many(conn, info.table, rows)
                except (IntegrityError, StatementError):
                    raise DamagedPacketError(
                        "Het overdrachtspakket is ongeldig: "
                        f"{TABLE_LABELS.get(info.name, info.name).lower()} met een waarde die "
                        "niet mag (buiten bereik, dubbel of tegenstrijdig). Er is niets veranderd."
                    ) from None
        finally:
            transaction.rollback()


def _owner_roots(
    table: str, row: Row, rows: Mapping[Key, Row]
) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The client and employer a record belongs to, for the history and the links."""
    client: uuid.UUID | None = None
    employer: uuid.UUID | None = None
    todo = [(table, row)]
    seen = 0
    while todo and seen < 50:
        seen += 1
        name, current = todo.pop()
        if name == SUBJECT_ROOT:
            client = client or current["id"]
            continue
        if name == NETWORK_ROOT:
            employer = employer or current["id"]
            continue
        info = table_by_name().get(name)
        if info is None:
            continue
        for fk in info.owners:
            value = current.get(fk.column)
            if value is None:
                continue
            if fk.target == SUBJECT_ROOT:
                client = client or value
            elif fk.target == NETWORK_ROOT:
                employer = employer or value
            elif (fk.target, value) in rows:
                todo.append((fk.target, rows[(fk.target, value)]))
    return client, employer


def apply_plan(
    session: Session,
    contents: PacketContents,
    plan: Plan,
    local: LocalView,
    now: datetime,
    place_document: PlaceDocument,
) -> ImportResult:
    """Write the plan in the caller's transaction. ``place_document(row, mine, data,
    keep_mine)`` decides where a document's file lives in this store (a packet's
    ``stored_path`` is never trusted), writes it if needed, and returns that path and
    whether it wrote a file."""
    result = ImportResult()
    mine_documents = local.rows.get("document", {})
    for action in plan.actions:
        if action.table != "document" or action.verb == "none":
            continue
        path, wrote = place_document(
            action.row,
            mine_documents.get(action.local_id),
            contents.documents.get(action.packet_id),
            action.keep_file,
        )
        result.documents += wrote
        if path != action.row["stored_path"]:
            action.row = dict(action.row, stored_path=path)
    for action in plan.actions:
        if action.verb == "insert":
            result.new += 1
        elif action.verb == "update":
            result.updated += 1
        else:
            result.identical += 1
        if action.verb != "none":
            result.changed_ids.setdefault(action.table, set()).add(action.local_id)
        if action.local_id != action.packet_id:
            result.merged += 1
    with bulk_write(session.connection()) as bulk:
        _write_plan(session, bulk, contents, plan, local, now, result)
    for action in plan.actions:
        if action.table == SUBJECT_ROOT:
            row = action.row
            result.clients.append((action.local_id, f"{row['first_name']} {row['last_name']}"))
    return result


def _write_plan(
    session: Session,
    bulk: BulkWrite,
    contents: PacketContents,
    plan: Plan,
    local: LocalView,
    now: datetime,
    result: ImportResult,
) -> None:
    """The plan's writes, inside a bulk write (every insert through ``bulk``)."""
    tables = table_by_name()
    rows_by_key = {(action.table, action.local_id): action.row for action in plan.actions}
    inserts: dict[str, list[Row]] = defaultdict(list)
    updates: dict[str, list[Row]] = defaultdict(list)
    for action in plan.actions:
        if action.verb in ("insert", "update"):
            (inserts if action.verb == "insert" else updates)[action.table].append(action.row)
    for info in carried_tables():
        if inserts.get(info.name):
            bulk.insert(info.table, inserts[info.name])
        if updates.get(info.name):
            _update_many(session, info, updates[info.name])
    for table, _old, new in plan.side_updates:
        info = tables[table]
        values = {k: v for k, v in new.items() if k != "id"}
        session.execute(update(info.table).where(info.table.c.id == new["id"]).values(**values))
        result.changed_ids.setdefault(table, set()).add(new["id"])
    # what lost, kept as the record's history
    versions: list[Row] = []
    for action in plan.actions:
        for loser, reason in action.losers:
            client, employer = _owner_roots(action.table, action.row, rows_by_key)
            versions.append(
                dict(
                    id=uuid.uuid4(),
                    created_at=now,
                    updated_at=now,
                    table_name=action.table,
                    record_id=action.local_id,
                    data=encode_row(action.table, loser),
                    reason=reason,
                    replaced_at=now,
                    client_id=client,
                    employer_id=employer,
                )
            )
    for table, old, _new in plan.side_updates:
        client, employer = _owner_roots(table, old, rows_by_key)
        versions.append(
            dict(
                id=uuid.uuid4(),
                created_at=now,
                updated_at=now,
                table_name=table,
                record_id=old["id"],
                data=encode_row(table, old),
                reason="markering vervallen door een overdracht",
                replaced_at=now,
                client_id=client,
                employer_id=employer,
            )
        )
    if versions:
        bulk.insert(cast(Table, RecordVersion.__table__), versions)
    result.versions_kept = len(versions)
    result.kept = sum(n for (_t, kind), n in plan.counted.items() if kind == ItemKind.LOCAL_NEWER)
    # what was exchanged, for the next packet
    new_links: list[Row] = []
    changed_links: list[Row] = []
    for action in plan.actions:
        packet_hash = packet_version(contents, action.table, action.packet_id)
        local_hash = (
            packet_hash
            if action.as_received and action.row is action.packet_row
            else version_hash(action.table, action.row)
        )
        existing = local.links.get((action.table, action.packet_id))
        if existing is not None and (
            existing.local_id,
            existing.packet_hash,
            existing.local_hash,
        ) == (action.local_id, packet_hash, local_hash):
            continue
        client, employer = _owner_roots(action.table, action.row, rows_by_key)
        values = dict(
            table_name=action.table,
            record_id=action.packet_id,
            local_id=action.local_id,
            packet_hash=packet_hash,
            local_hash=local_hash,
            exchanged_at=now,
            client_id=client,
            employer_id=employer,
        )
        (new_links if existing is None else changed_links).append(values)
    link_table = cast(Table, HandoverLink.__table__)
    if new_links:
        bulk.insert(link_table, new_links)
    for values in changed_links:
        session.execute(
            update(link_table)
            .where(
                link_table.c.table_name == values["table_name"],
                link_table.c.record_id == values["record_id"],
            )
            .values(**values)
        )
