"""A file that is not there, read by the command a new secretariat officer or chair mistyped,
is refused in the user's language: the operating system's own words ("No such file or
directory") are English whatever the language, and showed through in Indonesian refusals."""

from __future__ import annotations

import pytest

from app.cli.main import main


@pytest.mark.parametrize(
    "args",
    [
        ["package", "info", "tidak-ada.juripkg"],
        ["result", "verify", "tidak-ada.json", "--package", "tidak-ada.juripkg"],
        ["sheets", "recap", "tidak-ada.json", "--package", "tidak-ada.juripkg", "-o", "r.pdf"],
    ],
)
def test_a_missing_file_is_said_in_indonesian(capsys, tmp_path, monkeypatch, args) -> None:
    here = tmp_path / "kerja"
    here.mkdir()
    monkeypatch.chdir(here)
    code = main(["--lang", "id", *args])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "tidak-ada" in err and "file atau folder itu tidak ada" in err, err
    assert "No such file" not in out + err
    assert list(here.iterdir()) == []  # nothing written


def test_the_same_in_english(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "package", "info", "nope.juripkg"]) == 1
    assert "no such file or folder" in capsys.readouterr().err
