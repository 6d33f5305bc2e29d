"""Codes printed whole, never broken across lines.

A submission's or a criterion's code is one word a reader copies and looks up
(``SULSEL24-010``); split as ``SULSEL24-0`` / ``10`` it reads as another code. A table
therefore gives codes a column as wide as its longest code, within reason, and a code longer
than that column is printed smaller, on one line, rather than broken.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.styles import Text
from app.reports.text import escape

PADDING = 10.5  # the grid tables' left and right padding (5 + 5), and half a point to spare
MAX_CODE_WIDTH = 4.5 * cm  # wider, and the titles beside the codes get too narrow


def code_width(codes: Iterable[str], style: ParagraphStyle, minimum: float) -> float:
    """The width of a column of ``codes`` in ``style``: the longest on one line, at least
    ``minimum`` (the header's width), at most :data:`MAX_CODE_WIDTH`."""
    widest = max((stringWidth(code, style.fontName, style.fontSize) for code in codes), default=0.0)
    return min(MAX_CODE_WIDTH, max(minimum, widest + PADDING))


def code_cell(code: str, style: ParagraphStyle, width: float) -> Text:
    """``code`` on one line in a cell ``width`` wide, in a smaller size when it does not fit
    (``style`` says the font: a bold code is measured in bold)."""
    text = escape(code)
    room = width - PADDING
    needed = stringWidth(code, style.fontName, style.fontSize)
    if needed <= room:
        return Text(text, style)
    size = style.fontSize * room / needed
    return Text(
        text,
        ParagraphStyle(
            f"{style.name}-{size:.2f}",
            parent=style,
            fontSize=size,
            leading=max(style.leading * size / style.fontSize, size),
        ),
    )
