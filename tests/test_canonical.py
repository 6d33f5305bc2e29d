"""Canonical JSON: identical to RFC 8785 on Juri's subset, and a reader that refuses ambiguity."""

from __future__ import annotations

import json

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from app.canonical import (
    MAX_SAFE_INTEGER,
    CanonicalError,
    canonical_bytes,
    parse_canonical,
    parse_strict,
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-MAX_SAFE_INTEGER, max_value=MAX_SAFE_INTEGER)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5)
    ),
    max_leaves=30,
)


@given(json_values)
def test_canonical_bytes_equal_the_rfc8785_reference(value) -> None:
    assert canonical_bytes(value) == rfc8785.dumps(value)


@given(json_values)
def test_parsing_canonical_bytes_gives_the_value_back(value) -> None:
    data = canonical_bytes(value)
    assert parse_strict(data, max_bytes=len(data)) == value
    assert canonical_bytes(parse_strict(data, max_bytes=len(data))) == data


def test_keys_sort_by_utf16_code_units_not_code_points() -> None:
    # U+1F600 (a surrogate pair, D83D …) sorts before U+FB01 in UTF-16, after it in code points.
    value = {"\ufb01": 1, "\U0001f600": 2}
    assert canonical_bytes(value) == rfc8785.dumps(value)
    assert canonical_bytes(value).startswith('{"\U0001f600"'.encode())


def test_floats_are_refused_on_writing_and_reading() -> None:
    with pytest.raises(CanonicalError, match="floating-point"):
        canonical_bytes({"score": 7.5})
    with pytest.raises(CanonicalError, match="fraction or exponent"):
        parse_strict(b'{"score": 7.5}', max_bytes=100)
    with pytest.raises(CanonicalError):
        parse_strict(b'{"score": 1e3}', max_bytes=100)


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (b'{"a": 1, "a": 2}', "twice"),
        (b'{"a": NaN}', "not allowed"),
        (b'{"a": Infinity}', "not allowed"),
        (b"[" * 100 + b"]" * 100, "nested too deeply"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"a": 9007199254740993}', "exact range"),
        (b'{"a": "\\ud800"}', "lone surrogate"),
        (b"\xff\xfe{}", "UTF-8"),
        (b'{"a": 1', "not valid JSON"),
        (b"1" * 5000, "not valid JSON"),
    ],
)
def test_ambiguous_or_hostile_documents_are_refused(document: bytes, problem: str) -> None:
    with pytest.raises(CanonicalError, match=problem):
        parse_strict(document, max_bytes=10**6)


@pytest.mark.parametrize("text", [False, True], ids=["plain", "with escapes"])
def test_nesting_is_allowed_exactly_to_the_limit(text: bool) -> None:
    inner = b'"\\u00e9"' if text else b"{}"  # an escape makes the reader check every string
    for depth, allowed in ((64, True), (65, False)):
        document = b"[" * depth + inner + b"]" * depth  # the innermost value at this depth
        if allowed:
            assert parse_strict(document, max_bytes=10**6) is not None
        else:
            with pytest.raises(CanonicalError, match="nested too deeply"):
                parse_strict(document, max_bytes=10**6)


def test_size_limit_is_checked_before_parsing() -> None:
    with pytest.raises(CanonicalError, match="larger than"):
        parse_strict(json.dumps({"a": "x" * 100}).encode(), max_bytes=50)


def test_a_document_of_countless_tiny_values_is_refused_before_parsing() -> None:
    """Three bytes of text per empty list, 56 bytes of memory: the count of values is bounded,
    not only the size, so a small file cannot take gigabytes."""
    flood = b"[" + b"[]," * 1000 + b"[]]"
    with pytest.raises(CanonicalError, match="more than 1000 values"):
        parse_strict(flood, max_bytes=10**6, max_values=1000)
    assert len(parse_strict(flood, max_bytes=10**6, max_values=1001)) == 1001
    assert parse_strict(b'{"a": "x, y: z"}', max_bytes=100, max_values=4) == {"a": "x, y: z"}


def test_hand_written_files_may_use_decimal_numbers_read_exactly() -> None:
    from decimal import Decimal

    assert parse_strict(b'{"w": 12.5}', max_bytes=100, decimals_as_numbers=True) == {
        "w": Decimal("12.5")
    }


@given(st.dictionaries(st.text(), json_values, max_size=5))
def test_parse_canonical_reads_what_parse_strict_reads(value) -> None:
    """The merge's quick reader: same value, and "written so" exactly when ``json.dumps``
    with sorted keys gives the bytes back."""
    quick = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for data in (quick.encode(), canonical_bytes(value), json.dumps(value).encode()):
        parsed, written_so = parse_canonical(data, max_bytes=len(data))
        assert parsed == parse_strict(data, max_bytes=len(data))
        assert written_so == (data == quick.encode())


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":1,"a":1}',
        b'{"a":{"b":2,"b":2}}',
        b'{"a":1.5}',
        b'{"a":NaN}',
        b'{"a":"\\ud800"}',
        b'{"a":' + b"[" * 70 + b"]" * 70 + b"}",
        b'{"a":9007199254740993}',
    ],
)
def test_parse_canonical_refuses_what_parse_strict_refuses(data: bytes) -> None:
    with pytest.raises(CanonicalError) as strict:
        parse_strict(data, max_bytes=len(data))
    with pytest.raises(CanonicalError) as quick:
        parse_canonical(data, max_bytes=len(data))
    assert str(quick.value) == str(strict.value)
