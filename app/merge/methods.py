"""From each submission's complete totals to one score, by the chair's chosen method.

- **mean** (the default): the mean of the jurors' weighted totals, exactly.
- **median**: the middle total, or the mean of the two middle ones, exactly.
- **trimmed**: drop the ``trim`` highest and ``trim`` lowest totals (default one each: "drop the
  best and the worst"), then the mean, exactly; with ``2·trim`` or fewer totals nothing is
  dropped and it is the plain mean.
- **zscore**: each juror's totals are standardised against that juror's own mean and (sample)
  standard deviation over every submission they completed, so lenient and strict jurors count
  alike; a submission's mean z is then put back on the 0–100 scale with the mean and standard
  deviation of all complete totals. A juror with fewer than two complete evaluations, or whose
  totals do not vary, gives z = 0 (the juror's verdicts carry no ranking information).
  Square roots are taken to :data:`ROOT_DIGITS` significant digits with Python's ``decimal``
  module (round half even), which gives the same digits on every platform; everything else is
  exact, and each score is then rounded (half even) to :data:`ZSCORE_DECIMALS` decimals. The
  roots' rounding moves a score by far less (about 10⁻³⁷), so scores equal in exact arithmetic
  (two jurors' z-scores that coincide) stay equal, and tie as they should, instead of being
  ranked apart by a rounding in the 39th digit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from enum import StrEnum
from fractions import Fraction
from math import gcd, lcm, prod
from typing import NamedTuple

from app.i18n import translate
from app.merge.table import EvaluationTable

ROOT_DIGITS = 40
ZSCORE_DECIMALS = 30


class Method(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED = "trimmed"
    ZSCORE = "zscore"

    def label(self) -> str:
        return {
            Method.MEAN: translate("Method", "mean of the weighted totals"),
            Method.MEDIAN: translate("Method", "median of the weighted totals"),
            Method.TRIMMED: translate("Method", "trimmed mean of the weighted totals"),
            Method.ZSCORE: translate("Method", "mean of per-juror z-scores, on the 0–100 scale"),
        }[self]


def mean(values: Iterable[Fraction | Decimal | int]) -> Fraction:
    """The exact mean of Fractions, Decimals or integers (an error when there are none).

    Summed as integers over one common denominator and normalised once: a ranking takes
    hundreds of thousands of means, and a Fraction addition costs a gcd each."""
    ratios = [value.as_integer_ratio() for value in values]
    common = 1
    for _p, q in ratios:
        if q != 1:
            common = lcm(common, q)
    if common == 1:  # whole numbers: most scores
        return Fraction(sum(p for p, _q in ratios), len(ratios))
    return Fraction(sum(p * (common // q) for p, q in ratios), common * len(ratios))


def median(values: list[Fraction]) -> Fraction:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def trimmed_mean(values: list[Fraction], trim: int) -> Fraction:
    ordered = sorted(values)
    if trim > 0 and len(ordered) > 2 * trim:
        ordered = ordered[trim:-trim]
    return mean(ordered)


def sqrt(value: Fraction) -> Fraction:
    """√value to :data:`ROOT_DIGITS` significant digits, as an exact Fraction of that decimal."""
    with localcontext() as context:
        context.prec = ROOT_DIGITS
        context.rounding = ROUND_HALF_EVEN
        return Fraction((Decimal(value.numerator) / Decimal(value.denominator)).sqrt())


def sample_sd(values: list[Fraction]) -> Fraction | None:
    if len(values) < 2:
        return None
    # Σ(v − mean)²/(n − 1) = (n·Σv² − (Σv)²) / (n·(n − 1)), in integers over one denominator
    ratios = [value.as_integer_ratio() for value in values]
    common = lcm(*(q for _p, q in ratios))
    return _scaled_sd([p * (common // q) for p, q in ratios], common)


def _scaled_sd(scaled: Sequence[int], common: int) -> Fraction | None:
    """:func:`sample_sd` of the values ``scaled[i] / common``."""
    n = len(scaled)
    if n < 2:
        return None
    total = sum(scaled)
    variance = Fraction(
        n * sum(v * v for v in scaled) - total * total, n * (n - 1) * common * common
    )
    return sqrt(variance) if variance else None


def scaled_totals(table: EvaluationTable) -> tuple[int, Mapping[str, Mapping[str, int]]]:
    """One common denominator ``L`` of every complete total, and submission → juror →
    total × ``L`` (package and roster order): the methods below then add integers. ``L`` is
    the rubric grid's total denominator, and the integers are the table's own."""
    return table.grid.total_denominator, table.points_by_submission()


def _juror_factors(table: EvaluationTable) -> dict[str, tuple[int, int, int, int]]:
    """Juror → ``(n, S, p, q)`` such that the juror's z-score of a total ``a / L`` is
    ``(n·a − S) · p / q``: with the juror's mean ``S / (n·L)`` and standard deviation ``r``,
    z = (n·a − S) / (n·L·r), and ``p / q`` is ``1 / (n·L·r)`` reduced once per juror. A juror
    with fewer than two totals, or totals that do not vary, gets ``p = 0``: z = 0."""
    common = table.grid.total_denominator
    factors: dict[str, tuple[int, int, int, int]] = {}
    for juror, values in table.points_by_juror().items():
        n, s = len(values), sum(values)
        sd = _scaled_sd(values, common)
        if sd is None:
            factors[juror] = (n, s, 0, 1)
            continue
        factor = Fraction(sd.denominator, n * common * sd.numerator)
        factors[juror] = (n, s, factor.numerator, factor.denominator)
    return factors


def _zscore_method(table: EvaluationTable) -> dict[str, Fraction | None]:
    """Mean z per submission, back on the 0–100 scale; each mean z summed in integers and
    reduced once (the standard deviations make 40-digit denominators, and a Fraction
    operation on them costs a gcd each)."""
    common, totals = scaled_totals(table)
    factors = _juror_factors(table)
    everything = [t for values in table.points_by_juror().values() for t in values]
    centre = Fraction(sum(everything), common * len(everything)) if everything else Fraction(0)
    spread = _scaled_sd(everything, common) or Fraction(0)
    # centre + spread · (Σz / k) as one fraction, reduced once per submission; the line-up of
    # jurors of a submission fixes every denominator, so each line-up's are made once (a
    # panel's jurors share dozens of submissions)
    c_p, c_q = centre.as_integer_ratio()
    s_p, s_q = spread.as_integer_ratio()
    line_ups: dict[tuple[str, ...], _LineUp] = {}
    result: dict[str, Fraction | None] = {}
    for code, row in totals.items():
        if not row:
            result[code] = None
            continue
        jurors = tuple(row)
        line_up = line_ups.get(jurors)
        if line_up is None:
            line_up = line_ups[jurors] = _line_up(
                [factors[j] for j in jurors], (c_p, c_q), (s_p, s_q)
            )
        numerator = 0
        # one term per juror of the line-up, made from this very row's jurors (no strict
        # check: it would cost more than the multiplications)
        for (n, s, multiplier), value in zip(line_up.terms, row.values()):  # noqa: B905
            numerator += (n * value - s) * multiplier
        result[code] = round(
            Fraction(line_up.base + line_up.scale * numerator, line_up.denominator), ZSCORE_DECIMALS
        )
    return result


class _LineUp(NamedTuple):
    """A line-up's z-score sum as one fraction: score = (base + scale·Σ (n·a − S)·m) /
    denominator, with one ``(n, S, m)`` per juror."""

    terms: list[tuple[int, int, int]]
    base: int
    scale: int
    denominator: int


def _line_up(
    factors: list[tuple[int, int, int, int]], centre: tuple[int, int], spread: tuple[int, int]
) -> _LineUp:
    """centre + spread · (Σ (n·a − S)·p/q) / k over the line-up's jurors, with every ``p/q``
    over their product of denominators ``Q``: m = p·Q/q.

    The factors every submission of the line-up shares are divided out once: the multipliers'
    common factor ``g`` (the roots are 40-digit decimals, so each ``p`` carries a large power
    of ten) moves into ``scale``, and then whatever base, scale and denominator share. Each
    submission's Fraction then reduces numbers a third shorter; the value is the same."""
    common = prod(q for _n, _s, _p, q in factors)
    k = len(factors)
    (c_p, c_q), (s_p, s_q) = centre, spread
    multipliers = [p * (common // q) for _n, _s, p, q in factors]
    shared = gcd(*multipliers) or 1  # 0 when no juror's totals vary: every z is 0
    base, scale = c_p * s_q * common * k, c_q * s_p * shared
    denominator = c_q * s_q * common * k
    reduce = gcd(base, scale, denominator)
    return _LineUp(
        [(n, s, m // shared) for (n, s, _p, _q), m in zip(factors, multipliers, strict=True)],
        base // reduce,
        scale // reduce,
        denominator // reduce,
    )


def submission_scores(
    table: EvaluationTable, method: Method, trim: int = 1
) -> dict[str, Fraction | None]:
    """Submission code → its score (``None`` without any complete evaluation), package order."""
    if method is Method.ZSCORE:
        return _zscore_method(table)
    if method is Method.MEAN:  # the default: integers over one denominator
        common, totals = scaled_totals(table)
        return {
            code: Fraction(sum(row.values()), common * len(row)) if row else None
            for code, row in totals.items()
        }
    codes = [s.code for s in table.manifest.submissions]
    listed = {code: list(table.totals(code).values()) for code in codes}
    combine = {Method.MEDIAN: median, Method.TRIMMED: lambda values: trimmed_mean(values, trim)}[
        method
    ]
    return {code: combine(values) if values else None for code, values in listed.items()}
