"""A sheet's cells as text, with what a spreadsheet program shows beside the values.

:class:`Grid` is what :mod:`app.formats.table` reads columns from, whether the sheet came from
a CSV file (here) or an XLSX workbook (:mod:`app.formats.xlsx_grid`). Besides the text of every
cell it keeps what the secretariat sees but a bare value hides: formulas without a saved result,
error values, hyperlink targets, hidden rows and columns, merged ranges, number formats it
could not render. Places are 0-based ``(row, column)`` pairs.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.errors import InputError
from app.i18n import format_number, translate

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit
MAX_CSV_BYTES = 256 * 1024 * 1024
MAX_BAD_BYTES_SHOWN = 5
DELIMITERS = (",", ";", "\t")
DELIMITER_SAMPLE_LINES = 20
# A UTF-8 sequence of two to four bytes: a file holding one is UTF-8 text (Windows-1252 text
# almost never holds these byte pairs by chance).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

_SEP_LINE = re.compile(r"sep=(.)(?:\r\n|\n|\r)", re.IGNORECASE)

Place = tuple[int, int]


@dataclass
class Grid:
    rows: list[list[str]]
    sheet: str | None = None  # the sheet's name (XLSX); None for CSV
    formulas: dict[Place, str] = field(default_factory=dict)  # formulas with no saved result
    errors: dict[Place, str] = field(default_factory=dict)  # error values shown (#REF! …)
    links: dict[Place, str] = field(default_factory=dict)  # web link targets
    unrendered: dict[Place, str] = field(default_factory=dict)  # number formats not rendered
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    # merged ranges as (top, left, bottom, right)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the whole file (its encoding …)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def too_many_rows(path: Path) -> InputError:
    return InputError(
        translate("Table", "{file} has more than {n} rows.").format(file=path.name, n=MAX_ROWS),
        code="too_many_rows",
    )


def csv_grid(path: Path) -> Grid:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise InputError(
            translate("Table", "{file} is too large.").format(file=path.name), code="too_large"
        )
    data = path.read_bytes()
    text, notes = decode_csv(data, path)
    text, delimiter = _delimiter(text)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append([cell[:MAX_CELL_CHARS] for cell in row[:MAX_COLUMNS]])
            if len(rows) > MAX_ROWS:
                raise too_many_rows(path)
    except csv.Error:  # a cell over the csv module's 131,072 characters
        raise InputError(
            translate(
                "Table",
                "{file}: the cell that starts in row {row} runs past {n} characters: most "
                'often a quote (") opened in it and never closed, which takes in every row '
                "after it",
            ).format(
                file=path.name, row=len(rows) + 1, n=format_number(Decimal(csv.field_size_limit()))
            ),
            code="cell_too_long",
        ) from None
    return Grid(rows, notes=notes)


def _delimiter(text: str) -> tuple[str, str]:
    """The text without Excel's ``sep=;`` line, and the separator: the one that line names,
    else the one used most in the first lines (a title row above the header has none)."""
    rest, named = _without_sep_line(text)
    if named:
        return rest, named
    sample = "\n".join(text.split("\n", DELIMITER_SAMPLE_LINES)[:DELIMITER_SAMPLE_LINES])
    return text, max(DELIMITERS, key=sample.count)


def _without_sep_line(text: str) -> tuple[str, str]:
    match = _SEP_LINE.match(text)  # any line ending: Excel for Mac's "CSV (Macintosh)" uses CR
    if match:
        return text[match.end() :], match.group(1)
    return text, ""


def decode_csv(data: bytes, path: Path) -> tuple[str, list[str]]:
    """UTF-16 with a byte-order mark (Excel's "Unicode text"), UTF-8 with or without one, else
    Windows-1252 (Excel's "CSV" on an Indonesian or English Windows) — but only for a file that
    is not UTF-8 at all: a UTF-8 file with a stray byte is refused at that byte's place, since
    reading all of it as Windows-1252 would garble every accented letter."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _text_only(data.decode("utf-16"), path), []
        except UnicodeDecodeError as exc:
            raise InputError(
                translate(
                    "Table",
                    '{file} says it is UTF-16 text but is damaged. Save it again as "CSV UTF-8".',
                ).format(file=path.name),
                code="bad_encoding",
            ) from exc
    try:
        return _text_only(data.decode("utf-8-sig"), path), []
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        raise InputError(
            translate(
                "Table",
                "{file} is UTF-8 text except at {places}: fix the character there, or "
                'save the file again as "CSV UTF-8".',
            ).format(file=path.name, places=_bad_places(data, "utf-8-sig")),
            code="bad_encoding",
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            translate(
                "Table",
                "{file} is neither UTF-8 nor Windows-1252 text (see {places}). Save it "
                'again as "CSV UTF-8".',
            ).format(file=path.name, places=_bad_places(data, "cp1252")),
            code="bad_encoding",
        ) from None
    note = translate(
        "Table",
        'not UTF-8: read as Windows-1252 (Excel\'s "CSV" on Windows); '
        'check its accented letters, or save it as "CSV UTF-8"',
    )
    return _text_only(text, path), [note]


def _text_only(text: str, path: Path) -> str:
    if "\x00" in text:
        raise InputError(
            translate(
                "Table",
                "{file} is not a text CSV file (it contains binary data). "
                'Save it again as "CSV UTF-8".',
            ).format(file=path.name),
            code="binary_csv",
        )
    return text


def _bad_places(data: bytes, encoding: str) -> str:
    """Where the bytes ``encoding`` cannot decode are, as a spreadsheet shows them:
    ``row 4, column B (byte 0xE9)``."""
    _text, delimiter = _delimiter(data.decode(encoding, errors="replace"))
    places: list[str] = []
    start = 0
    while len(places) < MAX_BAD_BYTES_SHOWN:
        try:
            data[start:].decode(encoding)
            break
        except UnicodeDecodeError as exc:
            offset = start + exc.start
        row, column = _place_of(data[:offset].decode(encoding, errors="replace"), delimiter)
        places.append(
            translate("Table", "row {row}, column {letter} (byte 0x{byte:02X})").format(
                row=row, letter=column_letter(column), byte=data[offset]
            )
        )
        start = offset + 1
    return "; ".join(places)


def _place_of(before: str, delimiter: str) -> Place:
    """The row (1-based, as shown) and column (0-based) of the character after ``before``."""
    before, _named = _without_sep_line(before)
    try:
        rows = list(csv.reader(io.StringIO(before, newline=""), delimiter=delimiter))
    except csv.Error:  # inside a quoted cell that spans lines
        rows = [line.split(delimiter) for line in before.split("\n")]
    if not rows or before.endswith("\n"):
        rows.append([""])
    return len(rows), max(len(rows[-1]) - 1, 0)
