"""Ranking overall, per group and per cluster, with the chair's tie-break order.

Submissions are ordered by score, highest first. Equal scores are separated by the tie-break
keys in order: a criterion code (its mean score over the complete evaluations, higher first),
``weights`` (every weighted criterion, heaviest first; equal weights in rubric order) and
``evaluations`` (more complete evaluations first). When nothing separates two submissions they
share a rank (1, 2, 2, 4 …) and are marked as a tie; within a tie they are listed in package
order. Submissions without a complete evaluation are not ranked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import NamedTuple

from app.domain.rubric import Rubric
from app.errors import InputError
from app.i18n import translate
from app.merge.table import EvaluationTable

WEIGHTS = "weights"
EVALUATIONS = "evaluations"
DEFAULT_TIE_BREAK = (WEIGHTS, EVALUATIONS)


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
            raise InputError(translate(
                "Merge", "Unknown tie-break '{item}': give criterion codes ({codes}), "
                "'weights' or 'evaluations'.").format(item=item, codes=", ".join(rubric.codes)),
                code="bad_tie_break")
    return tuple(dict.fromkeys(resolved))


class Place(NamedTuple):
    """A submission's place in one ranking (a tuple: a merge makes 15,000 of them)."""

    rank: int
    tie: bool
    decided_by: str | None  # the tie-break that placed it below an equal score, if any


class Standing(NamedTuple):
    """One submission in the ranking (a tuple: a merge makes 5,000 of them)."""

    code: str
    score: Fraction | None
    complete: int
    expected: int
    place: Place | None
    group_place: Place | None
    cluster_place: Place | None
    passes: bool | None


def _ordinals(values: Iterable[Fraction]) -> dict[tuple[int, int], int]:
    """Each distinct value's ``(numerator, denominator)`` → its position among them, lowest
    0: integers with the values' order and equality, so ranking keys compare as small
    integers (z-scores have 100-digit denominators, and one common denominator of 5,000 of
    them would be enormous). Keyed by the reduced pair, which hashes far faster than a
    Fraction."""
    distinct = {value.as_integer_ratio(): value for value in values}
    ordered = sorted(distinct, key=distinct.__getitem__)
    return {pair: index for index, pair in enumerate(ordered)}


def _tie_break_keys(table: EvaluationTable, codes: Iterable[str], tie_break: tuple[str, ...]
                    ) -> dict[str, tuple[int, ...]]:
    """Each submission's tie-break keys as integers with the order of the exact means.

    A criterion's mean over ``n`` complete evaluations is ``Σ score·Q / (Q·n)`` (see
    :mod:`app.domain.score_grid`); with ``M`` the least common multiple of every ``n``,
    ``Σ score·Q · (M / n)`` orders and equals the submissions as the means do. The
    ``evaluations`` key is ``n`` itself."""
    complete = table.complete_by_submission()
    index = {code: i for i, code in enumerate(table.manifest.rubric.codes)}
    columns = [None if item == EVALUATIONS else index[item] for item in tie_break]
    common = lcm(*{len(complete[code]) for code in codes})
    keys: dict[str, tuple[int, ...]] = {}
    for code in codes:
        cells = complete[code]
        n = len(cells)
        sums = list(map(sum, zip(*(cell.row for cell in cells.values()), strict=True)))
        factor = common // n
        keys[code] = tuple(n if column is None else sums[column] * factor
                           for column in columns)
    return keys


def _ordered(codes: Sequence[str], keys: dict[str, tuple[int, ...]]) -> list[str]:
    """The ranked ``codes``, highest key first; equal keys keep the order of ``codes`` (a
    reversed sort is still stable)."""
    return sorted((c for c in codes if c in keys), key=keys.__getitem__, reverse=True)


def _places_in_order(ordered: list[str], keys: dict[str, tuple[int, ...]],
                     tie_break: tuple[str, ...]) -> dict[str, Place]:
    """Competition ranking of ``ordered`` (highest key first): equal keys share the first
    one's rank and are ties; a key equal in score to the one above but lower in a tie-break
    names the tie-break that decided it."""
    found: dict[str, Place] = {}
    if not ordered:
        return found
    line = [keys[code] for code in ordered]
    following = [*line[1:], None]
    above: tuple[int, ...] | None = None
    rank = 0
    for position, (code, key, below) in enumerate(zip(ordered, line, following, strict=True),
                                                   start=1):
        if key == above:
            found[code] = Place(rank, True, None)
        else:
            rank = position
            decided_by = None
            if above is not None and above[0] == key[0]:  # same score: a tie-break decided
                decided_by = tie_break[next(i for i in range(1, len(key))
                                            if above[i] != key[i]) - 1]
            found[code] = Place(rank, key == below, decided_by)
        above = key
    return found


def rank(table: EvaluationTable, scores: dict[str, Fraction | None], tie_break: tuple[str, ...],
         passing_grade: Decimal | None) -> list[Standing]:
    """Every submission with its places, ranked ones first (by rank, then package order)."""
    manifest = table.manifest
    codes = [s.code for s in manifest.submissions]
    complete = table.complete_by_submission()
    ranked = [code for code in codes if scores.get(code) is not None]
    ordinal = _ordinals(scores[code] for code in ranked)
    tie_keys = _tie_break_keys(table, ranked, tie_break)
    keys = {code: (ordinal[scores[code].as_integer_ratio()], *tie_keys[code])
            for code in ranked}
    # one sort: a group's or cluster's order is the overall order restricted to its members
    # (the sort is stable and every subset lists its codes in package order)
    ordered = _ordered(codes, keys)
    overall = _places_in_order(ordered, keys, tie_break)
    by_group = _places_by(ordered, {s.code: s.group for s in manifest.submissions},
                          manifest.groups, keys, tie_break)
    by_cluster = _places_by(ordered, {s.code: s.cluster for s in manifest.submissions},
                            manifest.clusters, keys, tie_break)
    # exactly the same comparison as with the Decimal, without converting it 5,000 times
    passing = None if passing_grade is None else Fraction(passing_grade)

    def standing(code: str) -> Standing:
        score = scores.get(code)
        return Standing(code, score, len(complete[code]), table.expected(code),
                        overall.get(code), by_group.get(code), by_cluster.get(code),
                        None if score is None or passing is None else score >= passing)

    # ranked ones in rank order (equal ranks are equal keys, kept in package order), then
    # the unranked ones in package order
    return [standing(code) for code in ordered] + [
        standing(code) for code in codes if code not in keys]


def _places_by(ordered: list[str], part_of: dict[str, str], parts: Sequence[str],
               keys: dict[str, tuple[int, ...]], tie_break: tuple[str, ...]
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
