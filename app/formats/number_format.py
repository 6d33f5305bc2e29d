"""A number cell as the spreadsheet shows it: a code typed as ``001`` is stored as the number 1
and shown through the format ``000``; reading the bare value would turn ``001`` into ``1``.

Only what codes and plain figures use is rendered: zero padding, fixed or optional decimals,
percent, and literal text around the digits (``"KIPP23-"000``). Anything else (scientific,
fractions, several sections, colours or conditions) is not guessed at: :func:`shown_number`
says it could not render the format and the reader warns about the cell.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

PLAIN_FORMATS = frozenset({"", "general", "@", "0", "#"})
_LITERAL = re.compile(r'"([^"]*)"|\\(.)|([-+$/():!^&\'~{}<>= ])')
_DIGITS = re.compile(r"([0#?,]+)(?:\.([0#?]+))?(%?)")


def plain_text(value: int | float) -> str:
    """A number without a format: integers without ``.0``, decimals without float noise."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    return str(value)


def shown_number(value: int | float, number_format: str) -> str | None:
    """The text the format shows for ``value``, or ``None`` when the format is not one this
    reader renders (the caller then uses :func:`plain_text` and says so)."""
    if number_format.strip().lower() in PLAIN_FORMATS:
        return plain_text(value)
    if ";" in number_format or "[" in number_format or value < 0:
        return None
    prefix, rest = _literals(number_format)
    match = _DIGITS.match(rest)
    if match is None:
        return None
    suffix, tail = _literals(rest[match.end() :])
    if tail:
        return None
    whole, decimals, percent = match.group(1), match.group(2) or "", match.group(3)
    if "," in whole:
        return None  # grouping depends on the reader's locale: not guessed
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if percent:
        number *= 100
    required, optional = decimals.count("0"), len(decimals) - decimals.count("0")
    text = format(number.quantize(Decimal(1).scaleb(-(required + optional)), ROUND_HALF_UP), "f")
    if optional:
        integer, _, fraction = text.partition(".")
        fraction = fraction.rstrip("0").ljust(required, "0")
        text = f"{integer}.{fraction}" if fraction else integer
    integer, dot, fraction = text.partition(".")
    integer = integer.zfill(whole.count("0")) if whole.count("0") else integer.lstrip("0")
    return f"{prefix}{integer}{dot}{fraction}{percent}{suffix}"


def _literals(text: str) -> tuple[str, str]:
    """The literal text at the start of ``text`` and what follows it."""
    shown = []
    position = 0
    while match := _LITERAL.match(text, position):
        shown.append(next(group for group in match.groups() if group is not None))
        position = match.end()
    return "".join(shown), text[position:]
