"""A rich match to print: names in several Latin scripts, every part of the employer filled
in, an earlier placement there, and a client file with sensitive barriers."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pypdf
import pytest

from jobhunter.models.enums import (
    ArrangementKind,
    BarrierKind,
    CandidatePreference,
    Channel,
    ConsentParty,
    DutchLevel,
    InformationPreference,
    InterventionKind,
    InterventionStatus,
    Motive,
    RequirementKind,
    Sector,
    Stage,
)
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import LOCAL_TZ, FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import Checklist, MatchService
from jobhunter.services.settings import SettingsService
from jobhunter.services.store import Store

#: every barrier note of the client, each unmistakable in extracted text
BARRIER_NOTES = {
    BarrierKind.LANGUAGE: "Schrijven gaat nog moeizaam, spreken gaat goed.",
    BarrierKind.HEALTH: "Rugklachten sinds 2019; niet zwaar tillen.",
    BarrierKind.DEBTS: "Schuldhulpverlening loopt via de gemeente.",
    BarrierKind.HOME_SITUATION: "Woont tijdelijk bij haar zus.",
    BarrierKind.NO_NETWORK: "Kent niemand die in de logistiek werkt.",
    BarrierKind.DISCRIMINATION: "Eerder afgewezen om haar hoofddoek.",
}
CLIENT_NOTES = "Privénotitie: ex-partner belt soms op het werk."


@dataclass
class Printed:
    """The ids of the match to print and the people in it."""

    client_id: object
    employer_id: object
    workplace_id: object
    match_id: object
    earlier_client: str


def pdf_text(data: bytes) -> str:
    """All text of a PDF, lines joined by spaces (a sentence may wrap anywhere)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def printed(store: Store, clock: FixedClock) -> Printed:
    clients = ClientService(store, clock)
    caseload = CaseloadService(store, clock)
    employers = EmployerService(store, clock)
    matches = MatchService(store, clock)

    employer = employers.create(
        "Ağaoğlu Bakkerij & Zonen",
        Sector.PRODUCTION,
        city="Ĳsselstein",
        address="Şahinstraat 12",
        postcode="3401 AB",
        website="https://agaoglu.example.nl",
        culture="Vroeg beginnen, familiebedrijf; de eigenaar werkt zelf mee aan de oven.",
        working_conditions="Start om 05:00, ook zaterdag; werkkleding van de zaak.",
        staff_composition="Twaalf medewerkers, zes nationaliteiten.",
        target_group_experience="Twee statushouders in vaste dienst.",
        motives=[Motive.SHORTAGE.value, Motive.CSR.value],
        candidate_preference=CandidatePreference.ONE,
        information_preference=InformationPreference.CAPABILITIES,
        wants_jobhunter_at_interview=True,
    )
    employers.add_contact(
        employer.id, "Łukasz Wróbel", role="Bedrijfsleider", phone="030-6881234",
        email="lukasz@agaoglu.example.nl", preferred_channel=Channel.PHONE,
    )  # fmt: skip
    workplace = employers.add_workplace(
        employer.id,
        "Medewerker inpak",
        tasks="Brood snijden, inpakken en etiketteren voor de winkels.",
        hours_per_week=24,
        contract_form="Tijdelijk contract, 6 maanden",
        city="Nieuwegein",
        jobcarving="Inpakken los van het bakken: geen nachtdienst nodig.",
    )
    employers.set_requirements(
        workplace.id,
        [
            (RequirementKind.DUTCH_LEVEL, "A2", True),
            (RequirementKind.HOURS, "24", True),
            (RequirementKind.CERTIFICATE, "HACCP", False),
        ],
    )
    employers.log_visit(
        employer.id,
        clock.today() - timedelta(days=40),
        relationship="Rondleiding door Ștefan Țăranu; hij wil één vast aanspreekpunt.",
        commitment="Wil twee kandidaten per jaar een kans geven.",
    )
    employers.save_arrangement(
        employer.id,
        ArrangementKind.TRIAL_PLACEMENT,
        workplace_id=workplace.id,
        starts_on=clock.today(),
        notes="Twee maanden met behoud van uitkering.",
    )

    # an earlier placement there, of another client whose name must not appear
    earlier = clients.create("Ĳsbrand", "Ağaoğlu")
    caseload.give_consent(earlier.id, ConsentParty.EMPLOYERS, "Cv", date(2025, 1, 6))
    early_clock = FixedClock(clock.now() - timedelta(days=300))
    old = MatchService(store, early_clock).propose(earlier.id, employer.id, workplace.id)
    MatchService(store, early_clock).move(old.id, Stage.TRIAL_PLACEMENT)
    MatchService(store, early_clock).move(old.id, Stage.CONTRACT)

    client = clients.create(
        "Nguyễn Thị", "Hồng",
        city="Nieuwegein", languages="Vietnamees, Nederlands, Engels",
        dutch_level=DutchLevel.B1, education="Middelbare school in Hà Nội",
        has_startkwalificatie=False, work_experience="Vijf jaar inpakster bij een noedelfabriek.",
        skills="Nauwkeurig en snel; werkt graag in een team.", driving_licence=False,
        own_transport=True, hours_available=28, wishes="Vaste dagdiensten.",
        motivation="Wil weer een eigen inkomen en collega's.", notes=CLIENT_NOTES,
    )  # fmt: skip
    caseload.set_work_skills(client.id, {"on_time": 4, "instructions": 3, "social_skills": 2})
    for kind, note in BARRIER_NOTES.items():
        caseload.set_barrier(client.id, kind, 2, note)
    caseload.save_intervention(
        client.id, InterventionKind.LANGUAGE_COURSE, "Taalniveau B1 halen",
        status=InterventionStatus.COMPLETED, start_date=date(2025, 9, 1),
        end_date=date(2026, 2, 1), evaluation="Gehaald.", effect=4,
    )  # fmt: skip
    caseload.save_intervention(
        client.id, InterventionKind.OTHER, "Schuldhulp opstarten",
        status=InterventionStatus.RUNNING, start_date=date(2026, 1, 5),
    )  # fmt: skip
    caseload.give_consent(
        client.id, ConsentParty.EMPLOYERS, "Cv, werkervaring en taal", date(2026, 2, 2)
    )

    match = matches.propose(client.id, employer.id, workplace.id)
    matches.move(match.id, Stage.EMPLOYER_PREBRIEF, "Gebeld met Łukasz")
    matches.update(match.id, interview_at=datetime(2026, 3, 19, 10, 30, tzinfo=LOCAL_TZ))
    matches.set_check(match.id, Checklist.CANDIDATE, "clothing", done=True, note="Dichte schoenen")
    matches.set_check(match.id, Checklist.CANDIDATE, "route_time", done=True, note="Bus 77, 10:05")
    matches.set_check(
        match.id, Checklist.EMPLOYER, "contract", done=True, note="Zes maanden, daarna vast"
    )
    matches.add_check(match.id, Checklist.CANDIDATE, "Kopie van het taaldiploma meenemen")

    SettingsService(store, clock).save_profile(
        name="Ĳsbrand de Vries",
        phone="06-12345678",
        email="ijsbrand@werkplein.example.nl",
        organisation="Werkplein Lekstroom",
    )
    return Printed(client.id, employer.id, workplace.id, match.id, earlier.name)
