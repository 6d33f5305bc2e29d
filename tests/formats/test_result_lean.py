"""The lean reader of a result's evaluations agrees with the careful one: the same evaluation
for anything valid, and for anything odd it steps aside so the careful reader names the fault."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from app.formats.fields import FieldError
from app.formats.result import _evaluation
from app.formats.result_lean import lean_evaluation

VALID = {
    "submission": "B00001", "status": "complete",
    "scores": [{"criterion": "K01", "value": "7", "comment": "Cukup."},
               {"criterion": "K02", "value": "7.5", "comment": ""},
               {"criterion": "K03", "value": None}],
    "total": "72.50", "overall_comment": "", "recommendation": "advance",
    "video_watched": True, "field": {"notes": "", "checklist": [
        {"item": "C1", "checked": True}, {"item": "C2", "checked": False}]},
    "recusal": None, "updated": "2026-11-23T09:00:00.000Z",
}


def _variants():
    """Valid evaluations and small breakages of each field."""
    yield VALID
    recused = {**VALID, "scores": [], "total": None, "status": "recused",
               "recusal": {"reason": "Keluarga"}}
    yield recused
    for key in VALID:
        yield {k: v for k, v in VALID.items() if k != key}  # each field missing
    for key, bad in [("status", "done"), ("status", 1), ("recommendation", "maybe"),
                     ("submission", "B 1"), ("submission", ""), ("scores", {}),
                     ("total", 72.5), ("video_watched", "yes"), ("field", []),
                     ("recusal", {"reason": " "}), ("recusal", "x"), ("updated", 5),
                     ("overall_comment", None), ("extra", 1)]:
        yield {**VALID, key: bad}
    for score in [{"criterion": "K01", "value": "7,5"}, {"criterion": "K01", "value": 7},
                  {"criterion": "K01", "value": " 8 "}, {"criterion": "K01", "value": "1e1"},
                  {"criterion": "K01", "other": 1}, {"criterion": "K1 "}, "K01",
                  {"criterion": "K01", "comment": 3}]:
        yield {**VALID, "scores": [score]}
    yield {**VALID, "scores": VALID["scores"] + [{"criterion": "K01", "value": "8"}]}
    yield {**VALID, "scores": [{"criterion": "K01", "value": "1"}] * 201}
    for mark in [{"item": "C1"}, {"item": "C1", "checked": 1}, {"item": "", "checked": True},
                 {"item": "C1", "checked": True, "note": "x"}, []]:
        yield {**VALID, "field": {"notes": "", "checklist": [mark]}}
    yield {**VALID, "field": {"notes": 1, "checklist": []}}
    yield {**VALID, "field": {"checklist": []}}
    yield {**VALID, "field": {"notes": ""}}


@pytest.mark.parametrize("data", list(_variants()))
def test_lean_reader_agrees_with_the_careful_one(data) -> None:
    original = copy.deepcopy(data)
    try:
        careful = _evaluation(data, "evaluations[0]")
    except FieldError:
        careful = None
    lean = lean_evaluation(data, {})
    if careful is None:
        assert lean is None
    elif lean is not None:
        assert lean == careful
    assert data == original


def test_score_texts_are_parsed_once_and_shared() -> None:
    cache: dict[str, Decimal] = {}
    first = lean_evaluation(VALID, cache)
    second = lean_evaluation(copy.deepcopy(VALID), cache)
    assert first is not None and second is not None
    assert first[0].scores["K01"] is second[0].scores["K01"] == Decimal(7)
