"""The manifest's per-entry checks, which run thousands of times per package, say exactly what
their plain definitions say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.formats import fields as f
from app.formats.manifest import is_safe_member_path


def safe_by_definition(name: str) -> bool:
    """A relative POSIX path without ``..``, empty parts, drive letters or control characters,
    spelled out part by part."""
    if not name or name.startswith("/") or "\\" in name or ":" in name:
        return False
    if any(ord(c) < 0x20 or c == "\x7f" for c in name):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


@pytest.mark.parametrize("name", [
    "files/S001/proposal.pdf", "files/.hidden", "files/..x", "files/x..", "a/b/c", "a",
    "", "/", "/a", "a/", "a//b", ".", "..", "./a", "../a", "a/.", "a/..", "a/./b", "a/../b",
    "../..", "C:/x", "a\\b", "a\x00b", "a\x1fb", "a\x7fb", "files/é/ß.pdf",
])
def test_safe_member_paths(name: str) -> None:
    assert is_safe_member_path(name) == safe_by_definition(name)


@given(st.text(alphabet="/.a\\:\x00\x7fé", max_size=12))
def test_safe_member_paths_on_generated_names(name: str) -> None:
    assert is_safe_member_path(name) == safe_by_definition(name)


@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u3000", "\x1c", "\u2028 \u00a0"])
def test_blank_text_is_refused_as_empty(blank: str) -> None:
    with pytest.raises(f.FieldError, match="title: must not be empty"):
        f.text({"title": blank}, "title", "")
    assert f.text({"title": blank}, "title", "", required=False) == blank


def test_text_names_the_place_of_each_fault() -> None:
    for data, problem in (({}, "is missing"), ({"t": 1}, "must be text"),
                          ({"t": "x" * 11}, "is longer than 10 characters")):
        with pytest.raises(f.FieldError) as caught:
            f.text(data, "t", "submissions[2]", max_length=10)
        assert str(caught.value) == f"submissions[2].t: {problem}"
    assert f.text({}, "t", "", required=False, default="-") == "-"
