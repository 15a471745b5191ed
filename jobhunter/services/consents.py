"""Which consents are in force: the one question sharing a client's information depends on.

A consent is active from the day it was given until (not including) the day it was
withdrawn. These helpers work inside a caller's session, so a service can decide and act
in one transaction (a move refused, a profile printed) without reading twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session

from jobhunter.models import Consent
from jobhunter.models.enums import BARRIER_CATEGORY, BarrierKind, ConsentCategory, ConsentParty
from jobhunter.services.store import among_sql

#: what the user reads when sharing with employers is refused for want of a consent
NO_EMPLOYER_CONSENT = (
    "{name} heeft geen actieve toestemming om gegevens met werkgevers te delen; leg die "
    "eerst vast in het cliëntdossier, tabblad Toestemming."
)


def active_consents(
    session: Session, client_id: uuid.UUID, party: ConsentParty, day: date
) -> list[Consent]:
    """The client's consents for ``party`` in force on ``day``, oldest first."""
    stmt = (
        select(Consent)
        .where(
            Consent.client_id == client_id,
            Consent.party == party,
            Consent.given_on <= day,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day),
        )
        .order_by(Consent.given_on, Consent.created_at)
    )
    return list(session.scalars(stmt))


def clients_with_consent(
    driver: DBAPIConnection, party: ConsentParty, day: date, among: Sequence[str] | None = None
) -> set[str]:
    """Every client (or every one ``among`` these) with a consent for ``party`` in force on
    ``day``, as the hex of their ids: one query in plain SQL on the session's driver
    connection, for the caseload list (read before anything has used the ORM)."""
    sql = (
        "SELECT client_id FROM consent WHERE party = ? AND given_on <= ? "
        "AND (withdrawn_on IS NULL OR withdrawn_on > ?)"
    )
    params: tuple[str, ...] = (party.value, day.isoformat(), day.isoformat())
    if among is not None:
        sql += " AND " + among_sql("client_id", len(among))
        params += tuple(among)
    return {row[0] for row in driver.execute(sql, params)}


def named_categories(consents: Iterable[Consent]) -> frozenset[ConsentCategory]:
    """The sensitive categories named by any of these consents (unknown values are ignored:
    a category this version does not know cannot have been meant for it)."""
    named: set[ConsentCategory] = set()
    for consent in consents:
        for value in consent.categories or []:
            try:
                named.add(ConsentCategory(value))
            except ValueError:
                continue
    return frozenset(named)


def clean_categories(values: Iterable[ConsentCategory | str]) -> list[str]:
    """Categories as stored: known values, each once, in the enum's order."""
    chosen = {ConsentCategory(v) for v in values}
    return [c.value for c in ConsentCategory if c in chosen]


def may_share_barrier(kind: BarrierKind, named: frozenset[ConsentCategory]) -> bool:
    """A barrier of an ordinary kind may be shared under any consent; a sensitive one only
    when its category is named. A kind without a decision (a newer version's) is treated
    as sensitive of an unknown kind: never shared."""
    if kind not in BARRIER_CATEGORY:
        return False
    category = BARRIER_CATEGORY[kind]
    return category is None or category in named
