"""The reliability statistics reproduce their papers' own worked examples, exactly."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.stats import ICC_FORMS, icc, krippendorff_alpha

# Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]
# The values the paper prints in Table 4 (two decimals).
SHROUT_FLEISS_ICC = {
    "ICC1": ".17",
    "ICC2": ".29",
    "ICC3": ".71",
    "ICC1k": ".44",
    "ICC2k": ".62",
    "ICC3k": ".91",
}

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, missing values.
_ = None
KRIPPENDORFF = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]
KRIPPENDORFF_ALPHA = {"nominal": "0.743", "ordinal": "0.815", "interval": "0.849", "ratio": "0.797"}


def rounded(value: Fraction, places: int) -> Decimal:
    return round(Decimal(value.numerator) / value.denominator, places)


@pytest.mark.parametrize("form", ICC_FORMS)
def test_icc_matches_shrout_and_fleiss_table_4(form) -> None:
    value = icc(SHROUT_FLEISS)[form]
    assert isinstance(value, Fraction)
    assert rounded(value, 2) == Decimal(SHROUT_FLEISS_ICC[form])


def test_icc_is_exact() -> None:
    # The paper prints BMS = 11.24 and EMS = 1.02; exactly they are 1349/120 and 367/360, so
    # ICC(3,1) = (BMS − EMS) / (BMS + 3·EMS) = 3680/5148.
    assert icc(SHROUT_FLEISS)["ICC3"] == Fraction(3680, 5148)


@pytest.mark.parametrize("level", KRIPPENDORFF_ALPHA)
def test_alpha_matches_krippendorffs_worked_example(level) -> None:
    value = krippendorff_alpha(KRIPPENDORFF, level)
    assert rounded(value, 3) == Decimal(KRIPPENDORFF_ALPHA[level])


def test_nominal_alpha_is_the_papers_fraction() -> None:
    # n = 40 pairable values; Krippendorff prints α = 0.743 (= 113/152 = 0.74342…).
    assert krippendorff_alpha(KRIPPENDORFF, "nominal") == Fraction(113, 152)


def test_alpha_accepts_text_for_nominal_and_ordinal_data() -> None:
    letters = [[None if v is None else "abcde"[v - 1] for v in row] for row in KRIPPENDORFF]
    assert krippendorff_alpha(letters, "nominal") == krippendorff_alpha(KRIPPENDORFF, "nominal")
    assert krippendorff_alpha(letters, "ordinal") == krippendorff_alpha(KRIPPENDORFF, "ordinal")


def test_ratings_may_be_decimals_or_fractions() -> None:
    as_decimals = [[Decimal(v) for v in row] for row in SHROUT_FLEISS]
    assert icc(as_decimals) == icc(SHROUT_FLEISS)
    halves = [[None if v is None else Fraction(v, 2) for v in row] for row in KRIPPENDORFF]
    assert krippendorff_alpha(halves, "interval") == krippendorff_alpha(KRIPPENDORFF, "interval")


def test_icc_leaves_out_rows_with_a_missing_rating() -> None:
    with_gaps = [*SHROUT_FLEISS, [None, 3, 4, 5], [1, None, None, 2]]
    assert icc(with_gaps) == icc(SHROUT_FLEISS)


@pytest.mark.parametrize(
    "table",
    [
        [],  # nothing
        [[1, 2, 3]],  # one target
        [[1], [2], [3]],  # one rater
        [[1, None], [None, 2], [3, None]],  # no complete row
        [[5, 5], [5, 5], [5, 5]],  # no variance at all
    ],
)
def test_icc_is_none_when_undefined(table) -> None:
    assert icc(table) == dict.fromkeys(ICC_FORMS)


def test_icc_refuses_ragged_rows_and_non_numbers() -> None:
    with pytest.raises(ValueError, match="one rating per rater"):
        icc([[1, 2], [1, 2, 3]])
    with pytest.raises(TypeError):
        icc([[1, "2"], [3, 4]])
    with pytest.raises(TypeError):
        icc([[True, 2], [3, 4]])


@pytest.mark.parametrize(
    "table",
    [
        [],
        [[1, None, 3], [None, 2, None]],  # no unit with two values
        [[4, 4, 4], [4, 4, None]],  # no variation
    ],
)
@pytest.mark.parametrize("level", KRIPPENDORFF_ALPHA)
def test_alpha_is_none_when_undefined(table, level) -> None:
    assert krippendorff_alpha(table, level) is None


def test_alpha_refuses_an_unknown_level() -> None:
    with pytest.raises(ValueError, match="nominal"):
        krippendorff_alpha(KRIPPENDORFF, "cardinal")


def test_perfect_agreement_gives_one() -> None:
    table = [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, None]]
    for level in KRIPPENDORFF_ALPHA:
        assert krippendorff_alpha(table, level) == 1
    assert icc([[1, 1], [2, 2], [3, 3]])["ICC1"] == 1


rating = st.one_of(st.none(), st.integers(1, 10))


@given(st.lists(st.lists(rating, min_size=5, max_size=5), min_size=2, max_size=5))
def test_linear_interval_alpha_equals_the_pairwise_definition(table) -> None:
    """The fast interval formula agrees with the coincidence-matrix definition (ratio level
    with its distance replaced by (c − k)² is the same computation)."""
    from app import stats

    counts_table = krippendorff_alpha(table, "interval")
    units = []
    for u in range(5):
        values = [Fraction(row[u]) for row in table if row[u] is not None]
        if len(values) >= 2:
            units.append(values)
    n = sum(len(v) for v in units)
    if n < 2:
        assert counts_table is None
        return
    observed = sum(
        (
            sum((a - b) ** 2 for i, a in enumerate(v) for j, b in enumerate(v) if i != j)
            / Fraction(len(v) - 1)
            for v in units
        ),
        Fraction(0),
    )
    every = [x for v in units for x in v]
    expected = sum(((a - b) ** 2 for a in every for b in every), Fraction(0))
    assert counts_table == (None if expected == 0 else 1 - (n - 1) * observed / expected)
    assert stats.LEVELS == ("nominal", "ordinal", "interval", "ratio")
