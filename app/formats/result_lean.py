"""The common case of a result file's evaluation, read in one pass.

:func:`app.formats.result._evaluation` checks each field through the helpers of
:mod:`app.formats.fields`, which build a path text for every field read and parse every score
again; for a 300-juror merge (15,000 evaluations, 150,000 scores) that was most of the time
spent verifying. :func:`lean_evaluation` accepts only what ``_evaluation`` accepts, builds the
same :class:`~app.domain.evaluation.Evaluation`, and parses each distinct score text once (a
scale has few steps). On anything unusual it returns ``None`` and the careful reader runs,
which either accepts the evaluation too or names the exact fault — so messages are unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.evaluation import Evaluation, EvaluationStatus, Recommendation
from app.domain.numbers import parse_decimal
from app.formats.fields import IDENTIFIER, MAX_TEXT

_KEYS = frozenset({
    "submission", "status", "scores", "total", "overall_comment", "recommendation",
    "video_watched", "field", "recusal", "updated",
})
_SCORE_KEYS = frozenset({"criterion", "value", "comment"})
_FIELD_KEYS = frozenset({"notes", "checklist"})
_STATUSES = frozenset(s.value for s in EvaluationStatus)
_RECOMMENDATIONS = {r.value: r for r in Recommendation}
_MISSING = object()
_MAX_ITEMS = 200  # as the careful reader: criteria and checklist items per evaluation


def _identifier(value: object) -> bool:
    return type(value) is str and IDENTIFIER.fullmatch(value) is not None


def _optional_text(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _score(value: object, decimals: dict[str, Decimal]) -> Decimal | None:
    """The score of a text such as ``"7"`` (cached per text); ``None`` when the careful
    reader must judge it."""
    if type(value) is not str:
        return None
    found = decimals.get(value)
    if found is None:
        try:
            found = decimals[value] = parse_decimal(value)
        except ValueError:
            return None
    return found


def lean_evaluation(data: Any, decimals: dict[str, Decimal]
                    ) -> tuple[Evaluation, str, str | None] | None:
    """``(evaluation, declared status, declared total)`` as ``_evaluation`` reads them, or
    ``None`` to let it judge. ``decimals`` caches parsed score texts across calls."""
    if type(data) is not dict or not data.keys() <= _KEYS:
        return None
    status = data.get("status")
    recommendation = data.get("recommendation", "")
    submission = data.get("submission")
    if (type(status) is not str or status not in _STATUSES
            or type(recommendation) is not str or recommendation not in _RECOMMENDATIONS
            or not _identifier(submission)):
        return None
    scores: dict[str, Decimal] = {}
    comments: dict[str, str] = {}
    items = data.get("scores")
    if type(items) is not list or len(items) > _MAX_ITEMS:
        return None
    for item in items:
        if type(item) is not dict or not item.keys() <= _SCORE_KEYS:
            return None
        code = item.get("criterion")
        comment = item.get("comment", "")
        if not _identifier(code) or code in comments or not _optional_text(comment):
            return None
        comments[code] = comment
        value = item.get("value")
        if value is not None:
            score = _score(value, decimals)
            if score is None:
                return None
            scores[code] = score
    field = data.get("field")
    if type(field) is not dict or not field.keys() <= _FIELD_KEYS:
        return None
    notes = field.get("notes", "")
    marks = field.get("checklist")
    if not _optional_text(notes) or type(marks) is not list or len(marks) > _MAX_ITEMS:
        return None
    checklist: dict[str, bool] = {}
    for mark in marks:
        if type(mark) is not dict or not _identifier(item := mark.get("item")) \
                or type(checked := mark.get("checked")) is not bool:
            return None
        checklist[item] = checked
    recusal = data.get("recusal", _MISSING)
    reason = None
    if recusal is not None:
        if type(recusal) is not dict:
            return None
        reason = recusal.get("reason")
        if type(reason) is not str or len(reason) > MAX_TEXT or not reason.strip():
            return None
    total = data.get("total")
    overall = data.get("overall_comment", "")
    watched = data.get("video_watched")
    updated = data.get("updated", "")
    if ((total is not None and type(total) is not str) or not _optional_text(overall)
            or type(watched) is not bool or not _optional_text(updated)):
        return None
    evaluation = Evaluation(
        submission=submission, scores=scores,
        comments={k: v for k, v in comments.items() if v} if comments else {},
        overall_comment=overall, recommendation=_RECOMMENDATIONS[recommendation],
        video_watched=watched, field_notes=notes, checklist=checklist,
        recusal_reason=reason, updated=updated)
    return evaluation, status, total
