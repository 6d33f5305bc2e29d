"""The juror's evaluations in the workspace database: the one place that maps them to rows.

Every read and write of the ``evaluations``, ``scores``, ``checklist_marks`` and ``evidence``
tables goes through here, in SQLAlchemy Core over the models' own tables
(app/storage/models.py): the save path (one evaluation read and written back in the caller's
``BEGIN IMMEDIATE`` transaction, see :meth:`Workspace.writing`), the lists, the progress
counts, the export and the rows a package import creates. A schema change is one edit to the
models, one here.

A save writes the evaluation's row whole and one upsert per score or checklist mark that
differs from what was read, so the change and its audit entry commit together or not at all.
An interview's questions are a column of the row (JSON, written whole: they change as one
list). Evidence is a table of its own with the files' bytes; a save never writes it, and a
read fetches its descriptions only for an evaluation that has some (one ``EXISTS`` in the
row's own query), so a score's save costs what it did before evidence existed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as upsert

from app.domain.evaluation import Evaluation, EvaluationStatus, QuestionNote, Recommendation
from app.domain.evidence import Evidence
from app.domain.numbers import decimal_text
from app.storage.models import Base, ChecklistMark, EvidenceFile, Score, Submission
from app.storage.models import Evaluation as EvaluationRow


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


_EVALUATIONS = _table(EvaluationRow)
_SCORES = _table(Score)
_MARKS = _table(ChecklistMark)
_SUBMISSIONS = _table(Submission)
_EVIDENCE = _table(EvidenceFile)
_E, _S, _M, _SUB, _X = _EVALUATIONS.c, _SCORES.c, _MARKS.c, _SUBMISSIONS.c, _EVIDENCE.c

#: the evaluation's own columns, as :func:`_row_values` fills them
COLUMNS = (
    "overall_comment",
    "recommendation",
    "video_watched",
    "field_notes",
    "recusal_reason",
    "updated_at",
    "status",
    "total",
    "questions",
)
_ROW = (_E.id, _E.submission_code, *(_E[name] for name in COLUMNS))
_HAS_EVIDENCE = exists().where(_X.evaluation_id == _E.id)

_ONE = select(*_ROW, _HAS_EVIDENCE.label("has_evidence")).where(
    _E.package_id == bindparam("package_id"), _E.submission_code == bindparam("code")
)
_DESCRIPTION = (_X.evaluation_id, _X.name, _X.media_type, _X.sha256, _X.size, _X.taken_at, _X.place)
_ONE_EVIDENCE = (
    select(*_DESCRIPTION)
    .where(_X.evaluation_id == bindparam("evaluation_id"))
    .order_by(_X.position)
)
_ALL_EVIDENCE = (
    select(*_DESCRIPTION)
    .join(_EVALUATIONS)
    .where(_E.package_id == bindparam("package_id"))
    .order_by(_X.evaluation_id, _X.position)
)
_ALL_EVIDENCE_DATA = (
    select(*_DESCRIPTION, _X.data)
    .join(_EVALUATIONS)
    .where(_E.package_id == bindparam("package_id"))
    .order_by(_X.evaluation_id, _X.position)
)
_ONE_SCORES = select(_S.evaluation_id, _S.criterion_code, _S.value, _S.comment).where(
    _S.evaluation_id == bindparam("evaluation_id")
)
_ONE_MARKS = select(_M.evaluation_id, _M.item_code, _M.checked).where(
    _M.evaluation_id == bindparam("evaluation_id")
)
_IN_ORDER = (_E.package_id == _SUB.package_id) & (_E.submission_code == _SUB.code)
_ALL = (
    select(*_ROW)
    .join(_SUBMISSIONS, _IN_ORDER)
    .where(_E.package_id == bindparam("package_id"))
    .order_by(_SUB.position)
)
_ALL_SCORES = (
    select(_S.evaluation_id, _S.criterion_code, _S.value, _S.comment)
    .join(_EVALUATIONS)
    .where(_E.package_id == bindparam("package_id"))
)
_ALL_MARKS = (
    select(_M.evaluation_id, _M.item_code, _M.checked)
    .join(_EVALUATIONS)
    .where(_E.package_id == bindparam("package_id"))
)
# whether any criterion holds a score: a comment alone is not "scored" (its total shows "–")
_HAS_SCORE = exists().where(_S.evaluation_id == _E.id, _S.value.is_not(None))
_SUMMARIES = (
    select(
        _SUB.code,
        _SUB.position,
        _SUB.title,
        _SUB.agency,
        _SUB.group_name,
        _SUB.cluster,
        _SUB.category,
        _E.status,
        _E.total,
        _HAS_SCORE,
    )
    .join(_EVALUATIONS, _IN_ORDER)
    .where(_SUB.package_id == bindparam("package_id"))
    .order_by(_SUB.position)
)
_COUNTS = (
    select(_E.status, func.count())
    .where(_E.package_id == bindparam("package_id"))
    .group_by(_E.status)
)
_UPDATE = (
    update(_EVALUATIONS)
    .where(_E.id == bindparam("row_id"))
    .values({name: bindparam(name) for name in COLUMNS})
)
_score_upsert = upsert(_SCORES)
_UPSERT_SCORE = _score_upsert.on_conflict_do_update(
    index_elements=[_S.evaluation_id, _S.criterion_code],
    set_={"value": _score_upsert.excluded.value, "comment": _score_upsert.excluded.comment},
)
_mark_upsert = upsert(_MARKS)
_UPSERT_MARK = _mark_upsert.on_conflict_do_update(
    index_elements=[_M.evaluation_id, _M.item_code], set_={"checked": _mark_upsert.excluded.checked}
)
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
    evaluation = _evaluation(
        row,
        connection.execute(_ONE_SCORES, ids),
        connection.execute(_ONE_MARKS, ids),
        connection.execute(_ONE_EVIDENCE, ids) if row.has_evidence else (),
    )
    return StoredEvaluation(row.id, evaluation, _STATUSES[row.status])


def load_all(
    connection: Connection, package_id: str, *, with_data: bool = False
) -> list[Evaluation]:
    """Every evaluation of the package in package order, in four queries; ``with_data``
    carries each attached file's bytes (as base64, as the result file holds them)."""
    ids = {"package_id": package_id}
    rows = connection.execute(_ALL, ids).all()
    scores: dict[int, list[Any]] = {row.id: [] for row in rows}
    marks: dict[int, list[Any]] = {row.id: [] for row in rows}
    files: dict[int, list[Any]] = {row.id: [] for row in rows}
    for score in connection.execute(_ALL_SCORES, ids):
        scores[score.evaluation_id].append(score)
    for mark in connection.execute(_ALL_MARKS, ids):
        marks[mark.evaluation_id].append(mark)
    for item in connection.execute(_ALL_EVIDENCE_DATA if with_data else _ALL_EVIDENCE, ids):
        files[item.evaluation_id].append(item)
    return [_evaluation(row, scores[row.id], marks[row.id], files[row.id]) for row in rows]


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
    """An empty evaluation for each assigned submission, when a package is opened (none for
    a newer version that assigns the juror nothing new: an empty insert would write a row
    with no package)."""
    codes = list(codes)
    if not codes:
        return
    connection.execute(
        insert(_EVALUATIONS),
        [
            {
                **_row_values(Evaluation(code), EvaluationStatus.NOT_STARTED, "0.00"),
                "package_id": package_id,
                "submission_code": code,
            }
            for code in codes
        ],
    )


def save(
    connection: Connection,
    stored: StoredEvaluation,
    evaluation: Evaluation,
    status: EvaluationStatus,
    total: str,
) -> None:
    """Write ``evaluation`` over ``stored`` in the caller's transaction: the row whole, and
    each score and checklist mark that changed."""
    connection.execute(_UPDATE, {**_row_values(evaluation, status, total), "row_id": stored.id})
    before = stored.evaluation
    criteria = {*before.scores, *before.comments, *evaluation.scores, *evaluation.comments}
    for criterion in sorted(criteria):
        cells = _score_cells(evaluation, criterion)
        if cells != _score_cells(before, criterion):
            connection.execute(
                _UPSERT_SCORE,
                {
                    "evaluation_id": stored.id,
                    "criterion_code": criterion,
                    "value": cells[0],
                    "comment": cells[1],
                },
            )
    for item in sorted(evaluation.checklist):
        if evaluation.checklist[item] != before.checklist.get(item):
            connection.execute(
                _UPSERT_MARK,
                {
                    "evaluation_id": stored.id,
                    "item_code": item,
                    "checked": evaluation.checklist[item],
                },
            )


# --- evidence ---------------------------------------------------------------------------------


def add_evidence(
    connection: Connection, stored: StoredEvaluation, evidence: Evidence, data: bytes, added_at: str
) -> None:
    """Attach a file after the evaluation's others, in the caller's transaction."""
    position = (
        connection.execute(
            select(func.coalesce(func.max(_X.position), 0)).where(_X.evaluation_id == stored.id)
        ).scalar_one()
        + 1
    )
    connection.execute(
        insert(_EVIDENCE),
        {
            "evaluation_id": stored.id,
            "position": position,
            "name": evidence.name,
            "media_type": evidence.media_type,
            "sha256": evidence.sha256,
            "size": evidence.size,
            "taken_at": evidence.taken_at,
            "place": evidence.place,
            "added_at": added_at,
            "data": data,
        },
    )


def remove_evidence(connection: Connection, stored: StoredEvaluation, sha256: str) -> None:
    connection.execute(delete(_EVIDENCE).where(_X.evaluation_id == stored.id, _X.sha256 == sha256))


def evidence_data(connection: Connection, package_id: str, code: str, sha256: str) -> bytes | None:
    """The bytes of one attached file, or ``None``."""
    return connection.execute(
        select(_X.data)
        .join(_EVALUATIONS)
        .where(_E.package_id == package_id, _E.submission_code == code, _X.sha256 == sha256)
    ).scalar_one_or_none()


def evidence_total(connection: Connection, package_id: str) -> int:
    """The bytes of every file attached in the package (what the result file will carry)."""
    return connection.execute(
        select(func.coalesce(func.sum(_X.size), 0))
        .join(_EVALUATIONS)
        .where(_E.package_id == package_id)
    ).scalar_one()


# --- the mapping, both ways ------------------------------------------------------------------


def _row_values(evaluation: Evaluation, status: EvaluationStatus, total: str) -> dict[str, Any]:
    return {
        "overall_comment": evaluation.overall_comment,
        "recommendation": evaluation.recommendation.value,
        "video_watched": evaluation.video_watched,
        "field_notes": evaluation.field_notes,
        "recusal_reason": evaluation.recusal_reason,
        "updated_at": evaluation.updated,
        "status": status.value,
        "total": total,
        "questions": _questions_text(evaluation.questions),
    }


def _questions_text(questions: tuple[QuestionNote, ...]) -> str:
    if not questions:
        return ""
    return json.dumps([[q.question, q.notes] for q in questions], ensure_ascii=False)


def _questions(text: str) -> tuple[QuestionNote, ...]:
    return (
        tuple(QuestionNote(question, notes) for question, notes in json.loads(text)) if text else ()
    )


def _score_cells(evaluation: Evaluation, criterion: str) -> tuple[str | None, str]:
    """A criterion's row in ``scores``: the canonical decimal text (or NULL), the comment."""
    value = evaluation.scores.get(criterion)
    return (None if value is None else decimal_text(value), evaluation.comments.get(criterion, ""))


def _evaluation(
    row: Any, scores: Iterable[Any], marks: Iterable[Any], files: Iterable[Any]
) -> Evaluation:
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
        questions=_questions(row.questions),
        evidence=tuple(_evidence(item) for item in files),
    )


def _evidence(item: Any) -> Evidence:
    data = getattr(item, "data", None)
    return Evidence(
        item.name,
        item.media_type,
        item.sha256,
        item.size,
        item.taken_at,
        item.place,
        None if data is None else base64.b64encode(data).decode("ascii"),
    )
