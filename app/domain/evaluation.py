"""One juror's evaluation of one submission, and how its status follows from what is filled in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from app.domain.competition import ChecklistItem, RoundKind
from app.domain.evidence import Evidence
from app.domain.numbers import round_half_up
from app.domain.rubric import Criterion, Rubric
from app.i18n import translate


class EvaluationStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    RECUSED = "recused"

    def label(self) -> str:
        return {
            EvaluationStatus.NOT_STARTED: translate("Status", "not started"),
            EvaluationStatus.IN_PROGRESS: translate("Status", "in progress"),
            EvaluationStatus.COMPLETE: translate("Status", "complete"),
            EvaluationStatus.RECUSED: translate("Status", "recused"),
        }[self]


class Recommendation(StrEnum):
    """The juror's overall advice on a submission; empty until chosen."""

    NONE = ""
    ADVANCE = "advance"
    CONSIDER = "consider"
    REJECT = "reject"

    def label(self) -> str:
        return {
            Recommendation.NONE: translate("Recommendation", "no recommendation"),
            Recommendation.ADVANCE: translate("Recommendation", "recommended"),
            Recommendation.CONSIDER: translate("Recommendation", "to be considered"),
            Recommendation.REJECT: translate("Recommendation", "not recommended"),
        }[self]


def progress_text(counts: Mapping[EvaluationStatus, int]) -> str:
    """ "4 of 10 scored, 1 with a conflict of interest": a recusal is no score, so it is counted
    apart, never among the scored ones (and never as a score of 0)."""
    assigned = sum(counts.values())
    scored = counts.get(EvaluationStatus.COMPLETE, 0)
    recused = counts.get(EvaluationStatus.RECUSED, 0)
    if not recused:
        return translate("Progress", "{scored} of {assigned} scored").format(
            scored=scored, assigned=assigned
        )
    return translate(
        "Progress", "{scored} of {assigned} scored, {recused} with a conflict of interest"
    ).format(scored=scored, assigned=assigned, recused=recused)


def shown_total(
    status: EvaluationStatus, total: Fraction | Decimal, *, scored: bool = True
) -> Decimal | None:
    """The weighted total to show people, rounded once; ``None`` (shown as "–") where nothing
    was scored: not started, recused, or no criterion scored yet (``scored=False``)."""
    if not scored or status in (EvaluationStatus.NOT_STARTED, EvaluationStatus.RECUSED):
        return None
    return round_half_up(total)


def scored_weight(
    status: EvaluationStatus, scores: Mapping[str, object], rubric: Iterable[Criterion]
) -> Decimal | None:
    """The share of the weight (in %) scored in an evaluation still in progress: its total
    so far is not the final one and must not look it; ``None`` for any other."""
    if status is not EvaluationStatus.IN_PROGRESS or not scores:
        return None
    return weight_covered(scores, rubric)


def weight_covered(scores: Mapping[str, object], rubric: Iterable[Criterion]) -> Decimal:
    """How much of the weight (in %) the scored criteria carry: 100 when all are scored."""
    return sum((c.weight for c in rubric if c.code in scores), Decimal(0))


MAX_QUESTIONS = 100  # noted in one interview


@dataclass(frozen=True, slots=True)
class QuestionNote:
    """A question the panel asked in an interview, and the juror's notes on the answer."""

    question: str
    notes: str = ""


@dataclass(slots=True)
class Evaluation:
    """What one juror has entered for one submission (any part may still be empty)."""

    submission: str
    scores: dict[str, Decimal] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    overall_comment: str = ""
    recommendation: Recommendation = Recommendation.NONE
    video_watched: bool = False
    field_notes: str = ""
    checklist: dict[str, bool] = field(default_factory=dict)
    recusal_reason: str | None = None
    updated: str = ""
    questions: tuple[QuestionNote, ...] = ()  # interview rounds, in the order asked
    evidence: tuple[Evidence, ...] = ()  # field rounds, in the order attached

    @property
    def recused(self) -> bool:
        return self.recusal_reason is not None

    def is_blank(self) -> bool:
        return not (
            self.scores
            or any(self.comments.values())
            or self.overall_comment
            or self.recommendation
            or self.video_watched
            or self.field_notes
            or any(self.checklist.values())
            or self.questions
            or self.evidence
        )

    def status(
        self, rubric: Rubric, round_kind: RoundKind, checklist: tuple[ChecklistItem, ...] = ()
    ) -> EvaluationStatus:
        """Recused beats everything; complete needs every criterion scored and, on a field
        visit, every checklist item confirmed."""
        if self.recused:
            return EvaluationStatus.RECUSED
        if self.is_blank():
            return EvaluationStatus.NOT_STARTED
        if rubric.missing(self.scores):
            return EvaluationStatus.IN_PROGRESS
        if round_kind == RoundKind.FIELD and not all(
            self.checklist.get(item.code) for item in checklist
        ):
            return EvaluationStatus.IN_PROGRESS
        return EvaluationStatus.COMPLETE

    def total(self, rubric: Rubric) -> Fraction:
        """The weighted total of what is scored so far (0–100); recused evaluations count 0."""
        return Fraction(0) if self.recused else rubric.weighted_total(self.scores)
