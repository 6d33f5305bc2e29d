"""Disagreement flags with their suggestion, and reliability from the accepted results."""

from __future__ import annotations

from decimal import Decimal

from app.domain.numbers import total_text
from app.merge.agreement import CROSSED, ONE_WAY, TOTAL
from tests.merge.helpers import build_panel
from tests.test_stats import SHROUT_FLEISS


def test_a_pair_far_apart_is_flagged_with_a_third_juror_suggested(panel) -> None:
    results = [
        ("J01", panel.result("J01", {"S001": 10, "S002": 7, "S003": 9})),
        ("J02", panel.result("J02", {"S001": 1, "S002": 6})),
    ]
    report = panel.merge(results, threshold=Decimal(12))
    [flag] = report.disagreements
    assert flag.code == "S001" and flag.spread == 100
    assert flag.lowest == ("J02", 0) and flag.highest == ("J01", 100)
    assert flag.suggestion() == "assign a third juror"
    rows = {row["submission"]: row for row in report.ranking_json()}
    assert rows["S001"]["flagged"] and rows["S001"]["spread"] == "100.00"
    assert not rows["S002"]["flagged"] and rows["S002"]["spread"] == "11.11"
    assert rows["S003"]["spread"] is None  # one evaluation: nothing to compare


def test_the_threshold_is_exclusive_and_configurable(panel) -> None:
    results = [
        ("J01", panel.result("J01", {"S001": 10})),
        ("J02", panel.result("J02", {"S001": 1})),
        ("J03", panel.result("J03", {"S001": 5})),
    ]
    assert panel.merge(results, threshold=Decimal(100)).disagreements == []
    [flag] = panel.merge(results, threshold=Decimal("99.99")).disagreements
    assert flag.suggestion() == "discuss in the panel's plenary"  # three jurors already
    [flag] = panel.merge(results).disagreements  # default threshold: 20 points
    assert total_text(flag.spread) == "100.00"


def test_reliability_reproduces_shrout_and_fleiss_through_the_merge(competition, tmp_path) -> None:
    """Six submissions, four jurors, each scoring every criterion with the paper's ratings:
    every criterion, and the totals (a linear function of them), give the paper's ICCs."""
    panel = build_panel(competition, tmp_path, submissions=6, jurors=4)
    codes = [s.code for s in panel.manifest.submissions]
    results = [
        (juror, panel.result(juror, {code: SHROUT_FLEISS[i][j] for i, code in enumerate(codes)}))
        for j, juror in enumerate(["J01", "J02", "J03", "J04"])
    ]
    report = panel.merge(results)
    expected = {
        "ICC1": "0.17",
        "ICC2": "0.29",
        "ICC3": "0.71",
        "ICC1k": "0.44",
        "ICC2k": "0.62",
        "ICC3k": "0.91",
    }
    for item in report.reliability:
        assert item.design == CROSSED and item.submissions == 6
        assert {form: total_text(value * 100, 0) for form, value in item.icc.items()} == {
            form: str(int(Decimal(v) * 100)) for form, v in expected.items()
        }
    total = report.reliability[0]
    assert total.view == TOTAL and total.alpha is not None


def test_kipp_pairs_give_a_one_way_icc(competition, tmp_path) -> None:
    """Each proposal scored by a different pair: jurors are interchangeable raters."""
    panel = build_panel(
        competition,
        tmp_path,
        submissions=4,
        jurors=3,
        assignments={
            "J01": ["S001", "S002", "S003"],
            "J02": ["S001", "S004"],
            "J03": ["S002", "S003", "S004"],
        },
    )
    results = [
        ("J01", panel.result("J01", {"S001": 9, "S002": 5, "S003": 2})),
        ("J02", panel.result("J02", {"S001": 8, "S004": 6})),
        ("J03", panel.result("J03", {"S002": 4, "S003": 3, "S004": 7})),
    ]
    total = panel.merge(results).reliability[0]
    assert total.design == ONE_WAY and total.submissions == 4
    assert total.icc["ICC1"] > Decimal("0.9") and total.icc["ICC2"] is None
    assert total.alpha > Decimal("0.9")
    assert total.design_label().startswith("jurors taken as interchangeable, 4 submission")


def test_reliability_needs_something_to_compare(panel) -> None:
    report = panel.merge([("J01", panel.result("J01", {"S001": 9, "S002": 3}))])
    total = report.reliability[0]
    assert total.alpha is None and total.design is None
    assert set(total.icc.values()) == {None}
    assert total.design_label() == "ICC not computable"


def test_a_third_juror_on_a_few_submissions_leaves_alpha_read_on_all(competition, tmp_path) -> None:
    """A new chair's desk round: two jurors score all eight (one recused from one), a third
    juror joins five. Only four were scored by all three, so the crossed ICC has four rows;
    the reading said "not read: too few submissions (4)" and "too few submissions were
    scored by two or more jurors" — all eight were. Alpha is read on all eight."""
    from app.merge.reading import read

    codes = [f"S{n:03}" for n in range(1, 9)]
    panel = build_panel(
        competition,
        tmp_path,
        submissions=8,
        jurors=3,
        assignments={
            "J01": [c for c in codes if c != "S004"],
            "J02": codes,
            "J03": codes[3:],
        },
    )
    j01 = dict(zip(codes, (9, 5, 2, None, 7, 3, 8, 4), strict=True))
    j02 = dict(zip(codes, (8, 6, 3, 5, 7, 2, 9, 4), strict=True))
    j03 = dict(zip(codes[3:], (6, 8, 3, 8, 5), strict=True))
    results = [
        ("J01", panel.result("J01", {c: v for c, v in j01.items() if v is not None})),
        ("J02", panel.result("J02", j02)),
        ("J03", panel.result("J03", j03)),
    ]
    total = panel.merge(results).reliability[0]
    assert total.design == CROSSED and total.submissions == 4 and total.paired == 8
    reading = read(total)
    assert reading.too_few is None and reading.alpha_band is not None
    text = reading.text()
    assert text.startswith("α: ") and "too few submissions (4)" not in text
    assert text.endswith("ICC not read: too few submissions scored by the same jurors (4)")
    assert "two or more jurors" not in reading.advice()
