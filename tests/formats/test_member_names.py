"""The rules for file names in a package: the one-regex check, which runs on thousands of
names per package, says exactly what the rules say spelled out part by part; twins are found
however the names come."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.formats.member_names import NameRegister, name_problem, twin_key

DEVICES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{kind}{digit}" for kind in ("COM", "LPT") for digit in "0123456789¹²³"),
}


def allowed_by_definition(name: str) -> bool:
    """A relative POSIX path whose parts are neither empty, ``.`` nor ``..``, without control
    characters (C0, DEL, C1) or format characters (Unicode category Cf), without what Windows
    reserves in a name (``\\ < > : " | ? *``), without a part ending in a dot or a space, and
    without a part that is a Windows device name (before its first dot, trailing spaces
    aside)."""
    if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in '\\<>:"|?*' for c in name):
        return False
    if any(unicodedata.category(c) == "Cf" for c in name):
        return False
    for part in name.split("/"):
        if part in ("", ".", "..") or part.endswith((".", " ")):
            return False
        if part.split(".")[0].rstrip(" ").upper() in DEVICES:
            return False
    return True


@pytest.mark.parametrize(
    "name",
    [
        "files/S001/proposal.pdf",
        "files/.hidden",
        "files/..x",
        "files/x..",
        "a/b/c",
        "a",
        "",
        "/",
        "/a",
        "a/",
        "a//b",
        ".",
        "..",
        "./a",
        "../a",
        "a/.",
        "a/..",
        "a/./b",
        "a/../b",
        "../..",
        "C:/x",
        "a\\b",
        "a\x00b",
        "a\x1fb",
        "a\x7fb",
        "a\x85b",
        "files/é/ß.pdf",
        "files/CON",
        "files/con.pdf",
        "files/Con.tar.gz",
        "files/CON .pdf",
        "files/console",
        "files/COM1",
        "files/com¹.txt",
        "files/com10",
        "files/LPT0.x",
        "files/nul/x",
        "x.",
        "x ",
        " x",
        "files/a?b",
        "files/a*b",
        "files/a|b",
        "files/a<b>",
        'files/"a"',
        "files/conout$",
    ],
)
def test_name_rules(name: str) -> None:
    assert (name_problem(name) is None) == allowed_by_definition(name)


@given(st.text(alphabet="/.a \\:\x00\x7f\x85é?CONnulLPT1¹\u202e\u200f\u2066", max_size=14))
def test_name_rules_on_generated_names(name: str) -> None:
    assert (name_problem(name) is None) == allowed_by_definition(name)


def test_each_refusal_says_why() -> None:
    reasons = {
        name: name_problem(name)
        for name in ("a\x00b", "a\u202egpj.exe", "a:b", "/a", "a/../b", "a.", "files/PRN.pdf")
    }
    assert reasons == {
        "a\x00b": "it contains a control character",
        "a\u202egpj.exe": "it contains the invisible character U+202E, which can make a name "
        "read as another (photo.exe as photo.jpg)",
        "a:b": 'it contains a character Windows reserves (\\ < > : " | ? *)',
        "/a": "it is absolute or has an empty part",
        "a/../b": "it has a '.' or '..' part",
        "a.": "a part of it ends in a dot or a space, which Windows drops",
        "files/PRN.pdf": "a part of it is a device name on Windows (CON, PRN, AUX, NUL, COM1, "
        "LPT1 …)",
    }


@given(st.lists(st.text(alphabet="aAéeE\u0301/", min_size=1, max_size=6), max_size=8))
def test_a_register_refuses_exactly_the_names_one_disk_would_mix_up(names: list[str]) -> None:
    """Spelled out: a file's name clashes with an earlier one when both are the same file, or
    one is a folder of the other, once case and Unicode normalisation are ignored."""
    register = NameRegister()
    kept: list[str] = []
    for name in (n for n in names if name_problem(n) is None):
        key = twin_key(name)
        clash = any(
            key == twin_key(other)
            or key.startswith(twin_key(other) + "/")
            or twin_key(other).startswith(key + "/")
            for other in kept
        )
        assert (register.add(name) is not None) == clash
        if not clash:
            kept.append(name)


def test_twins() -> None:
    nfc, nfd = "files/café.pdf", unicodedata.normalize("NFD", "files/café.pdf")
    assert nfc != nfd and twin_key(nfc) == twin_key(nfd)
    register = NameRegister()
    assert register.add(nfc) is None
    assert register.add(nfd) == nfc
    assert register.add("FILES/CAFÉ.PDF") == nfc
    assert register.add("files/café.pdf/inside") == nfc  # a file used as a folder
    assert register.add("files/other.pdf") is None
    assert register.add("files/") is None  # a folder entry for a folder that is one
    assert register.add("files/other.pdf/") == "files/other.pdf"
