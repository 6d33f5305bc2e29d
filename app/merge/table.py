"""The accepted evaluations laid out as a submission × juror table: the coverage matrix.

Every assigned (submission, juror) pair has one cell: **complete**, **in progress**, **not
started**, **recused**, or **missing** (no accepted result from that juror covers it). Only
complete evaluations carry a total into the ranking; in-progress ones are shown but never
counted (a half-scored sheet would pull a total down), and recused ones never count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import NamedTuple

from app.domain.competition import Manifest
from app.domain.evaluation import Evaluation
from app.domain.score_grid import Row, ScoreGrid
from app.formats.result import ResultDocument
from app.i18n import translate


class CellState(StrEnum):
    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    RECUSED = "recused"
    MISSING = "missing"

    def label(self) -> str:
        return {
            CellState.COMPLETE: translate("Coverage", "complete"),
            CellState.IN_PROGRESS: translate("Coverage", "in progress"),
            CellState.NOT_STARTED: translate("Coverage", "not started"),
            CellState.RECUSED: translate("Coverage", "recused"),
            CellState.MISSING: translate("Coverage", "missing"),
        }[self]


_STATES = {state.value: state for state in CellState}  # a dict: CellState(…) is slow
_NO_SCORES: Mapping[str, Decimal] = MappingProxyType({})


class Cell(NamedTuple):
    """One assigned (submission, juror) pair. A tuple: a merge makes 15,000 of them."""

    state: CellState
    total: Fraction | None = None  # the weighted total, for complete evaluations only
    points: int | None = None  # the total times the rubric grid's total denominator
    row: Row | None = None  # the scores times the grid's score denominator, rubric order
    scores: Mapping[str, Decimal] = _NO_SCORES  # the evaluation's own mapping: do not change


@dataclass(frozen=True)
class EvaluationTable:
    """Made by :func:`build_table`, which fills the cells and the views of them below in one
    pass over the accepted results."""

    manifest: Manifest
    cells_by_juror: dict[str, dict[str, Cell]]  # juror → submission → cell, assigned pairs only
    _complete: dict[str, dict[str, Cell]] = field(repr=False, compare=False)
    _points: dict[str, dict[str, int]] = field(repr=False, compare=False)
    _points_by_juror: dict[str, list[int]] = field(repr=False, compare=False)
    _expected: dict[str, int] = field(repr=False, compare=False)

    @property
    def jurors(self) -> tuple[str, ...]:
        """Jurors with at least one assigned submission, in roster order."""
        return tuple(j.id for j in self.manifest.jurors if self.manifest.assigned(j.id))

    @property
    def grid(self) -> ScoreGrid:
        """The integers every cell's ``points`` and ``row`` are counted in."""
        return self.manifest.rubric.grid

    def cell(self, code: str, juror: str) -> Cell | None:
        return self.cells_by_juror.get(juror, {}).get(code)

    def complete(self, code: str) -> dict[str, Cell]:
        """Juror id → complete cell of one submission, in roster order."""
        return dict(self._complete.get(code, {}))

    def complete_by_submission(self) -> Mapping[str, Mapping[str, Cell]]:
        """Submission code → juror id → complete cell, package and roster order: the table's
        own mapping, not a copy (for statistics that read every submission; do not change)."""
        return self._complete

    def points_by_submission(self) -> Mapping[str, Mapping[str, int]]:
        """Submission code → juror id → complete total times ``grid.total_denominator``, in
        the same order; the table's own mapping (do not change): the methods add these."""
        return self._points

    def points_by_juror(self) -> Mapping[str, Sequence[int]]:
        """Juror id → the same integers of every submission the juror completed, roster
        order (jurors without one left out); the table's own lists (do not change)."""
        return self._points_by_juror

    def totals(self, code: str) -> dict[str, Fraction]:
        return {j: c.total for j, c in self._complete.get(code, {}).items()}

    def expected(self, code: str) -> int:
        """Evaluations a submission should get: assigned jurors who did not recuse."""
        return self._expected.get(code, 0)

    def counts(self) -> dict[CellState, int]:
        found = dict.fromkeys(CellState, 0)
        for cells in self.cells_by_juror.values():
            for cell in cells.values():
                found[cell.state] += 1
        return found


def build_table(manifest: Manifest, accepted: Mapping[str, ResultDocument]) -> EvaluationTable:
    """The coverage matrix of the accepted results (juror id → document), every one checked
    against this manifest (its scores on the rubric's scales)."""
    rubric = manifest.rubric
    cells: dict[str, dict[str, Cell]] = {}
    complete: dict[str, dict[str, Cell]] = {s.code: {} for s in manifest.submissions}
    points: dict[str, dict[str, int]] = {code: {} for code in complete}
    by_juror: dict[str, list[int]] = {}
    expected = dict.fromkeys(complete, 0)
    known: dict[Decimal, int] = {}
    missing = Cell(CellState.MISSING)
    for juror in manifest.jurors:  # roster order within each submission
        jid = juror.id
        document = accepted.get(jid)
        declared = document.declared_status if document else {}  # one per evaluation
        scored = (document.scored_for(rubric) if document else None) or {}
        evaluations: dict[str, Evaluation] = {}  # made when first needed: rarely
        mine: list[int] = []
        own = cells[jid] = {}
        for code in manifest.assigned(jid):
            status = declared.get(code)
            if status is None:
                own[code] = missing
                expected[code] += 1
                continue
            state = _STATES[status]  # checked on intake
            found = scored.get(code) if state is CellState.COMPLETE else None
            if found is None:  # not complete, or not scored while the result was checked
                if not evaluations:
                    evaluations = {e.submission: e for e in document.evaluations}
                scores = evaluations[code].scores
                if state is not CellState.COMPLETE:
                    own[code] = Cell(state, scores=scores)
                    if state is not CellState.RECUSED:
                        expected[code] += 1
                    continue
                found = rubric.grid.score(scores, known)
            complete[code][jid] = own[code] = Cell(state, *found)
            points[code][jid] = found.points
            mine.append(found.points)
            expected[code] += 1
        if mine:
            by_juror[jid] = mine
    return EvaluationTable(manifest, cells, complete, points, by_juror, expected)
