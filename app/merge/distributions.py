"""How each juror's scores spread: the numbers behind the chair's box plots.

A strict or lenient juror shows as a box lower or higher than the others'. Only complete
evaluations count, as in the ranking. Quartiles are those of spreadsheets' ``QUARTILE.INC``
(linear interpolation between order statistics, "type 7"), so a chair who checks a box against
the XLSX export finds the same numbers; whiskers reach the lowest and highest value (with a
dozen evaluations per juror, no point is an outlier worth hiding). Exact arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from app.merge.methods import mean
from app.merge.table import EvaluationTable


@dataclass(frozen=True)
class Box:
    count: int
    minimum: Fraction
    lower: Fraction  # first quartile
    median: Fraction
    upper: Fraction  # third quartile
    maximum: Fraction
    mean: Fraction


def quantile(ordered: Sequence[Fraction], p: Fraction) -> Fraction:
    """The ``p``-quantile of sorted values, interpolated linearly (QUARTILE.INC)."""
    position = (len(ordered) - 1) * p
    below = int(position)
    if below + 1 >= len(ordered):
        return ordered[-1]
    return ordered[below] + (position - below) * (ordered[below + 1] - ordered[below])


def box(values: Sequence[Fraction]) -> Box | None:
    """The five-number summary and mean, or ``None`` for no values."""
    if not values:
        return None
    ordered = sorted(Fraction(v) for v in values)
    return Box(
        len(ordered),
        ordered[0],
        quantile(ordered, Fraction(1, 4)),
        quantile(ordered, Fraction(1, 2)),
        quantile(ordered, Fraction(3, 4)),
        ordered[-1],
        mean(ordered),
    )


def juror_totals(table: EvaluationTable) -> dict[str, list[Fraction]]:
    """Juror id → the weighted totals of their complete evaluations (roster order, every
    juror with an assignment, an empty list when none is complete yet)."""
    found: dict[str, list[Fraction]] = {juror: [] for juror in table.jurors}
    for submission in table.manifest.submissions:
        for juror, total in table.totals(submission.code).items():
            found[juror].append(total)
    return found


def criterion_scores(table: EvaluationTable) -> dict[str, dict[str, list[Fraction]]]:
    """Criterion code → juror id → that juror's scores on it in complete evaluations."""
    found: dict[str, dict[str, list[Fraction]]] = {
        code: {juror: [] for juror in table.jurors} for code in table.manifest.rubric.codes
    }
    for submission in table.manifest.submissions:
        for juror, cell in table.complete(submission.code).items():
            for code, by_juror in found.items():
                by_juror[juror].append(Fraction(cell.scores[code]))
    return found
