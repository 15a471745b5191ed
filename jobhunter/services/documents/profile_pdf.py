"""The kandidaatprofiel laid out on A4 (reportlab Platypus), for the employer to read.

It shows only what :func:`profile.select_profile` let through; the jobhunter's notes about
depth and consent stay in the preview, not on paper. Imports reportlab: import it only when
a profile is made.
"""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from jobhunter.services.documents import layout
from jobhunter.services.documents import wording as w
from jobhunter.services.documents.layout import esc
from jobhunter.services.documents.profile import CandidateProfile
from jobhunter.services.wording import lower_first

#: facts the key panel shows; "In het kort" leaves them out
IN_PANEL = frozenset({"Beschikbaar", "Rijbewijs", "Vervoer", "Nederlands"})


def _sentence(names: list[str]) -> str:
    """["Op tijd komen", "Sociale vaardigheden"] -> "Op tijd komen en sociale vaardigheden."."""
    text = w.join([names[0], *(lower_first(n) for n in names[1:])])
    return text + "."


def render(profile: CandidateProfile) -> bytes:
    sheet = layout.stylesheet()
    # many short sections: tighter than the briefing, so a full profile stays on one page
    sheet["Heading"].spaceBefore = 3.5 * mm
    sheet["Heading"].fontSize, sheet["Heading"].leading = 11, 14
    author = profile.author
    assert profile.printed_on is not None
    return layout.render(
        _story(profile, sheet),
        title=profile.title,
        author=author.name or "Jobhunter",
        footer=layout.Footer(
            author.author_line or "Naam en telefoon van de jobhunter ontbreken",
            profile.printed_on,
        ),
    )


def _story(profile: CandidateProfile, sheet: StyleSheet1) -> list[Flowable]:
    place = profile.employer + (f" · {profile.workplace}" if profile.workplace else "")
    story: list[Flowable] = [
        Paragraph("KANDIDAATPROFIEL", sheet["Kicker"]),
        Spacer(0, 1.5 * mm),
        Paragraph(esc(profile.candidate), sheet["Title"]),
        Paragraph(f"voor {esc(place)}", sheet["Subtitle"]),
        _key_panel(profile, sheet),
    ]
    facts = [(label, value) for label, value in profile.facts if label not in IN_PANEL]
    if profile.full and profile.city:
        facts.append(("Woonplaats", profile.city))
    if profile.full and profile.education:
        facts.append(("Opleiding", profile.education))
    if facts:
        story += layout.section("In het kort", [layout.fact_table(facts, sheet)], sheet)
    story += _text("Werkervaring", profile.work_experience, sheet)
    story += _text("Vaardigheden", profile.skills, sheet)
    if profile.strengths:
        story += layout.section(
            "Sterke punten als werknemer",
            [
                Paragraph(
                    "Uit de werknemersvaardigheden die de jobhunter met de kandidaat heeft "
                    "doorgenomen:",
                    sheet["Label"],
                ),
                Spacer(0, 1 * mm),
                *layout.bullets(profile.strengths, sheet),
            ],
            sheet,
        )
    if profile.full:
        story += _text("Motivatie", profile.motivation, sheet)
        story += _text("Wensen", profile.wishes, sheet)
        if profile.development:
            story += layout.section(
                "Ontwikkeling", layout.bullets(profile.development, sheet), sheet
            )
        if profile.developing_skills:
            story += layout.section(
                "Waar de begeleiding aandacht aan geeft",
                [Paragraph(esc(_sentence(profile.developing_skills)), sheet["Body"])],
                sheet,
            )
        if profile.attention:
            story += layout.section(
                "Aandachtspunten",
                [
                    Paragraph(
                        f"<b>{esc(point.topic)}</b>"
                        + (f": {esc(point.note)}" if point.note else ""),
                        sheet["Bullet"],
                        bulletText="•",
                    )
                    for point in profile.attention
                ],
                sheet,
            )
    # the consent line never stands alone on a page: it goes with the last lines above it
    closing = [Spacer(0, 5 * mm), Paragraph(_closing(profile), sheet["Small"])]
    return [*story[:-1], KeepTogether([story[-1], *closing])]


def _key_panel(profile: CandidateProfile, sheet: StyleSheet1) -> Flowable:
    facts = dict(profile.facts)
    available = esc(facts.get("Beschikbaar", "")) or "<font color='#5f6b76'>onbekend</font>"
    licence = facts.get("Rijbewijs") or facts.get("Vervoer") or ""
    dutch = facts.get("Nederlands", "")
    author = profile.author
    contact = "<br/>".join(
        esc(p) for p in (author.name, author.phone, author.email, author.organisation) if p
    )
    return layout.key_panel(
        [
            ("Beschikbaar", f"<b>{available}</b>"),
            ("Rijbewijs en vervoer", esc(licence) or "<font color='#5f6b76'>onbekend</font>"),
            ("Nederlands", esc(dutch) or "<font color='#5f6b76'>onbekend</font>"),
            ("Contact via de jobhunter", contact or "<font color='#a4262c'>onbekend</font>"),
        ],
        sheet,
        shares=(1, 1, 0.8, 1.5),  # an e-mail address must not break
    )


def _text(heading: str, text: str | None, sheet: StyleSheet1) -> list[Flowable]:
    if not text:
        return []
    return layout.section(heading, [Paragraph(esc(text), sheet["Body"])], sheet)


def _closing(profile: CandidateProfile) -> str:
    given = w.short_date(profile.consent_given_on) if profile.consent_given_on else ""
    purpose = f"de werving voor {profile.workplace}" if profile.workplace else "deze werving"
    return esc(
        f"Gedeeld met toestemming van de kandidaat (gegeven op {given}), alleen voor "
        f"{profile.employer} en alleen voor {purpose}. Niet verder verspreiden; vernietig dit "
        "profiel na afloop van de procedure."
    )
