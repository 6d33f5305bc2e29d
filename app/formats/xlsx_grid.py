"""XLSX sheets read as :class:`~app.formats.grid.Grid`, one streaming pass per sheet.

openpyxl's read-only mode keeps memory small however long the sheet, but its rows carry only
values: a formula's text, hyperlinks, hidden rows and columns and merged ranges are parsed and
dropped. The sheet is therefore read with openpyxl's own sheet parser
(``openpyxl.worksheet._reader.WorkSheetParser``, private, stable across 3.x: openpyxl is pinned
below 4 and the tests read every feature back), which collects all of them in the same pass.
Cells are read as their saved values (what the sheet shows), never evaluated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from app.errors import InputError
from app.formats import grid as limits
from app.formats.grid import MAX_CELL_CHARS, MAX_COLUMNS, Grid, too_many_rows
from app.formats.number_format import plain_text, shown_number
from app.i18n import translate

# What openpyxl raises on a damaged or hand-made workbook (bad zip, bad XML, odd values).
XLSX_ERRORS = (
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    OSError,
    ParseError,
    zlib.error,
    EOFError,
    AttributeError,
)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected workbooks
_HYPERLINK = re.compile(r'\s*=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"', re.IGNORECASE)
_TRUE = ("1", "true")
_ISO_FORMATS = ("yyyy-mm-dd", "yyyy-mm-dd h:mm:ss")  # dates shown as they are read


def unreadable(path: Path) -> InputError:
    with contextlib.suppress(OSError), path.open("rb") as handle:
        if handle.read(len(OLE2_MAGIC)) == OLE2_MAGIC:
            return InputError(
                translate(
                    "Table",
                    "{file} is an old .xls workbook or a password-protected one: open it, "
                    "remove any password, and save it as .xlsx (Excel Workbook).",
                ).format(file=path.name),
                code="save_as_xlsx",
            )
    return InputError(
        translate("Table", "{file} is not a readable XLSX workbook.").format(file=path.name),
        code="bad_xlsx",
    )


class Workbook:
    """An open workbook whose visible sheets are read one at a time, as asked."""

    def __init__(self, path: Path) -> None:
        import openpyxl

        self.path = path
        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except XLSX_ERRORS as exc:
            raise unreadable(path) from exc
        self._formats = _number_formats(self._book)

    def close(self) -> None:
        self._book.close()

    def sheet_names(self, preferred: tuple[str, ...], normalise: Callable[[str], str]) -> list[str]:
        """Visible sheets, those with a preferred name first, else in the workbook's order."""
        visible = [ws.title for ws in self._book.worksheets if ws.sheet_state == "visible"]
        if not visible:
            raise InputError(
                translate("Table", "The workbook has no visible sheet."), code="empty_spreadsheet"
            )
        return sorted(visible, key=lambda title: normalise(title) not in preferred)

    def grid(self, name: str) -> Grid:
        try:
            return _read_sheet(self.path, self._book, self._book[name], self._formats)
        except InputError:
            raise
        except XLSX_ERRORS as exc:  # rows are parsed lazily: a damaged sheet shows up here
            raise unreadable(self.path) from exc


@contextlib.contextmanager
def open_workbook(path: Path) -> Iterator[Workbook]:
    book = Workbook(path)
    try:
        yield book
    finally:
        book.close()


def _number_formats(book: Any) -> list[str]:
    """The number format of each cell style, by style index."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    formats = []
    custom = list(book._number_formats)
    for style in book._cell_styles:
        number = style.numFmtId
        if number < BUILTIN_FORMATS_MAX_SIZE:
            formats.append(BUILTIN_FORMATS.get(number, "General"))
        elif number - BUILTIN_FORMATS_MAX_SIZE < len(custom):
            formats.append(custom[number - BUILTIN_FORMATS_MAX_SIZE])
        else:
            formats.append("General")
    return formats


def _parser(book, sheet, source):
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        """Keeps a formula's text beside its saved value (``data_only`` drops it)."""

        def parse_cell(self, element):
            cell = super().parse_cell(element)
            formula = element.find(FORMULA_TAG)
            if formula is not None:
                cell["formula"] = "=" + (formula.text or "")
            return cell

    return Parser(
        source,
        sheet._shared_strings,
        data_only=True,
        epoch=book.epoch,
        date_formats=book._date_formats,
        timedelta_formats=book._timedelta_formats,
    )


def _shut(size: str | None) -> bool:
    """A row height or column width of 0: the row or column is as hidden on screen as one
    marked hidden (a row dragged shut), so it is read and said the same way."""
    try:
        return size is not None and float(size) <= 0
    except ValueError:
        return False


def _read_sheet(path: Path, book: Any, sheet: Any, formats: list[str]) -> Grid:
    grid = Grid([], sheet=sheet.title)
    with sheet._get_source() as source:
        parser = _parser(book, sheet, source)
        for number, cells in parser.parse():
            if number > limits.MAX_ROWS:
                raise too_many_rows(path)
            if number <= len(grid.rows):
                raise ValueError("rows out of order")
            grid.rows.extend([] for _ in range(number - 1 - len(grid.rows)))
            grid.rows.append(_row(number - 1, cells, grid, formats))
    for key, attributes in parser.row_dimensions.items():
        if attributes.get("hidden") in _TRUE or _shut(attributes.get("ht")):
            grid.hidden_rows.add(int(key) - 1)
    for attributes in parser.column_dimensions.values():
        if attributes.get("hidden") in _TRUE or _shut(attributes.get("width")):
            first, last = int(attributes["min"]), int(attributes.get("max", attributes["min"]))
            grid.hidden_columns.update(range(first - 1, min(last, MAX_COLUMNS)))
    if parser.merged_cells is not None:
        grid.merges = [_bounds(merge.ref) for merge in parser.merged_cells.mergeCell]
    _add_hyperlinks(book, sheet, parser.hyperlinks.hyperlink, grid)
    return grid


def _row(index: int, cells: list[dict], grid: Grid, formats: list[str]) -> list[str]:
    row: list[str] = []
    for cell in cells:
        column = cell["column"] - 1
        if column >= MAX_COLUMNS:
            continue
        text = _text(cell, (index, column), grid, formats)
        if text:
            row.extend("" for _ in range(column + 1 - len(row)))
            row[column] = text
    return row


def _text(cell: dict, place: tuple[int, int], grid: Grid, formats: list[str]) -> str:
    value, kind, formula = cell["value"], cell["data_type"], cell.get("formula")
    if formula is not None:
        link = _HYPERLINK.match(formula)
        if link:
            grid.links[place] = link.group(1).replace('""', '"')
        if value is None:
            grid.formulas[place] = formula
            return ""
    if value is None:
        return ""
    if kind == "e":
        grid.errors[place] = str(value)
        return ""
    style = cell["style_id"] or 0
    number_format = formats[style] if style < len(formats) else "General"
    if kind == "n":
        shown = shown_number(value, number_format)
        if shown is None:
            grid.unrendered[place] = number_format
            return plain_text(value)
        return shown
    if kind == "b":
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        # Excel turns what looks like a date ("1-2", "Mar-23") into one; read it in ISO form
        # and say so unless the sheet shows it that way already
        if isinstance(value, dt.datetime) and value.time() == dt.time():
            value = value.date()
        if number_format.lower() not in _ISO_FORMATS:
            grid.unrendered[place] = number_format
        return value.isoformat()
    return str(value)[:MAX_CELL_CHARS]


def _bounds(reference: str) -> tuple[int, int, int, int]:
    """``D2:D14`` as 0-based ``(top, left, bottom, right)``."""
    from openpyxl.utils.cell import range_boundaries

    left, top, right, bottom = range_boundaries(reference)
    return top - 1, left - 1, (bottom or top) - 1, (right or left) - 1


def _add_hyperlinks(book: Any, sheet: Any, hyperlinks: Any, grid: Grid) -> None:
    """Web links set on cells (Insert → Link): their targets, by cell."""
    if not hyperlinks:
        return
    from openpyxl.packaging.relationship import get_dependents, get_rels_path

    try:
        relations = get_dependents(book._archive, get_rels_path(sheet._worksheet_path))
    except KeyError:
        return
    targets = {r.Id: r.Target for r in relations if r.TargetMode == "External"}
    budget = sum(len(row) for row in grid.rows)  # overlapping ranges cannot make work endless
    for link in hyperlinks:
        target = targets.get(link.id)
        if not target or not link.ref:
            continue
        top, left, bottom, right = _bounds(link.ref)
        for row in range(top, min(bottom + 1, len(grid.rows))):  # cells that show something
            for column in range(left, min(right + 1, len(grid.rows[row]))):
                grid.links.setdefault((row, column), target)
                budget -= 1
                if budget < 0:
                    return
