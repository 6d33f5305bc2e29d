"""The code printed on every evaluation sheet, as a QR code and as text.

``JURI1:<package id>:<submission code>:<juror id>``, for example
``JURI1:kipp-2023-desk-demo:KIPP23-001:J01``. One scan (a phone, or a USB scanner that types
what it reads) or a few keystrokes find the sheet's package, submission and juror again when
scores written on paper are typed in. The three parts are Juri identifiers (letters, digits,
``.``, ``_``, ``-``), so a colon cannot occur inside them, and the text stays short (a small QR
code) and easy to type. The ``1`` is the format's version: a later format gets a new prefix,
and an older Juri says so instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from app.errors import InputError
from app.formats.fields import IDENTIFIER
from app.i18n import translate

SHEET_CODE_PREFIX = "JURI1"
SEPARATOR = ":"
_LATER_VERSION = re.compile(r"JURI([2-9]|[1-9][0-9]+)", re.IGNORECASE)
_SHOWN = 80  # characters of a bad code quoted back in a message


class SheetCodeError(InputError):
    """Text that is not a sheet code Juri can read."""

    code = "bad_sheet_code"


@dataclass(frozen=True)
class SheetCode:
    package_id: str
    submission: str
    juror_id: str

    def __str__(self) -> str:
        return format_sheet_code(self.package_id, self.submission, self.juror_id)


def format_sheet_code(package_id: str, submission: str, juror_id: str) -> str:
    """The sheet code for one juror's sheet of one submission in one package."""
    for value in (package_id, submission, juror_id):
        if not IDENTIFIER.fullmatch(value):
            raise ValueError(f"not a Juri identifier: {value!r}")
    return SEPARATOR.join((SHEET_CODE_PREFIX, package_id, submission, juror_id))


def parse_sheet_code(text: str) -> SheetCode:
    """Read a scanned or typed sheet code; refuse anything else with a message saying why.

    Spaces and line breaks around the code (scanners end with Enter) are ignored, and so is the
    case of the prefix; the three identifiers are kept exactly as written.
    """
    code = text.strip()
    if not code:
        raise SheetCodeError(translate("SheetCode", "The sheet code is empty."))
    shown = code if len(code) <= _SHOWN else code[:_SHOWN] + "…"
    parts = code.split(SEPARATOR)
    prefix = parts[0].upper()
    if prefix != SHEET_CODE_PREFIX:
        if _LATER_VERSION.fullmatch(prefix):
            raise SheetCodeError(
                translate(
                    "SheetCode",
                    "The sheet code '{code}' was made by a newer version of Juri; "
                    "update Juri to read it.",
                ).format(code=shown),
                code="sheet_code_too_new",
            )
        raise SheetCodeError(
            translate(
                "SheetCode",
                "'{code}' is not a Juri sheet code: it should look like "
                "JURI1:package:submission:juror.",
            ).format(code=shown)
        )
    if len(parts) != 4:
        raise SheetCodeError(
            translate(
                "SheetCode",
                "The sheet code '{code}' has {n} parts after JURI1, not three "
                "(package:submission:juror).",
            ).format(code=shown, n=len(parts) - 1)
        )
    names = (
        translate("SheetCode", "package id"),
        translate("SheetCode", "submission code"),
        translate("SheetCode", "juror id"),
    )
    for name, value in zip(names, parts[1:], strict=True):
        if not IDENTIFIER.fullmatch(value):
            raise SheetCodeError(
                translate(
                    "SheetCode",
                    "The {part} '{value}' in the sheet code is not valid: use only "
                    "letters, digits, '.', '_' and '-' (at most 64).",
                ).format(part=name, value=value[:_SHOWN])
            )
    return SheetCode(parts[1], parts[2], parts[3])


def expect_sheet_code(
    text: str, package_id: str, juror_id: str, assigned: Collection[str]
) -> SheetCode:
    """A sheet code this juror may type in here: for this package, this juror, and one of the
    submissions assigned to them. Anything else is refused with what the sheet is for, so a
    sheet from another pile or another round is noticed before a score is typed."""
    sheet = parse_sheet_code(text)
    if sheet.package_id != package_id:
        raise SheetCodeError(
            translate(
                "SheetCode",
                "This sheet is for package {theirs}, but the package open is {ours}. "
                "Open that package first (File → Switch package).",
            ).format(theirs=sheet.package_id, ours=package_id),
            code="sheet_other_package",
        )
    if sheet.juror_id != juror_id:
        raise SheetCodeError(
            translate(
                "SheetCode",
                "This sheet belongs to juror {theirs}; you are juror {ours}. Each juror "
                "types in only their own sheets.",
            ).format(theirs=sheet.juror_id, ours=juror_id),
            code="sheet_other_juror",
        )
    if sheet.submission not in assigned:
        raise SheetCodeError(
            translate(
                "SheetCode", "Submission {code} is not assigned to you in this package."
            ).format(code=sheet.submission),
            code="sheet_not_assigned",
        )
    return sheet
