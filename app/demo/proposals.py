"""The demo competition's proposals, rendered as PDFs from reviewable text.

Juri's demo needs proposals a juror can open and read like real KIPP submissions. Sixteen binary
PDFs in the repository would hide their text from review and from tests, so the text lives in
``resources/demo/innovations.json`` and this module renders each proposal on demand: A4, a cover
block, the eight sections under the 2023 headings, the indicators as a table, DejaVu fonts
embedded. Every page says the sample is fictional, so a demo file is never taken for a real
submission. Files are written atomically, so an interrupted demo set-up leaves no half a PDF.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from app.atomic import atomic_writer
from app.paths import resource_path
from app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.reports.page import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    LINK,
    MUTED,
    SHADE,
    DocumentInfo,
    PageDecor,
    build_pdf,
)
from app.reports.styles import facts_table_style, grid_table_style

Innovation = dict[str, Any]

COMPETITION_2023 = "Kompetisi Inovasi Pelayanan Publik 2023"
FICTION_NOTICE = "Contoh fiktif untuk demo aplikasi Juri"

# Section keys in the JSON and their 2023 headings, in the order of the proposal template.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("ringkasan", "Ringkasan"),
    ("latar_belakang", "Latar Belakang dan Tujuan"),
    ("kebaruan", "Kebaruan / Nilai Tambah"),
    ("implementasi", "Implementasi"),
    ("signifikansi", "Signifikansi"),
    ("adaptabilitas", "Adaptabilitas"),
    ("sumber_daya", "Sumber Daya"),
    ("keberlanjutan", "Strategi Keberlanjutan"),
)
INDICATOR_SECTION = "signifikansi"

GROUP_LABELS = {"umum": "Umum", "replikasi": "Replikasi", "khusus": "Khusus"}
CLUSTER_LABELS = {
    "kementerian": "Kementerian",
    "lembaga": "Lembaga",
    "provinsi": "Provinsi",
    "kabupaten": "Kabupaten",
    "kota": "Kota",
    "bumn": "BUMN",
    "bumd": "BUMD",
}


def load_innovations() -> list[Innovation]:
    """The demo competition's sixteen submissions, as stored in the resources."""
    path = resource_path("demo", "innovations.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of innovations")
    return data


def video_url(innovation: Innovation) -> str:
    return f"https://youtu.be/{innovation['video_id']}"


def write_proposal_pdf(
    innovation: Innovation, path: Path, competition: str = COMPETITION_2023
) -> None:
    """Render one innovation as an A4 proposal and write it to ``path`` in one step."""
    register_fonts()  # before any style names a DejaVu face
    story = _story(innovation, competition, _styles())
    info = DocumentInfo(
        title=innovation["title"],
        author=innovation.get("agency", ""),
        subject=f"{competition} – {innovation['code']}",
        creator="Juri (demo)",
        invariant=True,  # the same innovation always gives the same bytes
    )
    decor = PageDecor(innovation["code"], innovation["title"], FICTION_NOTICE, footer_italic=True)
    with atomic_writer(Path(path)) as handle:
        build_pdf(handle, story, info, decor, _page_label)


def _page_label(number: int, total: int) -> str:
    return f"Halaman {number} dari {total}"  # the demo is Indonesian whatever the language


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=10,
        leading=14.6,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,  # ragged right: no hyphenation, so no wide gaps
    )
    return {
        "body": body,
        "competition": ParagraphStyle(
            "competition",
            parent=body,
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            alignment=TA_LEFT,
            spaceAfter=2,
        ),
        "kind": ParagraphStyle(
            "kind",
            parent=body,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            alignment=TA_LEFT,
            spaceAfter=10,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=17,
            leading=21.5,
            alignment=TA_LEFT,
            spaceAfter=6,
        ),
        "agency": ParagraphStyle(
            "agency",
            parent=body,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            alignment=TA_LEFT,
            spaceAfter=12,
        ),
        "label": ParagraphStyle(
            "label",
            parent=body,
            fontName=BOLD,
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "value": ParagraphStyle(
            "value",
            parent=body,
            fontSize=9.5,
            leading=12.5,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            alignment=TA_LEFT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=True,
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=body,
            fontName=ITALIC,
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            alignment=TA_LEFT,
            spaceBefore=4,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle(
            "cell",
            parent=body,
            fontSize=9,
            leading=12,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=colors.white,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
    }


def _story(
    innovation: Innovation, competition: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story = _cover(innovation, competition, styles)
    sections = innovation.get("sections", {})
    for key, heading in SECTIONS:
        story.append(Paragraph(escape(heading), styles["heading"]))
        story.extend(_paragraphs(sections.get(key, ""), styles))
        if key == INDICATOR_SECTION and innovation.get("indicators"):
            story.append(_indicator_block(innovation["indicators"], styles))
    return story


def _cover(
    innovation: Innovation, competition: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    group = GROUP_LABELS.get(innovation.get("group", ""), innovation.get("group", ""))
    return [
        Paragraph(escape(competition.upper()), styles["competition"]),
        Paragraph(escape(f"Proposal Inovasi · Kelompok {group}"), styles["kind"]),
        Paragraph(escape(innovation["title"]), styles["title"]),
        Paragraph(escape(innovation.get("agency", "")), styles["agency"]),
        _facts_table(innovation, styles),
        Spacer(1, 4),
    ]


def _facts_table(innovation: Innovation, styles: dict[str, ParagraphStyle]) -> Table:
    cluster = innovation.get("cluster", "")
    url = video_url(innovation)
    facts = [
        ("Kode", escape(innovation["code"])),
        ("Kelompok", escape(GROUP_LABELS.get(innovation.get("group", ""), ""))),
        ("Kluster", escape(CLUSTER_LABELS.get(cluster) or cluster)),
        ("Kategori", escape(innovation.get("category", ""))),
        ("Video", f'<a href={quoteattr(url)} color="{LINK}"><u>{escape(url)}</u></a>'),
    ]
    rows = [
        [Paragraph(label, styles["label"]), Paragraph(value, styles["value"])]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[3.0 * cm, FRAME_WIDTH - 3.0 * cm], hAlign="LEFT")
    table.setStyle(facts_table_style())
    return table


def _paragraphs(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One Paragraph per block separated by a blank line; a missing section says so."""
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    if not blocks:
        return [Paragraph("<i>(Bagian ini tidak diisi.)</i>", styles["body"])]
    return [Paragraph(escape(" ".join(block.split())), styles["body"]) for block in blocks]


def _indicator_block(
    indicators: Iterable[dict[str, str]], styles: dict[str, ParagraphStyle]
) -> Flowable:
    caption = Paragraph("Tabel 1. Indikator sebelum dan sesudah inovasi", styles["caption"])
    return KeepTogether([caption, _indicator_table(indicators, styles), Spacer(1, 6)])


def _indicator_table(
    indicators: Iterable[dict[str, str]], styles: dict[str, ParagraphStyle]
) -> Table:
    head = [Paragraph(text, styles["cell_head"]) for text in ("Indikator", "Sebelum", "Sesudah")]
    rows = [head] + [
        [
            Paragraph(escape(str(row.get(key, ""))), styles["cell"])
            for key in ("indicator", "before", "after")
        ]
        for row in indicators
    ]
    value_width = 0.22 * FRAME_WIDTH
    table = Table(
        rows,
        colWidths=[FRAME_WIDTH - 2 * value_width, value_width, value_width],
        repeatRows=1,
        hAlign="LEFT",
    )
    style = grid_table_style()
    style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE])
    table.setStyle(style)
    return table
