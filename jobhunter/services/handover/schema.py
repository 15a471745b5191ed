"""Which tables a handover packet carries, and how each column value travels as JSON.

Everything is read from the ORM metadata, never listed by hand: a table that belongs to a
client or an employer (through a strong foreign key, as the privacy rules define it)
travels with it, and every column travels with its table. A table that must not travel is named in
:data:`EXCLUDED` with the reason; a test fails when a table is neither carried nor excluded,
and when a column has a type this module cannot carry.

Values are encoded per column type (UUID and dates as ISO text, enums by value, JSON as is)
and decoded with the checks an import needs: the type, nullability, enum values, lengths and
sane ranges, so a packet that passed :func:`decode_row` can be written without surprises.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Uuid,
)
from sqlalchemy import Enum as SAEnum

from jobhunter.models import Base
from jobhunter.models.base import UTCDateTime

#: tables that never travel, with the reason (a new table must be carried or listed here)
EXCLUDED: dict[str, str] = {
    "audit_event": "het verwerkingsregister (AVG) hoort bij wie de verwerking deed",
    "setting": "instellingen van deze gebruiker, niet van de cliënten",
    "handover_link": "boekhouding van eerdere overdrachten in deze database",
    "record_version": "eerdere versies uit samenvoegingen blijven bij wie ze samenvoegde",
    "change_counter": "boekhouding van de reservekopieën van deze database",
    "retention_decision": "wie de gegevens ontvangt, beslist zelf hoe lang die bewaard blijven",
}

#: the two kinds of record everything else belongs to; clients travel only when chosen,
#: employers when a carried record touches them (or with the whole network)
SUBJECT_ROOT = "client"
NETWORK_ROOT = "employer"
ROOTS = (SUBJECT_ROOT, NETWORK_ROOT)

#: bounds that keep a hostile packet from straining the store
MAX_TEXT_CHARS = 1_000_000
MAX_JSON_DEPTH = 16
MIN_YEAR, MAX_YEAR = 1900, 2200
_INT64 = (-(2**63), 2**63 - 1)
#: what no text in the store may hold: a NUL, half of a surrogate pair (as ``input_limits``)
_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


class ValueRejectedError(ValueError):
    """A value in a packet does not fit its column; the message says why, in Dutch."""


class UnsupportedColumnError(TypeError):
    """A column type this module does not know how to carry (a test catches it early)."""


@dataclass(frozen=True, slots=True)
class ForeignKeyInfo:
    column: str
    target: str
    #: the row belongs to the target (a strong key: anything but nullable with SET NULL)
    owning: bool


@dataclass(frozen=True, slots=True)
class TableInfo:
    name: str
    table: Table
    columns: tuple[Column[Any], ...]
    foreign_keys: tuple[ForeignKeyInfo, ...]

    @property
    def owners(self) -> tuple[ForeignKeyInfo, ...]:
        return tuple(fk for fk in self.foreign_keys if fk.owning)

    def column(self, name: str) -> Column[Any]:
        return self.table.c[name]


def table_info(table: Table) -> TableInfo:
    """A table's columns and keys. Whether a key makes its row belong to the row it points
    at is the privacy rules' answer (``privacy.ownership.is_strong``): what an erasure
    removes with a client is exactly what a handover carries with her."""
    from jobhunter.services.privacy.ownership import is_strong

    fks = []
    for column in table.columns:
        for fk in column.foreign_keys:
            fks.append(ForeignKeyInfo(column.name, fk.column.table.name, is_strong(column)))
    return TableInfo(table.name, table, tuple(table.columns), tuple(fks))


@cache
def all_tables() -> tuple[TableInfo, ...]:
    """Every table of the models, parents before children."""
    return tuple(table_info(t) for t in Base.metadata.sorted_tables)


@cache
def carried_tables() -> tuple[TableInfo, ...]:
    """The tables a packet can carry, parents before children: the roots and every table
    owned, directly or through others, by a root."""
    carried: set[str] = set(ROOTS)
    changed = True
    while changed:
        changed = False
        for info in all_tables():
            if info.name in carried or info.name in EXCLUDED:
                continue
            if info.owners and all(fk.target in carried for fk in info.owners):
                carried.add(info.name)
                changed = True
    return tuple(info for info in all_tables() if info.name in carried)


@cache
def table_by_name() -> dict[str, TableInfo]:
    return {info.name: info for info in carried_tables()}


def uncovered_tables() -> list[str]:
    """Tables neither carried nor excluded: each needs a decision (the test lists them)."""
    carried = {info.name for info in carried_tables()}
    return [t.name for t in all_tables() if t.name not in carried and t.name not in EXCLUDED]


# --- values --------------------------------------------------------------------------------
def _kind(column: Column[Any]) -> str:
    """The codec for a column's type; the order matters (an Enum is a String, a Float is a
    Numeric, a UTCDateTime decorates DateTime)."""
    t = column.type
    if isinstance(t, UTCDateTime):
        return "datetime"
    if isinstance(t, Uuid):
        return "uuid"
    if isinstance(t, SAEnum):
        return "enum"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Float):
        return "float"
    if isinstance(t, Numeric):
        return "decimal"
    if isinstance(t, DateTime):
        raise UnsupportedColumnError(f"{column.table.name}.{column.name}: naive DateTime")
    if isinstance(t, Date):
        return "date"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, String):
        return "text"
    if isinstance(t, LargeBinary):
        return "bytes"
    raise UnsupportedColumnError(f"{column.table.name}.{column.name}: {t!r}")


@cache
def column_kinds(table_name: str) -> dict[str, str]:
    info = {t.name: t for t in all_tables()}[table_name]
    return {c.name: _kind(c) for c in info.columns}


def encode_value(kind: str, value: Any) -> Any:
    """A column value as JSON."""
    if value is None:
        return None
    if kind == "uuid":
        return str(value)
    if kind == "datetime":
        return value.astimezone(UTC).isoformat()
    if kind == "date":
        return value.isoformat()
    if kind == "enum":
        return value.value if isinstance(value, Enum) else str(value)
    if kind == "decimal":
        return str(value)
    if kind == "bytes":
        import base64

        return base64.b64encode(value).decode("ascii")
    return value


def _uuid_text(value: Any) -> Any:
    return None if value is None else str(value)


def _datetime_text(value: Any) -> Any:
    if value is None:
        return None
    return (value if value.tzinfo is UTC else value.astimezone(UTC)).isoformat()


def _enum_text(value: Any) -> Any:
    return None if value is None else (value.value if isinstance(value, Enum) else str(value))


_FAST = {"uuid": _uuid_text, "datetime": _datetime_text, "enum": _enum_text}
_PASS = frozenset({"bool", "int", "float", "json", "text"})


@cache
def _encoders(table_name: str) -> tuple[tuple[str, Any], ...]:
    """Per column: None (the value is JSON already) or the function that makes it JSON."""
    out: list[tuple[str, Any]] = []
    for name, kind in column_kinds(table_name).items():
        if kind in _PASS:
            out.append((name, None))
        else:
            out.append((name, _FAST.get(kind, functools.partial(encode_value, kind))))
    return tuple(out)


def encode_row(table_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A record as JSON values, column by column (columns missing from ``row`` are left
    out)."""
    return {
        name: (row[name] if encode is None else encode(row[name]))
        for name, encode in _encoders(table_name)
        if name in row
    }


def _text(raw: Any, limit: int | None) -> str:
    if not isinstance(raw, str):
        raise ValueRejectedError("geen tekst")
    if len(raw) > (limit or MAX_TEXT_CHARS):
        raise ValueRejectedError(f"te lang (meer dan {limit or MAX_TEXT_CHARS} tekens)")
    if _BAD_CHARACTER.search(raw):
        raise ValueRejectedError("een teken dat niet bewaard kan worden") from None
    return raw


def _in_range(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueRejectedError(f"jaartal {year} buiten {MIN_YEAR}–{MAX_YEAR}")


def _json_ok(value: Any, depth: int = 0) -> None:
    if depth > MAX_JSON_DEPTH:
        raise ValueRejectedError("te diep geneste gegevens")
    if isinstance(value, dict):
        for key, item in value.items():
            _text(key, None)
            _json_ok(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _json_ok(item, depth + 1)
    elif isinstance(value, str):
        _text(value, None)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueRejectedError("geen eindig getal")
    elif (
        isinstance(value, int)
        and not isinstance(value, bool)
        and not _INT64[0] <= value <= _INT64[1]
    ):
        raise ValueRejectedError("getal te groot")


def decode_value(column: Column[Any], kind: str, raw: Any) -> Any:
    """A JSON value back to the column's Python value, or :class:`ValueRejectedError`."""
    if raw is None:
        if not column.nullable:
            raise ValueRejectedError("verplicht veld is leeg")
        return None
    if kind == "uuid":
        if not isinstance(raw, str) or len(raw) != 36:
            raise ValueRejectedError("geen geldige sleutel")
        try:
            return uuid.UUID(raw)
        except ValueError:
            raise ValueRejectedError("geen geldige sleutel") from None
    if kind == "datetime":
        if not isinstance(raw, str) or len(raw) > 40:
            raise ValueRejectedError("geen tijdstip")
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise ValueRejectedError("geen tijdstip") from None
        if moment.tzinfo is None:
            raise ValueRejectedError("tijdstip zonder tijdzone")
        _in_range(moment.year)
        return moment.astimezone(UTC)
    if kind == "date":
        if not isinstance(raw, str) or len(raw) != 10:
            raise ValueRejectedError("geen datum")
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            raise ValueRejectedError("geen datum") from None
        _in_range(day.year)
        return day
    if kind == "enum":
        enum_type = column.type
        assert isinstance(enum_type, SAEnum)
        if not isinstance(raw, str) or raw not in enum_type.enums:
            raise ValueRejectedError("onbekende waarde")
        enum_class = enum_type.enum_class
        return enum_class(raw) if enum_class is not None else raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise ValueRejectedError("geen ja/nee")
        return raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueRejectedError("geen geheel getal")
        if not _INT64[0] <= raw <= _INT64[1]:
            raise ValueRejectedError("getal te groot")
        return raw
    if kind == "float":
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ValueRejectedError("geen getal")
        if not math.isfinite(raw) or abs(raw) > 1e15:
            raise ValueRejectedError("getal buiten bereik")
        return float(raw)
    if kind == "decimal":
        if not isinstance(raw, str) or len(raw) > 40:
            raise ValueRejectedError("geen getal")
        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise ValueRejectedError("geen getal") from None
        if not number.is_finite():
            raise ValueRejectedError("geen getal")
        return number
    if kind == "json":
        _json_ok(raw)
        return raw
    if kind == "text":
        return _text(raw, store_limit(column))
    if kind == "bytes":
        import base64
        import binascii

        if not isinstance(raw, str):
            raise ValueRejectedError("geen gegevens")
        try:
            return base64.b64decode(raw, validate=True)
        except binascii.Error:
            raise ValueRejectedError("geen gegevens") from None
    raise ValueRejectedError("onbekend soort veld")  # pragma: no cover - _kind covers every kind


def store_limit(column: Column[Any]) -> int:
    """The most characters a text column takes in this store (a form's limit)."""
    return _store_limits(column.table.name).get(column.name) or MAX_TEXT_CHARS


@cache
def _store_limits(table_name: str) -> dict[str, int]:
    """The most characters each text column takes, as the store's input limits say (a
    packet is held to the same limits as a form)."""
    from jobhunter.services import input_limits

    mapper = _mapper(table_name)
    if mapper is None:
        return {}
    return {
        mapper.get_property(rule.key).columns[0].name: rule.limit
        for rule in input_limits.rules_for(mapper)
        if rule.kind == "text"
    }


def _mapper(table_name: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper
    return None


def _format_check(check: Callable[[str], Any], what: str) -> Callable[[Any], None]:
    """A service's format rule (phone, e-mail, postcode) for a packet value; the message
    names the field, not the value (it may be personal data)."""
    from jobhunter.services.errors import ValidationError

    def run(value: Any) -> None:
        try:
            check(value)
        except ValidationError:
            raise ValueRejectedError(f"geen geldig {what}") from None

    return run


@cache
def _value_checks(table_name: str) -> dict[str, Callable[[Any], None]]:
    """Checks beyond the type that the services make for every form: the input limits of
    JSON columns, and the formats of phone numbers, e-mail addresses and postcodes."""
    from jobhunter.services import input_limits, validation
    from jobhunter.services.errors import ValidationError

    checks: dict[str, Callable[[Any], None]] = {}
    mapper = _mapper(table_name)
    if mapper is not None:
        for rule in input_limits.rules_for(mapper):
            if rule.kind != "json":
                continue

            def check_json(value: Any, rule: Any = rule) -> None:
                try:
                    input_limits.check_value(rule, value)
                except ValidationError:
                    raise ValueRejectedError("te lang of met een teken dat niet kan") from None

            checks[mapper.get_property(rule.key).columns[0].name] = check_json
    formats = {
        "phone": _format_check(validation.phone, "telefoonnummer"),
        "email": _format_check(validation.email, "e-mailadres"),
        "postcode": _format_check(validation.postcode, "postcode"),
    }
    kinds = column_kinds(table_name)
    for name, check in formats.items():
        if kinds.get(name) == "text":
            checks[name] = check
    return checks


@cache
def _decoders(table_name: str) -> tuple[tuple[str, Column[Any], str], ...]:
    info = {t.name: t for t in all_tables()}[table_name]
    return tuple((c.name, c, _kind(c)) for c in info.columns)


_SLOW = object()


def _fast_decode(kind: str, value: Any, column: Column[Any]) -> Any:
    """The common, valid cases of the busiest kinds without the checks' detours; anything
    else (and every invalid value) takes :func:`decode_value`, which says what is wrong."""
    if value is None:
        return None if column.nullable else _SLOW
    if kind == "uuid" and type(value) is str and len(value) == 36:
        try:
            return uuid.UUID(value)
        except ValueError:
            return _SLOW
    if kind == "datetime" and type(value) is str and len(value) <= 40:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return _SLOW
        if moment.tzinfo is None or not MIN_YEAR <= moment.year <= MAX_YEAR:
            return _SLOW
        return moment if moment.tzinfo is UTC else moment.astimezone(UTC)
    return _SLOW


def _missing_value(column: Column[Any], *, older: bool) -> Any:
    """The value of a column a packet lacks: empty when it may be, its plain default; and
    for a packet of an older schema (written before the column existed) also what the
    migration that added it gave existing records: a callable or server default."""
    if column.nullable:
        return None
    default: Any = column.default
    if default is not None and default.is_scalar:
        return default.arg
    if older and default is not None and default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps a plain callable to take a context
    if older and column.server_default is not None:
        text = str(getattr(column.server_default, "arg", "")).strip("'")
        kind = _kind(column)
        try:
            return decode_value(column, kind, json.loads(text) if kind == "json" else text)
        except (ValueError, ValueRejectedError):
            pass
    raise ValueRejectedError(f"veld {column.name!r} ontbreekt")


def decode_row(info: TableInfo, raw: Any, *, older: bool = False) -> dict[str, Any]:
    """One record from a packet, checked column by column (message names the column) by
    the same limits as a form; ``older``: the packet has an older schema than this store,
    so columns added since are filled in."""
    if not isinstance(raw, dict):
        raise ValueRejectedError("een record is geen object")
    kinds = column_kinds(info.name)
    if not kinds.keys() >= raw.keys():
        unknown = set(raw) - set(kinds)
        raise ValueRejectedError(f"onbekend veld {sorted(unknown)[0]!r}")
    row: dict[str, Any] = {}
    checks = _value_checks(info.name)
    for name, column, kind in _decoders(info.name):
        if name not in raw:
            row[name] = _missing_value(column, older=older)
            continue
        value: Any = raw[name]
        fast = _fast_decode(kind, value, column)
        if fast is not _SLOW:
            row[name] = fast
        elif (kind == "bool" and type(value) is bool) or (
            kind == "text"
            and type(value) is str
            and value.isascii()
            and "\x00" not in value
            and len(value) <= store_limit(column)
        ):
            row[name] = value  # the common case, checked without the slow path
        else:
            try:
                row[name] = decode_value(column, kind, value)
            except ValueRejectedError as exc:
                raise ValueRejectedError(f"veld {name!r}: {exc}") from None
        check = checks.get(name)
        if check is not None and row[name] is not None:
            try:
                check(row[name])
            except ValueRejectedError as exc:
                raise ValueRejectedError(f"veld {name!r}: {exc}") from None
    if not isinstance(row.get("id"), uuid.UUID):
        raise ValueRejectedError("record zonder sleutel")
    return row


# --- version identity ----------------------------------------------------------------------
#: not part of a version's identity: touching a record without changing it is no change
_UNHASHED = frozenset({"updated_at"})


def canonical(encoded: Mapping[str, Any]) -> bytes:
    return json.dumps(
        encoded, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def version_hash(table_name: str, row: Mapping[str, Any]) -> str:
    """SHA-256 of a record's content (every column but ``updated_at``)."""
    return encoded_hash(encode_row(table_name, row))


def encoded_hash(encoded: Mapping[str, Any]) -> str:
    """The same hash of a record already in JSON form (as a packet carries it: a record
    written by Jobhunter hashes the same either way)."""
    content = {k: v for k, v in encoded.items() if k not in _UNHASHED}
    return hashlib.sha256(canonical(content)).hexdigest()


def content_equal(table_name: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return version_hash(table_name, a) == version_hash(table_name, b)


def changed_columns(table_name: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    """The columns (but the timestamps) whose values differ between two versions."""
    kinds = column_kinds(table_name)
    return [
        name
        for name, kind in kinds.items()
        if name not in ("created_at", "updated_at")
        and encode_value(kind, a.get(name)) != encode_value(kind, b.get(name))
    ]


def among(column: Any, values: Iterable[Any]) -> Any:
    """``column IN values`` for any number of values: UUIDs travel as one JSON array that
    SQLite unpacks (``json_each``), not as thousands of bound parameters."""
    from sqlalchemy import bindparam, func, literal_column, select

    values = list(values)
    if values and all(isinstance(v, uuid.UUID) for v in values):
        listed = json.dumps([v.hex for v in values])
        each: Any = select(literal_column("value")).select_from(
            func.json_each(bindparam(None, listed))
        )
        return column.in_(each.scalar_subquery())
    return column.in_(values)


def chunks(values: Iterable[Any], size: int = 500) -> Iterable[list[Any]]:
    """SQLite limits the number of bound values in one statement."""
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
