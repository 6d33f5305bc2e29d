from decimal import Decimal
from fractions import Fraction

import pytest

from app.domain.numbers import decimal_text, parse_decimal, round_half_up, total_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (7, Decimal(7)),
        ("7", Decimal(7)),
        ("7.5", Decimal("7.5")),
        ("-0.25", Decimal("-0.25")),
    ],
)
def test_decimals_are_read_from_integers_and_decimal_strings(value, expected) -> None:
    assert parse_decimal(value) == expected


@pytest.mark.parametrize(
    "value", ["7,5", "1e3", "07", ".5", "5.", "+5", " ", "NaN", 7.5, True, None, "1" * 40]
)
def test_everything_else_is_refused(value) -> None:
    with pytest.raises(ValueError):
        parse_decimal(value)


def test_comma_is_accepted_where_people_type() -> None:
    assert parse_decimal("7,5", allow_comma=True) == Decimal("7.5")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("7.50"), "7.5"),
        (Decimal("100"), "100"),
        (Decimal("1E+2"), "100"),
        (Decimal("-0"), "0"),
        (Decimal("0.000"), "0"),
    ],
)
def test_decimal_text_is_canonical(value, text) -> None:
    assert decimal_text(value) == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(72225, 1000), "72.23"),  # half-up, where half-even would give 72.22
        (Fraction(700, 9), "77.78"),
        (Fraction(-5, 1000), "-0.01"),
        (Fraction(1, 200), "0.01"),
        (Fraction(100), "100.00"),
    ],
)
def test_rounding_is_half_up_on_exact_values(value, expected) -> None:
    assert total_text(value) == expected
    assert round_half_up(value) == Decimal(expected)
