from decimal import Decimal
from fractions import Fraction

import pytest

from app.domain.competition import ChecklistItem, RoundKind
from app.domain.evaluation import Evaluation, EvaluationStatus
from app.domain.rubric import Criterion, LevelDescriptor, Rubric, Scale
from app.domain.text import LocalizedText

D = Decimal


def criterion(code: str, weight: str, lo="1", hi="10", step="1", levels=()) -> Criterion:
    return Criterion(
        code, LocalizedText(code), D(weight), Scale(D(lo), D(hi), D(step)), levels=tuple(levels)
    )


def test_weighted_total_is_exact_and_on_0_to_100() -> None:
    rubric = Rubric((criterion("A", "30"), criterion("B", "70", "0", "4", "0.5")))
    assert rubric.weighted_total({"A": D(10), "B": D(4)}) == 100
    assert rubric.weighted_total({"A": D(1), "B": D(0)}) == 0
    # 30 × 7/9 + 70 × 2.5/4 = 70/3 + 43.75, exactly
    assert rubric.weighted_total({"A": D(8), "B": D("2.5")}) == Fraction(70, 3) + Fraction(175, 4)


def test_partial_totals_count_only_scored_criteria() -> None:
    rubric = Rubric((criterion("A", "50"), criterion("B", "50")))
    assert rubric.weighted_total({"A": D(10)}) == 50
    assert rubric.missing({"A": D(10)}) == ["B"]


def test_scores_must_lie_on_the_scale_steps() -> None:
    rubric = Rubric((criterion("A", "100", "0", "10", "0.5"),))
    assert rubric.score_problem("A", D("7.5")) is None
    assert "not on the scale" in rubric.score_problem("A", D("7.25"))
    assert "not on the scale" in rubric.score_problem("A", D("10.5"))
    assert "no criterion" in rubric.score_problem("Z", D("1"))


def test_rubric_problems_name_what_is_wrong() -> None:
    problems = Rubric((criterion("A", "60"), criterion("A", "30", "5", "1"))).problems()
    text = " | ".join(problems)
    assert "used twice" in text
    assert "add up to 90, not 100" in text
    assert "maximum must be above its minimum" in text


def test_scale_must_be_a_whole_number_of_steps() -> None:
    assert Scale(D(0), D(10), D(3)).problems()
    assert not Scale(D(0), D(10), D("2.5")).problems()
    assert Scale(D(0), D(10), D("2.5")).values() == (D(0), D("2.5"), D(5), D("7.5"), D(10))


def test_levels_outside_the_scale_or_overlapping_are_reported() -> None:
    levels = [
        LevelDescriptor(D(1), D(5), LocalizedText("low")),
        LevelDescriptor(D(5), D(11), LocalizedText("high")),
    ]
    problems = criterion("A", "100", levels=levels).problems()
    assert any("outside the scale" in p for p in problems)
    assert any("overlap" in p for p in problems)
    ok = criterion(
        "A",
        "100",
        levels=[
            LevelDescriptor(D(1), D(3), LocalizedText("kurang")),
            LevelDescriptor(D(4), D(10), LocalizedText("baik")),
        ],
    )
    assert ok.level_for(D(3)).label.id == "kurang"
    assert ok.level_for(D(9)).label.id == "baik"


def test_status_follows_what_is_filled_in() -> None:
    rubric = Rubric((criterion("A", "50"), criterion("B", "50")))
    checklist = (ChecklistItem("V1", LocalizedText("visit")),)
    evaluation = Evaluation("S1")
    assert evaluation.status(rubric, RoundKind.DESK) is EvaluationStatus.NOT_STARTED
    evaluation.scores["A"] = D(5)
    assert evaluation.status(rubric, RoundKind.DESK) is EvaluationStatus.IN_PROGRESS
    evaluation.scores["B"] = D(5)
    assert evaluation.status(rubric, RoundKind.DESK) is EvaluationStatus.COMPLETE
    assert evaluation.status(rubric, RoundKind.FIELD, checklist) is EvaluationStatus.IN_PROGRESS
    evaluation.checklist["V1"] = True
    assert evaluation.status(rubric, RoundKind.FIELD, checklist) is EvaluationStatus.COMPLETE
    evaluation.recusal_reason = "my sister works there"
    assert evaluation.status(rubric, RoundKind.DESK) is EvaluationStatus.RECUSED
    assert evaluation.total(rubric) == 0


@pytest.mark.parametrize(("language", "expected"), [("id", "Kurang"), ("en", "Poor")])
def test_localized_text_falls_back_to_the_other_language(language, expected) -> None:
    assert LocalizedText("Kurang", "Poor").get(language) == expected
    assert LocalizedText("Kurang", "").get("en") == "Kurang"
