"""Texts as a spreadsheet cell can hold them, and a record of every change made to fit.

Titles, agencies, comments and file names come from other people's spreadsheets, PDFs and
file systems, so they may hold what no cell should: control characters (a form feed pasted
from a PDF, a BEL in a file name), which the XLSX format forbids and which break programs
reading a CSV, and texts longer than the 32,767 characters an Excel cell holds. Such a text is
never refused and never changed silently: each control character is replaced by its visible
picture (U+240C ``␌`` for a form feed), a text over the limit is cut with a mark that says so,
and every change is listed in the export's report with the cell it is in.

Texts that a spreadsheet would take for a formula are a separate matter: the workbook keeps
them exact as text cells (:mod:`app.merge.workbook`), the CSV marks them with an apostrophe
(:mod:`app.merge.csv_file`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from app.i18n import format_decimal, translate

# What a spreadsheet reads as the start of a formula (a tab or carriage return too: some
# programs strip them and then see the "=").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CHARS = 32_767  # Excel's limit for one cell


# C0 and C1 control characters and DEL, except tabs and line breaks (which are text)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def picture(char: str) -> str:
    """What stands in a cell for a control character: its Unicode control picture
    (``␌`` for a form feed, ``␇`` for a BEL, ``␡`` for DEL), or ``�`` for the rare C1 ones,
    which have none."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


@dataclass(frozen=True)
class Tidied:
    text: str
    problems: tuple[str, ...] = ()  # what was changed, in the user's language


def tidy(text: str, limit: int | None = None) -> Tidied:
    """``text`` as a cell can hold it: control characters replaced by their pictures, and
    with ``limit``, cut to that many characters with a visible mark at the end."""
    problems = []
    found = CONTROL.findall(text)
    if found:
        count = len(found)  # a plain name for lupdate
        shown = ", ".join(f"U+{ord(c):04X} → {picture(c)}" for c in sorted(set(found)))
        text = CONTROL.sub(lambda match: picture(match.group()), text)
        problems.append(
            translate(
                "Export", "control characters replaced by a visible sign: %n ({shown})", None, count
            ).format(shown=shown)
        )
    if limit is not None and len(text) * 2 > limit and units(text) > limit:
        total = len(text)
        mark = cut_mark(total)
        text = _first_units(text, limit - units(mark)) + mark
        problems.append(
            translate(
                "Export",
                "cut to {limit} characters (the most a cell holds) from {total}; the end says so",
            ).format(limit=_count(limit), total=_count(total))
        )
    return Tidied(text, tuple(problems))


def units(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units (an emoji counts two)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _first_units(text: str, budget: int) -> str:
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > budget:
            return text[:index]
    return text


def cut_mark(total: int) -> str:
    """The end of a text that was cut, visible in the cell."""
    return " […] " + translate(
        "Export", "[cut by Juri: the text has {total} characters, more than a cell holds]"
    ).format(total=_count(total))


def _count(number: int) -> str:
    return format_decimal(Decimal(number), 0)


@dataclass(frozen=True)
class Change:
    """One cell whose text was changed to fit, and how."""

    place: str  # "Detail!H5" in a workbook, "row 5, column title" in a CSV
    problems: tuple[str, ...]

    def text(self) -> str:
        return f"{self.place}: {'; '.join(self.problems)}"

    def to_json(self) -> dict:
        return {"place": self.place, "problems": list(self.problems)}


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, and every cell it had to change."""

    path: Path
    kind: str  # "xlsx", "csv" or "csv-excel"
    changes: tuple[Change, ...] = ()

    def lines(self, limit: int = 10) -> list[str]:
        """The report in sentences: the file, then each changed cell (the first ``limit``)."""
        lines = [translate("Export", "Written: {path}").format(path=self.path)]
        if not self.changes:
            return lines
        count = len(self.changes)  # a plain name for lupdate
        lines.append(translate("Export", "Cells changed to fit a spreadsheet: %n", None, count))
        lines += [f"  {change.text()}" for change in self.changes[:limit]]
        more = count - limit
        if more > 0:
            lines.append("  " + translate("Export", "… and %n more", None, more))
        return lines

    def to_json(self) -> dict:
        return {
            "file": str(self.path),
            "format": self.kind,
            "changes": [change.to_json() for change in self.changes],
        }


class CsvStyle(StrEnum):
    """The two CSV files (:mod:`app.merge.csv_file`): for programs, and for Excel where
    decimals are written with a comma."""

    PROGRAMS = "csv"
    EXCEL = "csv-excel"

    @property
    def separator(self) -> str:
        return ";" if self is CsvStyle.EXCEL else ","

    @property
    def decimal_sign(self) -> str:
        return "," if self is CsvStyle.EXCEL else "."

    @property
    def limit(self) -> int | None:
        return EXCEL_MAX_CHARS if self is CsvStyle.EXCEL else None
