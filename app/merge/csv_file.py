"""The overall ranking as CSV, for programs (the default) or for Excel set to Indonesian.

- **For programs** (``juri merge --csv``): UTF-8 with a byte-order mark, commas, decimal
  points; what scripts, pandas and LibreOffice read without being told anything.
- **For Excel** (``--csv-excel``): what Excel opens directly on a computer whose regional
  settings write decimals with a comma, as Indonesian ones do: UTF-8 with a byte-order mark
  (so Excel reads the accents right), semicolons between fields, decimal commas; a text is cut
  at Excel's 32,767 characters with a mark, as in the workbook.

In both, every field that holds a comma, a semicolon, a tab, a quote or a line break is quoted,
so no reader splits a cell whichever separator it guesses. A text a spreadsheet would take for
a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets one
apostrophe in front, and so does a text that starts with an apostrophe itself: a program gets
the exact text back by removing one leading apostrophe from any field that has one (numbers
never start with one). Control characters are replaced by their visible pictures, and
reported (:mod:`app.merge.cells`). The workbook is the exact copy for people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.merge.cells import FORMULA_STARTS, Change, CsvStyle, ExportReport, tidy
from app.merge.service import MergeReport
from app.merge.spreadsheet import ranking_rows, write_export

NEEDS_QUOTES = re.compile('[,;\t"\r\n]')
APOSTROPHE = "'"


def neutralise(text: str) -> str:
    """A text a spreadsheet would take for a formula, or one that starts with the apostrophe
    this rule adds, gets one apostrophe in front (removing one gives the text back)."""
    return APOSTROPHE + text if text.startswith((*FORMULA_STARTS, APOSTROPHE)) else text


def write_csv(
    report: MergeReport, target: Path, style: CsvStyle = CsvStyle.PROGRAMS
) -> ExportReport:
    header, rows = ranking_rows(report)
    data, changes = csv_bytes(header, rows, style)
    write_export(Path(target), data)
    return ExportReport(Path(target), style.value, tuple(changes))


def csv_bytes(
    header: Sequence[str], rows: Iterable[Sequence[Any]], style: CsvStyle = CsvStyle.PROGRAMS
) -> tuple[bytes, list[Change]]:
    """The file's bytes (UTF-8 with a byte-order mark, CRLF line ends) and each changed cell."""
    changes: list[Change] = []
    lines = []
    for number, row in enumerate([header, *rows], start=1):
        fields = []
        for column, value in enumerate(row):
            text, problems = _field(value, style)
            if problems:
                changes.append(Change(_place(number, header, column), problems))
            fields.append(text)
        lines.append(style.separator.join(fields) + "\r\n")
    return ("\ufeff" + "".join(lines)).encode("utf-8"), changes


def _field(value: Any, style: CsvStyle) -> tuple[str, tuple[str, ...]]:
    """A value as the field writes it, quoted when it holds a separator of either kind (a
    decimal comma too: quotes do not make a number text)."""
    problems: tuple[str, ...] = ()
    if value is None:
        text = ""
    elif isinstance(value, Decimal):
        text = f"{value:f}".replace(".", style.decimal_sign)
    elif isinstance(value, int):
        text = str(value)
    else:
        tidied = tidy(str(value), style.limit)
        text, problems = neutralise(tidied.text), tidied.problems
    if NEEDS_QUOTES.search(text):
        text = '"' + text.replace('"', '""') + '"'
    return text, problems


def _place(row: int, header: Sequence[str], column: int) -> str:
    name = header[column] if column < len(header) else str(column + 1)
    return translate("Export", "row {row}, column {column}").format(row=row, column=name)
