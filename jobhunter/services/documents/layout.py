"""The look every printed document shares: font, styles, page frame and footer.

Names in any Latin script must print (Dutch ĳ, Turkish ğ/ı, Polish ł, Romanian ș/ț,
Vietnamese ế): reportlab's built-in fonts cannot, so DejaVu Sans is embedded, registered as
a family (so ``<b>`` works) and used as each document's initial font. This module imports
reportlab; import it only when a document is made, never at start-up.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import as_file, files
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
_fonts_lock = threading.Lock()
_fonts_ready = False

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#c9d1d9")
SHADE = colors.HexColor("#eef2f5")
ACCENT = colors.HexColor("#1d5c96")
ALERT = colors.HexColor("#a4262c")
GOOD = colors.HexColor("#1e6b32")
WARN = colors.HexColor("#8a5a00")
NOTE_BG = colors.HexColor("#fff4d6")
NOTE_RULE = colors.HexColor("#e8c872")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def register_fonts() -> None:
    """Embed DejaVu Sans once per process (safe to call from any thread, any number of
    times)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = files("jobhunter") / "resources" / "fonts"
        for name, file_name in _FONT_FILES.items():
            with as_file(folder / file_name) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT,
            normal=FONT,
            bold=FONT_BOLD,
            italic="DejaVuSans-Oblique",
            boldItalic="DejaVuSans-BoldOblique",
        )
        _fonts_ready = True


def stylesheet() -> StyleSheet1:
    """Paragraph styles of our documents, all in DejaVu Sans."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body",
        fontName=FONT,
        bulletFontName=FONT,  # reportlab's default bullet font (Helvetica) is not embedded
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "Title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            textColor=INK,
            spaceAfter=2 * mm,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=4 * mm
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subheading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=2.5 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,  # never a heading alone at the foot of a page
        )
    )
    sheet.add(ParagraphStyle("Label", parent=base, textColor=MUTED))
    sheet.add(ParagraphStyle("Bullet", parent=base, leftIndent=4 * mm, bulletIndent=0))
    sheet.add(ParagraphStyle("Alert", parent=base, textColor=ALERT))
    sheet.add(
        ParagraphStyle(
            "Kicker", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ACCENT
        )
    )
    sheet.add(
        ParagraphStyle(
            "PanelLabel", parent=base, fontName=FONT_BOLD, fontSize=7, leading=9, textColor=MUTED
        )
    )
    sheet.add(ParagraphStyle("PanelValue", parent=base, fontSize=10, leading=13))
    sheet.add(ParagraphStyle("Note", parent=base, fontSize=9, leading=12, textColor=WARN))
    sheet.add(ParagraphStyle("Quote", parent=base, leftIndent=4 * mm))
    sheet.add(
        ParagraphStyle(
            "Checklist",
            parent=base,
            leftIndent=5.5 * mm,
            firstLineIndent=-5.5 * mm,
            spaceAfter=1.2 * mm,
        )
    )
    return sheet


def esc(text: object) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept."""
    value = "" if text is None else str(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\n", "<br/>")


def fact_table(
    rows: Sequence[tuple[str, Any]], sheet: StyleSheet1, label_width: float = 42 * mm
) -> Table:
    """Label–value pairs in two columns; a value may be text or a flowable."""
    data = [
        [
            Paragraph(esc(label), sheet["Label"]),
            value if isinstance(value, Flowable) else Paragraph(esc(value), sheet["Body"]),
        ]
        for label, value in rows
    ]
    # splitInRow: a long value breaks across pages instead of failing the layout
    table = Table(
        data, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT", splitInRow=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # not Helvetica, never embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    sheet: StyleSheet1,
    widths: Sequence[float],
) -> Table:
    """A ruled table with a shaded header row; cells may be text or flowables."""

    def cell(value: Any, style: str) -> Any:
        return value if isinstance(value, Flowable) else Paragraph(esc(value), sheet[style])

    data = [[cell(h, "Subheading") for h in header]]
    data += [[cell(v, "Body") for v in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # not Helvetica, never embedded
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def section(title: str, body: Sequence[Flowable], sheet: StyleSheet1) -> list[Flowable]:
    """A heading kept together with the start of its section."""
    if not body:
        return []
    return [KeepTogether([Paragraph(esc(title), sheet["Heading"]), body[0]]), *body[1:]]


def key_panel(
    cells: Sequence[tuple[str, Any]],
    sheet: StyleSheet1,
    shares: Sequence[float] | None = None,
) -> Table:
    """What the reader needs first, side by side on a shaded band: a small capital label
    above each value (text, markup already escaped, or a flowable). ``shares`` weighs the
    columns' widths (equal by default)."""
    weights = list(shares) if shares else [1.0] * len(cells)
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    row = [
        [
            Paragraph(esc(label.upper()), sheet["PanelLabel"]),
            value if isinstance(value, Flowable) else Paragraph(value, sheet["PanelValue"]),
        ]
        for label, value in cells
    ]
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # not Helvetica, never embedded
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.6, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def note_box(lines: Sequence[str], sheet: StyleSheet1) -> Table:
    """Things to act on before the document is handed over, on an amber band."""
    body = [Paragraph("⚠ " + esc(line), sheet["Note"]) for line in lines]
    table = Table([[body]], colWidths=[TEXT_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # not Helvetica, never embedded
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 2, NOTE_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def bullets(lines: Sequence[str], sheet: StyleSheet1, style: str = "Bullet") -> list[Flowable]:
    """Plain text lines as a bulleted list."""
    return [Paragraph(esc(line), sheet[style], bulletText="•") for line in lines]


@dataclass(frozen=True)
class Footer:
    """What every page of a printed document says at the bottom."""

    #: the jobhunter and how to reach them ("Sanne de Vries · 06-12345678")
    author_line: str
    printed_on: date
    #: the classification printed on every page
    marking: str = "Vertrouwelijk"


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that knows the page count when it draws the footer ("pagina 2 van 3")."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            """Author on the left; the date printed and the marking with the page number on
            the right, so a long author line never runs into them."""
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            y = 12 * mm
            self.line(MARGIN, y + 4 * mm, PAGE_WIDTH - MARGIN, y + 4 * mm)
            size = 7.5
            right = PAGE_WIDTH - MARGIN
            marking = f"{footer.marking} · pagina {self._pageNumber} van {total}"
            printed = f"afgedrukt {footer.printed_on.strftime('%d-%m-%Y')}"
            self.setFont(FONT_BOLD, size)
            self.setFillColor(ALERT)
            self.drawRightString(right, y, marking)
            right -= pdfmetrics.stringWidth(marking, FONT_BOLD, size) + 4 * mm
            self.setFont(FONT, size)
            self.setFillColor(MUTED)
            self.drawRightString(right, y, printed)
            right -= pdfmetrics.stringWidth(printed, FONT, size) + 6 * mm
            self.drawString(MARGIN, y, _fit(footer.author_line, right - MARGIN, FONT, size))
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render(story: Sequence[Flowable], *, title: str, author: str, footer: Footer) -> bytes:
    """Lay out ``story`` on A4 pages with the shared footer; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=author,
        creator="Jobhunter",
        lang="nl-NL",
        initialFontName=FONT,
        initialFontSize=9.5,
        initialLeading=13,
        invariant=True,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


__all__ = [
    "FONT",
    "FONT_BOLD",
    "TEXT_WIDTH",
    "Footer",
    "Paragraph",
    "Spacer",
    "bullets",
    "esc",
    "fact_table",
    "grid_table",
    "key_panel",
    "note_box",
    "register_fonts",
    "render",
    "section",
    "stylesheet",
]
