"""How a table of rows looks in every Juri window (the juror's submissions, the chair's pages):
whole rows selected one at a time, alternating shades, no row numbers, one line per row, and
Tab on out of the table (the arrows move inside it)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def style_rows_table(view: QTableView) -> QTableView:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table (no trap); the arrows move inside it
    return view
