"""Competition, round, rubric and checklist as JSON, shared by the rubric file and the manifest."""

from __future__ import annotations

from typing import Any

from app.domain.competition import (
    DEFAULT_MIN_EVALUATIONS,
    MAX_MIN_EVALUATIONS,
    MAX_PHASE_MINUTES,
    ChecklistItem,
    Competition,
    Round,
    RoundKind,
)
from app.domain.numbers import decimal_text
from app.domain.rubric import Criterion, LevelDescriptor, Rubric, Scale
from app.formats import fields as f
from app.i18n import translate


def competition_to_json(competition: Competition) -> dict[str, Any]:
    return {
        "id": competition.id,
        "name": competition.name.to_json(),
        "organizer": competition.organizer,
        "year": competition.year,
    }


def competition_from_json(value: Any, path: str) -> Competition:
    data = f.obj(value, path)
    f.only_keys(data, {"id", "name", "organizer", "year"}, path)
    return Competition(
        id=f.identifier(data, "id", path),
        name=f.localized(data, "name", path),
        year=f.integer(data, "year", path, minimum=1900),
        organizer=f.text(data, "organizer", path, required=False),
    )


PHASE_KEYS = ("presentation_minutes", "question_minutes")


def round_to_json(round_: Round) -> dict[str, Any]:
    """The round as the manifest holds it; the interview's minutes only where it has them,
    so other rounds' manifests read the same as before they existed."""
    data: dict[str, Any] = {
        "id": round_.id,
        "kind": round_.kind.value,
        "name": round_.name.to_json(),
        "passing_grade": None
        if round_.passing_grade is None
        else decimal_text(round_.passing_grade),
        "min_evaluations": round_.min_evaluations,
    }
    if round_.presentation_minutes is not None:
        data["presentation_minutes"] = round_.presentation_minutes
        data["question_minutes"] = round_.question_minutes
    return data


def round_from_json(value: Any, path: str) -> Round:
    data = f.obj(value, path)
    f.only_keys(data, {"id", "kind", "name", "passing_grade", "min_evaluations", *PHASE_KEYS}, path)
    kind = f.text(data, "kind", path)
    if kind not in RoundKind.__members__.values():
        raise f.FieldError(
            f"{path}.kind",
            translate("Fields", "must be one of desk, interview, field (not '{value}')").format(
                value=kind[:40]
            ),
        )
    grade = f.decimal(data, "passing_grade", path, required=False)
    if grade is not None and not 0 <= grade <= 100:
        raise f.FieldError(f"{path}.passing_grade", translate("Fields", "must lie in 0–100"))
    minimum = DEFAULT_MIN_EVALUATIONS
    if "min_evaluations" in data:  # absent: the default (and in packages made before it)
        minimum = f.integer(data, "min_evaluations", path, minimum=1)
        if minimum > MAX_MIN_EVALUATIONS:
            raise f.FieldError(
                f"{path}.min_evaluations",
                translate("Fields", "must be at most {n}").format(n=MAX_MIN_EVALUATIONS),
            )
    presentation, questions = _phase_minutes(data, RoundKind(kind), path)
    return Round(
        id=f.identifier(data, "id", path),
        kind=RoundKind(kind),
        name=f.localized(data, "name", path),
        passing_grade=grade,
        min_evaluations=minimum,
        presentation_minutes=presentation,
        question_minutes=questions,
    )


def _phase_minutes(
    data: dict[str, Any], kind: RoundKind, path: str
) -> tuple[int | None, int | None]:
    """An interview round's presentation and question minutes: both or neither, each a
    whole number 1–180; no other round has them."""
    given = [key for key in PHASE_KEYS if key in data]
    if not given:
        return None, None
    if kind is not RoundKind.INTERVIEW:
        raise f.FieldError(
            f"{path}.{given[0]}",
            translate("Fields", "only an interview round has presentation and question minutes"),
        )
    if len(given) == 1:
        missing = next(key for key in PHASE_KEYS if key not in data)
        raise f.FieldError(
            f"{path}.{missing}",
            translate(
                "Fields", "is missing: give the presentation and the question minutes together"
            ),
        )
    minutes = []
    for key in PHASE_KEYS:
        value = f.integer(data, key, path, minimum=1)
        if value > MAX_PHASE_MINUTES:
            raise f.FieldError(
                f"{path}.{key}",
                translate("Fields", "must be at most {n}").format(n=MAX_PHASE_MINUTES),
            )
        minutes.append(value)
    return minutes[0], minutes[1]


def criterion_to_json(criterion: Criterion) -> dict[str, Any]:
    return {
        "code": criterion.code,
        "title": criterion.title.to_json(),
        "description": criterion.description.to_json(),
        "guiding_questions": [q.to_json() for q in criterion.guiding_questions],
        "weight": decimal_text(criterion.weight),
        "scale": {
            "min": decimal_text(criterion.scale.minimum),
            "max": decimal_text(criterion.scale.maximum),
            "step": decimal_text(criterion.scale.step),
        },
        "levels": [
            {
                "min": decimal_text(level.minimum),
                "max": decimal_text(level.maximum),
                "label": level.label.to_json(),
                "description": level.description.to_json(),
            }
            for level in criterion.levels
        ],
    }


CRITERION_KEYS = {"code", "title", "description", "guiding_questions", "weight", "scale", "levels"}


def criterion_from_json(
    value: Any, path: str, *, extra_keys: frozenset[str] = frozenset()
) -> Criterion:
    data = f.obj(value, path)
    f.only_keys(data, CRITERION_KEYS | extra_keys, path)
    scale_data = f.obj(f.member(data, "scale", path), f"{path}.scale")
    f.only_keys(scale_data, {"min", "max", "step"}, f"{path}.scale")
    levels = []
    for i, level_value in enumerate(
        f.items(data.get("levels", []), f"{path}.levels", max_items=100)
    ):
        where = f"{path}.levels[{i}]"
        level = f.obj(level_value, where)
        f.only_keys(level, {"min", "max", "label", "description"}, where)
        levels.append(
            LevelDescriptor(
                minimum=f.decimal(level, "min", where),
                maximum=f.decimal(level, "max", where),
                label=f.localized(level, "label", where),
                description=f.localized(level, "description", where, required=False),
            )
        )
    questions = [
        f.localized({"q": q}, "q", f"{path}.guiding_questions[{i}]")
        for i, q in enumerate(
            f.items(data.get("guiding_questions", []), f"{path}.guiding_questions", max_items=100)
        )
    ]
    return Criterion(
        code=f.identifier(data, "code", path),
        title=f.localized(data, "title", path),
        description=f.localized(data, "description", path, required=False),
        guiding_questions=tuple(questions),
        weight=f.decimal(data, "weight", path),
        scale=Scale(
            minimum=f.decimal(scale_data, "min", f"{path}.scale"),
            maximum=f.decimal(scale_data, "max", f"{path}.scale"),
            step=f.decimal(scale_data, "step", f"{path}.scale"),
        ),
        levels=tuple(levels),
    )


def rubric_to_json(rubric: Rubric) -> list[dict[str, Any]]:
    return [criterion_to_json(c) for c in rubric]


def rubric_from_json(value: Any, path: str) -> Rubric:
    criteria = [
        criterion_from_json(c, f"{path}[{i}]")
        for i, c in enumerate(f.items(value, path, max_items=200))
    ]
    return checked_rubric(Rubric(tuple(criteria)), path)


def checked_rubric(rubric: Rubric, path: str) -> Rubric:
    problems = rubric.problems()
    if problems:
        raise f.FieldError(path, "; ".join(problems))
    return rubric


def checklist_to_json(checklist: tuple[ChecklistItem, ...]) -> list[dict[str, Any]]:
    return [{"code": item.code, "text": item.text.to_json()} for item in checklist]


def checklist_from_json(value: Any, path: str) -> tuple[ChecklistItem, ...]:
    result = []
    seen = set()
    for i, item_value in enumerate(f.items(value, path, max_items=200)):
        where = f"{path}[{i}]"
        item = f.obj(item_value, where)
        f.only_keys(item, {"code", "text"}, where)
        code = f.identifier(item, "code", where)
        if code in seen:
            raise f.FieldError(
                where, translate("Fields", "code {code} is used twice").format(code=code)
            )
        seen.add(code)
        result.append(ChecklistItem(code, f.localized(item, "text", where)))
    return tuple(result)
