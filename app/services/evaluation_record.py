"""One evaluation as the save path reads and writes it: plain SQL on the DB-API cursor.

A juror's every score change is one transaction with an fsync. The ORM's identity map and unit
of work, and then even SQLAlchemy Core's per-statement work (compiling from its cache, result
objects, type processors), each cost more than the rows themselves; so the save path runs
fixed SQL text on the ``sqlite3`` cursor of :meth:`Workspace.saving`: an evaluation is read
with three statements, changed in memory, and written back with one UPDATE of the evaluation
and one upsert per changed score or checklist mark, in the caller's transaction, so the change
and its audit entry still commit together or not at all.

The rows are the ones the ORM writes: every column here is text, an integer or NULL except
the two Booleans, which SQLAlchemy stores as the integers 0 and 1 and ``sqlite3`` binds
``bool`` as exactly those (tests/services/test_evaluation_record.py compares the two paths).
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from app.domain.evaluation import Evaluation, Recommendation

COLUMNS = ("overall_comment", "recommendation", "video_watched", "field_notes",
           "recusal_reason", "updated_at", "status", "total")
_BOOLEANS = frozenset({"video_watched"})

_SELECT_ROW = (f"SELECT id, {', '.join(COLUMNS)} FROM evaluations "
               "WHERE package_id = ? AND submission_code = ?")
_SELECT_SCORES = "SELECT criterion_code, value, comment FROM scores WHERE evaluation_id = ?"
_SELECT_MARKS = "SELECT item_code, checked FROM checklist_marks WHERE evaluation_id = ?"
_UPDATE_ROW = (f"UPDATE evaluations SET {', '.join(f'{name} = ?' for name in COLUMNS)} "
               "WHERE id = ?")
_UPSERT_SCORE = ("INSERT INTO scores (evaluation_id, criterion_code, value, comment) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT (evaluation_id, criterion_code) "
                 "DO UPDATE SET value = excluded.value, comment = excluded.comment")
_UPSERT_MARK = ("INSERT INTO checklist_marks (evaluation_id, item_code, checked) "
                "VALUES (?, ?, ?) ON CONFLICT (evaluation_id, item_code) "
                "DO UPDATE SET checked = excluded.checked")


class EvaluationRecord:
    """The stored evaluation of one submission, with what has been changed since it was read."""

    def __init__(self, cursor: sqlite3.Cursor, row: tuple[Any, ...], code: str) -> None:
        self.id: int = row[0]
        self.code = code
        self.values: dict[str, Any] = {
            name: bool(value) if name in _BOOLEANS else value
            for name, value in zip(COLUMNS, row[1:], strict=True)}
        self.scores: dict[str, tuple[str | None, str]] = {
            c: (v, comment) for c, v, comment in cursor.execute(_SELECT_SCORES, (self.id,))}
        self.marks: dict[str, bool] = {
            item: bool(checked) for item, checked in cursor.execute(_SELECT_MARKS, (self.id,))}
        self._changed_row = False
        self._changed_scores: set[str] = set()
        self._changed_marks: set[str] = set()

    @classmethod
    def load(cls, cursor: sqlite3.Cursor, package_id: str, code: str) -> EvaluationRecord | None:
        row = cursor.execute(_SELECT_ROW, (package_id, code)).fetchone()
        return None if row is None else cls(cursor, row, code)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in self.values:
            raise KeyError(name)  # the UPDATE writes COLUMNS only: never a silent no-op
        self.values[name] = value
        self._changed_row = True

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
            video_watched=values["video_watched"],
            field_notes=values["field_notes"],
            checklist=dict(self.marks),
            recusal_reason=values["recusal_reason"],
            updated=values["updated_at"],
        )

    def write(self, cursor: sqlite3.Cursor) -> None:
        """Every change since :meth:`load`, in the caller's transaction. The evaluation's row
        is written whole (one fixed statement; the unchanged columns get their own values)."""
        if self._changed_row:
            cursor.execute(_UPDATE_ROW, (*(self.values[name] for name in COLUMNS), self.id))
        for criterion in sorted(self._changed_scores):
            value, comment = self.scores[criterion]
            cursor.execute(_UPSERT_SCORE, (self.id, criterion, value, comment))
        for item in sorted(self._changed_marks):
            cursor.execute(_UPSERT_MARK, (self.id, item, self.marks[item]))
