"""The shared document layout: names in any Latin script survive, every page has its footer."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from jobhunter.services.documents import layout

NAMES = "Ĳsbrand Çelik · Łukasz Wróbel · Ștefan Țăranu · Nguyễn Thị Hồng · Ağaoğlu Işık"


def _pdf(paragraphs: int) -> pypdf.PdfReader:
    sheet = layout.stylesheet()
    story = [layout.Paragraph(layout.esc(NAMES), sheet["Title"])]
    story += [layout.Paragraph(f"regel {i} <b>vet</b>", sheet["Body"]) for i in range(paragraphs)]
    data = layout.render(
        story,
        title="Test",
        author="Sanne de Vries",
        footer=layout.Footer("Sanne de Vries · 06-12345678", date(2026, 3, 16)),
    )
    return pypdf.PdfReader(io.BytesIO(data))


def test_diacritics_print_as_text_and_the_font_is_embedded() -> None:
    reader = _pdf(3)
    text = reader.pages[0].extract_text()
    for name in NAMES.split(" · "):
        assert name in text.replace("\n", " ")
    fonts = {str(font["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts) and any("DejaVuSans-Bold" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)


def test_every_page_says_confidential_and_its_number_of_the_total() -> None:
    reader = _pdf(150)
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"Vertrouwelijk · pagina {number} van {total}" in text
        assert "Sanne de Vries · 06-12345678" in text and "afgedrukt 16-03-2026" in text


def test_markup_in_user_text_is_printed_not_interpreted() -> None:
    assert layout.esc("<b>a & b</b>\nc") == "&lt;b&gt;a &amp; b&lt;/b&gt;<br/>c"
