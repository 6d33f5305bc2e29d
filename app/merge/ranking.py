"""Ranking overall, per group and per cluster, with the chair's tie-break order.

Submissions are ordered by score, highest first. Equal scores are separated by the tie-break
keys in order: a criterion code (its mean score over the complete evaluations, higher first),
``weights`` (every weighted criterion, heaviest first; equal weights in rubric order) and
``evaluations`` (more complete evaluations first). When nothing separates two submissions they
share a rank (1, 2, 2, 4 …) and are marked as a tie; within a tie they are listed in package
order.

A submission with fewer complete evaluations than the round's minimum takes no place and does
not pass: one juror's verdict is not the panel's. The passing grade applies to the mean of
the complete weighted totals whatever method ranks (a z-score is on another scale), so under
another method the submissions that pass need not be the first ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from math import lcm
from operator import itemgetter
from typing import NamedTuple

from app.domain.competition import Manifest
from app.domain.rubric import Rubric
from app.errors import InputError
from app.i18n import translate
from app.merge.shown import SHOWN_DECIMALS, below_grade_decimals, separating_decimals
from app.merge.table import EvaluationTable

WEIGHTS = "weights"
EVALUATIONS = "evaluations"
DEFAULT_TIE_BREAK = (WEIGHTS, EVALUATIONS)
PASSING_QUANTITY = "mean"  # the passing grade applies to the mean of the complete totals
TOO_FEW_EVALUATIONS = "too_few_evaluations"  # why a submission is not ranked


def resolve_tie_break(items: Sequence[str], rubric: Rubric) -> tuple[str, ...]:
    """Expand ``weights`` into criterion codes; refuse anything unknown. No repeats."""
    resolved: list[str] = []
    for item in items:
        if item == WEIGHTS:
            heaviest = sorted((c for c in rubric if c.weight > 0), key=lambda c: -c.weight)
            resolved.extend(c.code for c in heaviest)
        elif item == EVALUATIONS or rubric.get(item) is not None:
            resolved.append(item)
        else:
            raise InputError(
                translate(
                    "Merge",
                    "Unknown tie-break '{item}': give criterion codes ({codes}), "
                    "'weights' or 'evaluations'.",
                ).format(item=item, codes=", ".join(rubric.codes)),
                code="bad_tie_break",
            )
    return tuple(dict.fromkeys(resolved))


class Place(NamedTuple):
    """A submission's place in one ranking (a tuple: a merge makes 15,000 of them)."""

    rank: int
    tie: bool
    decided_by: str | None  # the tie-break that placed it below an equal score, if any


class Standing(NamedTuple):
    """One submission in the ranking (a tuple: a merge makes 5,000 of them). A submission
    not ranked (too few complete evaluations) has no score, mean or places, and does not
    pass (``passes`` is ``None`` only without a passing grade)."""

    code: str
    score: Fraction | None
    complete: int
    expected: int
    place: Place | None
    group_place: Place | None
    cluster_place: Place | None
    passes: bool | None
    mean: Fraction | None = None  # of the complete totals: what the passing grade applies to
    decimals: int = SHOWN_DECIMALS  # the score's, more where neighbours look equal
    mean_decimals: int = SHOWN_DECIMALS  # the mean's, more where it would show the grade

    @property
    def ranked(self) -> bool:
        return self.place is not None

    @property
    def verdict(self) -> bool | None:
        """Whether it passes, as a table shows it: ``None`` (shown "–") also for a submission
        not ranked, which does not pass but was never measured against the grade ("no"
        would say its mean fell below it)."""
        return self.passes if self.ranked else None


def short_of_jurors(standing: Standing, minimum: int) -> bool:
    """Whether the jurors left to a submission (after a recusal) cannot give the minimum of
    complete evaluations: only another juror can rank it."""
    return standing.expected < minimum


def not_ranked_text(standing: Standing, minimum: int) -> str:
    """Why a submission takes no place, as every output says it."""
    complete, expected = standing.complete, standing.expected  # plain names, for lupdate
    if short_of_jurors(standing, minimum):
        return translate(
            "Ranking",
            "not ranked: {complete} of {expected} evaluations "
            "({minimum} needed: assign another juror)",
        ).format(complete=complete, expected=expected, minimum=minimum)
    return translate(
        "Ranking", "not ranked: {complete} of {expected} evaluations ({minimum} needed)"
    ).format(complete=complete, expected=expected, minimum=minimum)


def place_words(place: Place, decimals: int) -> str:
    """What a place rests on, in words: neighbours equal at two decimals (the score is shown
    with ``decimals``), a tie, the tie-break that decided."""
    notes = []
    if decimals > SHOWN_DECIMALS:
        notes.append(translate("Merge", "equal to the neighbour's score at two decimals"))
    if place.tie:
        notes.append(translate("Merge", "tie: nothing separates the scores"))
    if place.decided_by:
        notes.append(translate("Merge", "placed by {key}").format(key=place.decided_by))
    return "; ".join(notes)


def passing_rule_text() -> str:
    """What the passing grade is compared with, whatever method ranks."""
    return translate("Ranking", "to the mean of the jurors' weighted totals, whatever method ranks")


def ordinals(values: Iterable[Fraction]) -> dict[tuple[int, int], int]:
    """Each distinct value's ``(numerator, denominator)`` → its position among them, lowest
    0: integers with the values' order and equality, so ranking keys compare as small
    integers (z-scores have 100-digit denominators, and one common denominator of 5,000 of
    them would be enormous). Keyed by the reduced pair, which hashes far faster than a
    Fraction."""
    distinct = {value.as_integer_ratio(): value for value in values}
    ordered = sorted(distinct, key=distinct.__getitem__)
    return {pair: index for index, pair in enumerate(ordered)}


def _keys(
    table: EvaluationTable, scores: Mapping[str, Fraction], tie_break: tuple[str, ...]
) -> dict[str, tuple[int, ...]]:
    """Each scored submission's ranking key as integers: its score's ordinal, then each
    tie-break with the order of the exact means.

    A criterion's mean over ``n`` complete evaluations is ``Σ score·Q / (Q·n)`` (see
    :mod:`app.domain.score_grid`); with ``M`` the least common multiple of every ``n``,
    ``Σ score·Q · (M / n)`` orders and equals the submissions as the means do. The
    ``evaluations`` key is ``n`` itself."""
    codes = list(scores)
    ordinal = ordinals(scores.values())
    complete = table.complete_by_submission()
    rubric_codes = table.manifest.rubric.codes
    pick = _picker(
        [
            len(rubric_codes) if item == EVALUATIONS else rubric_codes.index(item)
            for item in tie_break
        ]
    )
    common = lcm(*{len(complete[code]) for code in codes})
    keys: dict[str, tuple[int, ...]] = {}
    for code in codes:
        rows = [cell.row for cell in complete[code].values()]
        # every complete row has one score per criterion; zip's strict check would cost a
        # third of this step
        sums = list(map(sum, zip(*rows)))  # noqa: B905
        n = len(rows)
        if n != common:
            sums = [value * (common // n) for value in sums]
        sums.append(n)
        keys[code] = (ordinal[scores[code].as_integer_ratio()], *pick(sums))
    return keys


def _picker(positions: list[int]) -> Callable[[list[int]], tuple[int, ...]]:
    """The values at ``positions`` as a tuple (what ``itemgetter`` does for two or more)."""
    if len(positions) == 1:
        only = positions[0]
        return lambda values: (values[only],)
    return itemgetter(*positions) if positions else lambda _values: ()


def _ordered(codes: Sequence[str], keys: dict[str, tuple[int, ...]]) -> list[str]:
    """The ranked ``codes``, highest key first; equal keys keep the order of ``codes`` (a
    reversed sort is still stable)."""
    return sorted((c for c in codes if c in keys), key=keys.__getitem__, reverse=True)


def _places_in_order(
    ordered: list[str], keys: dict[str, tuple[int, ...]], tie_break: tuple[str, ...]
) -> dict[str, Place]:
    """Competition ranking of ``ordered`` (highest key first): equal keys share the first
    one's place and are ties; a key equal in score to the one above but lower in a tie-break
    names the tie-break that decided it (so does every key tied with it: one place)."""
    found: dict[str, Place] = {}
    above: tuple[int, ...] = ()
    first = ""  # the first code of the current run of equal keys
    shared: Place | None = None  # the place of the run's later codes, once there are some
    for position, code in enumerate(ordered, start=1):
        key = keys[code]
        if key == above:
            if shared is None:  # the run's second code: the first one is tied too
                shared = found[first] = found[first]._replace(tie=True)
            found[code] = shared
            continue
        decided_by = None
        if above and above[0] == key[0]:  # same score: the first differing tie-break decided
            index = 1
            while above[index] == key[index]:
                index += 1
            decided_by = tie_break[index - 1]
        found[code] = Place(position, False, decided_by)
        above, first, shared = key, code, None
    return found


def rank(
    table: EvaluationTable,
    scores: Mapping[str, Fraction | None],
    tie_break: tuple[str, ...],
    passing_grade: Decimal | None,
    *,
    minimum: int,
    means: Mapping[str, Fraction | None],
) -> list[Standing]:
    """Every submission with its places, ranked ones first (by rank, then package order):
    those with at least ``minimum`` complete evaluations. ``means`` are the mean totals the
    passing grade applies to (``scores`` itself under the mean method)."""
    manifest = table.manifest
    codes = [s.code for s in manifest.submissions]
    complete = table.complete_by_submission()
    ranked = {
        code: score
        for code in codes
        if len(complete[code]) >= minimum and (score := scores.get(code)) is not None
    }
    keys = _keys(table, ranked, tie_break)
    ordered, overall, by_group, by_cluster = places(manifest, keys, tie_break)
    decimals = separating_decimals([ranked[code] for code in ordered])
    # the grade as g_p / g_q, compared in integers (a Fraction comparison checks its operand's
    # type against the numbers ABCs: a tenth of the ranking's time)
    g_p, g_q = (None, 1) if passing_grade is None else passing_grade.as_integer_ratio()
    expected = table.expected
    standings = []
    # the ranked ones in rank order (equal ranks are equal keys, kept in package order), then
    # the unranked ones in package order
    for code, shown in zip(ordered, decimals, strict=True):
        score, mean = ranked[code], means[code]
        assert mean is not None  # a submission with a score has complete totals to average
        m_p, m_q = mean.as_integer_ratio()
        passes = None if g_p is None else m_p * g_q >= g_p * m_q
        mean_shown = (
            below_grade_decimals(mean, passing_grade)
            if passes is False and passing_grade is not None
            else SHOWN_DECIMALS
        )
        if score is mean or score.as_integer_ratio() == (m_p, m_q):  # the score is the
            shown = max(shown, mean_shown)  # figure compared with the grade
        standings.append(
            Standing(
                code,
                score,
                len(complete[code]),
                expected(code),
                overall[code],
                by_group.get(code),
                by_cluster.get(code),
                passes,
                mean,
                shown,
                mean_shown,
            )
        )
    fails = None if g_p is None else False
    return standings + [
        Standing(code, None, len(complete[code]), expected(code), None, None, None, fails)
        for code in codes
        if code not in keys
    ]


class Places(NamedTuple):
    """The ranked codes in order, and each one's place overall, in its group and cluster."""

    ordered: list[str]
    overall: dict[str, Place]
    by_group: dict[str, Place]
    by_cluster: dict[str, Place]


def places(
    manifest: Manifest, keys: dict[str, tuple[int, ...]], tie_break: Sequence[str]
) -> Places:
    """Competition ranking of the submissions that have a key (highest first; equal keys in
    package order), overall and within each group and cluster. ``tie_break`` names what each
    position of a key after the first is, for ``decided_by``. Shared by a round's ranking and
    the final line-up across rounds."""
    # one sort: a group's or cluster's order is the overall order restricted to its members
    # (the sort is stable and every subset lists its codes in package order)
    ordered = _ordered([s.code for s in manifest.submissions], keys)
    names = tuple(tie_break)
    return Places(
        ordered,
        _places_in_order(ordered, keys, names),
        _places_by(
            ordered, {s.code: s.group for s in manifest.submissions}, manifest.groups, keys, names
        ),
        _places_by(
            ordered,
            {s.code: s.cluster for s in manifest.submissions},
            manifest.clusters,
            keys,
            names,
        ),
    )


def _places_by(
    ordered: list[str],
    part_of: dict[str, str],
    parts: Sequence[str],
    keys: dict[str, tuple[int, ...]],
    tie_break: tuple[str, ...],
) -> dict[str, Place]:
    """Places within each named part (group or cluster) of the overall order."""
    members: dict[str, list[str]] = {name: [] for name in parts}
    for code in ordered:
        found = members.get(part_of[code])
        if found is not None:
            found.append(code)
    places: dict[str, Place] = {}
    for codes in members.values():
        places.update(_places_in_order(codes, keys, tie_break))
    return places
