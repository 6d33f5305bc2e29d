"""The merge as an XLSX workbook: one sheet per view, as a panel reads it in Excel.

Every text is stored as a text cell holding exactly the text, never a formula: a title such as
"+62 Lapor" or "=HYPERLINK(…)" is written as a string with Excel's *quote prefix* style (the
invisible apostrophe Excel sets itself when one types ``'+62``), so it shows as it is, stays
text when the cell is edited, and nothing is ever evaluated. Numbers are numbers, shown with
the decimals they were rounded to. Each sheet has its header row frozen, filters on its table
and columns sized to their content. A text no cell can hold (control characters, more than
32,767 characters) is changed visibly, with a note on the cell, and listed in the report
(:mod:`app.merge.cells`). The file is written atomically.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import current_language, translate
from app.merge.cells import EXCEL_MAX_CHARS, FORMULA_STARTS, Change, ExportReport, tidy
from app.merge.service import MergeReport
from app.merge.spreadsheet import Sheet, sheets, write_export

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written (and has no type hints)
    from openpyxl.cell import Cell
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MIN_WIDTH, MAX_WIDTH = 6, 60  # column widths, in characters
# Texts Excel would read as an error value when typed: kept as text like formulas.
ERROR_TEXTS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
    }
)


def write_xlsx(report: MergeReport, target: Path) -> ExportReport:
    """Every view of the merge as one workbook at ``target``; the report lists each cell whose
    text had to change."""
    return write_workbook(sheets(report), target)


def write_workbook(views: Sequence[Sheet], target: Path) -> ExportReport:
    """``views`` as one workbook at ``target``, written atomically: the merge's workbook and
    the final line-up's."""
    data, changes = workbook_bytes(views)
    write_export(Path(target), data)
    return ExportReport(Path(target), "xlsx", tuple(changes))


def workbook_bytes(views: Sequence[Sheet]) -> tuple[bytes, list[Change]]:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)  # streamed: fast and lean on large rounds
    changes: list[Change] = []
    for view in views:
        _write_sheet(workbook, view, changes)
    workbook.properties.language = current_language()
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), changes


def _write_sheet(workbook: Workbook, view: Sheet, changes: list[Change]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(sheet_title(view.title))
    sheet.freeze_panes = "A2"
    columns = max([len(view.header), *(len(row) for row in view.rows)])
    for index, width in enumerate(column_widths(view.header, view.rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    if view.table:
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{len(view.rows) + 1}"
    bold = Font(name="Calibri", size=11, bold=True)  # the workbook's font, in bold
    header = []
    for column, text in enumerate(view.header, start=1):
        cell = _cell(sheet, text, 1, column, changes)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row_number, row in enumerate(view.rows, start=2):
        sheet.append(
            [
                _cell(sheet, value, row_number, column, changes)
                for column, value in enumerate(row, start=1)
            ]
        )
    if view.notes:
        sheet.append([])
        first = len(view.rows) + 3
        for offset, line in enumerate(view.notes):
            sheet.append([_cell(sheet, line, first + offset, 1, changes)])


def _cell(
    sheet: WriteOnlyWorksheet, value: Any, row: int, column: int, changes: list[Change]
) -> Cell:
    """One cell: a number with its decimals, or a text cell that is exactly the text."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter

    if value is None or value == "":
        return WriteOnlyCell(sheet, None)  # an empty cell, not an empty string
    if isinstance(value, Decimal | int):
        cell = WriteOnlyCell(sheet, value)
        if isinstance(value, Decimal):
            places = max(0, -int(value.as_tuple().exponent))
            cell.number_format = "0." + "0" * places if places else "0"
        return cell
    tidied = tidy(str(value), EXCEL_MAX_CHARS)
    cell = WriteOnlyCell(sheet, tidied.text)
    cell.data_type = "s"  # a string, never a formula or an error value, whatever it reads
    if needs_quote_prefix(tidied.text):
        cell.quotePrefix = True  # Excel's "'": shown as is, kept as text when edited
    if tidied.problems:
        place = f"{sheet.title}!{get_column_letter(column)}{row}"
        changes.append(Change(place, tidied.problems))
        note = Comment(
            translate("Export", "Juri changed this text: {problems}.").format(
                problems="; ".join(tidied.problems)
            ),
            "Juri",
        )
        note.width, note.height = 300, 120
        cell.comment = note
    return cell


def needs_quote_prefix(text: str) -> bool:
    """A text Excel would read as a formula or an error value if it were typed in."""
    return text.startswith(FORMULA_STARTS) or text in ERROR_TEXTS


def column_widths(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Each column as wide as its header and its longest value, in characters, up to
    :data:`MAX_WIDTH` (a longer text is all there, seen in the cell or widened by hand)."""
    count = max([len(header), *(len(row) for row in rows)])
    widths = [_shown_length(header[i]) if i < len(header) else 0 for i in range(count)]
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _shown_length(value))
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, width + 2))) for width in widths]


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return len(f"{value:f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def sheet_title(title: str) -> str:
    """Excel allows 31 characters and none of ``[]:*?/\\`` in a sheet's name."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31]
