"""Option values in English or Indonesian alike, listed in --help, and a workspace's package
ids named when a command needs one (issue 14 item 8)."""

from __future__ import annotations

import pytest

from app.cli.choices import METHOD, RECOMMENDATION
from app.cli.main import main
from app.domain.evaluation import Recommendation
from app.merge.methods import Method


def run(capsys, *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_words_cover_every_value_of_the_domain() -> None:
    assert set(RECOMMENDATION.values) == {r.value for r in Recommendation if r.value}
    assert set(METHOD.values) == {m.value for m in Method}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_help_lists_the_words_of_both_languages(capsys, lang: str) -> None:
    code, out, _err = run(capsys, "score", "set", "--help", lang=lang)
    assert code == 0
    text = " ".join(out.split())
    for english, indonesian in (
        ("advance", "lanjut"),
        ("consider", "pertimbangkan"),
        ("reject", "tolak"),
        ("yes", "ya"),
        ("no", "tidak"),
    ):
        assert (f"{english}|{indonesian}" if lang == "en" else f"{indonesian}|{english}") in text
    code, out, _err = run(capsys, "merge", "--help", lang=lang)
    assert ("mean|rerata" if lang == "en" else "rerata|mean") in " ".join(out.split())


def test_indonesian_and_english_values_are_both_accepted(capsys, competition) -> None:
    setup = competition(submissions=2, jurors=1)
    workspace = ["--workspace", str(setup.workspaces["J01"])]
    run(capsys, *workspace, "workspace", "import", str(setup.package))
    code, _out, err = run(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "LATAR=8",
        "--recommend",
        "tolak",
        "--watched",
        "ya",
        lang="id",
    )
    assert code == 0, err
    code, out, _err = run(capsys, *workspace, "score", "show", "S001")
    assert "Recommendation: not recommended" in out and "Video watched: yes" in out
    code, _out, err = run(
        capsys, *workspace, "score", "set", "S001", "--recommend", "Advance", "--watched", "NO"
    )
    assert code == 0, err
    code, out, _err = run(capsys, *workspace, "score", "show", "S001")
    assert "Recommendation: recommended" in out and "Video watched: no" in out


def test_an_unknown_word_is_a_usage_error_naming_the_words(capsys, competition) -> None:
    setup = competition(submissions=1, jurors=1)
    workspace = ["--workspace", str(setup.workspaces["J01"])]
    code, _out, err = run(capsys, *workspace, "score", "set", "S001", "--recommend", "maybe")
    assert code == 2
    assert "'maybe' is not one of: advance|lanjut, consider|pertimbangkan, reject|tolak" in err
    run(capsys, *workspace, "workspace", "import", str(setup.package))
    code, _out, err = run(capsys, *workspace, "score", "set", "S001", "--check", "PENGGUNA=mungkin")
    assert code == 1
    assert "Write one of yes|ya, no|tidak, not 'mungkin'." in err


def test_a_missing_package_choice_names_the_workspace_packages(
    capsys, competition, tmp_path
) -> None:
    setup = competition(submissions=1, jurors=1)
    first = setup.package
    second = setup.build(package_id="test-pkg-2", output=tmp_path / "second.juripkg").path
    workspace = ["--workspace", str(setup.workspaces["J01"])]
    for package in (first, second):
        assert run(capsys, *workspace, "workspace", "import", str(package))[0] == 0
    code, _out, err = run(capsys, *workspace, "score", "list")
    assert code == 1
    assert (
        "Say which package with --package: this workspace has 2 package(s): test-pkg, test-pkg-2."
    ) in err
    code, _out, err = run(capsys, *workspace, "score", "list", "--package", "test")
    assert "'test' is the start of several package ids: test-pkg, test-pkg-2." in err
    code, _out, err = run(capsys, *workspace, "score", "list", "--package", "other")
    assert "There is no package 'other' in this workspace; it has: test-pkg, test-pkg-2." in err
    code, out, _err = run(capsys, *workspace, "score", "list", "--package", "test-pkg-2")
    assert code == 0 and "S001" in out
