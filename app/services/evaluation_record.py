"""One evaluation as the save path reads and writes it: plain SQL, no ORM objects.

A juror's every score change is one transaction with an fsync; the ORM's identity map, unit of
work and object loading used to cost more than that write. Here an evaluation is read with
three cached statements, changed in memory, and written back with one UPDATE of the
evaluation, one upsert per changed score or checklist mark, and the audit entry — all in the
caller's transaction, so the change and its audit record still commit together or not at all.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert

from app.domain.evaluation import Evaluation, Recommendation
from app.storage.models import ChecklistMark, Score
from app.storage.models import Evaluation as EvaluationRow

COLUMNS = ("overall_comment", "recommendation", "video_watched", "field_notes",
           "recusal_reason", "updated_at", "status", "total")
_evaluations = EvaluationRow.__table__
_scores = Score.__table__
_marks = ChecklistMark.__table__

_SELECT_ROW = select(_evaluations.c.id, *(_evaluations.c[name] for name in COLUMNS)).where(
    _evaluations.c.package_id == bindparam("package_id"),
    _evaluations.c.submission_code == bindparam("code"))
_SELECT_SCORES = select(_scores.c.criterion_code, _scores.c.value, _scores.c.comment).where(
    _scores.c.evaluation_id == bindparam("id"))
_SELECT_MARKS = select(_marks.c.item_code, _marks.c.checked).where(
    _marks.c.evaluation_id == bindparam("id"))
_UPSERT_SCORE = insert(_scores).on_conflict_do_update(
    index_elements=[_scores.c.evaluation_id, _scores.c.criterion_code],
    set_={"value": bindparam("value"), "comment": bindparam("comment")}).values(
    evaluation_id=bindparam("evaluation_id"), criterion_code=bindparam("criterion_code"),
    value=bindparam("value"), comment=bindparam("comment"))
_UPSERT_MARK = insert(_marks).on_conflict_do_update(
    index_elements=[_marks.c.evaluation_id, _marks.c.item_code],
    set_={"checked": bindparam("checked")}).values(
    evaluation_id=bindparam("evaluation_id"), item_code=bindparam("item_code"),
    checked=bindparam("checked"))


class EvaluationRecord:
    """The stored evaluation of one submission, with what has been changed since it was read."""

    def __init__(self, connection: Connection, row: Any, code: str) -> None:
        self.id: int = row.id
        self.code = code
        self.values: dict[str, Any] = {name: getattr(row, name) for name in COLUMNS}
        self.scores: dict[str, tuple[str | None, str]] = {
            c: (v, comment) for c, v, comment in connection.execute(
                _SELECT_SCORES, {"id": self.id})}
        self.marks: dict[str, bool] = {
            item: bool(checked) for item, checked in connection.execute(
                _SELECT_MARKS, {"id": self.id})}
        self._changed_columns: set[str] = set()
        self._changed_scores: set[str] = set()
        self._changed_marks: set[str] = set()

    @classmethod
    def load(cls, connection: Connection, package_id: str, code: str) -> EvaluationRecord | None:
        row = connection.execute(_SELECT_ROW, {"package_id": package_id, "code": code}).first()
        return None if row is None else cls(connection, row, code)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def __setitem__(self, name: str, value: Any) -> None:
        self.values[name] = value
        self._changed_columns.add(name)

    def put_score(self, criterion: str, value: str | None) -> None:
        _old, comment = self.scores.get(criterion, (None, ""))
        self.scores[criterion] = (value, comment)
        self._changed_scores.add(criterion)

    def put_comment(self, criterion: str, text: str) -> None:
        value, _old = self.scores.get(criterion, (None, ""))
        self.scores[criterion] = (value, text)
        self._changed_scores.add(criterion)

    def put_mark(self, item: str, checked: bool) -> None:
        self.marks[item] = checked
        self._changed_marks.add(item)

    def to_domain(self) -> Evaluation:
        values = self.values
        return Evaluation(
            submission=self.code,
            scores={c: Decimal(v) for c, (v, _comment) in self.scores.items() if v is not None},
            comments={c: comment for c, (_v, comment) in self.scores.items() if comment},
            overall_comment=values["overall_comment"],
            recommendation=Recommendation(values["recommendation"]),
            video_watched=bool(values["video_watched"]),
            field_notes=values["field_notes"],
            checklist=dict(self.marks),
            recusal_reason=values["recusal_reason"],
            updated=values["updated_at"],
        )

    def write(self, connection: Connection) -> None:
        """Every change since :meth:`load`, in the caller's transaction."""
        if self._changed_columns:
            connection.execute(
                update(_evaluations).where(_evaluations.c.id == self.id).values(
                    {name: self.values[name] for name in sorted(self._changed_columns)}))
        for criterion in sorted(self._changed_scores):
            value, comment = self.scores[criterion]
            connection.execute(_UPSERT_SCORE, {"evaluation_id": self.id,
                                               "criterion_code": criterion, "value": value,
                                               "comment": comment})
        for item in sorted(self._changed_marks):
            connection.execute(_UPSERT_MARK, {"evaluation_id": self.id, "item_code": item,
                                              "checked": self.marks[item]})
