"""The merge's arithmetic written the plain way, as a textbook would: exact Fractions, one
formula per line, no integer tricks, no caches. The fast code in ``app/merge`` (integers over
common denominators, ordinal ranking keys, line-ups) must give exactly these values.

The rounding steps the definitions contain are those of the z-score method: a root is taken
to 40 significant digits and a score rounded to 30 decimals, both half even
(``docs/formats.md`` §8), here as there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction

from app.domain.numbers import round_half_up
from app.domain.rubric import Rubric

Totals = dict[str, dict[str, Fraction]]  # submission → juror → complete weighted total
Place = tuple[int, bool, str | None]  # rank, tie, decided by


# --- one evaluation ---------------------------------------------------------------------------


def weighted_total(rubric: Rubric, scores: Mapping[str, Decimal]) -> Fraction:
    """Σ weight · (score − min) / (max − min), on 0–100."""
    total = Fraction(0)
    for criterion in rubric:
        low, high = Fraction(criterion.scale.minimum), Fraction(criterion.scale.maximum)
        total += (
            Fraction(criterion.weight) * (Fraction(scores[criterion.code]) - low) / (high - low)
        )
    return total


# --- combining totals -------------------------------------------------------------------------


def mean(values: Sequence[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def median(values: Sequence[Fraction]) -> Fraction:
    ordered = sorted(values)
    n = len(ordered)
    if n % 2 == 1:
        return ordered[n // 2]
    return (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def trimmed_mean(values: Sequence[Fraction], trim: int) -> Fraction:
    """Drop ``trim`` values at each end when more than ``2·trim`` remain, then the mean."""
    ordered = sorted(values)
    if len(ordered) > 2 * trim:
        ordered = ordered[trim : len(ordered) - trim]
    return mean(ordered)


def root(value: Fraction) -> Fraction:
    """√value to 40 significant digits, half even."""
    with localcontext() as context:
        context.prec = 40
        context.rounding = ROUND_HALF_EVEN
        return Fraction((Decimal(value.numerator) / Decimal(value.denominator)).sqrt())


def sample_sd(values: Sequence[Fraction]) -> Fraction:
    """The sample standard deviation; 0 for fewer than two values or none that differ."""
    if len(values) < 2:
        return Fraction(0)
    centre = mean(values)
    variance = sum(((v - centre) ** 2 for v in values), Fraction(0)) / (len(values) - 1)
    return root(variance)


def zscore_scores(totals: Totals) -> dict[str, Fraction]:
    """Each juror's totals standardised by that juror's mean and sample standard deviation
    (z = 0 for a juror whose totals do not vary, or who has one); a submission's mean z put
    back on 0–100 with the mean and standard deviation of every complete total."""
    by_juror: dict[str, list[Fraction]] = {}
    for row in totals.values():
        for juror, total in row.items():
            by_juror.setdefault(juror, []).append(total)
    everything = [t for values in by_juror.values() for t in values]
    centre, spread = mean(everything), sample_sd(everything)
    scores = {}
    for code, row in totals.items():
        zs = []
        for juror, total in row.items():
            sd = sample_sd(by_juror[juror])
            zs.append(Fraction(0) if sd == 0 else (total - mean(by_juror[juror])) / sd)
        scores[code] = round(centre + spread * mean(zs), 30)  # half even
    return scores


def method_scores(totals: Totals, method: str, trim: int) -> dict[str, Fraction]:
    """Submission → score, for the submissions with at least one complete total."""
    present = {code: row for code, row in totals.items() if row}
    if not present:
        return {}
    if method == "zscore":
        return zscore_scores(present)
    combine = {
        "mean": mean,
        "median": median,
        "trimmed": lambda values: trimmed_mean(values, trim),
    }[method]
    return {code: combine(list(row.values())) for code, row in present.items()}


# --- ranking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One submission as the ranking should show it."""

    place: Place | None  # rank, tie, the tie-break that decided
    group_place: Place | None
    cluster_place: Place | None
    passes: bool | None
    score: Fraction | None
    mean: Fraction | None
    decimals: int
    mean_decimals: int


@dataclass(frozen=True)
class Line:
    """What ranks a submission: its score, then each tie-break's value, higher first."""

    code: str
    key: tuple[Fraction, ...]


def competition_places(lines: list[Line], tie_break: Sequence[str]) -> dict[str, Place]:
    """1, 2, 2, 4 …: a line's rank is one more than the number of lines above it; equal keys
    tie; a line below one with the same score but a better tie-break value names the first
    tie-break in which they differ."""
    places = {}
    for line in lines:
        above = [other for other in lines if other.key > line.key]
        tie = any(other.key == line.key and other.code != line.code for other in lines)
        decided_by = None
        nearest = min(above, key=lambda other: other.key, default=None)  # just above
        if nearest is not None and nearest.key[0] == line.key[0]:
            first = next(i for i in range(1, len(line.key)) if nearest.key[i] != line.key[i])
            decided_by = tie_break[first - 1]
        places[line.code] = (len(above) + 1, tie, decided_by)
    return places


def look_alike_decimals(values: list[Fraction]) -> list[int]:
    """For values highest first: 2 decimals, or for neighbours that show the same at 2 but
    differ, the fewest decimals at which every such pair shows differently."""
    shown = [2] * len(values)
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and round_half_up(values[j + 1]) == round_half_up(values[i]):
            j += 1
        run = values[i : j + 1]
        pairs = [(run[k], run[k + 1]) for k in range(len(run) - 1) if run[k] != run[k + 1]]
        if pairs:
            places = 3
            while not all(round_half_up(a, places) != round_half_up(b, places) for a, b in pairs):
                places += 1
            shown[i : j + 1] = [places] * len(run)
        i = j + 1
    return shown


def below_grade_decimals(value: Fraction, grade: Decimal) -> int:
    places = 2
    while value < grade <= round_half_up(value, places):
        places += 1
    return places


def ranking(
    codes: Sequence[str],
    scores: dict[str, Fraction],
    totals: Totals,
    criterion_means: dict[str, dict[str, Fraction]],
    tie_break: Sequence[str],
    minimum: int,
    grade: Decimal | None,
    groups: dict[str, str],
    clusters: dict[str, str],
) -> dict[str, Entry]:
    """Every submission's entry: those with at least ``minimum`` complete totals ranked by
    score, then the tie-breaks (a criterion's mean score, or the number of evaluations);
    passing on the mean of the totals."""
    ranked = [code for code in codes if len(totals[code]) >= minimum]

    def line(code: str) -> Line:
        values = [
            Fraction(len(totals[code])) if item == "evaluations" else criterion_means[code][item]
            for item in tie_break
        ]
        return Line(code, (scores[code], *values))

    lines = [line(code) for code in ranked]
    overall = competition_places(lines, tie_break)
    in_group: dict[str, Place] = {}
    in_cluster: dict[str, Place] = {}
    for part, found in ((groups, in_group), (clusters, in_cluster)):
        for name in {part[code] for code in ranked if part[code]}:
            found.update(competition_places([x for x in lines if part[x.code] == name], tie_break))
    order = sorted(ranked, key=lambda code: (overall[code][0], codes.index(code)))
    decimals = dict(zip(order, look_alike_decimals([scores[c] for c in order]), strict=True))
    entries = {}
    for code in codes:
        if code not in overall:
            entries[code] = Entry(
                None, None, None, None if grade is None else False, None, None, 2, 2
            )
            continue
        average = mean(list(totals[code].values()))
        passes = None if grade is None else average >= grade
        mean_decimals = 2 if passes is not False else below_grade_decimals(average, grade)
        shown = decimals[code]
        if scores[code] == average:  # the score is what the grade applies to: same rule
            shown = max(shown, mean_decimals)
        entries[code] = Entry(
            overall[code],
            in_group.get(code),
            in_cluster.get(code),
            passes,
            scores[code],
            average,
            shown,
            mean_decimals,
        )
    return entries


# --- reliability ------------------------------------------------------------------------------


def icc(rows: list[list[Fraction]]) -> dict[str, Fraction | None]:
    """Shrout & Fleiss (1979): n targets × k raters, from the mean squares."""
    n, k = len(rows), len(rows[0])
    everything = [v for row in rows for v in row]
    grand = mean(everything)
    row_means = [mean(row) for row in rows]
    column_means = [mean([row[j] for row in rows]) for j in range(k)]
    bms = k * sum(((m - grand) ** 2 for m in row_means), Fraction(0)) / (n - 1)
    wms = sum(((v - row_means[i]) ** 2 for i, row in enumerate(rows) for v in row), Fraction(0)) / (
        n * (k - 1)
    )
    jms = n * sum(((m - grand) ** 2 for m in column_means), Fraction(0)) / (k - 1)
    total_ss = sum(((v - grand) ** 2 for v in everything), Fraction(0))
    ems = (total_ss - (n - 1) * bms - (k - 1) * jms) / ((n - 1) * (k - 1))

    def ratio(top: Fraction, bottom: Fraction) -> Fraction | None:
        return None if bottom == 0 else top / bottom

    return {
        "ICC1": ratio(bms - wms, bms + (k - 1) * wms),
        "ICC2": ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        "ICC3": ratio(bms - ems, bms + (k - 1) * ems),
        "ICC1k": ratio(bms - wms, bms),
        "ICC2k": ratio(bms - ems, bms + (jms - ems) / n),
        "ICC3k": ratio(bms - ems, bms),
    }


def alpha_interval(units: list[list[Fraction]]) -> Fraction | None:
    """Krippendorff's alpha, interval level, from its definition: 1 − D_o / D_e, where D_o
    averages the squared differences of the values paired within a unit (each pair weighted
    1/(m − 1)) and D_e those of all pairable values paired with each other."""
    pairable = [unit for unit in units if len(unit) >= 2]
    values = [v for unit in pairable for v in unit]
    n = len(values)
    if n < 2:
        return None
    observed = (
        sum(
            (
                Fraction(
                    sum(
                        (a - b) ** 2
                        for i, a in enumerate(unit)
                        for j, b in enumerate(unit)
                        if i != j
                    ),
                    len(unit) - 1,
                )
                for unit in pairable
            ),
            Fraction(0),
        )
        / n
    )
    expected = Fraction(
        sum((a - b) ** 2 for i, a in enumerate(values) for j, b in enumerate(values) if i != j),
        n * (n - 1),
    )
    return None if expected == 0 else 1 - observed / expected
