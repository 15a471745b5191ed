"""``overdrachtsverslag.pdf``: the handover readable without Jobhunter.

Per client: phase, the handover note, main barriers, the plan, recent contacts, open matches
and the appointments to come; then the employers with their reachable contact. Built from
the same records the packet carries, so the summary never says more than the packet holds.
Imports reportlab (through ``documents.layout``): call it only when a packet is made.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from jobhunter.models.enums import (
    AppointmentKind,
    AppointmentStatus,
    BarrierKind,
    ContactKind,
    InterventionKind,
    InterventionStatus,
    Phase,
    Stage,
)
from jobhunter.services.clock import LOCAL_TZ

Row = dict[str, Any]

DUTCH: dict[Any, str] = {
    Phase.INTAKE: "Kennismaking en oriëntatie",
    Phase.DEVELOPMENT: "Ontwikkeling",
    Phase.MATCHING: "Matching",
    Phase.AFTERCARE: "Nazorg",
    Phase.CLOSED: "Afgesloten",
    BarrierKind.LANGUAGE: "Beperkte beheersing van het Nederlands",
    BarrierKind.NO_STARTKWALIFICATIE: "Geen startkwalificatie",
    BarrierKind.NO_NETWORK: "Geen netwerk op de arbeidsmarkt",
    BarrierKind.SEARCH_STRATEGIES: "Weinig kennis van zoekstrategieën",
    BarrierKind.DISCRIMINATION: "Ervaren vooroordelen of discriminatie",
    BarrierKind.HEALTH: "Gezondheid",
    BarrierKind.AGE: "Leeftijd",
    BarrierKind.DEBTS: "Schulden",
    BarrierKind.CHILDCARE: "Kinderopvang",
    BarrierKind.HOME_SITUATION: "Thuissituatie",
    BarrierKind.TRAUMA: "Trauma",
    BarrierKind.STATUS_LOSS: "Verlies van status of identiteit",
    BarrierKind.OTHER: "Overig",
    InterventionKind.SCHOOLING: "(Om)scholing",
    InterventionKind.LANGUAGE_COURSE: "Taalcursus",
    InterventionKind.TRAINING: "Training of workshop",
    InterventionKind.LEARNING_WORKPLACE: "Leerwerkplek",
    InterventionKind.WORK_EXPERIENCE: "Werkervaringsplaats",
    InterventionKind.RESILIENCE_TRAINING: "Weerbaarheidstraining",
    InterventionKind.JOBCOACH: "Jobcoach",
    InterventionKind.OTHER: "Overig",
    InterventionStatus.PLANNED: "gepland",
    InterventionStatus.RUNNING: "lopend",
    InterventionStatus.COMPLETED: "afgerond",
    InterventionStatus.STOPPED: "gestopt",
    Stage.PROPOSED: "Voorgesteld",
    Stage.EMPLOYER_PREBRIEF: "Voorbespreking werkgever",
    Stage.INTERVIEW_PLANNED: "Sollicitatiegesprek gepland",
    Stage.DEBRIEF: "Nabespreking",
    Stage.TRIAL_PLACEMENT: "Proefplaatsing",
    Stage.CONTRACT: "Contract",
    Stage.REJECTED: "Afgewezen",
    Stage.WITHDRAWN: "Teruggetrokken",
    Stage.DROPPED_OUT: "Uitgevallen",
    AppointmentKind.EMPLOYEE_CHECKIN: "Check-in werknemer",
    AppointmentKind.EMPLOYER_EVALUATION: "Evaluatie werkgever",
    AppointmentKind.JOBCOACH: "Jobcoach",
    AppointmentKind.PROBLEM_FOLLOWUP: "Opvolging probleem",
    ContactKind.NOTE: "Notitie",
    ContactKind.CALL: "Telefoon",
    ContactKind.VISIT: "Bezoek",
    ContactKind.EMAIL: "E-mail",
}
SEVERITY = {1: "licht", 2: "middel", 3: "zwaar"}
RECENT_CONTACTS = 5


def dutch(value: Any) -> str:
    if value is None:
        return "–"
    return DUTCH.get(value, str(getattr(value, "value", value)).replace("_", " "))


def _day(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    return str(value.strftime("%d-%m-%Y"))


def render_summary(
    rows: Mapping[str, Mapping[uuid.UUID, Row]],
    clients: list[tuple[uuid.UUID, str, str]],
    *,
    sender: str,
    recipient: str,
    now: datetime,
) -> bytes:
    """The PDF for the clients (id, name, note) in the given records."""
    from jobhunter.services.documents.layout import (
        TEXT_WIDTH,
        Footer,
        Paragraph,
        Spacer,
        esc,
        fact_table,
        grid_table,
        render,
        section,
        stylesheet,
    )

    sheet = stylesheet()
    by_client: dict[str, dict[uuid.UUID, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for table in ("barrier", "intervention", "contact_moment", "match", "appointment"):
        for row in rows.get(table, {}).values():
            if row.get("client_id") is not None:
                by_client[table][row["client_id"]].append(row)
    employers = rows.get("employer", {})
    workplaces = rows.get("workplace", {})
    today = now.astimezone(LOCAL_TZ).date()

    story: list[Any] = [
        Paragraph("Overdrachtsverslag", sheet["Title"]),
        Paragraph(
            esc(f"Van {sender} aan {recipient} · {now.astimezone(LOCAL_TZ):%d-%m-%Y %H:%M}"),
            sheet["Subtitle"],
        ),
        Paragraph(
            esc(
                f"{len(clients)} cliënt(en) en {len(employers)} werkgever(s). Dit verslag hoort "
                "bij een versleuteld overdrachtspakket; de volledige dossiers staan in het "
                "pakket en worden in Jobhunter ingelezen met Bestand → Overdracht ontvangen."
            ),
            sheet["Small"],
        ),
    ]
    client_rows = rows.get("client", {})
    for client_id, name, note in clients:
        client = client_rows.get(client_id, {})
        story.append(Paragraph(esc(name), sheet["Heading"]))
        facts = [
            ("Fase", f"{dutch(client.get('phase'))} (sinds {_day(client.get('phase_since'))})"),
            ("Woonplaats", client.get("city") or "–"),
            ("Telefoon", client.get("phone") or "–"),
            ("E-mail", client.get("email") or "–"),
            ("Volgende actie", " · ".join(
                v for v in (client.get("next_action"), _day(client.get("next_action_on"))
                            if client.get("next_action_on") else None) if v) or "–"),
        ]  # fmt: skip
        chance = client.get("werkverkenner_chance")
        facts.append(("Werkverkenner", f"{chance} %" if chance is not None else "niet ingevuld"))
        story.append(fact_table(facts, sheet))
        if note.strip():
            story += section(
                "Wat de nieuwe jobhunter moet weten", [Paragraph(esc(note), sheet["Body"])], sheet
            )
        barriers = sorted(by_client["barrier"][client_id], key=lambda b: -b["severity"])
        story += section(
            "Belangrijkste belemmeringen",
            [
                Paragraph(
                    esc(f"{dutch(b['kind'])} ({SEVERITY.get(b['severity'], b['severity'])})"
                        + (f": {b['note']}" if b.get("note") else "")),
                    sheet["Bullet"], bulletText="•",
                )
                for b in barriers[:5]
            ],
            sheet,
        )  # fmt: skip
        plan = sorted(by_client["intervention"][client_id],
                      key=lambda i: (i.get("start_date") is None, i.get("start_date") or today))  # fmt: skip
        if plan:
            story += section(
                "Plan van aanpak",
                [grid_table(
                    ["Interventie", "Doel", "Status", "Periode"],
                    [[dutch(i["kind"]), i["goal"], dutch(i["status"]),
                      f"{_day(i.get('start_date'))} – {_day(i.get('end_date'))}"] for i in plan],
                    sheet, [0.22 * TEXT_WIDTH, 0.43 * TEXT_WIDTH, 0.12 * TEXT_WIDTH,
                            0.23 * TEXT_WIDTH])],
                sheet,
            )  # fmt: skip
        contacts = sorted(by_client["contact_moment"][client_id],
                          key=lambda c: c["occurred_at"], reverse=True)[:RECENT_CONTACTS]  # fmt: skip
        if contacts:
            story += section(
                "Recente contacten",
                [grid_table(
                    ["Wanneer", "Soort", "Samenvatting"],
                    [[_day(c["occurred_at"]), dutch(c["kind"]), c["summary"]] for c in contacts],
                    sheet, [0.22 * TEXT_WIDTH, 0.14 * TEXT_WIDTH, 0.64 * TEXT_WIDTH])],
                sheet,
            )  # fmt: skip
        matches = [m for m in by_client["match"][client_id] if m["stage"].is_open]
        if matches:
            story += section(
                "Open matches",
                [grid_table(
                    ["Werkgever", "Werkplek", "Stap", "Volgende stap"],
                    [[employers.get(m["employer_id"], {}).get("name", "–"),
                      workplaces.get(m["workplace_id"], {}).get("title", "–")
                      if m.get("workplace_id") else "–",
                      f"{dutch(m['stage'])} (sinds {_day(m['stage_since'].date())})",
                      m.get("next_step") or "–"] for m in matches],
                    sheet, [0.26 * TEXT_WIDTH, 0.24 * TEXT_WIDTH, 0.26 * TEXT_WIDTH,
                            0.24 * TEXT_WIDTH])],
                sheet,
            )  # fmt: skip
        coming = sorted(
            (a for a in by_client["appointment"][client_id]
             if a["status"] == AppointmentStatus.PLANNED and a["ends_at"] >= now),
            key=lambda a: a["starts_at"],
        )  # fmt: skip
        if coming:
            story += section(
                "Afspraken",
                [grid_table(
                    ["Wanneer", "Soort", "Met", "Waar"],
                    [[_day(a["starts_at"]), dutch(a["kind"]),
                      employers.get(a.get("employer_id"), {}).get("name", "–"),
                      a.get("location") or "–"] for a in coming[:10]],
                    sheet, [0.22 * TEXT_WIDTH, 0.24 * TEXT_WIDTH, 0.3 * TEXT_WIDTH,
                            0.24 * TEXT_WIDTH])],
                sheet,
            )  # fmt: skip
    if employers:
        primary = {
            c["employer_id"]: c for c in rows.get("contact_person", {}).values() if c["is_primary"]
        }
        story.append(Spacer(1, 4))
        story += section(
            "Werkgevers in dit pakket",
            [grid_table(
                ["Werkgever", "Plaats", "Vaste contactpersoon", "Telefoon"],
                [[e["name"], e.get("city") or "–",
                  primary.get(e["id"], {}).get("name", "–"),
                  primary.get(e["id"], {}).get("phone") or "–"]
                 for e in sorted(employers.values(), key=lambda e: e["name"])],
                sheet, [0.32 * TEXT_WIDTH, 0.2 * TEXT_WIDTH, 0.28 * TEXT_WIDTH,
                        0.2 * TEXT_WIDTH])],
            sheet,
        )  # fmt: skip
    footer = Footer(author_line=f"Overdracht van {sender} aan {recipient}", printed_on=today)
    return render(story, title="Overdrachtsverslag", author=sender, footer=footer)
