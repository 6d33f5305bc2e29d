"""The coverage table: one cell per assigned pair, and the same integers whether the totals
were kept from the result's check or computed by the table itself."""

from __future__ import annotations

import json
from fractions import Fraction

from app.formats.result import parse_result_payload
from app.merge.table import CellState, build_table
from tests.merge.helpers import UNIFORM


def test_cells_say_what_each_juror_did(scored) -> None:
    panel, results = scored
    table = panel.merge(results).table
    assert table.cell("S001", "J02").total == UNIFORM[7]
    assert table.cell("S003", "J02").state is CellState.IN_PROGRESS
    assert table.cell("S003", "J02").total is None
    assert table.cell("S003", "J03").state is CellState.RECUSED
    assert table.cell("S004", "J01").state is CellState.NOT_STARTED
    assert table.cell("S001", "J99") is None
    assert table.expected("S003") == 2  # J03 recused
    assert table.counts()[CellState.COMPLETE] == 7
    grid = table.grid
    for code, cells in table.complete_by_submission().items():
        for juror, cell in cells.items():
            assert Fraction(cell.points, grid.total_denominator) == cell.total
            assert table.points_by_submission()[code][juror] == cell.points
    assert table.points_by_juror()["J03"] == [
        table.cell("S001", "J03").points,
        table.cell("S002", "J03").points,
    ]


def test_a_table_of_unchecked_documents_computes_the_same_integers(scored) -> None:
    panel, results = scored
    checked = panel.merge(results).table
    unchecked = build_table(
        panel.manifest,
        {juror: parse_result_payload(json.loads(data)["payload"]) for juror, data in results},
    )
    for juror, codes in panel.manifest.assignments.items():
        for code in codes:
            assert unchecked.cell(code, juror) == checked.cell(code, juror)
    assert unchecked.points_by_juror() == checked.points_by_juror()
