"""Each method on cases small enough to compute by hand; only complete evaluations count."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from app.domain.numbers import total_text
from app.merge.methods import Method, mean, median, sample_sd, sqrt, trimmed_mean
from app.merge.table import CellState
from tests.merge.helpers import UNIFORM

F = Fraction


def test_the_exact_building_blocks() -> None:
    assert mean([F(1), F(2), F(4)]) == F(7, 3)
    assert median([F(5), F(1), F(3)]) == 3
    assert median([F(4), F(1), F(3), F(10)]) == F(7, 2)
    assert trimmed_mean([F(0), F(50), F(60), F(100)], 1) == 55
    assert trimmed_mean([F(0), F(50), F(60), F(100)], 2) == F(105, 2)  # 2·2 = 4: no trim
    assert trimmed_mean([F(10), F(20)], 1) == 15
    assert trimmed_mean([F(0), F(1), F(2), F(3), F(99)], 0) == F(105, 5)
    assert sample_sd([F(2), F(4), F(4), F(4), F(5), F(5), F(7), F(9)]) == sqrt(F(32, 7))
    assert sample_sd([F(3)]) is None and sample_sd([F(3), F(3)]) is None


def test_square_roots_have_forty_significant_digits() -> None:
    # √2 = 1.41421356237309504880168872420969807856967…, rounded to 40 digits.
    assert sqrt(F(2)) == F(Decimal("1.414213562373095048801688724209698078570"))
    assert sqrt(F(9, 4)) == F(3, 2)


def scores(scored, method: Method, **options) -> dict[str, str | None]:
    panel, results = scored
    report = panel.merge(results, method=method, **options)
    return {
        code: None if value is None else total_text(value) for code, value in report.scores.items()
    }


def test_mean(scored) -> None:
    # S001 (100 + 66.67 + 33.33)/3 = 66.67; S002 100/3 = 33.33; S003 only J01's 100.
    assert scores(scored, Method.MEAN) == {
        "S001": "66.67",
        "S002": "33.33",
        "S003": "100.00",
        "S004": None,
    }
    panel, results = scored
    assert panel.merge(results).scores["S001"] == (UNIFORM[10] + UNIFORM[7] + UNIFORM[4]) / 3


def test_median(scored) -> None:
    assert scores(scored, Method.MEDIAN) == {
        "S001": "66.67",
        "S002": "0.00",
        "S003": "100.00",
        "S004": None,
    }


def test_trimmed_mean(scored) -> None:
    # Three totals, one dropped at each end: the middle one.
    assert scores(scored, Method.TRIMMED) == {
        "S001": "66.67",
        "S002": "0.00",
        "S003": "100.00",
        "S004": None,
    }
    # No trim: the mean.
    assert scores(scored, Method.TRIMMED, trim=0) == scores(scored, Method.MEAN)


def test_zscore(panel) -> None:
    """J01 gives 100 and 0, J02 66.67 and 33.33: both mean 50, and both put S001 one z of
    1/√2 above their mean. All four totals have mean 50 and sample variance 50000/27, so
    S001 = 50 + √(50000/27)/√2 = 80.43 and S002 = 19.57 — the strict and the lenient juror
    count alike."""
    results = [
        ("J01", panel.result("J01", {"S001": 10, "S002": 1})),
        ("J02", panel.result("J02", {"S001": 7, "S002": 4})),
    ]
    report = panel.merge(results, method=Method.ZSCORE)
    assert total_text(report.scores["S001"]) == "80.43"
    assert total_text(report.scores["S002"]) == "19.57"
    assert report.scores["S003"] is None


def test_zscore_of_a_juror_without_spread_is_zero(panel) -> None:
    results = [
        ("J01", panel.result("J01", {"S001": 7, "S002": 7})),
        ("J02", panel.result("J02", {"S001": 4})),
    ]
    report = panel.merge(results, method=Method.ZSCORE)
    # Nobody's totals vary within a juror: every z is 0, so every score is the overall mean.
    overall = (UNIFORM[7] * 2 + UNIFORM[4]) / 3
    assert report.scores["S001"] == report.scores["S002"] == round(overall, 30)  # 30 decimals


def test_only_complete_evaluations_count(scored) -> None:
    panel, results = scored
    report = panel.merge(results)
    table = report.table
    assert table.cell("S003", "J02").state is CellState.IN_PROGRESS
    assert table.cell("S003", "J03").state is CellState.RECUSED
    assert table.cell("S004", "J01").state is CellState.NOT_STARTED
    assert table.totals("S003") == {"J01": 100}
    assert table.expected("S003") == 2  # J03 recused
    counts = table.counts()
    assert counts[CellState.COMPLETE] == 7 and counts[CellState.RECUSED] == 1
    assert counts[CellState.IN_PROGRESS] == 2 and counts[CellState.NOT_STARTED] == 2


def test_a_juror_without_an_accepted_result_is_missing(scored) -> None:
    panel, results = scored
    report = panel.merge(results[:2])
    assert report.table.cell("S001", "J03").state is CellState.MISSING
    assert report.table.counts()[CellState.MISSING] == 4
