"""vCard export of contact persons, for the user's phone or mail client."""

from __future__ import annotations

import uuid
from pathlib import Path

import vobject
from sqlalchemy import select

from jobhunter.models import ContactPerson, Employer
from jobhunter.services.clock import SYSTEM_CLOCK, Clock
from jobhunter.services.files import atomic_write
from jobhunter.services.privacy.audit import EXPORT_VCARD, record_event
from jobhunter.services.store import Store


def contacts_vcard(store: Store, employer_id: uuid.UUID | None = None) -> str:
    """All contact persons (or one employer's) as vCard 3.0, one card each."""
    stmt = (
        select(ContactPerson, Employer.name)
        .join(Employer, Employer.id == ContactPerson.employer_id)
        .order_by(Employer.name, ContactPerson.is_primary.desc(), ContactPerson.name)
    )
    if employer_id is not None:
        stmt = stmt.where(ContactPerson.employer_id == employer_id)
    cards = []
    with store.session() as session:
        for person, company in session.execute(stmt):
            card = vobject.vCard()
            card.add("uid").value = f"urn:uuid:{person.id}"
            card.add("fn").value = person.name
            given, _, family = person.name.partition(" ")
            card.add("n").value = vobject.vcard.Name(family=family, given=given)
            card.add("org").value = [company]
            if person.role:
                card.add("title").value = person.role
            if person.phone:
                tel = card.add("tel")
                tel.value = person.phone
                tel.type_param = "WORK"
            if person.email:
                mail = card.add("email")
                mail.value = person.email
                mail.type_param = "INTERNET"
            if person.is_primary:
                card.add("note").value = f"Vast aanspreekpunt bij {company}"
            cards.append(card.serialize())
    return "".join(cards)


def write_contacts_vcard(
    store: Store,
    target: Path,
    employer_id: uuid.UUID | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> int:
    """Write the cards to ``target`` all at once or not at all (a full disk leaves neither a
    partial file nor a changed old one), private to the user, and record the export in the
    audit trail; returns how many were written."""
    text = contacts_vcard(store, employer_id)
    atomic_write(Path(target), text)
    count = text.count("BEGIN:VCARD")
    record_event(
        store, EXPORT_VCARD, "export", employer_id, f"{count} contactpersonen naar {target}",
        clock=clock,
    )  # fmt: skip
    return count
