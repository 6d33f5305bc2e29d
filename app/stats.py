"""Inter-rater reliability: intraclass correlations and Krippendorff's alpha, exactly.

Both statistics are ratios of sums of squares, so for rational ratings (integers, decimals,
fractions) they are rational too: everything here is computed with :class:`~fractions.Fraction`
and returned exactly; ``float(x)`` or :func:`app.domain.numbers.round_half_up` turns a result
into something to show. No numpy, no floating-point drift, the same digits on every machine.

:func:`icc` follows Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater
reliability", *Psychological Bulletin* 86(2): six forms from one table of *n* targets × *k*
raters. It needs a complete table, so **rows with a missing rating are left out** (the forms
are defined for crossed designs, where every rater rates every target); with fewer than two
complete rows, fewer than two raters, or a zero denominator (no variance at all) a form is
``None``, never an exception or a division by zero.

:func:`krippendorff_alpha` follows Krippendorff (2011), "Computing Krippendorff's
Alpha-Reliability": raters × units, any number of raters per unit, missing values allowed
(units with fewer than two values are not pairable and drop out), four levels of measurement.
It is ``None`` when nothing is pairable or the pairable values do not vary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any

ICC_FORMS = ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k")
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _exact(value: object) -> Fraction:
    """A rating as an exact Fraction (ints, Decimals, Fractions; a float by its binary value)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise TypeError(f"not a number: {value!r}")
    return Fraction(value)


def _ratio(numerator: Fraction, denominator: Fraction) -> Fraction | None:
    return None if denominator == 0 else numerator / denominator


def _integer_ratio(value: object) -> tuple[int, int]:
    if type(value) is int:  # the common case once ratings are scaled: no ABC checks
        return value, 1
    if isinstance(value, Fraction | int) and not isinstance(value, bool):
        return value.numerator, value.denominator
    if isinstance(value, Decimal):
        return value.as_integer_ratio()
    exact = _exact(value)  # refuses what is not a number
    return exact.numerator, exact.denominator


def _scaled(rows: Sequence[Sequence[object]]) -> list[list[int]]:
    """The ratings times one common denominator, as integers.

    Both statistics are ratios of sums of squares, unchanged when every rating is multiplied
    by the same number; in integers the sums cost a multiplication each instead of a Fraction
    addition (a gcd each), which made reliability the slowest step of a 300-juror merge."""
    ratios = [[_integer_ratio(v) for v in row] for row in rows]
    common = lcm(*{q for row in ratios for _p, q in row}) if any(ratios) else 1
    return [[p * (common // q) for p, q in row] for row in ratios]


def icc(ratings: Sequence[Sequence[object | None]]) -> dict[str, Fraction | None]:
    """The six Shrout–Fleiss intraclass correlations of a targets × raters table.

    ``ratings[i][j]`` is rater *j*'s rating of target *i* (``None`` when missing). Rows with a
    missing rating are left out. Returns ``{"ICC1": …, "ICC2": …, "ICC3": …, "ICC1k": …,
    "ICC2k": …, "ICC3k": …}``: ICC(1,1), (2,1), (3,1) for single ratings and ICC(1,k), (2,k),
    (3,k) for the mean of the *k* raters; each an exact Fraction, or ``None`` when undefined.
    """
    return icc_of_integers(
        _scaled([row for row in ratings if row and all(v is not None for v in row)])
    )


def icc_of_integers(rows: Sequence[Sequence[int]]) -> dict[str, Fraction | None]:
    """:func:`icc` of a complete table already in integers (every rating times one common
    denominator), for callers that scaled their ratings once for several statistics."""
    widths = {len(row) for row in rows}
    if len(widths) > 1:
        raise ValueError("every row must have one rating per rater")
    n = len(rows)
    k = widths.pop() if widths else 0
    result: dict[str, Fraction | None] = dict.fromkeys(ICC_FORMS)
    if n < 2 or k < 2:
        return result
    # Σ(v − mean)² = Σv² − (Σv)²/N, in integers until the last division
    grand_sum = sum(sum(row) for row in rows)
    correction = Fraction(grand_sum * grand_sum, n * k)
    total_ss = sum(v * v for row in rows for v in row) - correction
    between_targets_ss = Fraction(sum(sum(row) ** 2 for row in rows), k) - correction
    between_raters_ss = (
        Fraction(sum(sum(column) ** 2 for column in zip(*rows, strict=True)), n) - correction
    )
    within_ss = total_ss - between_targets_ss
    error_ss = within_ss - between_raters_ss
    bms = between_targets_ss / (n - 1)  # between-targets mean square
    wms = within_ss / (n * (k - 1))  # within-target mean square (one-way model)
    jms = between_raters_ss / (k - 1)  # between-raters mean square
    ems = error_ss / ((n - 1) * (k - 1))  # residual mean square (two-way model)
    result["ICC1"] = _ratio(bms - wms, bms + (k - 1) * wms)
    result["ICC2"] = _ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n)
    result["ICC3"] = _ratio(bms - ems, bms + (k - 1) * ems)
    result["ICC1k"] = _ratio(bms - wms, bms)
    result["ICC2k"] = _ratio(bms - ems, bms + (jms - ems) / n)
    result["ICC3k"] = _ratio(bms - ems, bms)
    return result


def krippendorff_alpha(
    reliability_data: Sequence[Sequence[Hashable | None]], level: str = "interval"
) -> Fraction | None:
    """Krippendorff's alpha of a raters × units table (``None`` for a missing value).

    ``level`` is ``nominal`` (any hashable values), ``ordinal`` (values that can be sorted),
    ``interval`` or ``ratio`` (numbers). Returns an exact Fraction, or ``None`` when no unit has
    two values or the values do not vary (alpha is undefined then).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")
    width = max((len(row) for row in reliability_data), default=0)
    units = [
        [row[u] for row in reliability_data if u < len(row) and row[u] is not None]
        for u in range(width)
    ]
    return alpha_of_units(units, level)


def alpha_of_units(units: Sequence[Sequence[Hashable]], level: str = "interval") -> Fraction | None:
    """:func:`krippendorff_alpha` from the values of each unit (any order within a unit,
    no missing values): for callers that hold the data by unit, as the merge does, and need
    not build a raters × units table first."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")
    if level == "interval":
        pairable = [list(values) for values in units if len(values) >= 2]
        return alpha_interval_of_integers(_scaled(pairable))
    units = [
        [_exact(v) for v in values] if level == "ratio" else list(values)
        for values in units
        if len(values) >= 2
    ]
    n = sum(len(values) for values in units)
    if n < 2:
        return None
    counts: Counter = Counter(v for values in units for v in values)
    distance = _distance(level, counts)
    observed = Fraction(0)
    for values in units:
        pairs = Counter(values)
        inside = sum(
            (a * b * distance(c, k) for c, a in pairs.items() for k, b in pairs.items() if c != k),
            0,
        )
        observed += Fraction(inside) / (len(values) - 1)
    expected = sum(
        (a * b * distance(c, k) for c, a in counts.items() for k, b in counts.items() if c != k), 0
    )
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / Fraction(expected)


def alpha_interval_of_integers(units: Sequence[Sequence[int]]) -> Fraction | None:
    """Interval alpha of units already in integers (see :func:`icc_of_integers`)."""
    pairable = [values for values in units if len(values) >= 2]
    n = sum(len(values) for values in pairable)
    return _alpha_interval(pairable, n) if n >= 2 else None


def _alpha_interval(units: Sequence[Sequence[int]], n: int) -> Fraction | None:
    """Interval alpha in linear time: Σ pairs (a − b)² = 2·m·Σx² − 2·(Σx)²; integer ratings
    (see :func:`_scaled`), summed per unit size so only one division per size is exact."""
    by_size: dict[int, int] = {}
    total = squares = 0
    for values in units:
        s = sum(values)
        q = sum(v * v for v in values)
        m = len(values)
        by_size[m] = by_size.get(m, 0) + 2 * m * q - 2 * s * s
        total += s
        squares += q
    observed = sum((Fraction(inside, m - 1) for m, inside in by_size.items()), Fraction(0))
    expected = 2 * n * squares - 2 * total * total
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def _distance(level: str, counts: Counter) -> Callable[[Any, Any], Fraction | int]:
    """The squared difference function δ² of a level of measurement (Krippendorff 2011, §E)."""
    if level == "nominal":
        return lambda c, k: 0 if c == k else 1
    if level == "ratio":

        def ratio(c: Fraction, k: Fraction) -> Fraction:
            return Fraction(0) if c + k == 0 else ((c - k) / (c + k)) ** 2

        return ratio
    ordered = sorted(counts)
    position = {value: i for i, value in enumerate(ordered)}
    cumulative = [0]
    for value in ordered:
        cumulative.append(cumulative[-1] + counts[value])

    def ordinal(c: Hashable, k: Hashable) -> Fraction:
        low, high = sorted((position[c], position[k]))
        between = cumulative[high + 1] - cumulative[low]  # n_g for g from c to k
        return (between - Fraction(counts[c] + counts[k], 2)) ** 2

    return ordinal
