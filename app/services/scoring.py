"""Every change a juror makes to an evaluation, each saved and audited at once.

Each method is one transaction: the change, the recomputed status and total, and an audit entry
commit together; inside :meth:`ScoringService.together`, every change made commits as one (a
command that sets several things at once changes nothing when one of them is refused). Setting a
value to what it already is writes nothing. Values are checked against the rubric first, so an
invalid score can never reach the database. The rows are read and written by the evaluation
store (app/storage/evaluations.py).

The progress counts of a package are read from the database once, then kept up to date by
every save from the status it had and the status it has now, so the window's progress line
costs nothing per keystroke. Only saves change a status, and every save goes through here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.domain.competition import RoundKind, ScoringTerms
from app.domain.evaluation import (
    MAX_QUESTIONS,
    Evaluation,
    EvaluationStatus,
    QuestionNote,
    Recommendation,
)
from app.domain.evidence import MAX_EVIDENCE_FILES, MAX_EVIDENCE_TOTAL, Evidence
from app.domain.numbers import decimal_text, total_text
from app.domain.text import code_point, control_character
from app.errors import WorkspaceError
from app.formats.evidence_file import checked_evidence, read_evidence_file
from app.i18n import translate
from app.limits import MiB
from app.services.packages import PackageService
from app.services.workspace import Workspace
from app.storage import audit, evaluations
from app.storage.evaluations import StoredEvaluation

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


#: a change: the evaluation as stored → the changed copy and the audit entry's detail, or
#: None when it would change nothing
Change = Callable[[Evaluation], tuple[Evaluation, dict[str, Any]] | None]
#: what a change writes besides the evaluation's row, in the same transaction
Also = Callable[[Connection, StoredEvaluation], None]


class ScoringService:
    def __init__(self, workspace: Workspace, packages: PackageService) -> None:
        self._ws = workspace
        self._packages = packages
        self._lock = threading.Lock()  # the caches below: saves and tasks run on two threads
        self._actors: dict[str, str] = {}
        # package id → (its generation, the counts of its evaluations by status)
        self._counts: dict[str, tuple[int, dict[EvaluationStatus, int]]] = {}
        self._saves = 0  # saves committed so far: counts read across one are not kept
        self._together = threading.local()  # the transaction open in together(), per thread

    # --- reading ---------------------------------------------------------------------------

    def submissions(self, package_id: str) -> list[SubmissionSummary]:
        with self._ws.reading() as session:
            rows = evaluations.summaries(session.connection(), package_id)
        statuses = {status.value: status for status in EvaluationStatus}
        return [
            SubmissionSummary(code, position, title, agency, group, cluster, category,
                              statuses[status], total, bool(has_score))
            for (code, position, title, agency, group, cluster, category, status, total,
                 has_score) in rows
        ]  # fmt: skip

    def progress(self, package_id: str) -> ProgressSummary:
        version = self._packages.generation(package_id)  # a newer version assigns more
        with self._lock:
            cached = self._counts.get(package_id)
            counts = cached[1] if cached is not None and cached[0] == version else None
        if counts is None:
            with self._lock:
                saves = self._saves
            with self._ws.reading() as session:
                counts = evaluations.status_counts(session.connection(), package_id)
            with self._lock:
                # a package opened later has rows only then: an empty count is not kept; nor
                # one read while another thread's save committed (it may predate the save)
                if any(counts.values()) and saves == self._saves:
                    self._counts[package_id] = version, counts
        with self._lock:
            return ProgressSummary(dict(counts))

    @contextmanager
    def together(self) -> Iterator[None]:
        """Every change made inside saved in one transaction, or none of them when one is
        refused (``juri score set S001 LATAR=8 KEBARUAN=11``: nothing saved)."""
        if getattr(self._together, "connection", None) is not None:  # already inside one
            yield
            return
        recounts: list[tuple[str, EvaluationStatus, EvaluationStatus]] = []
        with self._ws.writing() as connection:
            self._together.connection, self._together.recounts = connection, recounts
            try:
                yield
            finally:
                self._together.connection = self._together.recounts = None
        for recount in recounts:
            self._recount(*recount)

    def evaluation(self, package_id: str, code: str) -> EvaluationState:
        terms = self._packages.terms(package_id)
        with self._reading() as connection:
            stored = evaluations.load(connection, package_id, code)
        if stored is None:
            raise self._not_assigned(code)
        return self._state(terms, stored.evaluation, changed=False)

    def all_evaluations(self, package_id: str) -> list[Evaluation]:
        """Every evaluation of the package in package order, loaded in three queries."""
        with self._ws.reading() as session:
            return evaluations.load_all(session.connection(), package_id)

    def open_points(self, package_id: str) -> list[OpenPoints]:
        """Every non-recused evaluation with something left to do, in package order."""
        terms = self._packages.terms(package_id)
        field_round = terms.round.kind == RoundKind.FIELD
        result = []
        for evaluation in self.all_evaluations(package_id):
            if evaluation.recused:
                continue
            unscored = tuple(terms.rubric.missing(evaluation.scores))
            uncommented = tuple(
                c.code
                for c in terms.rubric
                if c.code not in unscored and not evaluation.comments.get(c.code)
            )
            unconfirmed = tuple(
                i.code
                for i in terms.checklist
                if field_round and not evaluation.checklist.get(i.code)
            )
            if unscored or uncommented or unconfirmed:
                result.append(OpenPoints(evaluation.submission, unscored, uncommented, unconfirmed))
        return result

    # --- changes ---------------------------------------------------------------------------

    def set_score(
        self,
        package_id: str,
        code: str,
        criterion: str,
        value: Decimal | None,
        *,
        source: str = Source.APP,
    ) -> EvaluationState:
        terms = self._packages.terms(package_id)
        problem = _score_problem(terms, criterion, value)
        if problem:
            raise WorkspaceError(problem, code="invalid_score")

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            self._refuse_if_recused(current, code)
            if current.scores.get(criterion) == value:
                return None
            scores = {c: v for c, v in current.scores.items() if c != criterion}
            if value is not None:
                scores[criterion] = value
            return replace(current, scores=scores), {
                "criterion": criterion,
                "value": None if value is None else decimal_text(value),
            }

        return self._change(package_id, code, "set_score", change, source)

    def set_comment(
        self,
        package_id: str,
        code: str,
        criterion: str | None,
        text: str,
        *,
        source: str = Source.APP,
    ) -> EvaluationState:
        """The comment on one criterion, or the overall comment when ``criterion`` is None."""
        terms = self._packages.terms(package_id)
        _check_text(text)
        problem = None if criterion is None else _score_problem(terms, criterion, None)
        if problem:
            raise WorkspaceError(problem, code="invalid_score")

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            if criterion is None:
                if current.overall_comment == text:
                    return None
                return replace(current, overall_comment=text), {"criterion": None, "text": text}
            self._refuse_if_recused(current, code)
            if current.comments.get(criterion, "") == text:
                return None
            comments = {c: t for c, t in current.comments.items() if c != criterion}
            if text:
                comments[criterion] = text
            return replace(current, comments=comments), {"criterion": criterion, "text": text}

        return self._change(package_id, code, "set_comment", change, source)

    def set_recommendation(
        self,
        package_id: str,
        code: str,
        recommendation: Recommendation,
        *,
        source: str = Source.APP,
    ) -> EvaluationState:
        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            self._refuse_if_recused(current, code)
            if current.recommendation == recommendation:
                return None
            return replace(current, recommendation=recommendation), {
                "recommendation": recommendation.value
            }

        return self._change(package_id, code, "set_recommendation", change, source)

    def set_video_watched(
        self, package_id: str, code: str, watched: bool, *, source: str = Source.APP
    ) -> EvaluationState:
        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            if current.video_watched == watched:
                return None
            return replace(current, video_watched=watched), {"watched": watched}

        return self._change(package_id, code, "set_video_watched", change, source)

    def set_field_notes(
        self, package_id: str, code: str, text: str, *, source: str = Source.APP
    ) -> EvaluationState:
        self._require_field_visit(package_id)
        _check_text(text)

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            if current.field_notes == text:
                return None
            return replace(current, field_notes=text), {"text": text}

        return self._change(package_id, code, "set_field_notes", change, source)

    def set_checklist_item(
        self, package_id: str, code: str, item: str, checked: bool, *, source: str = Source.APP
    ) -> EvaluationState:
        self._require_field_visit(package_id)
        terms = self._packages.terms(package_id)
        if item not in {i.code for i in terms.checklist}:
            raise WorkspaceError(
                translate("Scoring", "The field-visit checklist has no item {item}.").format(
                    item=item
                ),
                code="unknown_item",
            )

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            if current.checklist.get(item, False) == checked:
                return None
            return replace(current, checklist={**current.checklist, item: checked}), {
                "item": item,
                "checked": checked,
            }

        return self._change(package_id, code, "set_checklist_item", change, source)

    def set_questions(
        self,
        package_id: str,
        code: str,
        questions: Sequence[QuestionNote],
        *,
        source: str = Source.APP,
    ) -> EvaluationState:
        """The interview's questions and the notes on each answer, as one list in the order
        asked (a question and notes both empty are left out)."""
        self._require_round(
            package_id,
            RoundKind.INTERVIEW,
            translate("Scoring", "Questions and notes are kept in an interview round only."),
        )
        kept = tuple(q for q in questions if q.question.strip() or q.notes.strip())
        if len(kept) > MAX_QUESTIONS:
            raise WorkspaceError(
                translate("Scoring", "An interview keeps at most {n} questions.").format(
                    n=MAX_QUESTIONS
                ),
                code="too_many_questions",
            )
        for question in kept:
            _check_text(question.question)
            _check_text(question.notes)

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            self._refuse_if_recused(current, code)
            if current.questions == kept:
                return None
            return replace(current, questions=kept), {
                "questions": [[q.question, q.notes] for q in kept]
            }

        return self._change(package_id, code, "set_questions", change, source)

    def attach_evidence(
        self, package_id: str, code: str, path: Path, *, source: str = Source.APP
    ) -> EvaluationState:
        """Attach a photo or document from the visit; it is read and checked first, outside
        the save's transaction (a few tenths of a second for a large photo)."""
        self._require_field_round(package_id)
        evidence, data = read_evidence_file(Path(path))
        return self._attach(package_id, code, evidence, data, source)

    def attach_evidence_data(
        self, package_id: str, code: str, name: str, data: bytes, *, source: str = Source.APP
    ) -> EvaluationState:
        """Attach a file's bytes again (undoing its removal), checked as from disk."""
        self._require_field_round(package_id)
        return self._attach(package_id, code, checked_evidence(name, data), data, source)

    def _require_field_visit(self, package_id: str) -> None:
        """Every package carries the rubric's checklist, but only a field round visits: a
        desk juror's mark or note would travel in the signed result meaning nothing."""
        self._require_round(
            package_id,
            RoundKind.FIELD,
            translate("Scoring", "The checklist and visit notes are kept in a field round only."),
        )

    def _require_field_round(self, package_id: str) -> None:
        self._require_round(
            package_id,
            RoundKind.FIELD,
            translate("Scoring", "Evidence is attached in a field round only."),
        )

    def _attach(
        self, package_id: str, code: str, evidence: Evidence, data: bytes, source: str
    ) -> EvaluationState:
        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            self._refuse_if_recused(current, code)
            twin = next((e for e in current.evidence if e.sha256 == evidence.sha256), None)
            if twin is not None:
                raise WorkspaceError(
                    translate(
                        "Scoring", "This file is already attached to {code}, as {name}."
                    ).format(code=code, name=twin.name),
                    code="evidence_twice",
                )
            if len(current.evidence) >= MAX_EVIDENCE_FILES:
                raise WorkspaceError(
                    translate(
                        "Scoring",
                        "{code} has {n} evidence files already, the most one evaluation "
                        "carries. Remove one first.",
                    ).format(code=code, n=MAX_EVIDENCE_FILES),
                    code="evidence_too_many",
                )
            return replace(current, evidence=(*current.evidence, evidence)), {
                "name": evidence.name,
                "sha256": evidence.sha256,
                "size": evidence.size,
                "media_type": evidence.media_type,
            }

        def store(connection: Connection, stored: StoredEvaluation) -> None:
            total = evaluations.evidence_total(connection, package_id) + evidence.size
            if total > MAX_EVIDENCE_TOTAL:
                raise WorkspaceError(
                    translate(
                        "Scoring",
                        "Your evidence in this package would come to more than {n} MB, "
                        "more than one result file carries. Attach smaller copies of the photos, "
                        "or remove some.",
                    ).format(n=MAX_EVIDENCE_TOTAL // MiB),
                    code="evidence_total",
                )
            evaluations.add_evidence(connection, stored, evidence, data, self._ws.clock())

        return self._change(package_id, code, "attach_evidence", change, source, also=store)

    def remove_evidence(
        self, package_id: str, code: str, sha256: str, *, source: str = Source.APP
    ) -> EvaluationState:
        """Take an attached file out of the evaluation (before an export, or it stays in the
        results already exported)."""

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            found = next((e for e in current.evidence if e.sha256 == sha256), None)
            if found is None:
                return None
            return replace(
                current, evidence=tuple(e for e in current.evidence if e.sha256 != sha256)
            ), {"name": found.name, "sha256": sha256}

        return self._change(
            package_id,
            code,
            "remove_evidence",
            change,
            source,
            also=lambda connection, stored: evaluations.remove_evidence(connection, stored, sha256),
        )

    def evidence_data(self, package_id: str, code: str, sha256: str) -> bytes:
        """The bytes of an attached file, to open it."""
        with self._ws.reading() as session:
            data = evaluations.evidence_data(session.connection(), package_id, code, sha256)
        if data is None:
            raise WorkspaceError(
                translate("Scoring", "That file is no longer attached to {code}.").format(
                    code=code
                ),
                code="evidence_gone",
            )
        return data

    def recuse(
        self, package_id: str, code: str, reason: str, *, source: str = Source.APP
    ) -> EvaluationState:
        """Declare a conflict of interest: the submission's scores are locked out."""
        reason = reason.strip()
        if not reason:
            raise WorkspaceError(
                translate("Scoring", "Give the reason for the conflict of interest."),
                code="no_reason",
            )
        _check_text(reason)

        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            if current.recusal_reason == reason:
                return None
            return replace(current, recusal_reason=reason), {"reason": reason}

        return self._change(package_id, code, "recuse", change, source)

    def withdraw_recusal(
        self, package_id: str, code: str, *, source: str = Source.APP
    ) -> EvaluationState:
        def change(current: Evaluation) -> tuple[Evaluation, dict[str, Any]] | None:
            if current.recusal_reason is None:
                return None
            return replace(current, recusal_reason=None), {}

        return self._change(package_id, code, "withdraw_recusal", change, source)

    # --- machinery -------------------------------------------------------------------------

    def _change(
        self,
        package_id: str,
        code: str,
        action: str,
        change: Change,
        source: str,
        also: Also | None = None,
    ) -> EvaluationState:
        terms = self._packages.terms(package_id)
        now = self._ws.clock()
        actor = self._actor(package_id)
        with self._writing() as connection:  # read, change, write back, audit: one fsync
            stored = evaluations.load(connection, package_id, code)
            if stored is None:
                raise self._not_assigned(code)
            changed = change(stored.evaluation)
            if changed is None:
                return self._state(terms, stored.evaluation, changed=False)
            evaluation, detail = changed
            evaluation.updated = now
            state = self._state(terms, evaluation)
            evaluations.save(connection, stored, evaluation, state.status, total_text(state.total))
            if also is not None:
                also(connection, stored)
            audit.append(
                connection,
                at=now,
                actor=actor,
                action=action,
                package_id=package_id,
                subject=code,
                detail={**detail, "source": source},
            )
        recounts = getattr(self._together, "recounts", None)
        if recounts is None:
            self._recount(package_id, stored.status, state.status)
        else:  # counted once the whole change commits
            recounts.append((package_id, stored.status, state.status))
        return state

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """The transaction of :meth:`together` when one is open, else a new one."""
        open_ = getattr(self._together, "connection", None)
        with nullcontext(open_) if open_ is not None else self._ws.writing() as connection:
            yield connection

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """What this thread's open :meth:`together` has changed so far, or the last commit."""
        open_ = getattr(self._together, "connection", None)
        if open_ is not None:
            yield open_
        else:
            with self._ws.reading() as session:
                yield session.connection()

    def _recount(self, package_id: str, before: EvaluationStatus, after: EvaluationStatus) -> None:
        """The progress counts after a committed save, from the old and the new status."""
        with self._lock:
            self._saves += 1
            cached = self._counts.get(package_id)
            counts = None if cached is None else cached[1]
            if counts is not None and before != after:
                counts[before] -= 1
                counts[after] += 1

    def _actor(self, package_id: str) -> str:
        """The juror's id in the package's roster (fixed once the package is imported, so
        read once, not in every save)."""
        with self._lock:
            actor = self._actors.get(package_id)
        if actor is None:
            actor = self._packages.get(package_id).juror_id
            with self._lock:
                self._actors[package_id] = actor
        return actor

    def _require_round(self, package_id: str, kind: RoundKind, refusal: str) -> None:
        if self._packages.terms(package_id).round.kind is not kind:
            raise WorkspaceError(refusal, code="wrong_round")

    @staticmethod
    def _not_assigned(code: str) -> WorkspaceError:
        return WorkspaceError(
            translate(
                "Scoring", "Submission {code} is not assigned to you in this package."
            ).format(code=code),
            code="not_assigned",
        )

    @staticmethod
    def _refuse_if_recused(current: Evaluation, code: str) -> None:
        if current.recused:
            raise WorkspaceError(
                translate(
                    "Scoring",
                    "You recused yourself from {code}; withdraw the recusal before "
                    "changing its scores.",
                ).format(code=code),
                code="recused",
            )

    @staticmethod
    def _state(
        terms: ScoringTerms, evaluation: Evaluation, changed: bool = True
    ) -> EvaluationState:
        status = evaluation.status(terms.rubric, terms.round.kind, terms.checklist)
        return EvaluationState(evaluation, status, evaluation.total(terms.rubric), changed)


def _score_problem(terms: ScoringTerms, criterion: str, value: Decimal | None) -> str | None:
    """Why ``value`` cannot be saved for ``criterion`` (None: no score, refused only for a
    criterion the rubric does not have)."""
    if value is None:
        if terms.rubric.get(criterion) is not None:
            return None
        value = Decimal(0)
    return terms.rubric.score_problem(criterion, value)


def _check_text(text: str) -> None:
    if len(text) > MAX_COMMENT_CHARS:
        raise WorkspaceError(
            translate("Scoring", "The text is longer than {n} characters.").format(
                n=MAX_COMMENT_CHARS
            ),
            code="text_too_long",
        )
    character = control_character(text)
    if character is not None:
        raise WorkspaceError(
            translate(
                "Scoring",
                "The text holds the control character {code}, which no reader can see and a "
                "terminal may obey; remove it (tabs and line breaks are fine).",
            ).format(code=code_point(character)),
            code="text_control",
        )
