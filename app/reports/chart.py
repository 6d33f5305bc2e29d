"""A small chart of each juror's totals on the 0–100 scale, drawn with ReportLab graphics.

One row per juror: every total as a dot, the middle half of them as a box with the median
marked, the whiskers from lowest to highest, and the passing grade as a dashed line. Lenient
and strict jurors show at a glance (a box far right or far left), which is what a panel asks
before it trusts a mean. Vector graphics, so it prints sharp; fonts are the document's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from app.i18n import format_number, translate
from app.reports.fonts import BOLD, REGULAR
from app.reports.page import ACCENT, INK, MUTED, RULE, SHADE, fit
from app.reports.recap_model import JurorDistribution

ROW = 0.78 * cm
LABEL_WIDTH = 4.4 * cm
AXIS = 0.9 * cm  # room for the axis and its numbers under the rows
TOP = 0.55 * cm  # room for the passing grade's label
ROWS_PER_CHART = 22  # a taller chart would not fit a page; more jurors make more charts
DOT = colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.55)


def quantile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile of sorted ``values`` by linear interpolation (the usual default)."""
    position = (len(values) - 1) * q
    lower = int(position)
    upper = min(lower + 1, len(values) - 1)
    return values[lower] + (values[upper] - values[lower]) * (position - lower)


def distribution_charts(
    distributions: Sequence[JurorDistribution], width: float, passing_grade: Decimal | None = None
) -> list[Drawing]:
    """One drawing per at most :data:`ROWS_PER_CHART` jurors."""
    return [
        _chart(distributions[start : start + ROWS_PER_CHART], width, passing_grade)
        for start in range(0, len(distributions), ROWS_PER_CHART)
    ]


def _chart(
    rows: Sequence[JurorDistribution], width: float, passing_grade: Decimal | None
) -> Drawing:
    height = TOP + ROW * len(rows) + AXIS
    drawing = Drawing(width, height)
    # the renderer starts from these: without them it selects Helvetica, a font that a PDF
    # would then name without embedding it
    drawing.initialFontName, drawing.initialFontSize = REGULAR, 7
    left, right = LABEL_WIDTH, width - 0.3 * cm
    bottom, top = AXIS, AXIS + ROW * len(rows)

    def x_of(value: float) -> float:
        return left + (right - left) * max(0.0, min(100.0, value)) / 100

    for index in range(0, len(rows), 2):  # every other row shaded, under the grid
        drawing.add(Rect(0, top - ROW * (index + 1), width, ROW, fillColor=SHADE, strokeColor=None))
    for tick in range(0, 101, 10):
        x = x_of(tick)
        drawing.add(Line(x, bottom, x, top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(
                x,
                bottom - 11,
                str(tick),
                fontName=REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=MUTED, strokeWidth=0.6))
    drawing.add(
        String(
            (left + right) / 2,
            2,
            translate("Recap", "weighted total (0–100)"),
            fontName=REGULAR,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )

    for index, row in enumerate(rows):
        middle = top - ROW * (index + 0.5)
        label = fit(f"{row.juror_id} · {row.juror_name}", REGULAR, 7.5, LABEL_WIDTH - 0.3 * cm)
        drawing.add(String(4, middle + 1, label, fontName=REGULAR, fontSize=7.5, fillColor=INK))
        drawing.add(
            String(
                4,
                middle - 8,
                translate("Recap", "n = {n}").format(n=len(row.totals)),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
            )
        )
        values = sorted(float(v) for v in row.totals)
        if not values:
            continue
        low, q1, median, q3, high = (
            values[0],
            quantile(values, 0.25),
            quantile(values, 0.5),
            quantile(values, 0.75),
            values[-1],
        )
        drawing.add(Line(x_of(low), middle, x_of(high), middle, strokeColor=MUTED, strokeWidth=0.8))
        for end in (low, high):
            drawing.add(
                Line(
                    x_of(end), middle - 3, x_of(end), middle + 3, strokeColor=MUTED, strokeWidth=0.8
                )
            )
        box_height = ROW * 0.5
        drawing.add(
            Rect(
                x_of(q1),
                middle - box_height / 2,
                max(x_of(q3) - x_of(q1), 0.8),
                box_height,
                fillColor=colors.white,
                strokeColor=ACCENT,
                strokeWidth=0.8,
            )
        )
        drawing.add(
            Line(
                x_of(median),
                middle - box_height / 2,
                x_of(median),
                middle + box_height / 2,
                strokeColor=ACCENT,
                strokeWidth=2,
            )
        )
        for value in values:
            drawing.add(Circle(x_of(value), middle, 1.7, fillColor=DOT, strokeColor=None))

    if passing_grade is not None:
        x = x_of(float(passing_grade))
        drawing.add(
            Line(x, bottom, x, top + 3, strokeColor=ACCENT, strokeWidth=0.9, strokeDashArray=[3, 2])
        )
        drawing.add(
            String(
                x,
                top + 6,
                translate("Recap", "passing grade {grade}").format(
                    grade=format_number(passing_grade)
                ),
                fontName=BOLD,
                fontSize=7,
                fillColor=ACCENT,
                textAnchor="middle",
            )
        )
    return drawing
