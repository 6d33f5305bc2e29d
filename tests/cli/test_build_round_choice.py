"""A secretariat officer builds a package from the competition's rubric file, which holds every
round, and forgets ``--round``: Juri says the file holds several rounds and how to choose one
(it said the rubric was invalid, which it is not)."""

from __future__ import annotations

from app.cli.main import main
from tests.factory import PASSPHRASE


def test_a_rubric_with_several_rounds_asks_for_round(capsys, competition, tmp_path, monkeypatch):
    setup = competition(submissions=2, jurors=1, build=False)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "sekretariat.key"
    assert main(["keys", "new", "--out", str(key), "--label", "Sekretariat Uji"]) == 0
    capsys.readouterr()
    package = tmp_path / "round.juripkg"
    build = [
        "package",
        "build",
        "--submissions",
        str(setup.submissions),
        "--files",
        str(setup.files),
        "--rubric",
        str(setup.rubric),
        "--roster",
        str(setup.roster),
        "--key",
        str(key),
        "--id",
        "cli-pkg",
        "-o",
        str(package),
    ]
    assert main(["--lang", "id", *build]) == 1
    out, err = capsys.readouterr()
    said = out + err
    assert "tidak valid" not in said, said
    assert "berisi beberapa tahap (desk, interview, field)" in said
    assert "--round, misalnya --round desk" in said
    assert not package.exists()
    assert main(["--lang", "id", *build, "--round", "desk"]) == 0, capsys.readouterr()
