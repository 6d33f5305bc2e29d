"""The juror's evaluations in the workspace database: the one place that maps them to rows.

Every read and write of the ``evaluations``, ``scores`` and ``checklist_marks`` tables goes
through here, in SQLAlchemy Core over the models' own tables (app/storage/models.py): the
save path (one evaluation read and written back in the caller's ``BEGIN IMMEDIATE``
transaction, see :meth:`Workspace.writing`), the lists, the progress counts, the export and
the rows a package import creates. A schema change is one edit to the models, one here.

A save writes the evaluation's row whole and one upsert per score or checklist mark that
differs from what was read, so the change and its audit entry commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, bindparam, exists, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain.evaluation import Evaluation, EvaluationStatus, Recommendation
from app.domain.numbers import decimal_text
from app.storage.models import Base, ChecklistMark, Score, Submission
from app.storage.models import Evaluation as EvaluationRow


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


_EVALUATIONS = _table(EvaluationRow)
_SCORES = _table(Score)
_MARKS = _table(ChecklistMark)
_SUBMISSIONS = _table(Submission)
_E, _S, _M, _SUB = _EVALUATIONS.c, _SCORES.c, _MARKS.c, _SUBMISSIONS.c

#: the evaluation's own columns, as :func:`_row_values` fills them
COLUMNS = ("overall_comment", "recommendation", "video_watched", "field_notes",
           "recusal_reason", "updated_at", "status", "total")
_ROW = (_E.id, _E.submission_code, *(_E[name] for name in COLUMNS))

_ONE = select(*_ROW).where(_E.package_id == bindparam("package_id"),
                           _E.submission_code == bindparam("code"))
_ONE_SCORES = select(_S.evaluation_id, _S.criterion_code, _S.value, _S.comment).where(
    _S.evaluation_id == bindparam("evaluation_id"))
_ONE_MARKS = select(_M.evaluation_id, _M.item_code, _M.checked).where(
    _M.evaluation_id == bindparam("evaluation_id"))
_IN_ORDER = (_E.package_id == _SUB.package_id) & (_E.submission_code == _SUB.code)
_ALL = (select(*_ROW).join(_SUBMISSIONS, _IN_ORDER)
        .where(_E.package_id == bindparam("package_id")).order_by(_SUB.position))
_ALL_SCORES = (select(_S.evaluation_id, _S.criterion_code, _S.value, _S.comment)
               .join(_EVALUATIONS).where(_E.package_id == bindparam("package_id")))
_ALL_MARKS = (select(_M.evaluation_id, _M.item_code, _M.checked)
              .join(_EVALUATIONS).where(_E.package_id == bindparam("package_id")))
# whether any criterion holds a score: a comment alone is not "scored" (its total shows "–")
_HAS_SCORE = exists().where(_S.evaluation_id == _E.id, _S.value.is_not(None))
_SUMMARIES = (select(_SUB.code, _SUB.position, _SUB.title, _SUB.agency, _SUB.group_name,
                     _SUB.cluster, _SUB.category, _E.status, _E.total, _HAS_SCORE)
              .join(_EVALUATIONS, _IN_ORDER)
              .where(_SUB.package_id == bindparam("package_id")).order_by(_SUB.position))
_COUNTS = (select(_E.status, func.count()).where(_E.package_id == bindparam("package_id"))
           .group_by(_E.status))
_UPDATE = update(_EVALUATIONS).where(_E.id == bindparam("row_id")).values(
    {name: bindparam(name) for name in COLUMNS})
_score_upsert = upsert(_SCORES)
_UPSERT_SCORE = _score_upsert.on_conflict_do_update(
    index_elements=[_S.evaluation_id, _S.criterion_code],
    set_={"value": _score_upsert.excluded.value, "comment": _score_upsert.excluded.comment})
_mark_upsert = upsert(_MARKS)
_UPSERT_MARK = _mark_upsert.on_conflict_do_update(
    index_elements=[_M.evaluation_id, _M.item_code],
    set_={"checked": _mark_upsert.excluded.checked})
_STATUSES = {status.value: status for status in EvaluationStatus}


@dataclass(frozen=True)
class StoredEvaluation:
    """An evaluation as read, with its row's id and the status stored with it."""

    id: int
    evaluation: Evaluation
    status: EvaluationStatus


def load(connection: Connection, package_id: str, code: str) -> StoredEvaluation | None:
    row = connection.execute(_ONE, {"package_id": package_id, "code": code}).first()
    if row is None:
        return None
    ids = {"evaluation_id": row.id}
    evaluation = _evaluation(row, connection.execute(_ONE_SCORES, ids),
                             connection.execute(_ONE_MARKS, ids))
    return StoredEvaluation(row.id, evaluation, _STATUSES[row.status])


def load_all(connection: Connection, package_id: str) -> list[Evaluation]:
    """Every evaluation of the package in package order, in three queries."""
    rows = connection.execute(_ALL, {"package_id": package_id}).all()
    scores: dict[int, list[Any]] = {row.id: [] for row in rows}
    marks: dict[int, list[Any]] = {row.id: [] for row in rows}
    for score in connection.execute(_ALL_SCORES, {"package_id": package_id}):
        scores[score.evaluation_id].append(score)
    for mark in connection.execute(_ALL_MARKS, {"package_id": package_id}):
        marks[mark.evaluation_id].append(mark)
    return [_evaluation(row, scores[row.id], marks[row.id]) for row in rows]


def summaries(connection: Connection, package_id: str) -> Sequence[Sequence[Any]]:
    """One row per assigned submission in package order: code, position, title, agency,
    group, cluster, category, status, total, whether any criterion is scored (columns, not
    entities: 5,000 rows at the window's start)."""
    return connection.execute(_SUMMARIES, {"package_id": package_id}).all()


def status_counts(connection: Connection, package_id: str) -> dict[EvaluationStatus, int]:
    counts = dict.fromkeys(EvaluationStatus, 0)
    for status, count in connection.execute(_COUNTS, {"package_id": package_id}):
        counts[_STATUSES[status]] = count
    return counts


def add_blank(connection: Connection, package_id: str, codes: Iterable[str]) -> None:
    """An empty evaluation for each assigned submission, when a package is opened."""
    connection.execute(insert(_EVALUATIONS), [
        {**_row_values(Evaluation(code), EvaluationStatus.NOT_STARTED, "0.00"),
         "package_id": package_id, "submission_code": code} for code in codes])


def save(connection: Connection, stored: StoredEvaluation, evaluation: Evaluation,
         status: EvaluationStatus, total: str) -> None:
    """Write ``evaluation`` over ``stored`` in the caller's transaction: the row whole, and
    each score and checklist mark that changed."""
    connection.execute(_UPDATE, {**_row_values(evaluation, status, total), "row_id": stored.id})
    before = stored.evaluation
    criteria = {*before.scores, *before.comments, *evaluation.scores, *evaluation.comments}
    for criterion in sorted(criteria):
        cells = _score_cells(evaluation, criterion)
        if cells != _score_cells(before, criterion):
            connection.execute(_UPSERT_SCORE, {"evaluation_id": stored.id,
                                               "criterion_code": criterion,
                                               "value": cells[0], "comment": cells[1]})
    for item in sorted(evaluation.checklist):
        if evaluation.checklist[item] != before.checklist.get(item):
            connection.execute(_UPSERT_MARK, {"evaluation_id": stored.id, "item_code": item,
                                              "checked": evaluation.checklist[item]})


# --- the mapping, both ways ------------------------------------------------------------------

def _row_values(evaluation: Evaluation, status: EvaluationStatus, total: str) -> dict[str, Any]:
    return {"overall_comment": evaluation.overall_comment,
            "recommendation": evaluation.recommendation.value,
            "video_watched": evaluation.video_watched,
            "field_notes": evaluation.field_notes,
            "recusal_reason": evaluation.recusal_reason,
            "updated_at": evaluation.updated,
            "status": status.value,
            "total": total}


def _score_cells(evaluation: Evaluation, criterion: str) -> tuple[str | None, str]:
    """A criterion's row in ``scores``: the canonical decimal text (or NULL), the comment."""
    value = evaluation.scores.get(criterion)
    return (None if value is None else decimal_text(value),
            evaluation.comments.get(criterion, ""))


def _evaluation(row: Any, scores: Iterable[Any],
                marks: Iterable[Any]) -> Evaluation:
    scores = list(scores)
    return Evaluation(
        submission=row.submission_code,
        scores={s.criterion_code: Decimal(s.value) for s in scores if s.value is not None},
        comments={s.criterion_code: s.comment for s in scores if s.comment},
        overall_comment=row.overall_comment,
        recommendation=Recommendation(row.recommendation),
        video_watched=row.video_watched,
        field_notes=row.field_notes,
        checklist={m.item_code: m.checked for m in marks},
        recusal_reason=row.recusal_reason,
        updated=row.updated_at,
    )
