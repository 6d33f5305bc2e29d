"""Every change a juror makes to an evaluation, each saved and audited at once.

Each method is one transaction: the change, the recomputed status and total, and an audit entry
commit together. Setting a value to what it already is writes nothing. Values are checked
against the rubric first, so an invalid score can never reach the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.domain.competition import Manifest, RoundKind
from app.domain.evaluation import Evaluation, EvaluationStatus, Recommendation
from app.domain.numbers import decimal_text, total_text
from app.errors import WorkspaceError
from app.i18n import translate
from app.services.evaluation_record import EvaluationRecord
from app.storage import audit
from app.storage.models import ChecklistMark, Score, Submission
from app.storage.models import Evaluation as EvaluationRow

if TYPE_CHECKING:
    from app.services.workspace import Workspace

MAX_COMMENT_CHARS = 20_000


class Source:
    """Where a change came from, recorded in the audit log."""

    APP = "app"
    CLI = "cli"
    PAPER = "paper"  # typed in from a paper evaluation sheet


@dataclass(frozen=True)
class EvaluationState:
    evaluation: Evaluation
    status: EvaluationStatus
    total: Fraction
    changed: bool = True


@dataclass(frozen=True)
class SubmissionSummary:
    """One row of the juror's submission list."""

    code: str
    position: int
    title: str
    agency: str
    group: str
    cluster: str
    category: str
    status: EvaluationStatus
    total: str
    scored: bool  # any criterion scored: a total of "0.00" without one is shown as "–"


@dataclass(frozen=True)
class ProgressSummary:
    counts: dict[EvaluationStatus, int]

    @property
    def assigned(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        """Complete or recused: nothing more to do."""
        return self.counts[EvaluationStatus.COMPLETE] + self.counts[EvaluationStatus.RECUSED]


@dataclass(frozen=True)
class OpenPoints:
    """What is still open in one evaluation before the juror hands in results."""

    code: str
    unscored: tuple[str, ...]  # criterion codes without a score
    uncommented: tuple[str, ...]  # scored criterion codes without a comment
    unconfirmed: tuple[str, ...]  # field-visit checklist items not confirmed (field rounds)


Mutation = Callable[[EvaluationRecord, Evaluation], dict[str, Any] | None]


class ScoringService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._actors: dict[str, str] = {}

    # --- reading ---------------------------------------------------------------------------

    def submissions(self, package_id: str) -> list[SubmissionSummary]:
        scored = exists().where(Score.evaluation_id == EvaluationRow.id,
                                Score.value.is_not(None))
        with self._ws.reading() as session:
            rows = session.execute(  # columns, not entities: 5,000 rows at the window's start
                select(Submission.code, Submission.position, Submission.title,
                       Submission.agency, Submission.group_name, Submission.cluster,
                       Submission.category, EvaluationRow.status, EvaluationRow.total, scored)
                .join(EvaluationRow, (EvaluationRow.package_id == Submission.package_id)
                      & (EvaluationRow.submission_code == Submission.code))
                .where(Submission.package_id == package_id)
                .order_by(Submission.position)
            ).all()
        statuses = {status.value: status for status in EvaluationStatus}
        return [SubmissionSummary(code, position, title, agency, group, cluster, category,
                                  statuses[status], total, bool(has_score))
                for code, position, title, agency, group, cluster, category, status, total,
                has_score in rows]

    def progress(self, package_id: str) -> ProgressSummary:
        counts = dict.fromkeys(EvaluationStatus, 0)
        with self._ws.reading() as session:
            for status, count in session.execute(
                select(EvaluationRow.status, func.count())
                .where(EvaluationRow.package_id == package_id)
                .group_by(EvaluationRow.status)
            ):
                counts[EvaluationStatus(status)] = count
        return ProgressSummary(counts)

    def evaluation(self, package_id: str, code: str) -> EvaluationState:
        manifest = self._ws.packages.manifest(package_id)
        with self._ws.reading() as session:
            row = self._row(session, package_id, code)
            evaluation = load_evaluation(session, row)
        return self._state(manifest, evaluation, changed=False)

    def all_evaluations(self, package_id: str) -> list[Evaluation]:
        """Every evaluation of the package in package order, loaded in three queries."""
        with self._ws.reading() as session:
            rows = session.execute(
                select(EvaluationRow)
                .join(Submission, (EvaluationRow.package_id == Submission.package_id)
                      & (EvaluationRow.submission_code == Submission.code))
                .where(EvaluationRow.package_id == package_id)
                .order_by(Submission.position)
            ).scalars().all()
            ids = [row.id for row in rows]
            scores: dict[int, list[Score]] = {i: [] for i in ids}
            marks: dict[int, list[ChecklistMark]] = {i: [] for i in ids}
            for score in session.scalars(select(Score).join(EvaluationRow).where(
                    EvaluationRow.package_id == package_id)):
                scores[score.evaluation_id].append(score)
            for mark in session.scalars(select(ChecklistMark).join(EvaluationRow).where(
                    EvaluationRow.package_id == package_id)):
                marks[mark.evaluation_id].append(mark)
            return [to_domain(row, scores[row.id], marks[row.id]) for row in rows]

    def open_points(self, package_id: str) -> list[OpenPoints]:
        """Every non-recused evaluation with something left to do, in package order."""
        manifest = self._ws.packages.manifest(package_id)
        field_round = manifest.round.kind == RoundKind.FIELD
        result = []
        for evaluation in self.all_evaluations(package_id):
            if evaluation.recused:
                continue
            unscored = tuple(manifest.rubric.missing(evaluation.scores))
            uncommented = tuple(c.code for c in manifest.rubric
                                if c.code not in unscored and not evaluation.comments.get(c.code))
            unconfirmed = tuple(i.code for i in manifest.checklist
                                if field_round and not evaluation.checklist.get(i.code))
            if unscored or uncommented or unconfirmed:
                result.append(OpenPoints(evaluation.submission, unscored, uncommented,
                                         unconfirmed))
        return result

    # --- changes ---------------------------------------------------------------------------

    def set_score(self, package_id: str, code: str, criterion: str, value: Decimal | None, *,
                  source: str = Source.APP) -> EvaluationState:
        manifest = self._ws.packages.manifest(package_id)
        if value is not None:
            problem = manifest.rubric.score_problem(criterion, value)
            if problem:
                raise WorkspaceError(problem, code="invalid_score")
        elif manifest.rubric.get(criterion) is None:
            raise WorkspaceError(manifest.rubric.score_problem(criterion, Decimal(0)),
                                 code="invalid_score")

        def apply(record: EvaluationRecord, current: Evaluation):
            self._refuse_if_recused(current, code)
            if current.scores.get(criterion) == value:
                return None
            record.put_score(criterion, None if value is None else decimal_text(value))
            return {"criterion": criterion,
                    "value": None if value is None else decimal_text(value)}

        return self._change(package_id, code, "set_score", apply, source)

    def set_comment(self, package_id: str, code: str, criterion: str | None, text: str, *,
                    source: str = Source.APP) -> EvaluationState:
        """The comment on one criterion, or the overall comment when ``criterion`` is None."""
        manifest = self._ws.packages.manifest(package_id)
        _check_text(text)
        if criterion is not None and manifest.rubric.get(criterion) is None:
            raise WorkspaceError(manifest.rubric.score_problem(criterion, Decimal(0)),
                                 code="invalid_score")

        def apply(record: EvaluationRecord, current: Evaluation):
            if criterion is None:
                if record["overall_comment"] == text:
                    return None
                record["overall_comment"] = text
                return {"criterion": None, "text": text}
            self._refuse_if_recused(current, code)
            if current.comments.get(criterion, "") == text:
                return None
            record.put_comment(criterion, text)
            return {"criterion": criterion, "text": text}

        return self._change(package_id, code, "set_comment", apply, source)

    def set_recommendation(self, package_id: str, code: str, recommendation: Recommendation, *,
                           source: str = Source.APP) -> EvaluationState:
        def apply(record: EvaluationRecord, current: Evaluation):
            self._refuse_if_recused(current, code)
            if record["recommendation"] == recommendation.value:
                return None
            record["recommendation"] = recommendation.value
            return {"recommendation": recommendation.value}

        return self._change(package_id, code, "set_recommendation", apply, source)

    def set_video_watched(self, package_id: str, code: str, watched: bool, *,
                          source: str = Source.APP) -> EvaluationState:
        def apply(record: EvaluationRecord, _current: Evaluation):
            if record["video_watched"] == watched:
                return None
            record["video_watched"] = watched
            return {"watched": watched}

        return self._change(package_id, code, "set_video_watched", apply, source)

    def set_field_notes(self, package_id: str, code: str, text: str, *,
                        source: str = Source.APP) -> EvaluationState:
        _check_text(text)

        def apply(record: EvaluationRecord, _current: Evaluation):
            if record["field_notes"] == text:
                return None
            record["field_notes"] = text
            return {"text": text}

        return self._change(package_id, code, "set_field_notes", apply, source)

    def set_checklist_item(self, package_id: str, code: str, item: str, checked: bool, *,
                           source: str = Source.APP) -> EvaluationState:
        manifest = self._ws.packages.manifest(package_id)
        if item not in {i.code for i in manifest.checklist}:
            raise WorkspaceError(translate(
                "Scoring", "The field-visit checklist has no item {item}.").format(item=item),
                code="unknown_item")

        def apply(record: EvaluationRecord, current: Evaluation):
            if current.checklist.get(item, False) == checked:
                return None
            record.put_mark(item, checked)
            return {"item": item, "checked": checked}

        return self._change(package_id, code, "set_checklist_item", apply, source)

    def recuse(self, package_id: str, code: str, reason: str, *,
               source: str = Source.APP) -> EvaluationState:
        """Declare a conflict of interest: the submission's scores are locked out."""
        reason = reason.strip()
        if not reason:
            raise WorkspaceError(translate(
                "Scoring", "Give the reason for the conflict of interest."), code="no_reason")
        _check_text(reason)

        def apply(record: EvaluationRecord, _current: Evaluation):
            if record["recusal_reason"] == reason:
                return None
            record["recusal_reason"] = reason
            return {"reason": reason}

        return self._change(package_id, code, "recuse", apply, source)

    def withdraw_recusal(self, package_id: str, code: str, *,
                         source: str = Source.APP) -> EvaluationState:
        def apply(record: EvaluationRecord, _current: Evaluation):
            if record["recusal_reason"] is None:
                return None
            record["recusal_reason"] = None
            return {}

        return self._change(package_id, code, "withdraw_recusal", apply, source)

    # --- machinery -------------------------------------------------------------------------

    def _change(self, package_id: str, code: str, action: str, apply: Mutation,
                source: str) -> EvaluationState:
        manifest = self._ws.packages.manifest(package_id)
        now = self._ws.clock()
        actor = self._actor(package_id)
        with self._ws.saving() as cursor:
            # plain SQL on the DB-API cursor (see app.services.evaluation_record): read,
            # change in memory, write back, audit — one transaction, one fsync
            record = EvaluationRecord.load(cursor, package_id, code)
            if record is None:
                raise self._not_assigned(code)
            current = record.to_domain()
            detail = apply(record, current)
            if detail is None:
                return self._state(manifest, current, changed=False)
            evaluation = record.to_domain()
            state = self._state(manifest, evaluation)
            record["status"] = state.status.value
            record["total"] = total_text(state.total)
            record["updated_at"] = evaluation.updated = now
            record.write(cursor)
            audit.insert(cursor, at=now, actor=actor, action=action, package_id=package_id,
                         subject=code, detail={**detail, "source": source})
        return state

    def _actor(self, package_id: str) -> str:
        """The juror's id in the package's roster (fixed once the package is imported, so
        read once, not in every save)."""
        actor = self._actors.get(package_id)
        if actor is None:
            actor = self._actors[package_id] = self._ws.packages.get(package_id).juror_id
        return actor

    def _row(self, session: Session, package_id: str, code: str) -> EvaluationRow:
        row = session.scalars(select(EvaluationRow).where(
            EvaluationRow.package_id == package_id,
            EvaluationRow.submission_code == code)).first()
        if row is None:
            raise self._not_assigned(code)
        return row

    @staticmethod
    def _not_assigned(code: str) -> WorkspaceError:
        return WorkspaceError(translate(
            "Scoring", "Submission {code} is not assigned to you in this package.").format(
                code=code), code="not_assigned")

    @staticmethod
    def _refuse_if_recused(current: Evaluation, code: str) -> None:
        if current.recused:
            raise WorkspaceError(translate(
                "Scoring", "You recused yourself from {code}; withdraw the recusal before "
                "changing its scores.").format(code=code), code="recused")

    @staticmethod
    def _state(manifest: Manifest, evaluation: Evaluation, changed: bool = True
               ) -> EvaluationState:
        status = evaluation.status(manifest.rubric, manifest.round.kind, manifest.checklist)
        return EvaluationState(evaluation, status, evaluation.total(manifest.rubric), changed)


def _check_text(text: str) -> None:
    if len(text) > MAX_COMMENT_CHARS:
        raise WorkspaceError(translate(
            "Scoring", "The text is longer than {n} characters.").format(n=MAX_COMMENT_CHARS),
            code="text_too_long")


def load_evaluation(session: Session, row: EvaluationRow) -> Evaluation:
    scores = session.scalars(select(Score).where(Score.evaluation_id == row.id)).all()
    marks = session.scalars(select(ChecklistMark).where(
        ChecklistMark.evaluation_id == row.id)).all()
    return to_domain(row, scores, marks)


def to_domain(row: EvaluationRow, scores: list[Score], marks: list[ChecklistMark]) -> Evaluation:
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
