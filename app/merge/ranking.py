"""Ranking overall, per group and per cluster, with the chair's tie-break order.

Submissions are ordered by score, highest first. Equal scores are separated by the tie-break
keys in order: a criterion code (its mean score over the complete evaluations, higher first),
``weights`` (every weighted criterion, heaviest first; equal weights in rubric order) and
``evaluations`` (more complete evaluations first). When nothing separates two submissions they
share a rank (1, 2, 2, 4 …) and are marked as a tie; within a tie they are listed in package
order. Submissions without a complete evaluation are not ranked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm

from app.domain.rubric import Rubric
from app.errors import InputError
from app.i18n import translate
from app.merge.methods import mean
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


@dataclass(frozen=True)
class Place:
    rank: int
    tie: bool
    decided_by: str | None  # the tie-break that placed it below an equal score, if any


@dataclass(frozen=True)
class Standing:
    code: str
    score: Fraction | None
    complete: int
    expected: int
    place: Place | None
    group_place: Place | None
    cluster_place: Place | None
    passes: bool | None
    criterion_means: dict[str, Fraction]


def _keys(complete: int, means: dict[str, Fraction], score: Fraction,
          tie_break: tuple[str, ...]) -> tuple[Fraction, ...]:
    """Score, then each tie-break: a criterion's mean score or the complete evaluations."""
    keys = [score]
    for item in tie_break:
        keys.append(Fraction(complete) if item == EVALUATIONS else means[item])
    return tuple(keys)


def _criterion_means(table: EvaluationTable) -> dict[str, dict[str, Fraction]]:
    """Submission → each criterion's mean over its complete evaluations (computed once: the
    tie-break keys and the standing both use them).

    Every score on a scale is ``minimum + k·step``, so all of them are integers over one
    common denominator ``Q`` of the rubric's minima and steps: each distinct score is scaled
    once, and each mean is an integer sum over ``Q·n``. A score off every scale (a table
    not made from checked results) takes the general :func:`mean`."""
    rubric = table.manifest.rubric
    codes = rubric.codes
    common = lcm(*(x.as_integer_ratio()[1] for c in rubric
                   for x in (c.scale.minimum, c.scale.step)))
    scaled: dict[Decimal, int] = {}
    fractions: dict[tuple[int, int], Fraction] = {}
    found: dict[str, dict[str, Fraction]] = {}
    for code, cells in table.complete_by_submission().items():
        if not cells:
            found[code] = {}
            continue
        rows = []
        for cell in cells.values():
            scores = cell.scores
            row = []
            for criterion in codes:
                value = scores[criterion]
                integer = scaled.get(value)
                if integer is None:
                    p, q = value.as_integer_ratio()
                    if common % q:
                        return {code: {c: mean([cell.scores[c] for cell in cells.values()])
                                       for c in codes} if cells else {}
                                for code, cells in table.complete_by_submission().items()}
                    integer = scaled[value] = p * (common // q)
                row.append(integer)
            rows.append(row)
        n = common * len(rows)
        means = found[code] = {}
        for criterion, column in zip(codes, zip(*rows, strict=True), strict=True):
            key = (sum(column), n)  # few distinct sums: share one Fraction for each
            value = fractions.get(key)
            if value is None:
                value = fractions[key] = Fraction(*key)
            means[criterion] = value
    return found


def _integer_keys(keys: dict[str, tuple[Fraction, ...]]) -> dict[str, tuple[int, ...]]:
    """The same keys as integers: each position times the common denominator of that
    position over every submission. Order and equality are unchanged (one positive factor
    per position), and sorting 5,000 tuples of integers is far cheaper than of Fractions."""
    if not keys:
        return {}
    width = len(next(iter(keys.values())))
    commons = [lcm(*(key[i].denominator for key in keys.values())) for i in range(width)]
    return {code: tuple(k.numerator * (common // k.denominator)
                        for k, common in zip(key, commons, strict=True))
            for code, key in keys.items()}


def places(codes: Sequence[str], keys: dict[str, tuple[int, ...]],
           tie_break: tuple[str, ...]) -> dict[str, Place]:
    """Competition ranking of ``codes`` (package order) by their keys, highest first."""
    return _places_in_order(_ordered(codes, keys), keys, tie_break)


def _ordered(codes: Sequence[str], keys: dict[str, tuple[int, ...]]) -> list[str]:
    """The ranked ``codes``, highest key first; equal keys keep the order of ``codes`` (a
    reversed sort is still stable)."""
    return sorted((c for c in codes if c in keys), key=keys.__getitem__, reverse=True)


def _places_in_order(ordered: list[str], keys: dict[str, tuple[int, ...]],
                     tie_break: tuple[str, ...]) -> dict[str, Place]:
    found: dict[str, Place] = {}
    for position, code in enumerate(ordered):
        previous = ordered[position - 1] if position else None
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        tie = keys[code] in (keys.get(previous), keys.get(following))
        if previous is not None and keys[previous] == keys[code]:
            rank = found[previous].rank
        else:
            rank = position + 1
        decided_by = None
        if (previous is not None and keys[previous][0] == keys[code][0]
                and keys[previous] != keys[code]):
            decided_by = next(tie_break[i - 1] for i in range(1, len(keys[code]))
                              if keys[previous][i] != keys[code][i])
        found[code] = Place(rank, tie, decided_by)
    return found


def rank(table: EvaluationTable, scores: dict[str, Fraction | None], tie_break: tuple[str, ...],
         passing_grade: Decimal | None) -> list[Standing]:
    """Every submission with its places, ranked ones first (by rank, then package order)."""
    manifest = table.manifest
    codes = [s.code for s in manifest.submissions]
    complete = table.complete_by_submission()
    means = _criterion_means(table)
    keys = _integer_keys({code: _keys(len(complete[code]), means[code], score, tie_break)
                          for code, score in scores.items() if score is not None})
    # one sort: a group's or cluster's order is the overall order restricted to its members
    # (the sort is stable and every subset lists its codes in package order)
    ordered = _ordered(codes, keys)
    overall = _places_in_order(ordered, keys, tie_break)
    by_group: dict[str, Place] = {}
    by_cluster: dict[str, Place] = {}
    group_of = {s.code: s.group for s in manifest.submissions}
    cluster_of = {s.code: s.cluster for s in manifest.submissions}
    for name in manifest.groups:
        by_group.update(_places_in_order([c for c in ordered if group_of[c] == name],
                                         keys, tie_break))
    for name in manifest.clusters:
        by_cluster.update(_places_in_order([c for c in ordered if cluster_of[c] == name],
                                           keys, tie_break))
    # exactly the same comparison as with the Decimal, without converting it 5,000 times
    passing = None if passing_grade is None else Fraction(passing_grade)
    standings = []
    for code in codes:
        score = scores.get(code)
        standings.append(Standing(
            code=code, score=score, complete=len(complete[code]),
            expected=table.expected(code),
            place=overall.get(code), group_place=by_group.get(code),
            cluster_place=by_cluster.get(code),
            passes=None if score is None or passing is None else score >= passing,
            criterion_means=means.get(code, {})))
    position = {code: i for i, code in enumerate(codes)}
    return sorted(standings, key=lambda s: (s.place is None,
                                            s.place.rank if s.place else 0, position[s.code]))
