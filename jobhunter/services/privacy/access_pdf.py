"""The access export as a document the client can read: Dutch, by subject, with their rights.

Known parts of the file get their own section; rows of any other table that belongs to the
client (one another part of the program added) are printed field by field under "Overige
gegevens", so nothing stored is left out of the PDF either. Imports reportlab (through the
shared layout): import this module only when a PDF is made.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from jobhunter.services.caseload import FACTORS, WORK_SKILLS
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
from jobhunter.services.privacy.access_export import AccessData
from jobhunter.services.privacy.wording import (
    ACTIONS,
    CLIENT_FIELDS,
    TABLES,
    choice,
    day,
    plain,
    yes_no,
)
from jobhunter.services.wording import FACTOR_NAMES, WORK_SKILL_NAMES

_SEVERITY = {1: "licht", 2: "matig", 3: "zwaar"}
#: tables with a section of their own; the rest go under "Overige gegevens"
_COVERED = {
    "barrier",
    "intervention",
    "learning_goal",
    "reflection",
    "phase_change",
    "document",
    "consent",
    "match",
    "stage_change",
    "contact_moment",
    "appointment",
    "problem",
    "placement_outcome",
    "retention_decision",
}
#: fields that are bookkeeping, not information about the person
_BOOKKEEPING = {"id", "created_at", "updated_at", "client_id", "sequence"}


def render_access_pdf(data: AccessData, *, author: str) -> bytes:
    sheet = stylesheet()
    story: list[Flowable] = []
    organisation = data.profile.get("organisation")
    story.append(Paragraph(esc("Inzage in uw gegevens"), sheet["Title"]))
    story.append(
        Paragraph(
            esc(
                f"{data.name} · opgesteld op {day(data.created_at)[:10]}"
                + (f" · {organisation}" if organisation else "")
            ),
            sheet["Subtitle"],
        )
    )
    story.append(
        Paragraph(
            esc(
                "Dit overzicht bevat alle gegevens die uw jobhunter over u vastlegt in "
                "Jobhunter, het programma waarmee uw traject naar werk wordt begeleid "
                "(Algemene verordening gegevensbescherming, artikel 15). In dezelfde map "
                f"staan dezelfde gegevens in machineleesbare vorm ({'inzage.json'}) en "
                "kopieën van uw documenten."
            ),
            sheet["Body"],
        )
    )
    story += _person(data, sheet)
    story += _werkverkenner(data, sheet)
    story += _barriers(data, sheet)
    story += _plan(data, sheet)
    story += _goals(data, sheet)
    story += _contacts(data, sheet)
    story += _documents(data, sheet)
    story += _consents(data, sheet)
    story += _trajectory(data, sheet)
    story += _matches(data, sheet)
    story += _others(data, sheet)
    story += _retention(data, sheet)
    story += _processing(data, sheet)
    story += _rights(data, sheet)
    footer = Footer(author_line=author, printed_on=data.created_at.date())
    return render(story, title=f"Inzage {data.name}", author=author, footer=footer)


# --- sections ---------------------------------------------------------------------------------
def _person(data: AccessData, sheet: Any) -> list[Flowable]:
    c = data.client
    rows = []
    for key in (
        "first_name",
        "last_name",
        "birth_year",
        "phone",
        "email",
        "postcode",
        "city",
        "languages",
        "dutch_level",
        "education",
        "has_startkwalificatie",
        "driving_licence",
        "own_transport",
        "hours_available",
        "unemployed_since",
        "phase",
        "phase_since",
        "created_at",
    ):
        value = c.get(key)
        if value is None or value == "":
            continue
        rows.append((CLIENT_FIELDS[key], _text(value)))
    story = section("Persoonsgegevens", [fact_table(rows, sheet, 55 * mm)], sheet)
    texts = [
        (CLIENT_FIELDS[key], _text(c.get(key)))
        for key in (
            "work_experience",
            "wishes",
            "skills",
            "motivation",
            "notes",
            "next_action",
            "next_action_on",
        )
        if c.get(key)
    ]
    if texts:
        story += section("Wat over u is genoteerd", [fact_table(texts, sheet, 55 * mm)], sheet)
    return story


def _werkverkenner(data: AccessData, sheet: Any) -> list[Flowable]:
    c = data.client
    rows: list[tuple[str, Any]] = []
    if c.get("werkverkenner_chance") is not None:
        rows.append((CLIENT_FIELDS["werkverkenner_chance"], f"{c['werkverkenner_chance']} %"))
    if c.get("werkverkenner_date"):
        rows.append((CLIENT_FIELDS["werkverkenner_date"], day(c["werkverkenner_date"])))
    factors = c.get("werkverkenner_factors") or {}
    for key in FACTORS:
        if key in factors:
            rows.append((FACTOR_NAMES.get(key, key), f"{factors[key]} van 5"))
    skills = c.get("work_skills") or {}
    body: list[Flowable] = [fact_table(rows, sheet, 70 * mm)] if rows else []
    skill_rows = [
        (WORK_SKILL_NAMES.get(k, k), f"{skills[k]} van 4") for k in WORK_SKILLS if k in skills
    ]
    if skill_rows:
        body += [
            Paragraph("Werknemersvaardigheden", sheet["Subheading"]),
            fact_table(skill_rows, sheet, 70 * mm),
        ]
    return section("Werkverkenner en vaardigheden", body, sheet)


def _barriers(data: AccessData, sheet: Any) -> list[Flowable]:
    rows = [
        [choice(r["kind"]), _SEVERITY.get(r["severity"], str(r["severity"])), r["note"] or ""]
        for r in data.records.get("barrier", [])
    ]
    return _grid(
        "Belemmeringen",
        ["Belemmering", "Zwaarte", "Toelichting"],
        rows,
        [60 * mm, 20 * mm, TEXT_WIDTH - 80 * mm],
        sheet,
    )


def _plan(data: AccessData, sheet: Any) -> list[Flowable]:
    rows = [
        [
            choice(r["kind"]),
            r["goal"],
            r["provider"] or "",
            day(r["start_date"]),
            day(r["end_date"]),
            choice(r["status"]),
            r["evaluation"] or "",
        ]
        for r in data.records.get("intervention", [])
    ]
    widths = [28 * mm, 32 * mm, 24 * mm, 23 * mm, 23 * mm, 18 * mm]  # a date on one line
    return _grid(
        "Plan van aanpak",
        ["Soort", "Doel", "Aanbieder", "Start", "Eind", "Status", "Effect"],
        rows,
        [*widths, TEXT_WIDTH - sum(widths)],
        sheet,
    )


def _goals(data: AccessData, sheet: Any) -> list[Flowable]:
    reflections: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for r in data.records.get("reflection", []):
        reflections.setdefault(r["learning_goal_id"], []).append(r)
    body: list[Flowable] = []
    for goal in data.records.get("learning_goal", []):
        achieved = " (bereikt)" if goal["achieved"] else ""
        body.append(Paragraph(esc(f"{goal['text']}{achieved}"), sheet["Subheading"]))
        body.append(Paragraph(esc(f"Gesteld op {day(goal['set_on'])}"), sheet["Small"]))
        for r in sorted(reflections.get(goal["id"], []), key=lambda x: x["written_on"]):
            body.append(
                Paragraph(
                    esc(f"{day(r['written_on'])}: {r['text']}"), sheet["Bullet"], bulletText="•"
                )
            )
    return section("Leerdoelen en reflecties", body, sheet)


def _contacts(data: AccessData, sheet: Any) -> list[Flowable]:
    moments = sorted(data.records.get("contact_moment", []), key=lambda r: r["occurred_at"])
    rows = [
        [day(r["occurred_at"]), choice(r["kind"]), r["summary"], r["body"] or ""] for r in moments
    ]
    return _grid(
        "Contactmomenten",
        ["Wanneer", "Soort", "Samenvatting", "Toelichting"],
        rows,
        [27 * mm, 31 * mm, 55 * mm, TEXT_WIDTH - 113 * mm],
        sheet,
    )


def _documents(data: AccessData, sheet: Any) -> list[Flowable]:
    rows = [
        [d.title, choice(d.kind), day(d.added_on), d.file or "ontbreekt in de gegevensmap"]
        for d in data.documents
    ]
    return _grid(
        "Documenten",
        ["Titel", "Soort", "Datum", "Bestand in deze map"],
        rows,
        [48 * mm, 22 * mm, 24 * mm, TEXT_WIDTH - 94 * mm],
        sheet,
    )


def _consents(data: AccessData, sheet: Any) -> list[Flowable]:
    rows = []
    for r in data.records.get("consent", []):
        withdrawn = day(r["withdrawn_on"])
        if r["withdrawn_reason"]:
            withdrawn += f" ({r['withdrawn_reason']})"
        rows.append([choice(r["party"]), r["scope"], day(r["given_on"]), withdrawn])
    return _grid(
        "Toestemming om gegevens te delen",
        ["Met wie", "Wat", "Gegeven op", "Ingetrokken"],
        rows,
        [26 * mm, 68 * mm, 26 * mm, TEXT_WIDTH - 120 * mm],
        sheet,
    )


def _trajectory(data: AccessData, sheet: Any) -> list[Flowable]:
    changes = sorted(data.records.get("phase_change", []), key=lambda r: r["changed_at"])
    rows = [
        [
            day(r["changed_at"])[:10],
            choice(r["from_phase"]) or "–",
            choice(r["to_phase"]),
            r["reason"],
        ]
        for r in changes
    ]
    return _grid(
        "Trajectverloop",
        ["Datum", "Van", "Naar", "Reden"],
        rows,
        [22 * mm, 40 * mm, 40 * mm, TEXT_WIDTH - 102 * mm],
        sheet,
    )


def _matches(data: AccessData, sheet: Any) -> list[Flowable]:
    employers = data.related.get("employer", {})
    workplaces = data.related.get("workplace", {})
    by_match: dict[str, dict[uuid.UUID, list[dict[str, Any]]]] = {}
    for table in ("stage_change", "problem", "placement_outcome", "appointment"):
        for r in data.records.get(table, []):
            if r.get("match_id") is not None:
                by_match.setdefault(table, {}).setdefault(r["match_id"], []).append(r)
    body: list[Flowable] = []
    for match in data.records.get("match", []):
        where = employers.get(match["employer_id"], "werkgever")
        if match.get("workplace_id") in workplaces:
            where += f" — {workplaces[match['workplace_id']]}"
        body.append(Paragraph(esc(f"{where}: {choice(match['stage'])}"), sheet["Subheading"]))
        facts = [
            (label, _text(match.get(key)))
            for key, label in (
                ("notes", "Notities"),
                ("override_reason", "Reden ondanks een eis"),
                ("interview_at", "Sollicitatiegesprek"),
                ("debrief_employer", "Nabespreking werkgever"),
                ("debrief_candidate", "Nabespreking kandidaat"),
                ("next_step", "Volgende stap"),
                ("outcome_reason", "Reden van de uitkomst"),
            )
            if match.get(key)
        ]
        if facts:
            body.append(fact_table(facts, sheet, 45 * mm))
        steps = sorted(
            by_match.get("stage_change", {}).get(match["id"], []), key=lambda r: r["changed_at"]
        )
        if steps:
            body.append(
                grid_table(
                    ["Datum", "Stap", "Toelichting"],
                    [
                        [day(s["changed_at"])[:10], choice(s["to_stage"]), s["note"] or ""]
                        for s in steps
                    ],
                    sheet,
                    [22 * mm, 50 * mm, TEXT_WIDTH - 72 * mm],
                )
            )
        visits = sorted(
            by_match.get("appointment", {}).get(match["id"], []), key=lambda r: r["starts_at"]
        )
        if visits:
            body.append(Spacer(1, 2 * mm))
            body.append(_appointments(["Nazorg", "Soort", "Status", "Besproken"], visits, sheet))
        for problem in by_match.get("problem", {}).get(match["id"], []):
            solved = f" — opgelost: {problem['solution']}" if problem.get("solution") else ""
            body.append(
                Paragraph(
                    esc(
                        f"Probleem ({day(problem['raised_on'])}): {problem['description']}{solved}"
                    ),
                    sheet["Body"],
                )
            )
        for outcome in sorted(
            by_match.get("placement_outcome", {}).get(match["id"], []), key=lambda r: r["months"]
        ):
            state = "werkt nog" if outcome["still_working"] else "gestopt"
            why = f": {outcome['reason']}" if outcome.get("reason") else ""
            body.append(
                Paragraph(esc(f"Na {outcome['months']} maanden: {state}{why}"), sheet["Body"])
            )
    # aftercare appointments that belong to no match
    loose = [a for a in data.records.get("appointment", []) if a.get("match_id") is None]
    if loose:
        body.append(_appointments(["Afspraak", "Soort", "Status", "Notities"], loose, sheet))
    return section("Bemiddeling en nazorg", body, sheet)


def _appointments(headers: list[str], appointments: list[dict[str, Any]], sheet: Any) -> Flowable:
    """Aftercare appointments as a table: when, kind, status, what was discussed."""
    rows = [
        [day(a["starts_at"]), choice(a["kind"]), choice(a["status"]),
         a["discussed"] or a["notes"] or ""]
        for a in appointments
    ]  # fmt: skip
    return grid_table(headers, rows, sheet, [28 * mm, 34 * mm, 20 * mm, TEXT_WIDTH - 82 * mm])


def _others(data: AccessData, sheet: Any) -> list[Flowable]:
    """Rows of tables without a section of their own, field by field."""
    body: list[Flowable] = []
    for name, rows in data.records.items():
        if name in _COVERED:
            continue
        body.append(Paragraph(esc(TABLES.get(name, name.replace("_", " "))), sheet["Subheading"]))
        for row in rows:
            facts = [
                (key.replace("_", " "), plain(value))
                for key, value in row.items()
                if key not in _BOOKKEEPING and not key.endswith("_id") and value not in (None, "")
            ]
            body.append(
                fact_table(facts or [("vastgelegd", day(row.get("created_at")))], sheet, 45 * mm)
            )
    return section("Overige gegevens", body, sheet)


def _retention(data: AccessData, sheet: Any) -> list[Flowable]:
    years = data.retention_months / 12
    period = (
        f"{years:g} jaar"
        if data.retention_months % 12 == 0
        else (f"{data.retention_months} maanden")
    )
    if data.retention is None:
        text = (
            f"Uw gegevens worden bewaard zolang uw traject loopt en daarna {period}; "
            "daarna worden ze gewist of geanonimiseerd."
        )
    else:
        text = (
            f"Uw traject is afgesloten op {day(data.retention.closed_on)}. Uw gegevens "
            f"worden bewaard tot {day(data.retention.retain_until)}"
            + (
                f" (verlengd: {data.retention.extended_reason})"
                if data.retention.extended_reason
                else ""
            )
            + "; daarna worden ze gewist of geanonimiseerd."
        )
    return section(
        "Hoe lang uw gegevens bewaard worden", [Paragraph(esc(text), sheet["Body"])], sheet
    )


def _processing(data: AccessData, sheet: Any) -> list[Flowable]:
    """Who did what with the data, and to whom it went (the disclosures first)."""
    disclosures = [e for e in data.processing if e.group in ("export", "transfer", "import")]
    body: list[Flowable] = []
    if disclosures:
        body.append(Paragraph("Aan wie gegevens zijn verstrekt", sheet["Subheading"]))
        body.append(
            grid_table(
                ["Wanneer", "Wat", "Door", "Aan of naar"],
                [
                    [day(e.at), ACTIONS.get(e.action, e.action), e.actor, e.detail or ""]
                    for e in disclosures
                ],
                sheet,
                [28 * mm, 50 * mm, 24 * mm, TEXT_WIDTH - 102 * mm],
            )
        )
    else:
        body.append(
            Paragraph(
                esc("Uw gegevens zijn aan niemand buiten Jobhunter verstrekt."), sheet["Body"]
            )
        )
    # everything else that was done with the data, per kind: how often, first and last time
    kinds: dict[str, list[datetime]] = {}
    for event in data.processing:
        kinds.setdefault(ACTIONS.get(event.action, event.action), []).append(event.at)
    if kinds:
        body.append(Paragraph("Verwerkingen", sheet["Subheading"]))
        body.append(
            grid_table(
                ["Wat", "Aantal", "Eerste keer", "Laatste keer"],
                [
                    [what, str(len(moments)), day(min(moments))[:10], day(max(moments))[:10]]
                    for what, moments in sorted(kinds.items(), key=lambda kv: min(kv[1]))
                ],
                sheet,
                [70 * mm, 20 * mm, 30 * mm, TEXT_WIDTH - 120 * mm],
            )
        )
        body.append(
            Paragraph(
                esc('Elke verwerking afzonderlijk staat in inzage.json (onderdeel "processing").'),
                sheet["Small"],
            )
        )
    return section("Verstrekkingen en verwerkingen", body, sheet)


def _rights(data: AccessData, sheet: Any) -> list[Flowable]:
    who = data.profile.get("name") or "uw jobhunter"
    contact = ", ".join(v for v in (data.profile.get("phone"), data.profile.get("email")) if v)
    lines = [
        "U mag onjuiste of onvolledige gegevens laten verbeteren of aanvullen (artikel 16).",
        "U mag vragen uw gegevens te wissen (artikel 17) of het gebruik ervan te beperken "
        "(artikel 18), en bezwaar maken tegen het gebruik (artikel 21).",
        "U mag uw gegevens in machineleesbare vorm meenemen (artikel 20): dat is inzage.json.",
        "Bent u het niet eens met hoe met uw gegevens wordt omgegaan, dan kunt u een klacht "
        "indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).",
    ]
    body: list[Flowable] = [Paragraph(esc(line), sheet["Bullet"], bulletText="•") for line in lines]
    body.append(Spacer(1, 2 * mm))
    body.append(
        Paragraph(
            esc(f"Vragen? Neem contact op met {who}" + (f" ({contact})" if contact else "") + "."),
            sheet["Body"],
        )
    )
    return [KeepTogether(section("Uw rechten", body, sheet))]


# --- helpers ----------------------------------------------------------------------------------
def _grid(
    title: str, header: list[str], rows: list[list[str]], widths: Sequence[float], sheet: Any
) -> list[Flowable]:
    if not rows:
        return []
    return section(title, [grid_table(header, rows, sheet, widths)], sheet)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return yes_no(value)
    return plain(value)
