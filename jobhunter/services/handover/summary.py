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
from enum import Enum
from typing import Any

from jobhunter.models.enums import AppointmentStatus
from jobhunter.services import wording
from jobhunter.services.clock import LOCAL_TZ
from jobhunter.services.wording import lower_first

Row = dict[str, Any]

SEVERITY = {1: "licht", 2: "middel", 3: "zwaar"}
#: the records the summary reads (sent to the worker process, so no more than these)
SUMMARY_TABLES = (
    "client",
    "barrier",
    "intervention",
    "contact_moment",
    "match",
    "appointment",
    "employer",
    "workplace",
    "contact_person",
)
RECENT_CONTACTS = 5


def dutch(value: Any) -> str:
    """The Dutch name of a vocabulary value (``services.wording``); "–" for none."""
    if value is None:
        return "–"
    if isinstance(value, Enum):
        return wording.name(value)
    return str(value).replace("_", " ")


def _day(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    return str(value.strftime("%d-%m-%Y"))


#: line styles of the summary: font, size, leading, colour name, space before
_STYLES = {
    "heading": ("bold", 11.5, 15, "accent", 8),
    "subheading": ("bold", 9.5, 13, "ink", 4),
    "body": ("regular", 9.5, 13, "ink", 0),
    "item": ("regular", 9.5, 13, "ink", 0),
}


def _lines_flowable() -> Any:
    """A block of styled plain lines, wrapped to the frame and drawn directly.

    A summary of fifty clients has a thousand lines; a Paragraph per line (markup parsing,
    its own wrap and split) costs ten times as much for text that needs none of it. A page
    break never falls right after a heading.
    """
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Flowable

    from jobhunter.services.documents.layout import ACCENT, FONT, FONT_BOLD, INK

    fonts = {"bold": FONT_BOLD, "regular": FONT}
    colours = {"accent": ACCENT, "ink": INK}

    class Lines(Flowable):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, lines: list[tuple[str, str]], wrapped: bool = False) -> None:
            super().__init__()
            self._lines = lines
            self._wrapped: list[tuple[str, str, float]] = []  # style, text, height
            self._is_wrapped = wrapped
            if wrapped:
                self._wrapped = [(st, tx, _STYLES[st][2]) for st, tx in lines]

        def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
            # a client's block starts with air above it (dropped at the top of a page)
            first = self._lines[0][0] if self._lines else ""
            return float(_STYLES[first][4]) if first in _STYLES else 0.0

        def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
            if not self._is_wrapped:
                self._wrapped = []
                for index, (style, text) in enumerate(self._lines):
                    weight, size, leading, _colour, before = _STYLES[style]
                    indent = 10 if style == "item" else 0
                    parts = simpleSplit(text, fonts[weight], size, available_width - indent)
                    parts = parts or [""]
                    space = before if index else 0
                    self._wrapped.append((style, parts[0], leading + space))
                    self._wrapped += [(style, "  " + p, leading) for p in parts[1:]]
            return available_width, sum(h for _s, _t, h in self._wrapped)

        def split(self, available_width: float, height: float) -> list[Any]:
            self.wrap(available_width, height)
            used, fit = 0.0, 0
            for _style, _text, line_height in self._wrapped:
                if used + line_height > height:
                    break
                used += line_height
                fit += 1
            while fit and self._wrapped[fit - 1][0] in ("heading", "subheading"):
                fit -= 1  # a heading goes to the next page with its first line
            if fit == 0:
                return []
            if fit >= len(self._wrapped):
                return [self]
            first = [(s, t) for s, t, _h in self._wrapped[:fit]]
            rest = [(s, t) for s, t, _h in self._wrapped[fit:]]
            return [Lines(first, wrapped=True), Lines(rest, wrapped=True)]

        def draw(self) -> None:
            canvas = self.canv
            y = sum(h for _s, _t, h in self._wrapped)
            for style, text, line_height in self._wrapped:
                weight, size, leading, colour, _before = _STYLES[style]
                y -= line_height
                canvas.setFont(fonts[weight], size)
                canvas.setFillColor(colours[colour])
                canvas.drawString(10 if style == "item" else 0, y + leading - size - 1, text)

    return Lines


def render_summary(
    rows: Mapping[str, Mapping[uuid.UUID, Row]],
    clients: list[tuple[uuid.UUID, str, str]],
    *,
    sender: str,
    recipient: str,
    now: datetime,
) -> bytes:
    """The PDF for the clients (id, name, note) in the given records."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether

    from jobhunter.services.documents.layout import (
        Footer,
        Paragraph,
        Spacer,
        esc,
        render,
        stylesheet,
    )

    sheet = stylesheet()
    note_style = ParagraphStyle(
        "Note", parent=sheet["Body"], backColor=HexColor("#fff4d6"), borderPadding=(3, 4, 4, 4),
        leftIndent=4, rightIndent=4, spaceBefore=2, spaceAfter=6,
    )  # fmt: skip
    lines_block = _lines_flowable()
    by_client: dict[str, dict[uuid.UUID, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for table in ("barrier", "intervention", "contact_moment", "match", "appointment"):
        for row in rows.get(table, {}).values():
            if row.get("client_id") is not None:
                by_client[table][row["client_id"]].append(row)
    employers = rows.get("employer", {})
    workplaces = rows.get("workplace", {})
    today = now.astimezone(LOCAL_TZ).date()

    def block(title: str, items: list[str]) -> list[tuple[str, str]]:
        return [("subheading", title)] + [("item", f"• {i}") for i in items] if items else []

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
        chance = client.get("werkverkenner_chance")
        reach = " · ".join(
            v for v in (client.get("city"), client.get("phone"), client.get("email")) if v
        )
        head: list[tuple[str, str]] = [
            ("heading", name),
            (
                "body",
                f"Fase: {dutch(client.get('phase'))} (sinds {_day(client.get('phase_since'))})",
            ),
            ("body", f"Bereikbaar: {reach or '–'}"),
            (
                "body",
                "Werkverkenner: " + (f"{chance} %" if chance is not None else "niet ingevuld"),
            ),
        ]
        if client.get("next_action"):
            when = f" ({_day(client['next_action_on'])})" if client.get("next_action_on") else ""
            head.append(("body", f"Volgende actie: {client['next_action']}{when}"))
        story.append(lines_block(head))
        if note.strip():
            story.append(
                KeepTogether(
                    [
                        lines_block([("subheading", "Wat de nieuwe jobhunter moet weten")]),
                        Paragraph(esc(note), note_style),
                    ]
                )
            )
        lines: list[tuple[str, str]] = []
        barriers = sorted(by_client["barrier"][client_id], key=lambda b: -b["severity"])
        lines += block(
            "Belangrijkste belemmeringen",
            [
                f"{dutch(b['kind'])} ({SEVERITY.get(b['severity'], b['severity'])})"
                + (f": {b['note']}" if b.get("note") else "")
                for b in barriers[:5]
            ],
        )
        plan = sorted(
            by_client["intervention"][client_id],
            key=lambda i: (i.get("start_date") is None, i.get("start_date") or today),
        )
        lines += block(
            "Plan van aanpak",
            [
                f"{dutch(i['kind'])}: {i['goal']} ({lower_first(dutch(i['status']))}, "
                f"{_day(i.get('start_date'))} – {_day(i.get('end_date'))})"
                for i in plan
            ],
        )
        contacts = sorted(
            by_client["contact_moment"][client_id], key=lambda c: c["occurred_at"], reverse=True
        )
        lines += block(
            "Recente contacten",
            [
                f"{_day(c['occurred_at'])} {lower_first(dutch(c['kind']))}: {c['summary']}"
                for c in contacts[:RECENT_CONTACTS]
            ],
        )
        matches = [m for m in by_client["match"][client_id] if m["stage"].is_open]
        lines += block(
            "Open matches",
            [
                f"{employers.get(m['employer_id'], {}).get('name', '–')}"
                + (
                    f", {workplaces[m['workplace_id']]['title']}"
                    if m.get("workplace_id") in workplaces
                    else ""
                )
                + f": {lower_first(dutch(m['stage']))} sinds {_day(m['stage_since'].date())}"
                + (f"; volgende stap: {m['next_step']}" if m.get("next_step") else "")
                for m in matches
            ],
        )
        coming = sorted(
            (
                a
                for a in by_client["appointment"][client_id]
                if a["status"] == AppointmentStatus.PLANNED and a["ends_at"] >= now
            ),
            key=lambda a: a["starts_at"],
        )
        lines += block(
            "Afspraken",
            [
                f"{_day(a['starts_at'])} {lower_first(dutch(a['kind']))}"
                + (
                    f" met {employers[a['employer_id']]['name']}"
                    if a.get("employer_id") in employers
                    else ""
                )
                + (f", {a['location']}" if a.get("location") else "")
                for a in coming[:10]
            ],
        )
        if lines:
            story.append(lines_block(lines))
    if employers:
        primary = {
            c["employer_id"]: c for c in rows.get("contact_person", {}).values() if c["is_primary"]
        }
        story.append(Spacer(1, 10))
        story.append(
            lines_block(
                [("heading", "Werkgevers in dit pakket")]
                + [
                    (
                        "item",
                        f"• {e['name']}"
                        + (f", {e['city']}" if e.get("city") else "")
                        + (f": {primary[e['id']]['name']}" if e["id"] in primary else "")
                        + (
                            f", {primary[e['id']]['phone']}"
                            if e["id"] in primary and primary[e["id"]].get("phone")
                            else ""
                        ),
                    )
                    for e in sorted(employers.values(), key=lambda e: e["name"])
                ]
            )
        )
    footer = Footer(author_line=f"Overdracht van {sender} aan {recipient}", printed_on=today)
    return render(story, title="Overdrachtsverslag", author=sender, footer=footer)
