"""Spreadsheets (XLSX or CSV) read as rows of text, with row and column for every message.

Columns are found by header, in English or Indonesian (``code`` or ``kode``), in any order and
case, in the first rows of the first visible sheet that has them all (a title row, a blank row
or a cover sheet before the data is skipped, and the summary says what was read). Messages
name a column by the header the sheet itself uses. XLSX cells are read as the sheet shows them:
saved values (never formulas, never evaluated), numbers through their format (``001`` stays
``001``), merged ranges filled from their first cell, hyperlinks by their target in link
columns; what cannot be read that way is a problem with its place, and what was read but may
surprise (hidden rows and columns, merged ranges, unusual number formats) a warning. CSV files
may be UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 and may separate cells
by comma, semicolon or tab (a spreadsheet saved with an Indonesian locale uses semicolons).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import InputError
from app.formats.grid import MAX_COLUMNS, Grid, column_letter, csv_grid
from app.formats.xlsx_grid import open_workbook
from app.i18n import current_language, os_problem, translate

__all__ = [
    "Column",
    "Problems",
    "Table",
    "TableRow",
    "column_letter",
    "listed",
    "normalise_header",
    "read_table",
]

MAX_PROBLEMS_SHOWN = 30
HEADER_SEARCH_ROWS = 20  # a title, a subtitle and blank rows may stand above the header
MAX_LISTED = 10
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OTHER_WORKBOOKS = (".xls", ".xlsb", ".ods", ".numbers", ".fods")


_HEADER_PUNCTUATION = str.maketrans("-/.:*", "     ")


def normalise_header(text: str) -> str:
    """``No. Registrasi*``, ``Tautan Vídeo`` and ``no_registrasi``, ``tautan_video`` alike:
    case, spaces, line breaks, ``-/.:*``, accents and invisible characters pasted from the web
    do not change what a header means."""
    folded = "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    return "_".join(folded.lower().translate(_HEADER_PUNCTUATION).split())


@dataclass(frozen=True)
class Column:
    """A column the reader looks for: its name, the headers that mean it, and the Indonesian
    header (``local``) that Indonesian messages name it by."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = True
    local: str = ""
    link: bool = False  # a cell's hyperlink target is its value (a cell showing "Tonton")

    def matches(self, header: str) -> bool:
        return header == self.name or header in self.aliases

    def label(self) -> str:
        """The header a user of the current language would write."""
        return self.local if self.local and current_language() == "id" else self.name

    def accepted(self) -> str:
        """``kode (or code, kode_inovasi, …)``: every header that means this column."""
        label = self.label()
        others = [h for h in (self.name, *self.aliases) if h != label]
        return (
            translate("Table", "{header} (or {others})").format(
                header=label, others=", ".join(others)
            )
            if others
            else label
        )


@dataclass
class TableRow:
    number: int  # the row number a spreadsheet program shows (1-based)
    values: dict[str, str]
    unread: set[str] = field(default_factory=set)  # columns whose cell is a problem already
    # hyperlink targets of cells read by what they show (a roster's "Kunci J01" linking to
    # the key file), for a reader that can use them
    links: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.values.get(name, "")


class Problems:
    """Collects every problem in a file so the user can fix them all in one go, and the
    warnings about what was read but may surprise (listed after a successful build)."""

    def __init__(self, source: Path, sheet: str | None = None) -> None:
        self.source = source
        self.sheet = sheet
        self.messages: list[str] = []
        self.warnings: list[str] = []

    def add(self, message: str) -> None:
        self.messages.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.source.name}: {message}")

    def __bool__(self) -> bool:
        return bool(self.messages)

    def finish(self, code: str, warnings: list[str] | None) -> None:
        """Raise every problem at once; otherwise hand the warnings to ``warnings``."""
        self.raise_if_any(code)
        if warnings is not None:
            warnings.extend(self.warnings)

    def raise_if_any(self, code: str = "invalid_spreadsheet") -> None:
        if not self.messages:
            return
        shown = self.messages[:MAX_PROBLEMS_SHOWN]
        count = len(self.messages)  # a plain name: lupdate skips calls with nested parentheses
        if self.sheet:
            head = translate("Table", '{file}, sheet "{sheet}", has %n problem(s):', None, count)
        else:
            head = translate("Table", "{file} has %n problem(s):", None, count)
        lines = [head.format(file=self.source.name, sheet=self.sheet)]
        lines += [f"  – {m}" for m in shown]
        hidden = len(self.messages) - len(shown)
        if hidden:
            lines.append(translate("Table", "  … and %n more.", None, hidden))
        raise InputError("\n".join(lines), code=code)


@dataclass
class Table:
    source: Path
    letters: dict[str, str]  # column name → spreadsheet column letter
    headers: dict[str, str] = field(default_factory=dict)  # column name → header as written
    rows: list[TableRow] = field(default_factory=list)
    sheet: str | None = None
    header_row: int = 1
    problems: Problems = field(init=False)  # of the cells, for the reader to add its own to

    def __post_init__(self) -> None:
        self.problems = Problems(self.source, self.sheet)

    def column(self, column: str) -> str:
        """``H (file_proposal)``: a column as the sheet names it."""
        return translate("Table", "{letter} ({header})").format(
            letter=self.letters.get(column, "?"), header=self.headers.get(column, column)
        )

    def where(self, row: TableRow | int, column: str) -> str:
        number = row if isinstance(row, int) else row.number
        return translate("Table", "row {row}, column {column}").format(
            row=number, column=self.column(column)
        )

    def problem(self, row: TableRow, column: str, message: str) -> None:
        """A problem with a cell, unless reading the cell was one already (a formula without
        a result is not also "empty")."""
        if column not in row.unread:
            self.problems.add(f"{self.where(row, column)}: {message}")


@dataclass
class _Header:
    index: int  # 0-based row of the header
    positions: dict[str, int]  # column name → 0-based column
    missing: list[Column]


def read_table(path: Path, columns: list[Column], preferred_sheets: tuple[str, ...] = ()) -> Table:
    """Rows of ``path`` keyed by column name; refuses with a clear message when columns lack.
    Problems in cells (a formula without a saved result, an error value) are left in
    ``table.problems`` for the caller to report with its own."""
    suffix = path.suffix.lower()
    try:
        if suffix in XLSX_SUFFIXES:
            grid, header, looked_at = _xlsx_table(path, columns, preferred_sheets)
        elif suffix in CSV_SUFFIXES:
            grid = csv_grid(path)
            header, looked_at = _find_header(grid, columns), [grid]
        elif suffix in OTHER_WORKBOOKS:
            raise InputError(
                translate(
                    "Table",
                    "{file} is a {kind} workbook, which Juri does not read: open it and "
                    "save it as .xlsx (Excel Workbook) or as CSV UTF-8.",
                ).format(file=path.name, kind=suffix),
                code="save_as_xlsx",
            )
        else:
            raise InputError(
                translate("Table", "{file}: only .xlsx and .csv spreadsheets can be read.").format(
                    file=path.name
                ),
                code="unsupported_spreadsheet",
            )
    except OSError as exc:
        raise InputError(
            translate("Table", "Cannot read {file}: {error}").format(
                file=path, error=os_problem(exc)
            )
        ) from exc
    if header is None or header.missing:
        raise _missing_columns(path, grid, header, looked_at, columns)
    others = any(g is not grid and _has_text(g.rows) for g in looked_at)
    return _table(path, grid, header, columns, other_sheets_with_text=others)


def _xlsx_table(
    path: Path, columns: list[Column], preferred: tuple[str, ...]
) -> tuple[Grid, _Header | None, list[Grid]]:
    """The first visible sheet (preferred names first) whose first rows hold a header with
    every required column; else the sheet that comes closest. Every visible sheet is looked
    at: rows under the same header on a second sheet would otherwise be left out unsaid (a
    sheet per group is a common habit), so they are refused."""
    sheets: list[tuple[Grid, _Header | None]] = []
    with open_workbook(path) as book:
        for name in book.sheet_names(preferred, normalise_header):
            grid = book.grid(name)
            sheets.append((grid, _find_header(grid, columns)))
    looked_at = [grid for grid, _ in sheets]
    complete = [(g, h) for g, h in sheets if h is not None and not h.missing]
    if complete:
        with_rows = [g.sheet for g, h in complete if _has_rows_below(g, h)]
        if len(with_rows) > 1:
            raise InputError(
                translate(
                    "Table",
                    "{file}: sheets {sheets} each have a header row with these columns and "
                    "rows under it, but one sheet is read: put every row on one sheet, or "
                    "hide the sheets that are not to be read.",
                ).format(file=path.name, sheets=", ".join(f'"{name}"' for name in with_rows)),
                code="rows_on_several_sheets",
            )
        return complete[0][0], complete[0][1], looked_at
    best = sheets[0]
    for grid, header in sheets[1:]:
        if best[1] is None or (header is not None and len(header.missing) < len(best[1].missing)):
            best = grid, header
    return best[0], best[1], looked_at


def _has_rows_below(grid: Grid, header: _Header) -> bool:
    return _has_text(grid.rows[header.index + 1 :])


def _has_text(rows: list[list[str]]) -> bool:
    return any(cell.strip() for row in rows for cell in row)


def _find_header(grid: Grid, columns: list[Column]) -> _Header | None:
    """The first of the first rows naming every required column, else the one naming most;
    ``None`` for a sheet without text."""
    best: _Header | None = None
    for index, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        if not any(cell.strip() for cell in row):
            continue
        positions = _positions(row, columns, grid.hidden_columns)
        missing = [c for c in columns if c.required and c.name not in positions]
        header = _Header(index, positions, missing)
        if not missing:
            return header
        if best is None or len(missing) < len(best.missing):
            best = header
    return best


def _positions(row: list[str], columns: list[Column], hidden: set[int]) -> dict[str, int]:
    """Column name → index of its header cell; a visible column wins over a hidden one."""
    found: dict[str, list[int]] = {}
    for index, cell in enumerate(row):
        normalised = normalise_header(cell)
        for column in columns:
            if column.matches(normalised):
                found.setdefault(column.name, []).append(index)
    return {
        name: next((i for i in indexes if i not in hidden), indexes[0])
        for name, indexes in found.items()
    }


def _missing_columns(
    path: Path, grid: Grid, header: _Header | None, looked_at: list[Grid], columns: list[Column]
) -> InputError:
    if not any(_has_text(g.rows) for g in looked_at):
        return InputError(
            translate("Table", "{file} is empty.").format(file=path.name), code="empty_spreadsheet"
        )
    where = _file_and_sheet(path, grid.sheet)
    if header is None or len(header.positions) == 0:
        message = translate(
            "Table",
            "{where}: none of the first {n} rows is a header row. Name the columns "
            "in one row: {columns}.",
        ).format(
            where=where,
            n=HEADER_SEARCH_ROWS,
            columns="; ".join(c.accepted() for c in columns if c.required),
        )
    else:
        message = translate(
            "Table", "{where}: the header row (row {row}) has no column {columns}."
        ).format(
            where=where,
            row=header.index + 1,
            columns="; ".join(c.accepted() for c in header.missing),
        )
    if len(looked_at) > 1:
        message += " " + translate("Table", "Sheets looked at: {sheets}.").format(
            sheets=", ".join(f'"{g.sheet}"' for g in looked_at)
        )
    return InputError(message, code="missing_columns")


def _file_and_sheet(path: Path, sheet: str | None) -> str:
    if sheet is None:
        return path.name
    return translate("Table", '{file}, sheet "{sheet}"').format(file=path.name, sheet=sheet)


def _table(
    path: Path, grid: Grid, header: _Header, columns: list[Column], other_sheets_with_text: bool
) -> Table:
    positions = header.positions
    table = Table(
        path,
        {n: column_letter(i) for n, i in positions.items()},
        {n: grid.rows[header.index][i].strip() for n, i in positions.items()},
        sheet=grid.sheet,
        header_row=header.index + 1,
    )
    problems = table.problems
    for note in grid.notes:
        problems.warn(note)
    _note_what_was_read(table, grid, header, other_sheets_with_text)
    _note_columns(table, grid, header, columns)
    filled = _fill_merges(table, grid, header, columns)
    links = {c.name for c in columns if c.link}
    hidden_rows = []
    unrendered: dict[tuple[str, str], list[str]] = {}  # (column, format) → "row 4: 1234.5"
    for index in range(header.index + 1, len(grid.rows)):
        raw = grid.rows[index]
        values = {}
        unread = set()
        targets = {}
        for name, column in positions.items():
            place = (index, column)
            if name not in links and place in grid.links:
                targets[name] = grid.links[place].strip()
            if name in links and place in grid.links:
                values[name] = grid.links[place].strip()
                if _link_hides_another(
                    table,
                    index + 1,
                    name,
                    values[name],
                    raw[column].strip() if column < len(raw) else "",
                ):
                    unread.add(name)
                continue
            values[name] = filled.get(place) or (raw[column].strip() if column < len(raw) else "")
            if _cell_problem(table, index + 1, name, place, grid):
                unread.add(name)
            elif place in grid.unrendered:
                unrendered.setdefault((name, grid.unrendered[place]), []).append(
                    translate("Table", "row {row}: {value}").format(
                        row=index + 1, value=values[name]
                    )
                )
        if any(values.values()) or unread:
            table.rows.append(TableRow(index + 1, values, unread, targets))
            if index in grid.hidden_rows:
                hidden_rows.append(index + 1)
    if hidden_rows:
        problems.warn(
            translate("Table", "hidden rows were read: {rows}").format(rows=listed(hidden_rows))
        )
    for (name, number_format), cells in unrendered.items():
        count = len(cells)
        problems.warn(
            translate(
                "Table",
                "column {column}: %n number(s) in the format {format} were read without "
                "it: {cells}",
                None,
                count,
            ).format(column=table.column(name), format=number_format, cells=listed(cells))
        )
    return table


def _link_hides_another(table: Table, number: int, name: str, target: str, shown: str) -> bool:
    """Report a cell that shows one web address but links to another; True when it does. A
    label ("Tonton") defers to its link; an address shown is what the secretariat checked, so
    a different hidden one is refused rather than chosen silently."""
    shown_address, target_address = shown.rstrip("/").lower(), target.rstrip("/").lower()
    if shown_address.startswith("www."):  # Excel links "www.x.id" to "http://www.x.id/"
        same = target_address in ("http://" + shown_address, "https://" + shown_address)
    elif shown_address.startswith(("http://", "https://")):
        same = shown.rstrip("/") == target.rstrip("/")
    else:
        return False
    if same:
        return False
    table.problems.add(
        translate(
            "Table",
            "{where}: shows the link {shown} but leads to {target}; make the cell show "
            "the address it leads to",
        ).format(where=table.where(number, name), shown=shown[:120], target=target[:120])
    )
    return True


def _cell_problem(table: Table, number: int, name: str, place: tuple[int, int], grid: Grid) -> bool:
    """Report a cell whose value cannot be read as shown; True when there was one."""
    problems = table.problems
    if place in grid.formulas:
        problems.add(
            translate(
                "Table",
                "{where}: holds the formula {formula} without a saved result; type the "
                "value itself, or open the file in Excel or LibreOffice and save it again",
            ).format(where=table.where(number, name), formula=grid.formulas[place][:120])
        )
        return True
    if place in grid.errors:
        problems.add(
            translate("Table", "{where}: shows the error {error}").format(
                where=table.where(number, name), error=grid.errors[place]
            )
        )
        return True
    return False


def _note_what_was_read(table: Table, grid: Grid, header: _Header, other_sheets: bool) -> None:
    """Say which sheet and header row were read when text elsewhere was not (a title, a cover
    sheet, notes on another sheet, even when the data sheet comes first)."""
    above = _has_text(grid.rows[: header.index])
    if not other_sheets and not above:
        return
    problems, row = table.problems, header.index + 1
    if grid.sheet is None or not other_sheets:  # a title row: no other sheet to speak of
        problems.warn(
            translate("Table", "the header is row {row}; the rows above it were not read").format(
                row=row
            )
        )
    elif not above:  # notes on another sheet: no rows above to speak of
        problems.warn(
            translate(
                "Table",
                'read sheet "{sheet}" with its header in row {row}; other sheets were not read',
            ).format(sheet=grid.sheet, row=row)
        )
    else:
        problems.warn(
            translate(
                "Table",
                'read sheet "{sheet}" with its header in row {row}; '
                "other sheets and the rows above were not read",
            ).format(sheet=grid.sheet, row=row)
        )


def _note_columns(table: Table, grid: Grid, header: _Header, columns: list[Column]) -> None:
    """Warn about a hidden column that was read, and about headers that were not."""
    problems = table.problems
    row = grid.rows[header.index]
    for column in columns:
        chosen = header.positions.get(column.name)
        if chosen is None:
            continue
        if chosen in grid.hidden_columns:
            problems.warn(
                translate("Table", "column {column} is hidden but was read").format(
                    column=table.column(column.name)
                )
            )
        for index, cell in enumerate(row):
            if index != chosen and column.matches(normalise_header(cell)):
                problems.warn(
                    translate("Table", "column {other} was not read: column {column} was").format(
                        other=f"{column_letter(index)} ({cell.strip()})",
                        column=table.column(column.name),
                    )
                )


def _fill_merges(
    table: Table, grid: Grid, header: _Header, columns: list[Column]
) -> dict[tuple[int, int], str]:
    """Cells of merged ranges below the header, filled from the range's first cell (a
    spreadsheet shows that value across the range). A range across two read columns would
    put one value in both: refused, naming it."""
    problems = table.problems
    filled: dict[tuple[int, int], str] = {}
    said: dict[str, list[str]] = {}  # column → 'D2:D14 ("umum")', for one warning
    by_index = {index: name for name, index in header.positions.items()}
    for top, left, bottom, right in grid.merges:
        if top <= header.index or top >= len(grid.rows):
            continue
        read = [by_index[i] for i in range(left, min(right + 1, MAX_COLUMNS)) if i in by_index]
        if not read:
            continue
        across = len(read) > 1 or header.positions[read[0]] != left
        if bottom == top and not across:
            continue  # one row, and the value is in the cell that is read
        reference = f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}"
        if across:
            problems.add(
                translate(
                    "Table",
                    "cells {range} are merged across the columns {columns}: unmerge them "
                    "and give each cell its own value",
                ).format(range=reference, columns=", ".join(table.column(n) for n in read))
            )
            continue
        source = grid.rows[top]
        value = source[left].strip() if left < len(source) else ""
        for index in range(top, min(bottom + 1, len(grid.rows))):
            if (index, left) in filled:  # only a hand-made file has ranges that overlap
                problems.add(
                    translate("Table", "cells {range} overlap another merged range").format(
                        range=reference
                    )
                )
                break
            filled[(index, left)] = value
        if value:
            said.setdefault(read[0], []).append(f'{reference} ("{value[:60]}")')
    for name, ranges in said.items():
        count = len(ranges)
        problems.warn(
            translate(
                "Table",
                "column {column}: %n merged range(s) were read with their first cell's "
                "value on every row: {ranges}",
                None,
                count,
            ).format(column=table.column(name), ranges=listed(ranges))
        )
    return filled


def listed(items: list, limit: int = MAX_LISTED) -> str:
    """``5, 9, 12 and 3 more``: the first items of a list a message names."""
    shown = ", ".join(str(item) for item in items[:limit])
    rest = len(items) - limit
    return shown + (" " + translate("Table", "and %n more", None, rest) if rest > 0 else "")
