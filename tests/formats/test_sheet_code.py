"""The sheet code on every evaluation sheet: made, scanned or typed, and read back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import i18n
from app.errors import InputError
from app.formats.sheet_code import (
    SheetCode,
    SheetCodeError,
    format_sheet_code,
    parse_sheet_code,
)

IDENTIFIERS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", fullmatch=True)


def test_the_format_is_short_and_readable() -> None:
    code = format_sheet_code("kipp-2023-desk-demo", "KIPP23-001", "J01")
    assert code == "JURI1:kipp-2023-desk-demo:KIPP23-001:J01"
    assert parse_sheet_code(code) == SheetCode("kipp-2023-desk-demo", "KIPP23-001", "J01")
    assert str(parse_sheet_code(code)) == code


@given(IDENTIFIERS, IDENTIFIERS, IDENTIFIERS)
def test_every_code_reads_back(package: str, submission: str, juror: str) -> None:
    assert parse_sheet_code(format_sheet_code(package, submission, juror)) == SheetCode(
        package, submission, juror
    )


def test_scanners_and_typing_are_forgiven_what_is_harmless() -> None:
    assert parse_sheet_code("  juri1:pkg:S001:J01\r\n") == SheetCode("pkg", "S001", "J01")
    assert parse_sheet_code("Juri1:pkg:S001:J01").submission == "S001"


def test_identifiers_keep_their_case() -> None:
    assert parse_sheet_code("JURI1:Pkg:s001:j01") == SheetCode("Pkg", "s001", "j01")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("https://youtu.be/abc", "not a Juri sheet code"),
        ("KIPP23-001", "not a Juri sheet code"),
        ("JURI:pkg:S001:J01", "not a Juri sheet code"),
        ("JURI1:pkg:S001", "2 parts after JURI1, not three"),
        ("JURI1:pkg:S001:J01:extra", "4 parts after JURI1, not three"),
        ("JURI1:pkg::J01", "The submission code '' in the sheet code is not valid"),
        ("JURI1:pkg:S 001:J01", "The submission code 'S 001'"),
        ("JURI1:-pkg:S001:J01", "The package id '-pkg'"),
        ("JURI1:pkg:S001:J/01", "The juror id 'J/01'"),
        ("JURI1:pkg:S001:" + "J" * 65, "at most 64"),
    ],
)
def test_malformed_codes_are_refused_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(SheetCodeError) as caught:
        parse_sheet_code(text)
    assert words in caught.value.message
    assert caught.value.code == "bad_sheet_code"
    assert isinstance(caught.value, InputError)


def test_a_code_from_a_newer_juri_says_so() -> None:
    with pytest.raises(SheetCodeError) as caught:
        parse_sheet_code("JURI2:pkg:S001:J01:something-new")
    assert caught.value.code == "sheet_code_too_new"
    assert "newer version of Juri" in caught.value.message


def test_a_very_long_bad_code_is_quoted_short() -> None:
    with pytest.raises(SheetCodeError) as caught:
        parse_sheet_code("x" * 5000)
    assert len(caught.value.message) < 300


def test_refusals_speak_indonesian() -> None:
    i18n.install("id")
    with pytest.raises(SheetCodeError) as caught:
        parse_sheet_code("JURI1:pkg:S001")
    assert "bukan tiga" in caught.value.message


@pytest.mark.parametrize("bad", ["", "a:b", "a b", "-a", "x" * 65])
def test_making_a_code_from_bad_identifiers_is_a_programming_error(bad: str) -> None:
    with pytest.raises(ValueError, match="not a Juri identifier"):
        format_sheet_code("pkg", bad, "J01")


def test_a_sheet_must_be_this_jurors_in_this_package() -> None:
    from app.formats.sheet_code import expect_sheet_code

    assigned = ["KIPP23-001", "KIPP23-002"]
    sheet = expect_sheet_code(" JURI1:pkg-a:KIPP23-002:J01\n", "pkg-a", "J01", assigned)
    assert (sheet.package_id, sheet.submission, sheet.juror_id) == ("pkg-a", "KIPP23-002", "J01")
    for text, code, words in (
        ("JURI1:pkg-b:KIPP23-002:J01", "sheet_other_package", "package pkg-b"),
        ("JURI1:pkg-a:KIPP23-002:J02", "sheet_other_juror", "juror J02; you are juror J01"),
        ("JURI1:pkg-a:KIPP23-009:J01", "sheet_not_assigned", "KIPP23-009 is not assigned"),
        ("JURI2:pkg-a:KIPP23-002:J01", "sheet_code_too_new", "newer version"),
    ):
        with pytest.raises(SheetCodeError) as caught:
            expect_sheet_code(text, "pkg-a", "J01", assigned)
        assert caught.value.code == code and words in caught.value.message
