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
from math import lcm

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
    """Submissions whose totals spread more than ``threshold`` points, widest first."""
    found = []
    for submission in table.manifest.submissions:
        totals = table.totals(submission.code)
        gap = spread(totals)
        if gap is not None and gap > threshold:
            low = min(totals.items(), key=lambda item: item[1])
            high = max(totals.items(), key=lambda item: item[1])
            found.append(Disagreement(submission.code, gap, low, high, len(totals)))
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

    def design_label(self) -> str:
        count = self.submissions  # a plain name: lupdate skips dotted or nested arguments
        if self.design == CROSSED:
            return translate("Agreement", "every juror, %n submission(s)", None, count)
        if self.design == ONE_WAY:
            return translate("Agreement", "jurors taken as interchangeable, %n submission(s)",
                             None, count)
        return translate("Agreement", "ICC not computable")


def _scaled_ratings(table: EvaluationTable, view: str) -> dict[str, dict[str, int]]:
    """Submission → juror → the total or the criterion's score, times the view's common
    denominator: ICC and alpha are ratios of sums of squares, unchanged by a common factor,
    and both then work on plain integers. Each distinct value is converted once (a view has
    few: the steps of a scale, or the totals they add up to)."""
    ratios: dict[Fraction | Decimal, tuple[int, int]] = {}
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for code, cells in table.complete_by_submission().items():
        row = found[code] = {}
        for juror, cell in cells.items():
            value = cell.total if view == TOTAL else cell.scores[view]
            ratio = ratios.get(value)
            if ratio is None:
                ratio = ratios[value] = value.as_integer_ratio()
            row[juror] = ratio
    common = lcm(*{q for _p, q in ratios.values()})
    return {code: {juror: p * (common // q) for juror, (p, q) in row.items()}
            for code, row in found.items()}


def _icc(ratings: dict[str, dict[str, int]], jurors: tuple[str, ...]
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
        found.append(Reliability(view, alpha_interval_of_integers(units), forms, design, rows))
    return found
