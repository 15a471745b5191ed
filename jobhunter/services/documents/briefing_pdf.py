"""The employer briefing laid out on A4 (reportlab Platypus): read it top to bottom before
the interview.

First what everyone asks (when, where, whom to ask for, how far the preparation is), then
the interview's arrangements, the job and how the candidate meets it, the employer, and the
two preparation lists with what is still open. Imports reportlab: import it only when a
briefing is made.
"""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jobhunter.services.documents import layout
from jobhunter.services.documents import wording as w
from jobhunter.services.documents.briefing import (
    Briefing,
    CheckLine,
    EarlierPlacement,
    RequirementLine,
)
from jobhunter.services.documents.layout import esc
from jobhunter.services.durability import CHECKPOINTS, Outcome
from jobhunter.services.matching.requirements import Check

#: how a requirement check reads, and its colour
CHECK_MARKS = {
    Check.MET: ("✔ voldoet", layout.GOOD),
    Check.NOT_MET: ("✘ voldoet niet", layout.ALERT),
    Check.UNKNOWN: ("? navragen", layout.WARN),
}
OUTCOME_MARKS = {Outcome.WORKING: "✔ werkt", Outcome.STOPPED: "✘ gestopt", Outcome.NOT_YET: "–"}


def render(briefing: Briefing) -> bytes:
    sheet = layout.stylesheet()
    story = _story(briefing, sheet)
    author = briefing.author
    footer_line = author.author_line or "Naam en telefoon van de jobhunter ontbreken"
    return layout.render(
        story,
        title=briefing.title,
        author=author.name or "Jobhunter",
        footer=layout.Footer(footer_line, briefing.printed_on),
    )


def _story(briefing: Briefing, sheet: StyleSheet1) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph("BRIEFING VOOR HET SOLLICITATIEGESPREK", sheet["Kicker"]),
        Spacer(0, 1.5 * mm),
        Paragraph(
            f"{esc(briefing.candidate)} <font color='#5f6b76'>bij</font> "
            f"{esc(briefing.employer.name)}",
            sheet["Title"],
        ),
        Paragraph(esc(_subtitle(briefing)), sheet["Subtitle"]),
    ]
    if briefing.notes:
        story += [layout.note_box(briefing.notes, sheet), Spacer(0, 3 * mm)]
    story.append(_key_panel(briefing, sheet))
    story += layout.section("Het gesprek", _interview(briefing, sheet), sheet)
    if briefing.workplace is not None:
        story += layout.section("De functie", _workplace(briefing, sheet), sheet)
    else:
        story += layout.section(
            "De functie",
            [Paragraph("Nog geen werkplek gekozen voor deze match.", sheet["Label"])],
            sheet,
        )
    story += layout.section("De werkgever", _employer(briefing, sheet), sheet)
    story += layout.section("Voorbereiding", _preparation(briefing, sheet), sheet)
    return story


def text_block(heading: str, text: str, sheet: StyleSheet1) -> list[Flowable]:
    """A free text under a small heading: it may be long and breaks across pages."""
    return [Paragraph(esc(heading), sheet["Subheading"]), Paragraph(esc(text), sheet["Body"])]


def _subtitle(briefing: Briefing) -> str:
    parts = []
    if briefing.workplace is not None:
        parts.append(briefing.workplace.title)
        if briefing.workplace.hours:
            parts.append(f"{briefing.workplace.hours} uur per week")
    parts.append(f"fase: {briefing.stage.lower()}")
    return " · ".join(parts)


def _key_panel(briefing: Briefing, sheet: StyleSheet1) -> Table:
    interview = briefing.interview
    if interview.at is not None:
        day, time = w.long_date(w.local_date(interview.at)), w.local_time(interview.at)
        when = f"<b>{esc(day)}</b><br/>om {time}"
    else:
        when = "<font color='#a4262c'>Nog niet gepland</font>"
    where = esc(interview.place) if interview.place else _missing("Adres onbekend")
    contact = briefing.contact
    if contact is not None:
        ask = f"<b>{esc(contact.name)}</b>"
        if contact.role:
            ask += f"<br/>{esc(contact.role)}"
        if contact.phone:
            ask += f"<br/>{esc(contact.phone)}"
    else:
        ask = _missing("Geen contactpersoon bekend")
    done = sum(c.done for c in (*briefing.candidate_prep, *briefing.employer_prebrief))
    total = len(briefing.candidate_prep) + len(briefing.employer_prebrief)
    open_items = total - done
    prep = f"<b>{done} van {total}</b> gedaan<br/>" + (
        f"<font color='#a4262c'>{open_items} punt{'en' if open_items != 1 else ''} open</font>"
        if open_items
        else "<font color='#1e6b32'>alles gedaan</font>"
    )
    return layout.key_panel(
        [("Gesprek", when), ("Waar", where), ("Vraag naar", ask), ("Voorbereiding", prep)],
        sheet,
    )


def _missing(text: str) -> str:
    return f"<font color='#a4262c'>{esc(text)}</font>"


def _interview(briefing: Briefing, sheet: StyleSheet1) -> list[Flowable]:
    interview = briefing.interview
    offered = briefing.workplace.contract_form if briefing.workplace else None
    if interview.contract:
        contract = interview.contract
        if offered and offered.lower() not in contract.lower():
            contract += f" (werkplek: {offered})"
    else:
        contract = "Nog niet afgesproken" + (f"; de werkplek biedt: {offered}" if offered else "")
    trial = interview.trial or "Nog niet afgesproken"
    rows: list[tuple[str, object]] = [
        (
            "Aanwezig",
            Paragraph("<br/>".join(esc(a) for a in interview.attendees), sheet["Body"]),
        ),
        ("Contract", _maybe_open(contract, bool(interview.contract), sheet)),
        ("Proeftijd of proefplaatsing", _maybe_open(trial, bool(interview.trial), sheet)),
    ]
    if interview.arrangements:
        lines = []
        for item in interview.arrangements:
            head = f"<b>{esc(item.kind)}</b> ({esc(item.status)}"
            head += f", {esc(item.period)})" if item.period else ")"
            lines.append(head + (f": {esc(item.notes)}" if item.notes else ""))
        rows.append(("Regelingen", Paragraph("<br/>".join(lines), sheet["Body"])))
    else:
        rows.append(("Regelingen", "Geen regelingen vastgelegd."))
    return [layout.fact_table(rows, sheet, label_width=46 * mm)]


def _maybe_open(text: str, agreed: bool, sheet: StyleSheet1) -> Paragraph:
    return Paragraph(esc(text), sheet["Body" if agreed else "Alert"])


def _workplace(briefing: Briefing, sheet: StyleSheet1) -> list[Flowable]:
    place = briefing.workplace
    assert place is not None
    rows: list[tuple[str, object]] = [("Functie", place.title)]
    if place.hours:
        rows.append(("Uren", f"{place.hours} uur per week"))
    if place.contract_form:
        rows.append(("Contractvorm", place.contract_form))
    if place.city:
        rows.append(("Standplaats", place.city))
    out: list[Flowable] = [layout.fact_table(rows, sheet, label_width=46 * mm)]
    for heading, text in (("Taken", place.tasks), ("Jobcarving", place.jobcarving)):
        if text:
            out += [
                Paragraph(heading, sheet["Subheading"]),
                Paragraph(esc(text), sheet["Body"]),
            ]
    out.append(Paragraph("Eisen en hoe de kandidaat eraan voldoet", sheet["Subheading"]))
    if place.requirements:
        out.append(_requirements(place.hard + place.wishes, sheet))
    else:
        out.append(Paragraph("De werkplek noemt geen eisen.", sheet["Label"]))
    if briefing.override_reason:
        out.append(Spacer(0, 1.5 * mm))
        out.append(
            Paragraph(
                "Voorgesteld hoewel een harde eis niet wordt gehaald: "
                + esc(briefing.override_reason),
                sheet["Alert"],
            )
        )
    return out


def _requirements(lines: list[RequirementLine], sheet: StyleSheet1) -> Table:
    rows = []
    for line in lines:
        mark, colour = CHECK_MARKS[line.check]
        rows.append(
            [
                Paragraph(esc(line.label), sheet["Body"]),
                Paragraph("harde eis" if line.hard else "wens", sheet["Body"]),
                Paragraph(f"<font color='#{colour.hexval()[2:]}'>{mark}</font>", sheet["Body"]),
                Paragraph(esc(line.how), sheet["Body"]),
            ]
        )
    return layout.grid_table(
        ["Eis", "Soort", "Kandidaat", "Toelichting"],
        rows,
        sheet,
        [46 * mm, 22 * mm, 30 * mm, layout.TEXT_WIDTH - 98 * mm],
    )


def _employer(briefing: Briefing, sheet: StyleSheet1) -> list[Flowable]:
    employer = briefing.employer
    rows: list[tuple[str, object]] = [("Sector", employer.sector)]
    if employer.size:
        rows.append(("Grootte", employer.size))
    if employer.address:
        rows.append(("Adres", employer.address))
    if employer.website:
        rows.append(("Website", employer.website))
    if briefing.contact is not None:
        contact = briefing.contact
        reach = [x for x in (contact.phone, contact.email) if x]
        line = contact.name + (f" ({contact.role})" if contact.role else "")
        if reach:
            line += " · " + " · ".join(reach)
        if contact.channel:
            line += f" · liefst via {contact.channel}"
        rows.append(("Contactpersoon", line))
    if employer.motives:
        rows.append(("Motieven", w.join(employer.motives)))
    if employer.collective:
        rows.append(("Doet mee aan", w.join(employer.collective)))
    if employer.information_preference:
        rows.append(("Wil over kandidaten", employer.information_preference.lower()))
    out: list[Flowable] = [layout.fact_table(rows, sheet, label_width=46 * mm)]
    for heading, text in (
        ("Cultuur en sfeer", employer.culture),
        ("Arbeidsomstandigheden", employer.working_conditions),
        ("Personeel", employer.staff),
        ("Ervaring met de doelgroep", employer.target_group_experience),
    ):
        if text:
            out += [
                Paragraph(heading, sheet["Subheading"]),
                Paragraph(esc(text), sheet["Body"]),
            ]
    if employer.what_works:
        out.append(Paragraph("Wat werkt bij deze werkgever (uit de bedrijfsbezoeken)",
                             sheet["Subheading"]))  # fmt: skip
        for note in employer.what_works:
            out.append(
                Paragraph(
                    f"<font color='#5f6b76'>{w.short_date(note.on)}</font>&nbsp; " + esc(note.text),
                    sheet["Bullet"],
                    bulletText="•",
                )
            )
    out.append(Paragraph("Eerdere plaatsingen bij deze werkgever", sheet["Subheading"]))
    if employer.placements:
        out.append(_placements(employer.placements, sheet))
        hidden = employer.placements_total - len(employer.placements)
        if hidden > 0:
            out.append(Paragraph(f"en {hidden} eerdere plaatsing(en)", sheet["Small"]))
    else:
        out.append(Paragraph("Nog geen kandidaten geplaatst.", sheet["Label"]))
    return out


def _placements(placements: list[EarlierPlacement], sheet: StyleSheet1) -> Table:
    rows = []
    for item in placements:
        rows.append(
            [
                item.workplace,
                w.short_date(item.started_on),
                w.short_date(item.ended_on) if item.ended_on else "loopt nog",
                *(OUTCOME_MARKS[item.outcomes.get(m, Outcome.NOT_YET)] for m in CHECKPOINTS),
            ]
        )
    fixed = 24 * mm + 24 * mm + 3 * 24 * mm
    return layout.grid_table(
        ["Functie", "Begonnen", "Gestopt", "Na 3 mnd", "Na 6 mnd", "Na 12 mnd"],
        rows,
        sheet,
        [layout.TEXT_WIDTH - fixed, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
    )


def _preparation(briefing: Briefing, sheet: StyleSheet1) -> list[Flowable]:
    half = (layout.TEXT_WIDTH - 6 * mm) / 2
    columns = [
        _checklist("Kandidaat", briefing.candidate_prep, sheet),
        _checklist("Voorbespreking werkgever", briefing.employer_prebrief, sheet),
    ]
    table = Table([columns], colWidths=[half, half], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), layout.FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return [table]


def _checklist(title: str, items: list[CheckLine], sheet: StyleSheet1) -> list[Flowable]:
    done = sum(item.done for item in items)
    out: list[Flowable] = [
        Paragraph(
            f"{esc(title)} <font color='#5f6b76' size='8'>· {done} van {len(items)} gedaan</font>",
            sheet["Subheading"],
        )
    ]
    for item in items:
        box = "☑" if item.done else "<font color='#a4262c'>☐</font>"
        text = f"{box}&nbsp;&nbsp;{esc(item.label)}"
        if item.note:
            text += f"<br/><font color='#5f6b76' size='8.5'>{esc(item.note)}</font>"
        out.append(Paragraph(text, sheet["Checklist"]))
    return out
