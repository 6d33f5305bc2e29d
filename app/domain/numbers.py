"""Exact numbers for scores, weights and totals.

Scores and weights are :class:`~decimal.Decimal`; totals are :class:`~fractions.Fraction` so that
``(score − min) / (max − min)`` stays exact even on a 1–10 scale (ninths). Rounding happens once,
half-up to two places, only when a number is shown or exported. In files, decimals are JSON
strings in a canonical form (``"7"``, ``"7.5"``, ``"85.25"``): never floats.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

_DECIMAL_TEXT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
# the one spelling Juri writes (see :func:`decimal_text`): no leading or trailing zeros, no
# "-0", no spaces; a fraction only when it is not zero
_CANONICAL_TEXT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")
# Upper bound on digits in any decimal we accept, so hostile input cannot cost much.
MAX_DECIMAL_DIGITS = 30


def parse_decimal(value: object, *, allow_comma: bool = False) -> Decimal:
    """Read a decimal from a JSON integer or a decimal string; raise ``ValueError`` otherwise.

    ``allow_comma`` accepts ``7,5`` as typed by someone used to the Indonesian decimal comma.
    """
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
        if allow_comma and "," in text and "." not in text:
            text = text.replace(",", ".")
    else:
        raise ValueError(f"not a number: {value!r}")
    if len(text) > MAX_DECIMAL_DIGITS + 2 or not _DECIMAL_TEXT.fullmatch(text):
        raise ValueError(f"not a decimal number: {value!r}")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes these
        raise ValueError(f"not a decimal number: {value!r}") from exc


def parse_canonical_decimal(value: object) -> Decimal:
    """Read a decimal written in the canonical spelling of :func:`decimal_text` (``"7"``,
    ``"7.5"``), the only one a signed file may use; raise ``ValueError`` for anything else
    (``7``, ``"7.0"``, ``" 7"``, ``"07"``, ``"-0"``): one value, one spelling, so two readers
    never disagree about what was signed."""
    if (
        type(value) is not str
        or len(value) > MAX_DECIMAL_DIGITS + 2
        or not _CANONICAL_TEXT.fullmatch(value)
        or value == "-0"
    ):
        raise ValueError(f"not a decimal in canonical form: {value!r}")
    return Decimal(value)


def decimal_text(value: Decimal | int) -> str:
    """The canonical text of a decimal: no exponent, no trailing zeros, no ``-0``."""
    value = Decimal(value)
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def round_half_up(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """Round exactly, halves away from zero (the rounding people expect on a score sheet)."""
    exact = Fraction(value)
    scale = 10**places
    scaled = abs(exact) * scale
    rounded = int(scaled + Fraction(1, 2))  # floor(|x|·10ᵖ + ½)
    if exact < 0:
        rounded = -rounded
    return Decimal(rounded).scaleb(-places)


def total_text(value: Fraction | Decimal | int, places: int = 2) -> str:
    """A total as exported: rounded half-up, always with ``places`` decimals (``"72.50"``).

    The same text as formatting :func:`round_half_up`, written from integers: a merge writes
    tens of thousands of totals, and the Fraction and Decimal steps were most of its cost."""
    if places < 0:
        return f"{round_half_up(value, places):.{places}f}"
    p, q = value.as_integer_ratio()
    scale = 10**places
    rounded = (2 * abs(p) * scale + q) // (2 * q)  # floor(|x|·10ᵖ + ½)
    digits = str(rounded).rjust(places + 1, "0")
    sign = "-" if p < 0 and rounded else ""
    return f"{sign}{digits[:-places]}.{digits[-places:]}" if places else f"{sign}{digits}"
