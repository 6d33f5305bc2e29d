"""A secretariat officer builds a package from the competition's rubric file, which holds every
round, and forgets ``--round``: Juri says the file holds several rounds and how to choose one
(it said the rubric was invalid, which it is not)."""

from __future__ import annotations

from app.cli.main import main
from app.crypto.keys import write_private_key
from tests.factory import PASSPHRASE
from tests.package.test_red_team import build_args


def test_a_rubric_with_several_rounds_asks_for_round(capsys, competition, tmp_path, monkeypatch):
    setup = competition(submissions=2, jurors=1, build=False, with_workspaces=False)
    key = tmp_path / "sekretariat.key"
    write_private_key(key, setup.secretariat, PASSPHRASE)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    package = tmp_path / "round.juripkg"
    args = build_args(setup, package, key)
    at = args.index("--round")
    without_round = ["--lang", "id", *args[2:at], *args[at + 2 :]]
    assert main(without_round) == 1
    out, err = capsys.readouterr()
    said = out + err
    assert "tidak valid" not in said, said
    assert "berisi beberapa tahap (desk, interview, field)" in said
    assert "--round, misalnya --round desk" in said
    assert not package.exists()
    assert main([*without_round, "--round", "desk"]) == 0, capsys.readouterr()
