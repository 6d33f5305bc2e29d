"""The manifest's per-entry checks, which run thousands of times per package, say exactly what
their plain definitions say (for names: tests/formats/test_member_names.py)."""

from __future__ import annotations

import pytest

from app.formats import fields as f


@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u3000", "\x1c", "\u2028 \u00a0"])
def test_blank_text_is_refused_as_empty(blank: str) -> None:
    with pytest.raises(f.FieldError, match="title: must not be empty"):
        f.text({"title": blank}, "title", "")
    assert f.text({"title": blank}, "title", "", required=False) == blank


def test_text_names_the_place_of_each_fault() -> None:
    for data, problem in (
        ({}, "is missing"),
        ({"t": 1}, "must be text"),
        ({"t": "x" * 11}, "is longer than 10 characters"),
    ):
        with pytest.raises(f.FieldError) as caught:
            f.text(data, "t", "submissions[2]", max_length=10)
        assert str(caught.value) == f"submissions[2].t: {problem}"
    assert f.text({}, "t", "", required=False, default="-") == "-"
