"""Cleaning what a juror pastes: what comes out is text the store accepts, and nothing else
changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import CONTROL, without_controls
from tests.fuzz import fuzz


def test_line_ends_stay_line_breaks_and_other_controls_become_spaces() -> None:
    assert without_controls("a\r\nb\rc\nd\te") == "a\nb\nc\nd\te"
    assert without_controls("page 1\x0cpage 2\x00x\x1b[2J\x85\x7f") == "page 1 page 2 x [2J  "
    assert without_controls("a\r\nb\tc\x0cd", one_line=True) == "a b c d"
    assert without_controls("Rp 120 juta, dari APBD.") == "Rp 120 juta, dari APBD."


@fuzz()
@given(st.text())
def test_cleaned_text_holds_no_control_character_and_keeps_everything_else(text: str) -> None:
    cleaned = without_controls(text)
    assert CONTROL.search(cleaned) is None
    kept = [ch for ch in text if not CONTROL.fullmatch(ch) and ch not in " \n\r"]
    assert [ch for ch in cleaned if ch not in " \n"] == kept  # every other character, in order
    assert len(cleaned) == len(text) - text.count("\r\n")
    one_line = without_controls(text, one_line=True)
    assert not any(ch in one_line for ch in "\t\n\r")
    assert without_controls(cleaned) == cleaned  # cleaning twice changes nothing
