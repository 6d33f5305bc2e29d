"""Ranking: tie-breaks in the configured order, explicit ties, per-cluster places, passing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import InputError
from app.merge.methods import Method
from app.merge.ranking import resolve_tie_break
from tests.merge.helpers import build_panel

# Same total as a uniform 7 (66.67), but one point more on the heaviest criterion
# (SIGNIFIKANSI, 30) paid for by LATAR (10) and ADAPTABILITAS (20).
STRONGER_ON_IMPACT = {
    "RINGKASAN": 7,
    "LATAR": 6,
    "KEBARUAN": 7,
    "IMPLEMENTASI": 7,
    "SIGNIFIKANSI": 8,
    "ADAPTABILITAS": 6,
    "SUMBER_DAYA": 7,
    "KEBERLANJUTAN": 7,
}


@pytest.fixture
def ranked(competition, tmp_path):
    """S004 is best; S001, S002, S003 and S005 all total 66.67: S001 is stronger on the
    heaviest criterion, S002 and S003 are identical, S005 has one evaluation fewer.
    Clusters alternate: S001, S003, S005 kabupaten; S002, S004 kota."""
    panel = build_panel(
        competition,
        tmp_path,
        submissions=5,
        jurors=2,
        assignments={
            "J01": ["S001", "S002", "S003", "S004", "S005"],
            "J02": ["S001", "S002", "S003", "S004"],
        },
    )
    spec = {"S001": STRONGER_ON_IMPACT, "S002": 7, "S003": 7, "S004": 9, "S005": 7}
    results = [("J01", panel.result("J01", spec)), ("J02", panel.result("J02", spec))]
    return panel, results


def table(report) -> list[tuple]:
    return [(s.code, s.place.rank, s.place.tie, s.place.decided_by) for s in report.standings]


def test_the_default_tie_break_heaviest_criterion_then_evaluations(ranked) -> None:
    panel, results = ranked
    report = panel.merge(results, min_evaluations=1)  # S005's one evaluation may rank
    assert report.tie_break == (
        "SIGNIFIKANSI",
        "ADAPTABILITAS",
        "KEBARUAN",
        "KEBERLANJUTAN",
        "LATAR",
        "IMPLEMENTASI",
        "SUMBER_DAYA",
        "evaluations",
    )
    assert table(report) == [
        ("S004", 1, False, None),
        ("S001", 2, False, None),
        ("S002", 3, True, "SIGNIFIKANSI"),
        ("S003", 3, True, "SIGNIFIKANSI"),  # one place, decided as S002's
        ("S005", 5, False, "evaluations"),
    ]


def test_a_tie_break_order_of_the_chairs_choosing(ranked) -> None:
    panel, results = ranked
    assert table(panel.merge(results, tie_break=("evaluations",), min_evaluations=1)) == [
        ("S004", 1, False, None),
        ("S001", 2, True, None),
        ("S002", 2, True, None),
        ("S003", 2, True, None),
        ("S005", 5, False, "evaluations"),
    ]
    # Nothing breaks ties: equal scores share a place, listed in package order.
    assert table(panel.merge(results, tie_break=(), min_evaluations=1)) == [
        ("S004", 1, False, None),
        ("S001", 2, True, None),
        ("S002", 2, True, None),
        ("S003", 2, True, None),
        ("S005", 2, True, None),
    ]
    # A lighter criterion first: LATAR favours the others over S001.
    assert [
        s.code for s in panel.merge(results, tie_break=("LATAR",), min_evaluations=1).standings
    ] == ["S004", "S002", "S003", "S005", "S001"]


def test_places_per_cluster_and_group(ranked) -> None:
    panel, results = ranked
    report = panel.merge(results, min_evaluations=1)
    clusters = {
        s.code: (panel.manifest.submission(s.code).cluster, s.cluster_place.rank)
        for s in report.standings
    }
    assert clusters == {
        "S001": ("kabupaten", 1),
        "S003": ("kabupaten", 2),
        "S005": ("kabupaten", 3),
        "S004": ("kota", 1),
        "S002": ("kota", 2),
    }
    assert {s.code: s.group_place.rank for s in report.standings} == {
        s.code: s.place.rank for s in report.standings
    }  # one group: the same places
    rows = {row["submission"]: row for row in report.ranking_json()}
    assert rows["S003"]["cluster_rank"] == 2 and rows["S003"]["tie"] is True


def test_the_passing_grade_of_the_round_or_the_chair(ranked) -> None:
    panel, results = ranked
    report = panel.merge(results)
    assert report.passing_grade == Decimal(85)  # the desk round's, from the rubric
    assert {s.code for s in report.standings if s.passes} == {"S004"}
    lower = panel.merge(results, passing_grade=Decimal("66.67"))
    assert {s.code for s in lower.standings if s.passes} == {"S004"}  # 66.666… < 66.67
    # …and it is never shown at the grade it misses: 66.667, not 66.67
    rows = {row["submission"]: row for row in lower.ranking_json()}
    assert rows["S002"]["mean"] == "66.67" and rows["S002"]["mean_precise"] == "66.667"
    assert rows["S002"]["score_precise"] == "66.667"  # the score is that mean
    assert rows["S004"]["mean_precise"] is None and rows["S004"]["score_precise"] is None
    lower = panel.merge(results, passing_grade=Decimal("66.66"))
    assert all(s.passes for s in lower.standings if s.ranked)
    assert [s.code for s in lower.standings if not s.ranked] == ["S005"]  # one evaluation
    assert lower.settings_json()["passing_grade"] == "66.66"
    assert lower.settings_json()["passing_grade_applies_to"] == "mean"


def test_too_few_complete_evaluations_take_no_place_and_do_not_pass(ranked) -> None:
    """One juror's file of two: nothing has the round's minimum of two evaluations."""
    panel, _results = ranked
    one = [("J01", panel.result("J01", {"S002": 10, "S003": 8}))]
    report = panel.merge(one)
    assert report.min_evaluations == 2  # the round's, from the rubric file
    assert [(s.code, s.place, s.passes, s.score) for s in report.standings] == [
        (code, None, False, None) for code in ("S001", "S002", "S003", "S004", "S005")
    ]
    rows = {row["submission"]: row for row in report.ranking_json()}
    assert rows["S002"] | {"totals": None} == rows["S002"] | {
        "rank": None,
        "not_ranked": "too_few_evaluations",
        "score": None,
        "mean": None,
        "passes": False,
        "complete": 1,
        "expected": 2,
        "group_rank": None,
        "cluster_rank": None,
        "totals": None,
    }
    assert rows["S002"]["totals"] == {"J01": "100.00"}  # what there is, still shown
    lowered = panel.merge(one, min_evaluations=1)  # the chair's choice, recorded
    assert [(s.code, s.place and s.place.rank, s.passes) for s in lowered.standings] == [
        ("S002", 1, True),
        ("S003", 2, False),
        ("S001", None, False),
        ("S004", None, False),
        ("S005", None, False),
    ]
    assert lowered.settings_json()["min_evaluations"] == 1


def test_unknown_tie_breaks_are_refused(panel) -> None:
    with pytest.raises(InputError, match="Unknown tie-break 'NOVELTY'") as caught:
        panel.merge([], tie_break=("NOVELTY",))
    assert caught.value.code == "bad_tie_break"
    assert resolve_tie_break(("LATAR", "weights", "LATAR"), panel.manifest.rubric)[:2] == (
        "LATAR",
        "SIGNIFIKANSI",
    )


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("trim", -1),
        ("threshold", Decimal(-1)),
        ("passing_grade", Decimal(101)),
        ("min_evaluations", 0),
        ("min_evaluations", 101),
    ],
)
def test_impossible_options_are_refused(panel, option, value) -> None:
    with pytest.raises(InputError):
        panel.merge([], **{option: value})


def uniform_results(panel, spec: dict[str, list[int]]) -> list[tuple[str, bytes]]:
    codes = [s.code for s in panel.manifest.submissions]
    return [
        (juror, panel.result(juror, dict(zip(codes, values, strict=True))))
        for juror, values in spec.items()
    ]


# Under the z-score, S003 is 73.1846… and S001 73.1796…: both show 73.18.
LOOK_ALIKE = {"J01": [4, 6, 7, 4], "J02": [10, 9, 9, 8], "J03": [8, 10, 7, 9]}


def test_neighbours_equal_at_two_decimals_show_the_decimals_that_separate_them(panel) -> None:
    report = panel.merge(uniform_results(panel, LOOK_ALIKE), method=Method.ZSCORE)
    rows = [row for row in report.ranking_json() if row["submission"] in ("S003", "S001")]
    assert [
        (r["submission"], r["rank"], r["score"], r["score_precise"], r["tie"]) for r in rows
    ] == [("S003", 2, "73.18", "73.185", False), ("S001", 3, "73.18", "73.180", False)]
    others = [row for row in report.ranking_json() if row["submission"] not in ("S003", "S001")]
    assert [row["score_precise"] for row in others] == [None, None]  # nothing to separate


def test_scores_equal_in_exact_arithmetic_tie_under_the_zscore(panel) -> None:
    """J01's totals differ by 2 of J01's standard deviations between S002 and S003, and so
    do J02's, the other way: the z-scores are equal, although each juror's standard
    deviation is a root rounded to 40 digits (and so differs from the exact one)."""
    report = panel.merge(
        uniform_results(panel, {"J01": [5, 10, 5, 5], "J02": [7, 3, 9, 3], "J03": [8, 9, 9, 7]}),
        method=Method.ZSCORE,
    )
    places = {s.code: s.place for s in report.standings}
    assert report.scores["S002"] == report.scores["S003"]
    # placed by a tie-break the chair chose, never by a rounding in the 39th digit
    assert (places["S003"].rank, places["S002"].rank) == (1, 2)
    assert places["S002"].decided_by == "SIGNIFIKANSI"
    assert all(s.decimals == 2 for s in report.standings)
