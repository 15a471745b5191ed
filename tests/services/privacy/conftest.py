"""A client with a full file of sensitive data, and a neighbour whose file must survive."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from jobhunter.models.enums import (
    AppointmentKind,
    BarrierKind,
    ConsentParty,
    ContactKind,
    DocumentKind,
    InterventionKind,
    Phase,
    ProblemOwner,
    Sector,
    Stage,
)
from jobhunter.services.activity import AppointmentService, ContactService
from jobhunter.services.aftercare import AftercareService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.store import Store

SENSITIVE_NOTE = "Schulden bij de gemeente; depressie, in behandeling bij de huisarts"


@dataclass
class Sensitive:
    client_id: uuid.UUID
    neighbour_id: uuid.UUID
    employer_id: uuid.UUID
    match_id: uuid.UUID
    document_path: Path
    note: str = SENSITIVE_NOTE


def build_sensitive_client(store: Store, clock: FixedClock, tmp_path: Path) -> Sensitive:
    """Zoë Özdemir with every part of a client file, several edits of her name made by an
    "earlier version" (secure_delete off), and Anna de Vries beside her."""
    clients = ClientService(store, clock)
    caseload = CaseloadService(store, clock)
    contacts = ContactService(store, clock)
    zoe = clients.create("ZOE", "OZDEMIR", email="zoe.ozdemir@example.nl", phone="0612345678")
    anna = clients.create("Anna", "de Vries", city="Delft", notes="Wil werken in de zorg")
    clients.update(zoe.id, notes=f"Zoë Özdemir: {SENSITIVE_NOTE}", city="Schiedam",
                   wishes="Werken in het groen, zoals Zoë zegt")  # fmt: skip
    caseload.set_barrier(zoe.id, BarrierKind.DEBTS, 3, "Schuldhulpverlening sinds 2025")
    caseload.set_barrier(zoe.id, BarrierKind.HEALTH, 2, "Depressie")
    caseload.save_intervention(zoe.id, InterventionKind.LANGUAGE_COURSE, "Taal voor Özdemir")
    goal = caseload.add_goal(zoe.id, "Zoë oefent een sollicitatiegesprek")
    caseload.reflect(goal.id, "Özdemir was zenuwachtig maar deed het goed")
    caseload.give_consent(zoe.id, ConsentParty.EMPLOYERS, "Cv en werkervaring")
    withdrawn = caseload.give_consent(zoe.id, ConsentParty.COLLEAGUES, "Dossier voor Özdemir")
    caseload.withdraw_consent(withdrawn.id, "Zoë wil dit niet meer")
    source = tmp_path / "CV Zoë Özdemir.pdf"
    source.write_bytes(b"%PDF-1.4 Curriculum vitae Zo\xc3\xab \xc3\x96zdemir")
    document = caseload.attach(zoe.id, source, DocumentKind.CV)
    for day in range(30):
        contacts.log(
            ContactKind.CALL,
            f"Gebeld met Zoë Özdemir ({day})",
            client_id=zoe.id,
            occurred_at=clock.now() - timedelta(days=day, hours=1),
            body="Özdemir vertelde over haar schulden",
        )
        # the neighbour's log shares the pages, so those pages outlive the erasure
        contacts.log(ContactKind.NOTE, f"Anna belde ({day})", client_id=anna.id)
    # what an earlier version did without secure_delete: edits of the name and notes, and
    # contact moments removed, leave the old bytes in free space inside the pages
    with sqlite3.connect(store.db_path) as conn:
        conn.execute("PRAGMA secure_delete=OFF")
        for first, last in (("zoe", "ozdemir"), ("Zoë", "Özdemir-Yilmaz"), ("Zoë", "Özdemir")):
            conn.execute(
                "UPDATE client SET first_name = ?, last_name = ?, notes = ? WHERE id = ?",
                (first, last, f"{first} {last}: {SENSITIVE_NOTE}", zoe.id.hex),
            )
        conn.execute(
            "DELETE FROM contact_moment WHERE client_id = ? AND summary LIKE '%(1_)'",
            (zoe.id.hex,),
        )
    clients.change_phase(zoe.id, Phase.MATCHING, "Zoë Özdemir is klaar voor bemiddeling")

    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    matches = MatchService(store, clock)
    match = matches.propose(zoe.id, employer.id, workplace.id, note="Zoë past hier goed")
    matches.move(match.id, Stage.TRIAL_PLACEMENT, note="Özdemir begint maandag")
    aftercare = AftercareService(store, clock)
    appointment = AppointmentService(store, clock).create(
        AppointmentKind.EMPLOYEE_CHECKIN,
        clock.now() - timedelta(hours=3),
        clock.now() - timedelta(hours=2),
        client_id=zoe.id,
        employer_id=employer.id,
        match_id=match.id,
        notes="Zoë Özdemir kwam te laat",
    )
    aftercare.record_checkin(appointment.id, "Özdemir heeft het naar haar zin", 4, 4)
    aftercare.add_problem(match.id, "Zoë komt te laat door schuldhulp", ProblemOwner.EMPLOYEE)
    aftercare.record_outcome(match.id, 3, False, reason="Özdemir stopte wegens gezondheid")

    contacts.log(ContactKind.NOTE, "Intake met Anna", client_id=anna.id)
    contacts.log(ContactKind.CALL, "Gesprek met de bedrijfsleider", employer_id=employer.id)
    return Sensitive(zoe.id, anna.id, employer.id, match.id, store.data_dir / document.stored_path)


@pytest.fixture
def sensitive(store: Store, clock: FixedClock, tmp_path: Path) -> Sensitive:
    return build_sensitive_client(store, clock, tmp_path)
