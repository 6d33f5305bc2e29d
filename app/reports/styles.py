"""Paragraph and table styles shared by the evaluation sheets and the recapitulation.

One type scale (8–17 pt DejaVu Sans), the palette of :mod:`app.reports.page`, ragged-right text
(no hyphenation, so no stretched gaps), and table styles whose grid lines and paddings line up
with the page's margins.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.reports.page import ACCENT, INK, MUTED, RULE, SHADE

# Tables set their cell font even when every cell is a Paragraph: without this, Helvetica.
CELL_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, 9)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13.2,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )

    def derive(name: str, **options: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **options)

    return {
        "body": body,
        "kicker": derive(
            "kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=2
        ),
        "doctitle": derive("doctitle", fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        "docsub": derive("docsub", fontSize=10, leading=13, textColor=MUTED, spaceAfter=0),
        "title": derive(
            "title", fontName=BOLD, fontSize=13.5, leading=17.5, spaceBefore=8, spaceAfter=3
        ),
        "agency": derive("agency", fontSize=10.5, leading=14, textColor=ACCENT, spaceAfter=8),
        "heading": derive(
            "heading",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=True,
        ),
        # a heading followed by a long table: no keepWithNext, which would move the whole
        # table to the next page; a CondPageBreak before it keeps it off a page's foot instead
        "section": derive(
            "section",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        "subheading": derive(
            "subheading",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=True,
        ),
        "small": derive("small", fontSize=8.5, leading=11.5, spaceAfter=2),
        "note": derive(
            "note", fontName=ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4
        ),
        "label": derive(
            "label", fontName=BOLD, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=0
        ),
        "value": derive("value", fontSize=9, leading=12, spaceAfter=0),
        # a label beside a value: the same leading, so both first lines share a baseline
        "fact_label": derive(
            "fact_label", fontName=BOLD, fontSize=7.5, leading=12, textColor=MUTED, spaceAfter=0
        ),
        "value_bold": derive("value_bold", fontName=BOLD, fontSize=9, leading=12, spaceAfter=0),
        "cell": derive("cell", fontSize=8.5, leading=11, spaceAfter=0),
        "cell_muted": derive("cell_muted", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": derive(
            "cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT, spaceAfter=0
        ),
        "cell_right_bold": derive(
            "cell_right_bold",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        "cell_center": derive(
            "cell_center", fontSize=8.5, leading=11, alignment=TA_CENTER, spaceAfter=0
        ),
        "cell_head": derive(
            "cell_head",
            fontName=BOLD,
            fontSize=8,
            leading=10.5,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "cell_head_right": derive(
            "cell_head_right",
            fontName=BOLD,
            fontSize=8,
            leading=10.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        "criterion": derive(
            "criterion",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "criterion_meta": derive(
            "criterion_meta",
            fontSize=8.5,
            leading=13.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        "level": derive("level", fontName=BOLD, fontSize=8, leading=10.5, spaceAfter=1),
        "level_text": derive(
            "level_text", fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=0
        ),
        "score": derive(
            "score",
            fontName=BOLD,
            fontSize=20,
            leading=24,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        "comment": derive(
            "comment",
            fontSize=9,
            leading=12.5,
            leftIndent=8,
            spaceAfter=3,
            borderPadding=(0, 0, 0, 0),
        ),
        "signature": derive("signature", fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=0),
        "signature_name": derive(
            "signature_name", fontName=BOLD, fontSize=9.5, leading=13, spaceAfter=0
        ),
        "code": derive(
            "code", fontSize=6.5, leading=8, textColor=MUTED, alignment=TA_CENTER, spaceAfter=0
        ),
    }


def grid_table_style(header_rows: int = 1) -> TableStyle:
    """A data table: accent header row, light rules between rows, no vertical lines."""
    return TableStyle(
        [
            CELL_FONT,
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def facts_table_style() -> TableStyle:
    """Label–value pairs on a light band with an accent bar on the left."""
    return TableStyle(
        [
            CELL_FONT,
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ]
    )


class Text(Paragraph):
    """A paragraph that breaks its lines once per width.

    ReportLab's tables and keep-together groups ask a paragraph its height several times at
    the same width, and each time the words are measured and broken into lines anew: about six
    times per paragraph on an evaluation sheet. Line breaking depends on the width alone, so
    the first answer is kept and given again (a third of the time of 1,000 sheets).
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self.__dict__.get("_kept")
        if kept is not None and kept[0] == availWidth:
            _width, self.width, self._wrapWidths, self.blPara, self.height = kept
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):  # laid out (not refused for want of width)
            self._kept = (availWidth, self.width, self._wrapWidths, self.blPara, self.height)
        return size
