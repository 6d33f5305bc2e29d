"""What a red-team pass found the package reader and builder let through: every manifest the
builder would refuse is refused by the reader too (`juri package verify`), and the builder
reports every problem of its inputs at once (`juri package build`)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from app.cli.main import main
from app.crypto.keys import encode_public_key, write_private_key
from tests.factory import PASSPHRASE
from tests.package.test_package import rewrite


@pytest.fixture
def built(competition):
    return competition(submissions=3, jurors=2, with_workspaces=False)


def verify_refuses(built, tmp_path: Path, change, capsys) -> str:
    bad = rewrite(built.package, tmp_path / "bad.juripkg", manifest=change, key=built.secretariat)
    capsys.readouterr()
    assert main(["--lang", "en", "package", "verify", str(bad)]) == 1
    return capsys.readouterr().err


def file_named(name: str):
    def change(m):
        m["submissions"][0]["files"][0]["name"] = name

    return change


@pytest.mark.parametrize(
    "name, reason",
    [
        ("../../../rt-pwned-by-name.txt", "names a folder"),
        ("C:\\Windows\\Temp\\x.hta", "character Windows reserves"),
        ("evil.hta", "does not end in .pdf"),
        ("proposal.pdf.exe", "does not end in .pdf"),
        ("CON.pdf", "device name"),
        ("x.pdf\x00.exe", "control character"),
        (unicodedata.normalize("NFD", "Usulan é.pdf"), "normal form C"),
        (".pdf", "does not end in .pdf"),
    ],
)
def test_a_packaged_file_name_that_could_escape_or_launch_is_refused(
    built, tmp_path: Path, capsys, name: str, reason: str
) -> None:
    message = verify_refuses(built, tmp_path, file_named(name), capsys)
    assert "submissions[0].files[0].name" in message
    assert reason in message


def test_a_proposal_name_with_capitals_and_accents_is_still_accepted(
    built, tmp_path, capsys
) -> None:
    good = rewrite(
        built.package,
        tmp_path / "good.juripkg",
        manifest=file_named("Usulan é.PDF"),
        key=built.secretariat,
    )
    assert main(["--lang", "en", "package", "verify", str(good)]) == 0


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "https://"]
)
def test_a_video_link_that_is_not_a_web_link_is_refused(built, tmp_path, capsys, url: str) -> None:
    def change(m):
        m["submissions"][1]["video_url"] = url

    message = verify_refuses(built, tmp_path, change, capsys)
    assert "submissions[1].video_url: is not a web link" in message


def test_codes_differing_only_in_case_are_refused(built, tmp_path, capsys) -> None:
    def change(m):
        m["submissions"][1]["code"] = m["submissions"][0]["code"].lower()

    message = verify_refuses(built, tmp_path, change, capsys)
    assert "code s001 is listed twice" in message


@pytest.mark.parametrize("grade", ["85.0", "085", " 85", "85.50"])
def test_a_passing_grade_in_another_spelling_is_refused(
    built, tmp_path, capsys, grade: str
) -> None:
    def change(m):
        m["round"]["passing_grade"] = grade

    message = verify_refuses(built, tmp_path, change, capsys)
    assert "round.passing_grade: must be a decimal number written as" in message


def test_a_juror_holding_the_secretariats_key_is_refused(built, tmp_path, capsys) -> None:
    def change(m):
        m["jurors"][1]["public_key"] = m["secretariat"]["public_key"]

    message = verify_refuses(built, tmp_path, change, capsys)
    assert "jurors[1].public_key: is the secretariat's own key" in message


# --- the builder -----------------------------------------------------------------------------


def build_args(setup, output: Path, key_file: Path, *extra: str) -> list[str]:
    return [
        "--lang",
        "en",
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
        str(key_file),
        "-o",
        str(output),
        *extra,
    ]


def secretariat_key_file(setup, folder: Path, monkeypatch) -> Path:
    path = folder / "secretariat.key"
    write_private_key(path, setup.secretariat, PASSPHRASE)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    return path


def test_two_submissions_sharing_one_proposal_are_refused_naming_both(
    competition, tmp_path, capsys, monkeypatch
) -> None:
    setup = competition(build=False, with_workspaces=False)
    text = setup.submissions.read_text(encoding="utf-8").replace("S003.pdf", "S001.pdf")
    setup.submissions.write_text(text, encoding="utf-8")
    key = secretariat_key_file(setup, tmp_path, monkeypatch)
    output = tmp_path / "out.juripkg"
    assert main(build_args(setup, output, key)) == 1
    assert "Submissions S001 and S003 name the same file S001.pdf" in capsys.readouterr().err
    assert not output.exists()


def test_a_juror_given_the_secretariats_key_is_refused(
    competition, tmp_path, capsys, monkeypatch
) -> None:
    setup = competition(build=False, with_workspaces=False)
    text = setup.roster.read_text(encoding="utf-8").replace(
        encode_public_key(setup.public_keys["J02"]), encode_public_key(setup.secretariat.public_key)
    )
    setup.roster.write_text(text, encoding="utf-8")
    key = secretariat_key_file(setup, tmp_path, monkeypatch)
    assert main(build_args(setup, tmp_path / "out.juripkg", key)) == 1
    assert "gives juror J02 the secretariat's own public key" in capsys.readouterr().err


def test_every_problem_of_the_inputs_is_reported_at_once(
    competition, tmp_path, capsys, monkeypatch
) -> None:
    """A code Windows cannot write and an assignment to an unknown juror: both in one go."""
    setup = competition(
        build=False,
        with_workspaces=False,
        rows=[["CON", "Inovasi", "Pemda", "umum", "kota", "", "", "CON-file.pdf"]],
    )
    shutil.copyfile(setup.files / "S001.pdf", setup.files / "CON-file.pdf")
    assignments = tmp_path / "assignments.csv"
    assignments.write_text("juror_id,submission\nJ01,S001\nJ77,S002\n", encoding="utf-8")
    key = secretariat_key_file(setup, tmp_path, monkeypatch)
    assert (
        main(build_args(setup, tmp_path / "out.juripkg", key, "--assignments", str(assignments)))
        == 1
    )
    err = capsys.readouterr().err
    assert "J77" in err
    assert "a part of it is a device name on Windows" in err


def test_a_hand_written_rubric_keeps_its_lenient_spelling(competition, tmp_path, capsys) -> None:
    """The rubric is written by people: "85.0" there is read as 85 and written in the one
    spelling, which the package reader then accepts (docs/formats.md §3)."""
    import json

    setup = competition(build=False, with_workspaces=False)
    rubric = json.loads(setup.rubric.read_text(encoding="utf-8"))
    rubric["rounds"][0]["passing_grade"] = "85.0"
    setup.rubric.write_text(json.dumps(rubric), encoding="utf-8")
    report = setup.build()
    assert str(report.manifest.round.passing_grade) in ("85", "85.0")
    assert main(["--lang", "en", "package", "verify", str(setup.package)]) == 0
