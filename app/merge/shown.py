"""How many decimals a figure of the ranking needs so that it does not mislead.

Scores are shown rounded half up to two decimals, but ranks are decided on the exact values.
Two neighbours that both show 77,90 were nonetheless ranked 1 and 2: wherever neighbours look
equal at two decimals but differ, both are shown with the decimals that tell them apart
(77,8993 and 77,8987). Likewise a mean that fails the passing grade is never shown at the
grade (84,996, not 85,00).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from app.domain.numbers import total_text

SHOWN_DECIMALS = 2


def separating_decimals(values: Sequence[Fraction], places: int = SHOWN_DECIMALS) -> list[int]:
    """The decimals to show each of ``values`` (ranked, highest first) with: ``places``, or
    for a run of neighbours that look equal at ``places`` but are not all equal, the fewest
    decimals at which every two different neighbours of the run differ (exactly equal ones
    are separated by a tie-break, or tied, and stay equal). Rounding is monotone, so the
    whole run is then in order at those decimals."""
    shown = [places] * len(values)
    keys = [total_text(value, places) for value in values]
    start = 0
    while start < len(values):
        end = start + 1
        while end < len(values) and keys[end] == keys[start]:
            end += 1
        run = values[start:end]
        pairs = [(a, b) for a, b in pairwise(run) if a != b]
        if pairs:
            more = places + 1  # found: two different rationals part at some decimal
            while any(total_text(a, more) == total_text(b, more) for a, b in pairs):
                more += 1
            shown[start:end] = [more] * (end - start)
        start = end
    return shown


def below_grade_decimals(value: Fraction, grade: Decimal, places: int = SHOWN_DECIMALS) -> int:
    """The decimals that show ``value`` below ``grade`` when it is below it: ``places``
    unless rounding would show it at the grade (84.996 shows as 85.00)."""
    if value >= Fraction(grade):
        return places
    while Decimal(total_text(value, places)) >= grade:
        places += 1
    return places
