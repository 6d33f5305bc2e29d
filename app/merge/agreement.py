"""Where jurors disagree, and how far the panel agrees overall (reliability).

A submission is **flagged** when its complete totals spread (highest − lowest) more than the
threshold; with two evaluations the suggestion is to assign a third juror (the usual rule in
KIPP and Indonesian grant reviews), with more, to discuss it in the plenary.

**Reliability** is measured on the weighted totals and on each criterion's scores, with
Krippendorff's alpha (interval level: missing evaluations are fine) and the intraclass
correlations of :func:`app.stats.icc`. ICC needs a complete table: when at least two
submissions were completed by every juror the table is submissions × jurors (a *crossed*
design, all six forms); otherwise, as when each juror scores only part of the package, each
submission's evaluations are taken as interchangeable ratings (a *one-way* design: the most
common number of complete evaluations per submission, submissions with exactly that many), and
only ICC1 and ICC1k, the forms for raters that differ between targets, are given.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.i18n import translate
from app.merge.table import EvaluationTable
from app.stats import ICC_FORMS, alpha_interval_of_integers, icc_of_integers

TOTAL = ""  # the reliability view of the weighted totals (others are criterion codes)


@dataclass(frozen=True)
class Disagreement:
    code: str
    spread: Fraction
    lowest: tuple[str, Fraction]  # juror, total
    highest: tuple[str, Fraction]
    evaluations: int

    def suggestion(self) -> str:
        if self.evaluations <= 2:
            return translate("Agreement", "assign a third juror")
        return translate("Agreement", "discuss in the panel's plenary")


def spread(totals: dict[str, Fraction]) -> Fraction | None:
    return max(totals.values()) - min(totals.values()) if len(totals) >= 2 else None


def disagreements(table: EvaluationTable, threshold: Decimal) -> list[Disagreement]:
    """Submissions whose totals spread more than ``threshold`` points, widest first. The
    spreads are compared in the table's integers (totals times ``L``) and only a flagged
    submission's figures become Fractions."""
    common = table.grid.total_denominator
    t_p, t_q = threshold.as_integer_ratio()
    found = []
    for code, points in table.points_by_submission().items():
        if len(points) < 2:
            continue
        gap = max(points.values()) - min(points.values())
        if gap * t_q > t_p * common:  # gap / L > threshold
            totals = table.totals(code)
            low = min(totals.items(), key=lambda item: item[1])
            high = max(totals.items(), key=lambda item: item[1])
            found.append(Disagreement(code, Fraction(gap, common), low, high, len(totals)))
    return sorted(found, key=lambda d: -d.spread)


CROSSED = "crossed"
ONE_WAY = "one-way"


@dataclass(frozen=True)
class Reliability:
    view: str  # TOTAL or a criterion code
    alpha: Fraction | None
    icc: dict[str, Fraction | None]
    design: str | None  # CROSSED, ONE_WAY, or None when ICC could not be computed
    submissions: int  # rows the ICC used
    paired: int = 0  # submissions scored by two or more jurors: what alpha used

    def design_label(self) -> str:
        count = self.submissions  # a plain name: lupdate skips dotted or nested arguments
        if self.design == CROSSED:
            return translate("Agreement", "every juror, %n submission(s)", None, count)
        if self.design == ONE_WAY:
            return translate(
                "Agreement", "jurors taken as interchangeable, %n submission(s)", None, count
            )
        return translate("Agreement", "ICC not computable")


def _scaled_ratings(table: EvaluationTable, view: str) -> dict[str, dict[str, int]]:
    """Submission → juror → the total or the criterion's score as the table's integers (see
    :mod:`app.domain.score_grid`: each times one common denominator): ICC and alpha are ratios
    of sums of squares, unchanged by a common factor, and both then work on plain integers."""
    if view == TOTAL:
        return {code: dict(points) for code, points in table.points_by_submission().items()}
    index = table.manifest.rubric.codes.index(view)
    found: dict[str, dict[str, int]] = {}
    for code, cells in table.complete_by_submission().items():
        scores = found[code] = {}
        for juror, cell in cells.items():
            score = cell.row[index] if cell.row is not None else None
            assert score is not None  # a complete evaluation scores every criterion
            scores[juror] = score
    return found


def _icc(
    ratings: dict[str, dict[str, int]], jurors: tuple[str, ...]
) -> tuple[dict[str, Fraction | None], str | None, int]:
    crossed = [[row[j] for j in jurors] for row in ratings.values() if len(row) == len(jurors)]
    if len(crossed) >= 2 and len(jurors) >= 2:
        return icc_of_integers(crossed), CROSSED, len(crossed)
    sizes = Counter(len(row) for row in ratings.values() if len(row) >= 2)
    if not sizes:
        return dict.fromkeys(ICC_FORMS), None, 0
    k = max(sizes, key=lambda size: (sizes[size], size))
    rows = [list(row.values()) for row in ratings.values() if len(row) == k]
    values = icc_of_integers(rows)
    one_way = {form: values[form] if form in ("ICC1", "ICC1k") else None for form in ICC_FORMS}
    return one_way, (ONE_WAY if len(rows) >= 2 else None), len(rows)


def reliability(table: EvaluationTable) -> list[Reliability]:
    """Reliability of the weighted totals, then of each criterion in rubric order."""
    jurors = table.jurors
    found = []
    for view in (TOTAL, *table.manifest.rubric.codes):
        ratings = _scaled_ratings(table, view)
        units = [list(row.values()) for row in ratings.values()]  # by submission
        forms, design, rows = _icc(ratings, jurors)
        paired = sum(1 for unit in units if len(unit) >= 2)
        alpha = alpha_interval_of_integers(units)
        found.append(Reliability(view, alpha, forms, design, rows, paired))
    return found
