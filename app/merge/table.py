"""The accepted evaluations laid out as a submission × juror table: the coverage matrix.

Every assigned (submission, juror) pair has one cell: **complete**, **in progress**, **not
started**, **recused**, or **missing** (no accepted result from that juror covers it). Only
complete evaluations carry a total into the ranking; in-progress ones are shown but never
counted (a half-scored sheet would pull a total down), and recused ones never count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from app.domain.competition import Manifest
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


@dataclass(frozen=True)
class Cell:
    state: CellState
    total: Fraction | None = None  # the weighted total, for complete evaluations only
    scores: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class EvaluationTable:
    manifest: Manifest
    cells: dict[tuple[str, str], Cell]  # (submission code, juror id) → cell, assigned pairs only
    _complete: dict[str, dict[str, Cell]] = field(init=False, repr=False, compare=False)
    _expected: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        complete: dict[str, dict[str, Cell]] = {s.code: {} for s in self.manifest.submissions}
        expected = dict.fromkeys(complete, 0)
        for juror in self.jurors:  # roster order within each submission
            for code in self.manifest.assigned(juror):
                cell = self.cells.get((code, juror))
                if cell is None:
                    continue
                if cell.state is CellState.COMPLETE:
                    complete[code][juror] = cell
                if cell.state is not CellState.RECUSED:
                    expected[code] += 1
        object.__setattr__(self, "_complete", complete)
        object.__setattr__(self, "_expected", expected)

    @property
    def jurors(self) -> tuple[str, ...]:
        """Jurors with at least one assigned submission, in roster order."""
        return tuple(j.id for j in self.manifest.jurors if self.manifest.assigned(j.id))

    def cell(self, code: str, juror: str) -> Cell | None:
        return self.cells.get((code, juror))

    def complete(self, code: str) -> dict[str, Cell]:
        """Juror id → complete cell of one submission, in roster order."""
        return dict(self._complete.get(code, {}))

    def complete_by_submission(self) -> Mapping[str, Mapping[str, Cell]]:
        """Submission code → juror id → complete cell, package and roster order: the table's
        own mapping, not a copy (for statistics that read every submission; do not change)."""
        return self._complete

    def totals(self, code: str) -> dict[str, Fraction]:
        return {j: c.total for j, c in self._complete.get(code, {}).items()}

    def expected(self, code: str) -> int:
        """Evaluations a submission should get: assigned jurors who did not recuse."""
        return self._expected.get(code, 0)

    def counts(self) -> dict[CellState, int]:
        found = dict.fromkeys(CellState, 0)
        for cell in self.cells.values():
            found[cell.state] += 1
        return found


def build_table(manifest: Manifest, accepted: Mapping[str, ResultDocument]) -> EvaluationTable:
    """The coverage matrix of the accepted results (juror id → document)."""
    cells: dict[tuple[str, str], Cell] = {}
    rubric = manifest.rubric
    for juror in manifest.jurors:
        document = accepted.get(juror.id)
        evaluations = {e.submission: e for e in document.evaluations} if document else {}
        known = (document.totals_for(rubric) if document else None) or {}
        for code in manifest.assigned(juror.id):
            evaluation = evaluations.get(code)
            if evaluation is None:
                cells[(code, juror.id)] = Cell(CellState.MISSING)
                continue
            state = _STATES[document.declared_status[code]]  # checked on intake
            total = known.get(code) if state is CellState.COMPLETE else None
            if state is CellState.COMPLETE and total is None:  # else computed while checked
                total = rubric.weighted_total(evaluation.scores)
            cells[(code, juror.id)] = Cell(state, total, dict(evaluation.scores))
    return EvaluationTable(manifest, cells)
