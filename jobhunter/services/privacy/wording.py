"""Dutch words for the access export's PDF, which is printed without the interface's
translations (the command line makes it too): the field and table names. The domain's
choices are named by ``services.wording``, as in every other document."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.wording import name

#: record kinds (tables) as a person reads them
TABLES = {
    "client": "Persoonsgegevens",
    "barrier": "Belemmeringen",
    "intervention": "Plan van aanpak",
    "learning_goal": "Leerdoelen",
    "reflection": "Reflecties",
    "phase_change": "Trajectverloop",
    "document": "Documenten",
    "consent": "Toestemmingen",
    "match": "Bemiddeling",
    "stage_change": "Stappen in de bemiddeling",
    "contact_moment": "Contactmomenten",
    "appointment": "Nazorgafspraken",
    "problem": "Problemen tijdens een plaatsing",
    "placement_outcome": "Resultaten van een plaatsing",
    "retention_decision": "Besluiten over de bewaartermijn",
}

#: the client's fields
CLIENT_FIELDS = {
    "first_name": "Voornaam",
    "last_name": "Achternaam",
    "birth_year": "Geboortejaar",
    "phone": "Telefoon",
    "email": "E-mail",
    "postcode": "Postcode",
    "city": "Woonplaats",
    "languages": "Talen",
    "dutch_level": "Niveau Nederlands",
    "education": "Opleiding",
    "has_startkwalificatie": "Startkwalificatie",
    "driving_licence": "Rijbewijs",
    "own_transport": "Eigen vervoer",
    "hours_available": "Beschikbare uren per week",
    "unemployed_since": "Werkloos sinds",
    "phase": "Fase",
    "phase_since": "In deze fase sinds",
    "work_experience": "Werkervaring",
    "wishes": "Wensen",
    "skills": "Vaardigheden en talenten",
    "motivation": "Motivatie",
    "notes": "Notities",
    "next_action": "Volgende actie",
    "next_action_on": "Volgende actie op",
    "werkverkenner_chance": "Werkverkenner: kans op werk binnen een jaar",
    "werkverkenner_date": "Werkverkenner ingevuld op",
    "created_at": "Aangemeld op",
}

#: what an audit action means to the person it concerns
ACTIONS = {
    "create": "vastgelegd",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "phase": "fase gewijzigd",
    "stage": "stap in de bemiddeling",
    "schedule": "nazorg gepland",
    "outcome": "resultaat vastgelegd",
    "consent": "toestemming vastgelegd",
    "consent_withdrawn": "toestemming ingetrokken",
    "export_packet": "overgedragen aan een collega",
    "import_packet": "ontvangen van een collega",
    "mark_transferred": "als overgedragen gemarkeerd",
    "print_briefing": "briefing voor een werkgever gemaakt",
    "print_profile": "kandidaatprofiel aan een werkgever gegeven",
    "export_access": "inzage-export gemaakt",
    "retention_extend": "bewaartermijn verlengd",
    "retention_anonymise": "geanonimiseerd",
    "export_calendar": "nazorgagenda geëxporteerd",
    "export_vcard": "contactpersonen geëxporteerd",
}


def choice(value: object) -> str:
    if isinstance(value, Enum):
        return name(value)
    return "" if value is None else str(value)


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("ja" if value else "nee")


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


def plain(value: object) -> str:
    """Any stored value as a person reads it."""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, date | datetime):
        return day(value)
    if isinstance(value, Enum):
        return choice(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(plain(v) for v in value)
    return "" if value is None else str(value)
