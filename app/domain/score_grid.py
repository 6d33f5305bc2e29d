"""A rubric's scores and weighted totals as integers over two fixed denominators.

Every score on a scale is ``minimum + k·step``, so with ``Q`` the least common multiple of the
denominators of every minimum and step, ``score·Q`` is an integer. Every criterion's
``weight / (max − min)`` is ``k / D`` for one ``D`` (see :meth:`Rubric.weighted_total`), so a
weighted total times ``D·Q`` is the integer ``Σ k·(score·Q − minimum·Q)``.

The merge reads 150,000 scores: it turns each into an integer once, keeps every evaluation as
a row of integers with its total's numerator (its *points*) in the evaluation's cell of the
coverage table (:class:`~app.domain.coverage.Cell`), and then adds, compares and
averages integers, making one exact :class:`~fractions.Fraction` per figure at the end — the
same values as adding Fractions, without a gcd per addition.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import TYPE_CHECKING

from app.domain.coverage import Cell, CellState

if TYPE_CHECKING:
    from app.domain.rubric import Criterion


class ScoreGrid:
    """The integers of one rubric (built by :attr:`Rubric.grid`)."""

    __slots__ = ("_terms", "codes", "score_denominator", "total_denominator")

    def __init__(
        self,
        codes: tuple[str, ...],
        score_denominator: int,
        total_denominator: int,
        factors: tuple[int, ...],
        minima: tuple[int, ...],
    ) -> None:
        self.codes = codes
        self.score_denominator = score_denominator  # Q
        self.total_denominator = total_denominator  # D·Q
        self._terms = tuple(zip(codes, factors, minima, strict=True))

    def scaled(self, value: Decimal) -> int:
        """``value·Q``; a ValueError for a value off every scale (never a checked score)."""
        numerator, denominator = value.as_integer_ratio()
        if self.score_denominator % denominator:
            raise ValueError(f"{value} is not on the rubric's scales")
        return numerator * (self.score_denominator // denominator)

    def score(
        self, scores: Mapping[str, Decimal], known: dict[Decimal, int], state: CellState
    ) -> Cell:
        """The evaluation's cell: ``state`` with its total, points, row and scores; ``known``
        caches each distinct value's integer across calls (a scale has only a few steps)."""
        row: list[int | None] = []
        points = 0
        for code, factor, minimum in self._terms:
            value = scores.get(code)
            if value is None:
                row.append(None)
                continue
            integer = known.get(value)
            if integer is None:
                integer = known[value] = self.scaled(value)
            row.append(integer)
            points += factor * (integer - minimum)
        return Cell(state, Fraction(points, self.total_denominator), points, tuple(row), scores)


def grid_of(criteria: Sequence[Criterion], factors: tuple[int, ...], denominator: int) -> ScoreGrid:
    """The grid of criteria whose weight / (max − min) is ``factors[i] / denominator``."""
    common = lcm(
        *(x.as_integer_ratio()[1] for c in criteria for x in (c.scale.minimum, c.scale.step))
    )
    minima = tuple(c.scale.minimum.as_integer_ratio() for c in criteria)
    return ScoreGrid(
        tuple(c.code for c in criteria),
        common,
        denominator * common,
        factors,
        tuple(p * (common // q) for p, q in minima),
    )
