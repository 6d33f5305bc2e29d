"""An evaluation's place in the chair's coverage table: its state and, once complete, its
exact figures (see :mod:`app.merge.table`)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import NamedTuple

from app.i18n import translate

Row = tuple[int | None, ...]  # score·Q per criterion in rubric order; None where not scored


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


_NO_SCORES: Mapping[str, Decimal] = MappingProxyType({})


class Cell(NamedTuple):
    """One assigned (submission, juror) pair of the coverage table. A tuple: a merge makes
    15,000 of them, and the check of a result file makes the complete ones (see
    :meth:`ScoreGrid.score <app.domain.score_grid.ScoreGrid.score>`)."""

    state: CellState
    total: Fraction | None = None  # the weighted total (in the table: complete ones only)
    points: int | None = None  # the total times the rubric grid's total denominator
    row: Row | None = None  # the scores times the grid's score denominator, rubric order
    scores: Mapping[str, Decimal] = _NO_SCORES  # the evaluation's own mapping: do not change


# the cell state of each state's text, and so of each evaluation status (a StrEnum, equal to
# its text); a dict, as CellState(…) is slow
CELL_STATES: dict[str, CellState] = {state.value: state for state in CellState}
