"""The rubric's integer grid gives exactly the Fractions the plain formula gives."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.coverage import CellState
from app.domain.rubric import Rubric
from tests.domain.test_rubric import criterion

D = Decimal

# Uneven weights and scales with fractional minima and steps: the common denominators matter.
RUBRIC = Rubric(
    (
        criterion("A", "33", "1", "10", "1"),
        criterion("B", "27", "0", "4", "0.5"),
        criterion("C", "40", "-1.5", "3", "0.25"),
    )
)


def scores_on_scales():
    return st.fixed_dictionaries(
        {}, optional={c.code: st.sampled_from(c.scale.values()) for c in RUBRIC}
    )


@settings(max_examples=300, deadline=None)
@given(scores_on_scales())
def test_points_and_rows_give_the_exact_totals_and_scores(scores) -> None:
    grid = RUBRIC.grid
    scored = grid.score(scores, {}, CellState.COMPLETE)
    assert scored.total == RUBRIC.weighted_total(scores)
    assert Fraction(scored.points, grid.total_denominator) == scored.total
    for code, value in zip(RUBRIC.codes, scored.row, strict=True):
        if code in scores:
            assert Fraction(value, grid.score_denominator) == scores[code]
        else:
            assert value is None


def test_the_cache_of_known_values_gives_the_same_answers() -> None:
    known: dict[Decimal, int] = {}
    scores = {"A": D(7), "B": D("2.5"), "C": D("-0.75")}
    first = RUBRIC.grid.score(scores, known, CellState.COMPLETE)
    again = RUBRIC.grid.score(dict(scores), known, CellState.COMPLETE)
    assert first == again
    assert known == {D(7): 28, D("2.5"): 10, D("-0.75"): -3}  # Q = 4


def test_a_score_off_every_scale_is_refused_not_rounded() -> None:
    with pytest.raises(ValueError, match="not on the rubric's scales"):
        RUBRIC.grid.score({"A": D("7.1")}, {}, CellState.COMPLETE)
