"""The caseload: job seekers, their phase and their file."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select

from jobhunter.models import Client, PhaseChange
from jobhunter.models.enums import BarrierKind, ConsentParty, DutchLevel, Phase
from jobhunter.services import validation as v
from jobhunter.services.base import Service, current_actor, get_or_raise
from jobhunter.services.clock import days_between, local_day
from jobhunter.services.consents import clients_with_consent
from jobhunter.services.errors import ValidationError
from jobhunter.services.privacy.erasure import ErasureService
from jobhunter.services.store import among_sql, driver_of

#: the caseload list's lines (``ClientService.list_rows``); ``{where}`` narrows to some ids
_CLIENT_ROWS = (
    "SELECT c.id, c.first_name, c.last_name, c.phase, c.phase_since, c.city, "
    "c.werkverkenner_chance, c.unemployed_since, c.next_action, c.next_action_on, "
    "(SELECT max(m.occurred_at) FROM contact_moment AS m WHERE m.client_id = c.id) "
    "FROM client AS c{where} ORDER BY c.last_name, c.first_name"
)


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the caseload list."""

    id: uuid.UUID
    name: str
    phase: Phase
    phase_since: date
    city: str | None
    werkverkenner_chance: int | None
    unemployed_since: date | None
    last_contact: datetime | None
    days_since_contact: int | None
    next_action: str | None
    next_action_on: date | None
    main_barrier: BarrierKind | None
    #: an active consent to share with employers is recorded
    consent_employers: bool = False


class ClientKey(NamedTuple):
    """What the caseload sorts and filters on, from the client's own record (the fields of
    ``ClientRow`` of the same names): read for every client at once, where the full row is
    read only for the clients shown. A tuple: it is made five thousand times at start."""

    id: uuid.UUID
    name: str
    phase: Phase
    city: str | None
    werkverkenner_chance: int | None
    next_action: str | None
    next_action_on: date | None


_EDITABLE = {
    "first_name", "last_name", "birth_year", "email", "phone", "city", "postcode",
    "languages", "dutch_level", "education", "has_startkwalificatie", "work_experience",
    "driving_licence", "own_transport", "hours_available", "wishes", "skills", "motivation",
    "werkverkenner_chance", "werkverkenner_date", "unemployed_since", "notes", "next_action",
    "next_action_on",
}  # fmt: skip


def _clean(changes: dict[str, Any], today: date) -> dict[str, Any]:
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(unknown))}.")
    out = dict(changes)
    if "first_name" in out:
        out["first_name"] = v.required_text(out["first_name"], "Voornaam", "first_name")
    if "last_name" in out:
        out["last_name"] = v.required_text(out["last_name"], "Achternaam", "last_name")
    if "email" in out:
        out["email"] = v.email(out["email"])
    if "phone" in out:
        out["phone"] = v.phone(out["phone"])
    if "postcode" in out:
        out["postcode"] = v.postcode(out["postcode"])
    if "werkverkenner_chance" in out:
        out["werkverkenner_chance"] = v.percentage(
            out["werkverkenner_chance"], "De Werkverkenner-kans", "werkverkenner_chance"
        )
    if "hours_available" in out:
        out["hours_available"] = v.int_range(
            out["hours_available"], 0, 60, "Het aantal beschikbare uren", "hours_available"
        )
    if "birth_year" in out:
        out["birth_year"] = v.int_range(
            out["birth_year"], today.year - 80, today.year - 15, "Het geboortejaar", "birth_year"
        )
    if out.get("dutch_level") is not None:
        out["dutch_level"] = DutchLevel(out["dutch_level"])
    for key in ("city", "languages", "education", "work_experience", "wishes", "skills",
                "motivation", "notes", "next_action"):  # fmt: skip
        if key in out:
            out[key] = v.optional_text(out[key])
    return out


class ClientService(Service):
    def list_keys(self, ids: Collection[uuid.UUID] | None = None) -> list[ClientKey]:
        """Every client's key for the caseload list (or those of ``ids``): one lean read of
        the client table (from its covering index ``ix_client_list``), whatever the size
        of the rest of the store. Read without the ORM's rows and type handling, which take
        three times as long as the read itself."""
        sql = (
            "SELECT id, first_name, last_name, phase, city, werkverkenner_chance, "
            "next_action, next_action_on FROM client"
        )
        params: tuple[str, ...] = ()
        if ids is not None:
            params = tuple(record_id.hex for record_id in ids)
            sql += " WHERE " + among_sql("id", len(params))
        phases = {phase.value: phase for phase in Phase}
        to_date, to_uuid, key = date.fromisoformat, uuid.UUID, ClientKey
        with self.store.session() as session, driver_of(session) as driver:
            cursor = driver.execute(sql, params)
            return [
                key(to_uuid(hex=r[0]), f"{r[1]} {r[2]}", phases[r[3]], r[4], r[5], r[6],
                    to_date(r[7]) if r[7] else None)
                for r in cursor
            ]  # fmt: skip

    def list_rows(self, ids: Collection[uuid.UUID] | None = None) -> list[ClientRow]:
        """Every client's line of the caseload list; with ``ids`` only those clients' lines
        (a view reading the rows it shows, or updating the rows that changed, reads a
        handful, not the whole caseload).

        The last contact is looked up per client in the index on (client, moment), so a
        line costs the same with 100,000 contact moments in the store as with 100. Read in
        plain SQL, like ``list_keys``: the window's first page is read before anything else
        has used the ORM, whose first statement (compiling it, setting up the mappers) took
        a hundred milliseconds of every start."""
        params = () if ids is None else tuple(record_id.hex for record_id in ids)

        def where(column: str) -> str:
            return "" if ids is None else " WHERE " + among_sql(column, len(params))

        now = self.clock.now()
        phases = {phase.value: phase for phase in Phase}
        kinds = {kind.value: kind for kind in BarrierKind}
        order = {kind: i for i, kind in enumerate(BarrierKind)}
        with self.store.session() as session, driver_of(session) as driver:
            rows = driver.execute(_CLIENT_ROWS.replace("{where}", where("c.id")), params).fetchall()
            consenting = clients_with_consent(
                driver,
                ConsentParty.EMPLOYERS,
                local_day(now),
                among=params if ids is not None else None,
            )
            # the heaviest barrier per client (ties: the first kind in the checklist order)
            barriers: dict[str, tuple[int, int, BarrierKind]] = {}
            for client_id, kind_value, severity in driver.execute(
                "SELECT client_id, kind, severity FROM barrier" + where("client_id"),
                params,
            ):
                kind = kinds[kind_value]
                key = (-severity, order[kind], kind)
                if client_id not in barriers or key < barriers[client_id]:
                    barriers[client_id] = key
        to_date, to_uuid = date.fromisoformat, uuid.UUID
        out = []
        for r in rows:
            last_contact = as_utc(r[10])
            out.append(
                ClientRow(
                    id=to_uuid(hex=r[0]),
                    name=f"{r[1]} {r[2]}",
                    phase=phases[r[3]],
                    phase_since=to_date(r[4]),
                    city=r[5],
                    werkverkenner_chance=r[6],
                    unemployed_since=to_date(r[7]) if r[7] else None,
                    last_contact=last_contact,
                    days_since_contact=days_between(last_contact, now),
                    next_action=r[8],
                    next_action_on=to_date(r[9]) if r[9] else None,
                    main_barrier=barriers[r[0]][2] if r[0] in barriers else None,
                    consent_employers=r[0] in consenting,
                )
            )
        return out

    def get(self, client_id: uuid.UUID) -> Client:
        with self.store.session() as session:
            return get_or_raise(session, Client, client_id)

    def create(self, first_name: str, last_name: str, **fields: Any) -> Client:
        today = self.clock.today()
        values = _clean({"first_name": first_name, "last_name": last_name, **fields}, today)
        with self.store.session() as session:
            client = Client(phase=Phase.INTAKE, phase_since=today, **values)
            session.add(client)
            session.flush()
            session.add(PhaseChange(client_id=client.id, from_phase=None, to_phase=Phase.INTAKE,
                                    changed_at=self.clock.now(), actor=current_actor(),
                                    reason="Aangemeld"))  # fmt: skip
            self._audit(session, "create", client)
        return client

    def update(self, client_id: uuid.UUID, **changes: Any) -> Client:
        values = _clean(changes, self.clock.today())
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)
            for key, value in values.items():
                setattr(client, key, value)
            self._audit(session, "update", client, ", ".join(sorted(values)))
        return client

    def change_phase(self, client_id: uuid.UUID, phase: Phase, reason: str) -> Client:
        """Move a client to another phase; the reason is required and kept in the audit."""
        reason = v.required_text(reason, "Een reden voor de fasewissel", "reason")
        phase = Phase(phase)  # a Qt item role hands a StrEnum back as plain str
        with self.store.session() as session:
            client = get_or_raise(session, Client, client_id)
            if client.phase == phase:
                raise ValidationError("De cliënt zit al in deze fase.", "phase")
            old = client.phase
            client.phase = phase
            client.phase_since = self.clock.today()
            session.add(PhaseChange(client_id=client.id, from_phase=old, to_phase=phase,
                                    changed_at=self.clock.now(), actor=current_actor(),
                                    reason=reason))  # fmt: skip
            self._audit(session, "phase", client, f"{old.value} -> {phase.value}: {reason}")
        return client

    def delete(self, client_id: uuid.UUID) -> None:
        """Erase the client without a trace: rows, documents, search index, the personal
        details of the audit trail (see :mod:`jobhunter.services.privacy.erasure`)."""
        ErasureService(self.store, self.clock).erase(client_id)

    def count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(Client)) or 0


def as_utc(value: datetime | str | None) -> datetime | None:
    """Aggregates (max) may bypass the column type, so SQLite can hand back the raw value."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
