"""Building blocks of Juri's PDFs: a facts band, ruled lines to write on, a box, a signature
block, a QR code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.qr import QUIET_ZONE, dark_runs, qr_matrix
from app.reports.page import FRAME_WIDTH, INK, RULE
from app.reports.stamp import CellText, cell_text
from app.reports.styles import CELL_FONT, Text, facts_table_style, styles
from app.reports.text import escape

Fact = tuple[str, str]  # label, value as paragraph markup
TableCell: TypeAlias = Flowable | str | list[Flowable]  # what a cell of a ReportLab Table holds


class WritingLines(Flowable):
    """``count`` ruled lines to write on by hand, ``spacing`` apart."""

    def __init__(self, count: int, width: float, spacing: float = 0.72 * cm) -> None:
        super().__init__()
        self.count = count
        self.width = width
        self.spacing = spacing
        self.height = count * spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(1, 2)
        for index in range(self.count):
            y = self.height - (index + 1) * self.spacing + 2
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class Box(Flowable):
    """An empty box to write a number in."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.canv.restoreState()


def facts_band(
    facts: Sequence[Fact],
    columns: int = 2,
    label_width: float = 2.9 * cm,
    wide: Sequence[Fact] = (),
    text: CellText = cell_text,
) -> Table:
    """Label–value pairs, ``columns`` pairs per row, on a light band; ``wide`` pairs get a row
    of their own (long values: a link, a code). ``text`` makes the cells' paragraphs."""
    s = styles()
    rows = []
    pair_width = FRAME_WIDTH / columns
    for start in range(0, len(facts), columns):
        row: list[Flowable | str] = []
        for label, value in facts[start : start + columns]:
            row += [
                text(escape(label), s["fact_label"], label_width),
                text(value, s["value"], pair_width - label_width),
            ]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    spans = []
    for label, value in wide:
        spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append(
            [
                text(escape(label), s["fact_label"], label_width),
                text(value, s["value"], FRAME_WIDTH - label_width),
            ]
            + [""] * (2 * columns - 2)
        )
    widths = [label_width, pair_width - label_width] * columns
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = facts_table_style()
    for command in spans:
        style.add(*command)
    table.setStyle(style)
    return table


def signature_block(
    role: str, name: str, detail: str = "", *, place_date: str = "", width: float = FRAME_WIDTH / 2
) -> Table:
    """Where someone signs by hand: the role, room for the signature, the name and a detail."""
    s = styles()
    cells: list[list[TableCell]] = []
    if place_date:
        cells.append([Text(place_date, s["signature"])])
    cells += [
        [Text(escape(role), s["signature"])],
        [Spacer(1, 1.9 * cm)],
        [Text(escape(name) if name else "(" + "." * 40 + ")", s["signature_name"])],
    ]
    if detail:
        cells.append([Text(detail, s["cell_muted"])])
    name_row = len(cells) - (2 if detail else 1)
    table = Table(cells, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, name_row - 1), (0, name_row - 1), 0.7, INK),
            ]
        )
    )
    return table


def header_cells(columns: Sequence[tuple[str, str]]) -> list[TableCell]:
    """A table's header row: each column's title, escaped, in its style (``cell_head``,
    ``cell_head_right`` …)."""
    s = styles()
    return [Text(escape(text), s[style]) for text, style in columns]


def side_by_side(left: Flowable | str, right: Flowable | str, gap: float = 0.6 * cm) -> Table:
    """Two flowables in two equal columns (for signature blocks and their details)."""
    half = (FRAME_WIDTH - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


class QrCode(Flowable):
    """A square QR code of side ``size`` (points), quiet zone included, drawn as one vector
    path: sharp at any printer's resolution, a few hundred bytes per code."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.modules = qr_matrix(text)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        count = len(self.modules) + 2 * QUIET_ZONE
        canvas.saveState()
        canvas.setFillColor(colors.black)
        # one module is one unit, rows counted from the top: each run of dark modules is a
        # rectangle in whole numbers, written as one path (a thousand codes in a batch)
        canvas.translate(0, self.size)
        canvas.scale(self.size / count, -self.size / count)
        canvas.addLiteral(
            " ".join(
                f"{column + QUIET_ZONE} {row + QUIET_ZONE} {length} 1 re"
                for row, cells in enumerate(self.modules)
                for column, length in dark_runs(cells)
            )
            + " f"
        )
        canvas.restoreState()
