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
from fractions import Fraction

from app.domain.competition import Manifest
from app.domain.coverage import Cell, CellState
from app.domain.evaluation import Evaluation
from app.domain.rubric import Rubric
from app.domain.score_grid import ScoreGrid
from app.formats.result import ResultDocument


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
        """Juror id → complete weighted total of one submission, in roster order."""
        found = {}
        for juror, cell in self._complete.get(code, {}).items():
            assert cell.total is not None  # a complete cell carries its figures
            found[juror] = cell.total
        return found

    def expected(self, code: str) -> int:
        """Evaluations a submission should get: assigned jurors who did not recuse."""
        return self._expected.get(code, 0)

    def counts(self) -> dict[CellState, int]:
        found = dict.fromkeys(CellState, 0)
        for cells in self.cells_by_juror.values():
            for cell in cells.values():
                found[cell.state] += 1
        return found


def build_table(
    manifest: Manifest,
    accepted: Mapping[str, ResultDocument],
    scored: Mapping[str, Mapping[str, Cell]] | None = None,
) -> EvaluationTable:
    """The coverage matrix of the accepted results (juror id → document), every one checked
    against this manifest (its scores on the rubric's scales). ``scored`` holds the cells the
    check of each result computed against this manifest (juror id → submission → cell,
    :attr:`ResultCheck.cells <app.results.verify.ResultCheck.cells>`): taken as they are."""
    rubric = manifest.rubric
    cells: dict[str, dict[str, Cell]] = {}
    complete: dict[str, dict[str, Cell]] = {s.code: {} for s in manifest.submissions}
    points: dict[str, dict[str, int]] = {code: {} for code in complete}
    by_juror: dict[str, list[int]] = {}
    expected = dict.fromkeys(complete, 0)
    known: dict[Decimal, int] = {}
    for juror in manifest.jurors:  # roster order within each submission
        jid = juror.id
        document = accepted.get(jid)
        checked = (scored or {}).get(jid) or {}
        evaluations: dict[str, Evaluation] = {}  # made when first needed: rarely
        mine: list[int] = []
        own = cells[jid] = {}
        for code in manifest.assigned(jid):
            cell = checked.get(code)  # the check's cell of a complete evaluation: taken as is
            if cell is None or cell.state is not CellState.COMPLETE:
                if document is not None and not evaluations:
                    evaluations = {e.submission: e for e in document.evaluations}
                cell = _unscored_cell(document, evaluations.get(code), rubric, known)
                own[code] = cell
                if cell.state is not CellState.COMPLETE:
                    if cell.state is not CellState.RECUSED:
                        expected[code] += 1
                    continue
            assert cell.points is not None  # a complete cell carries its figures
            complete[code][jid] = own[code] = cell
            points[code][jid] = cell.points
            mine.append(cell.points)
            expected[code] += 1
        if mine:
            by_juror[jid] = mine
    return EvaluationTable(manifest, cells, complete, points, by_juror, expected)


def _unscored_cell(
    document: ResultDocument | None,
    evaluation: Evaluation | None,
    rubric: Rubric,
    known: dict[Decimal, int],
) -> Cell:
    """The cell of an evaluation the check left without one: missing, recused, not
    started or in progress (shown, never counted: no total), or complete in a document not
    checked against this rubric (scored now)."""
    if document is None or evaluation is None:
        return _MISSING
    state = CellState(document.declared_status[evaluation.submission])  # checked on intake
    if state is CellState.COMPLETE:
        return rubric.grid.score(evaluation.scores, known, state)
    return Cell(state, scores=evaluation.scores)


_MISSING = Cell(CellState.MISSING)
