"""Spreadsheets (XLSX or CSV) read as rows of text, with row and column for every message.

Columns are found by header, in English or Indonesian (``code`` or ``kode``), in any order and
case. XLSX cells are read as their displayed values (never as formulas); CSV files may be UTF-8
(with or without BOM), UTF-16 with a BOM, or Windows-1252 and may separate cells by comma,
semicolon or tab (a spreadsheet saved with an Indonesian locale uses semicolons).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import ParseError

from app.errors import InputError
from app.i18n import translate

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit
MAX_CSV_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 30


def normalise_header(text: str) -> str:
    return "_".join(text.strip().strip("*").lower().replace("-", " ").replace("/", " ").split())


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """A column the reader looks for: its name and the headers that mean it."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = True

    def matches(self, header: str) -> bool:
        return header == self.name or header in self.aliases


@dataclass
class TableRow:
    number: int  # the row number a spreadsheet program shows (1-based)
    values: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class Table:
    source: Path
    letters: dict[str, str]  # column name → spreadsheet column letter
    rows: list[TableRow] = field(default_factory=list)

    def where(self, row: TableRow, column: str) -> str:
        return translate("Table", "row {row}, column {letter} ({column})").format(
            row=row.number, letter=self.letters.get(column, "?"), column=column
        )


class Problems:
    """Collects every problem in a file so the user can fix them all in one go."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.messages: list[str] = []

    def add(self, message: str) -> None:
        self.messages.append(message)

    def __bool__(self) -> bool:
        return bool(self.messages)

    def raise_if_any(self, code: str = "invalid_spreadsheet") -> None:
        if not self.messages:
            return
        shown = self.messages[:MAX_PROBLEMS_SHOWN]
        count = len(self.messages)  # a plain name: lupdate skips calls with nested parentheses
        lines = [translate("Table", "{file} has %n problem(s):", None, count)
                 .format(file=self.source.name)]
        lines += [f"  – {m}" for m in shown]
        hidden = len(self.messages) - len(shown)
        if hidden:
            lines.append(translate("Table", "  … and %n more.", None, hidden))
        raise InputError("\n".join(lines), code=code)


def read_table(path: Path, columns: list[Column], preferred_sheets: tuple[str, ...] = ()) -> Table:
    """Rows of ``path`` keyed by column name; refuses with a clear message when columns lack."""
    raw_rows = _raw_rows(path, preferred_sheets)
    header_index, header = _find_header(raw_rows, path)
    letters: dict[str, str] = {}
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        normalised = normalise_header(cell)
        for column in columns:
            if column.matches(normalised) and column.name not in positions:
                positions[column.name] = index
                letters[column.name] = column_letter(index)
    missing = [c.name for c in columns if c.required and c.name not in positions]
    if missing:
        raise InputError(
            translate(
                "Table", "{file} has no column {columns} (the header row is row {row})."
            ).format(file=path.name, columns=", ".join(missing), row=header_index + 1),
            code="missing_columns",
        )
    table = Table(path, letters)
    for number, raw in enumerate(raw_rows[header_index + 1 :], start=header_index + 2):
        values = {
            name: (raw[index].strip() if index < len(raw) else "")
            for name, index in positions.items()
        }
        if any(values.values()):
            table.rows.append(TableRow(number, values))
    return table


def _find_header(rows: list[list[str]], path: Path) -> tuple[int, list[str]]:
    for index, row in enumerate(rows[:50]):
        if any(cell.strip() for cell in row):
            return index, row
    raise InputError(translate("Table", "{file} is empty.").format(file=path.name),
                     code="empty_spreadsheet")


def _raw_rows(path: Path, preferred_sheets: tuple[str, ...]) -> list[list[str]]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _xlsx_rows(path, preferred_sheets)
        if suffix in (".csv", ".txt", ".tsv"):
            return _csv_rows(path)
    except OSError as exc:
        raise InputError(
            translate("Table", "Cannot read {file}: {error}").format(
                file=path, error=exc.strerror or exc)
        ) from exc
    raise InputError(
        translate("Table", "{file}: only .xlsx and .csv spreadsheets can be read.").format(
            file=path.name
        ),
        code="unsupported_spreadsheet",
    )


def _check_size(rows: list[list[str]], path: Path) -> None:
    if len(rows) > MAX_ROWS:
        raise InputError(
            translate("Table", "{file} has more than {n} rows.").format(file=path.name, n=MAX_ROWS),
            code="too_many_rows",
        )


def _csv_rows(path: Path) -> list[list[str]]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise InputError(translate("Table", "{file} is too large.").format(file=path.name),
                         code="too_large")
    text = _decode_csv(path.read_bytes(), path)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    rows: list[list[str]] = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([cell[:MAX_CELL_CHARS] for cell in row[:MAX_COLUMNS]])
        if len(rows) > MAX_ROWS:
            break
    _check_size(rows, path)
    return rows


def _decode_csv(data: bytes, path: Path) -> str:
    """UTF-16 with a byte-order mark (Excel's "Unicode text"), UTF-8 with or without one, else
    Windows-1252 (what Excel writes for "CSV" on an Indonesian or English Windows)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(translate(
                "Table", "{file} says it is UTF-16 text but is damaged. Save it again as "
                "\"CSV UTF-8\".").format(file=path.name), code="bad_encoding") from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 leaves five bytes undefined; latin-1 decodes everything
        text = data.decode("latin-1")
    if "\x00" in text:
        raise InputError(
            translate("Table", "{file} is not a text CSV file (it contains binary data). "
                      "Save it again as \"CSV UTF-8\".").format(file=path.name),
            code="binary_csv",
        )
    return text


# What openpyxl raises on a damaged or hand-made workbook (bad zip, bad XML, odd values).
_XLSX_ERRORS = (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, OSError,
                ParseError, zlib.error, EOFError)


def _xlsx_rows(path: Path, preferred_sheets: tuple[str, ...]) -> list[list[str]]:
    import openpyxl

    def unreadable(_exc: Exception) -> InputError:
        return InputError(
            translate("Table", "{file} is not a readable XLSX workbook.").format(file=path.name),
            code="bad_xlsx",
        )

    try:  # read_only streams the rows: memory stays small however long the sheet
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _XLSX_ERRORS as exc:
        raise unreadable(exc) from exc
    try:
        sheet = _choose_sheet(workbook, preferred_sheets)
        rows: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            rows.append([_cell_text(v) for v in values])
            if len(rows) > MAX_ROWS:
                break
    except _XLSX_ERRORS as exc:  # rows are parsed lazily: a damaged sheet shows up here
        raise unreadable(exc) from exc
    finally:
        workbook.close()
    _check_size(rows, path)
    return rows


def _choose_sheet(workbook, preferred: tuple[str, ...]):
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    for ws in visible:
        if normalise_header(ws.title) in preferred:
            return ws
    if not visible:
        raise InputError(translate("Table", "The workbook has no visible sheet."),
                         code="empty_spreadsheet")
    return visible[0]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)[:MAX_CELL_CHARS]

