"""Every ``--help`` the README prints is what the verb prints today (issue 13: the new verbs
in the README with ``--help``): a block that drifts from the program, or a round verb without
its block, fails here. The README's blocks are the English help at 100 columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli.main import main

README = Path(__file__).resolve().parents[2] / "README.md"
ROUND_VERBS = ("package amend", "package next", "final make", "final verify", "sheets final")


def blocks() -> dict[str, str]:
    """The README's ``--help`` blocks by verb ("final make")."""
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"```text\n(usage: juri ([a-z]+(?: [a-z]+)?) .*?)```", text, re.S)
    return {verb: block for block, verb in found}


def test_every_round_verb_has_its_help_in_the_readme() -> None:
    assert set(ROUND_VERBS) <= set(blocks())


@pytest.mark.parametrize("verb", sorted(blocks()))
def test_a_help_block_in_the_readme_is_what_the_verb_prints(verb, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["--lang", "en", *verb.split(), "--help"]) == 0
    printed = capsys.readouterr().out
    assert blocks()[verb] == printed, (
        f"README.md's help of juri {verb} differs: paste `COLUMNS=100 juri --lang en {verb} "
        "--help` into its block"
    )
