"""The command line as a secretariat officer and a juror use it."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.cli.main import main
from app.crypto.keys import encode_public_key, read_public_key
from app.errors import WorkspaceError
from app.formats import manifest as manifest_format
from tests.factory import PASSPHRASE
from tests.package.test_package import cut_short, disagreeing_header, proposal_name

VERBS = [
    [],
    ["demo"],
    ["package"],
    ["package", "build"],
    ["package", "verify"],
    ["package", "info"],
    ["keys"],
    ["keys", "new"],
    ["keys", "show"],
    ["keys", "export"],
    ["keys", "check"],
    ["workspace"],
    ["workspace", "info"],
    ["workspace", "import"],
    ["workspace", "pact"],
    ["workspace", "audit"],
    ["score"],
    ["score", "list"],
    ["score", "show"],
    ["score", "set"],
    ["score", "recuse"],
    ["score", "unrecuse"],
    ["result"],
    ["result", "export"],
    ["result", "verify"],
    ["result", "show"],
]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: " ".join(v) or "juri")
def test_every_verb_has_help(capsys, verb) -> None:
    code, out, _err = run(capsys, *verb, "--help")
    assert code == 0
    assert out.startswith("usage: juri")


def test_help_speaks_indonesian_by_default(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("penggunaan: juri")
    assert "buat kompetisi demo" in out


def test_usage_errors_exit_2(capsys) -> None:
    code, _out, err = run(capsys, "package", "verify")
    assert code == 2 and "required" in err


def test_secretariat_builds_and_a_juror_scores_and_exports(
    capsys, competition, tmp_path, monkeypatch
) -> None:
    setup = competition(submissions=3, jurors=1, build=False)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "sekretariat.key"
    code, out, _ = run(capsys, "keys", "new", "--out", str(key), "--label", "Sekretariat Uji")
    assert code == 0 and "Fingerprint:" in out
    assert (tmp_path / "sekretariat.pub.json").is_file()

    package = tmp_path / "round.juripkg"
    code, out, err = run(
        capsys,
        "package",
        "build",
        "--submissions",
        str(setup.submissions),
        "--files",
        str(setup.files),
        "--rubric",
        str(setup.rubric),
        "--round",
        "desk",
        "--roster",
        str(setup.roster),
        "--key",
        str(key),
        "--id",
        "cli-pkg",
        "-o",
        str(package),
    )
    assert code == 0, err
    assert "Package id: cli-pkg" in out and "3 submissions" in out

    code, out, _ = run(capsys, "package", "verify", str(package))
    assert code == 0 and out.startswith("VALID")
    code, out, _ = run(capsys, "package", "info", "--json", str(package))
    info = json.loads(out)
    assert info["package_id"] == "cli-pkg" and info["submissions"] == 3
    assert info["criteria"][4] == {"code": "SIGNIFIKANSI", "weight": "30"}

    workspace = ["--workspace", str(setup.workspaces["J01"])]
    code, out, err = run(capsys, *workspace, "workspace", "import", str(package))
    assert code == 0, err
    assert "3 submissions assigned to you" in out
    code, out, err = run(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "LATAR=8",
        "KEBARUAN=7",
        "--comment",
        "LATAR=Data lengkap",
        "--overall",
        "Baik",
        "--recommend",
        "advance",
    )
    assert code == 0, err
    assert "in progress" in out
    code, out, _ = run(capsys, *workspace, "score", "recuse", "S002", "--reason", "Konflik")
    assert code == 0
    code, out, _ = run(capsys, *workspace, "score", "show", "S001")
    assert "Data lengkap" in out
    assert "Weighted total: 17.78 so far, 25% of the weight scored" in out
    code, out, _ = run(capsys, *workspace, "score", "list")
    assert "S002" in out and "recused" in out
    assert "0 of 3 scored, 1 with a conflict of interest" in out

    code, out, err = run(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, err
    result = tmp_path / "J01_cli-pkg_v1.juri-result.json"
    assert result.is_file() and "not finished" in out
    code, out, _ = run(capsys, "result", "verify", str(result), "--package", str(package))
    assert code == 0 and "VALID: juror J01, version 1" in out
    code, out, _ = run(capsys, "result", "show", str(result))
    assert "S002" in out and "recused" in out

    tampered = tmp_path / "tampered.json"
    tampered.write_bytes(result.read_bytes().replace(b'"value":"8"', b'"value":"9"'))
    code, out, _ = run(capsys, "result", "verify", str(tampered), "--package", str(package))
    assert code == 1 and "TAMPERED" in out


@pytest.mark.parametrize("language", ["en", "id"])
def test_nothing_scored_is_a_dash_and_recusals_are_counted_apart(
    capsys, competition, language
) -> None:
    """``juri score list`` and ``juri workspace info`` (issue 14, item 5)."""
    setup = competition(submissions=3, jurors=1)
    workspace = ["--lang", language, "--workspace", str(setup.workspaces["J01"])]

    def juri(*args: str) -> str:
        assert main([*workspace, *args]) == 0
        return capsys.readouterr().out

    juri("workspace", "import", str(setup.package))
    juri("score", "recuse", "S001", "--reason", "Saya narasumber inovasi ini.")
    juri("score", "set", "S002", "--overall", "Baru catatan")
    out = juri("score", "set", "S003", "LATAR=8")
    assert out.rstrip().endswith(
        ("7.78 so far, 10% of the weight scored.", "7,78 sejauh ini, 10% bobot sudah dinilai.")
    )
    lines = juri("score", "list").splitlines()
    recused = "recused" if language == "en" else "mengundurkan diri"
    assert recused in lines[0] and "0.00" not in lines[0] and "0,00" not in lines[0]
    assert " – " in lines[0] and " – " in lines[1]  # recused; a comment but no score yet
    assert lines[2].startswith("S003") and (
        " 7.78 (10%) " in lines[2] or " 7,78 (10%) " in lines[2]
    )
    expected = {
        "en": "0 of 3 scored, 1 with a conflict of interest",
        "id": "0 dari 3 dinilai, 1 konflik kepentingan",
    }[language]
    assert lines[-2] == expected
    assert expected in juri("workspace", "info")
    out = juri("score", "set", "S002", "--recommend", "consider")
    assert "–" in out and "0.00" not in out and "0,00" not in out


def test_refusals_are_plain_sentences_with_exit_1(
    capsys, competition, tmp_path, monkeypatch
) -> None:
    setup = competition(submissions=2, jurors=1)
    broken = tmp_path / "broken.juripkg"
    broken.write_bytes(setup.package.read_bytes()[:-100])
    code, out, err = run(capsys, "package", "verify", str(broken))
    assert code == 1 and out == ""
    assert err.startswith("juri: ") and "Traceback" not in err

    monkeypatch.setenv("JURI_PASSPHRASE", "definitely wrong")
    workspace = ["--workspace", str(setup.workspaces["J01"])]
    run(capsys, *workspace, "workspace", "import", str(setup.package))
    code, _out, err = run(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 1 and "Wrong passphrase" in err
    assert list(tmp_path.glob("*.juri-result.json")) == []

    code, _out, err = run(capsys, *workspace, "score", "set", "S001", "LATAR=11")
    assert code == 1 and "11 is not on the scale of LATAR (1–10, step 1)" in err


def test_verify_names_a_damaged_file(capsys, competition, tmp_path) -> None:
    setup = competition(submissions=2, jurors=1, with_workspaces=False)
    name = proposal_name(setup.package)
    header = disagreeing_header(setup.package, name, 30, ord("X"), tmp_path / "header.juripkg")
    short = cut_short(setup.package, name, tmp_path / "short.juripkg")
    for bad, words in (
        (header, f"the header of {name} does not match the package's directory"),
        (short, f"the file {name} is cut short"),
    ):
        code, out, err = run(capsys, "package", "verify", str(bad))
        assert code == 1 and out == ""
        assert err == f"juri: The package is damaged: {words}.\n"


def test_messages_follow_the_chosen_language(capsys, tmp_path) -> None:
    missing = tmp_path / "nothing.juripkg"
    assert main(["--lang", "id", "package", "verify", str(missing)]) == 1
    assert "Tidak dapat membaca" in capsys.readouterr().err


def test_juror_key_and_public_key_export(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "keys", "new", "--juror-id", "J05", "--name", "Rina Wati")
    assert code == 0, err
    fingerprint = out.split("Fingerprint: ")[1].strip()
    code, out, _ = run(capsys, "keys", "export", "-o", str(tmp_path))
    public = tmp_path / "J05.pub.json"  # named after the juror, as the app names it: the
    assert code == 0 and public.is_file()  # secretariat collects one file per juror
    code, out, _ = run(capsys, "keys", "show", str(public))
    assert fingerprint in out and encode_public_key(read_public_key(public)[0]) in out
    code, out, _ = run(capsys, "keys", "check")
    assert code == 0 and fingerprint in out
    code, _, err = run(capsys, "keys", "new", "--juror-id", "J06", "--name", "Other")
    assert code == 1 and "never replaced" in err


def test_output_piped_into_a_closed_reader_is_not_an_error(capfd, monkeypatch) -> None:
    """``juri … | head``: when the reader goes away, juri stops quietly."""
    import app.cli.demo_cmd

    def reader_gone(_text: str = "") -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(app.cli.demo_cmd, "say", reader_gone)
    monkeypatch.setattr("app.demo.create.create_demo", lambda *a, report, **k: report("…"))
    assert main(["--lang", "en", "demo", "anywhere"]) == 0
    assert "Traceback" not in capfd.readouterr().err


def test_score_set_reads_the_rubric_not_every_submission_again(
    capsys, competition, monkeypatch
) -> None:
    """Scripts call ``juri score set`` in loops (issue 16, item 3): once a package is imported,
    saving a score reads the stored manifest's round, rubric and checklist only — the same
    checks as the full read — never its thousands of submissions again."""
    setup = competition(submissions=3, jurors=1)
    workspace = ["--lang", "en", "--workspace", str(setup.workspaces["J01"])]
    assert main([*workspace, "workspace", "import", str(setup.package)]) == 0
    capsys.readouterr()

    def refused(*_args):
        raise AssertionError("the submissions were read again")

    monkeypatch.setattr(manifest_format, "_submissions", refused)
    assert main([*workspace, "score", "set", "S001", "LATAR=8", "KEBARUAN=11"]) == 1
    assert "KEBARUAN" in capsys.readouterr().err  # the rubric still refuses what it must
    assert main([*workspace, "score", "set", "S001", "LATAR=8"]) == 0
    assert "S001: in progress" in capsys.readouterr().out


def test_a_refused_score_set_saves_none_of_its_changes(capsys, competition) -> None:
    """``juri score set S001 LATAR=8 KEBARUAN=11`` is refused for the 11 and saves nothing:
    not LATAR's 8 either, nor the comment or the recommendation given with it."""
    setup = competition(submissions=3, jurors=1)
    workspace = ["--lang", "en", "--workspace", str(setup.workspaces["J01"])]
    assert main([*workspace, "workspace", "import", str(setup.package)]) == 0
    assert main([*workspace, "score", "set", "S001", "LATAR=8", "KEBARUAN=11"]) == 1
    assert (
        main(
            [
                *workspace,
                "score",
                "set",
                "S002",
                "LATAR=8",
                "--overall",
                "Baik",
                "--recommend",
                "advance",
                "--check",
                "NOPE=yes",
            ]
        )
        == 1
    )
    assert main([*workspace, "score", "set", "S003", "LATAR=7", "KEBARUAN=6"]) == 0
    capsys.readouterr()
    assert main([*workspace, "score", "list"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[:3]}
    assert "not started" in rows["S001"] and "not started" in rows["S002"]
    assert "in progress" in rows["S003"]
    assert main([*workspace, "score", "show", "S002"]) == 0
    shown = capsys.readouterr().out
    assert "Baik" not in shown and "Recommendation: recommended" not in shown


def test_changes_made_together_inside_together_commit_once(competition) -> None:
    """``together()`` inside ``together()`` joins the open transaction: a refusal in the inner
    one still undoes the outer one's changes, and nothing is left half-open."""
    setup = competition(submissions=3, jurors=1)
    ws = setup.workspace("J01")
    try:
        ws.packages.import_package(setup.package)
        pid = ws.packages.resolve(None).id
        with pytest.raises(WorkspaceError), ws.scoring.together():
            ws.scoring.set_score(pid, "S001", "LATAR", Decimal(8))
            with ws.scoring.together():
                ws.scoring.set_score(pid, "S001", "KEBARUAN", Decimal(7))
                ws.scoring.set_score(pid, "S001", "KEBARUAN", Decimal(11))
        assert ws.scoring.evaluation(pid, "S001").evaluation.scores == {}
        ws.scoring.set_score(pid, "S001", "LATAR", Decimal(8))  # saves on their own again
        assert ws.scoring.evaluation(pid, "S001").evaluation.scores == {"LATAR": Decimal(8)}
    finally:
        ws.close()
