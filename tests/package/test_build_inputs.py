"""``juri package build`` as a secretariat runs it: every problem of every input at once,
nothing written that Juri's own reader would refuse, a summary with every warning, and a
package file that is as shareable as the umask says (issue 17 items 1, 8, 12, 13 and its
"Done when")."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import openpyxl
import pytest

from app.cli.main import main
from app.crypto.keys import write_private_key
from app.package.reader import open_package
from tests.factory import HEADER, PASSPHRASE


@pytest.fixture
def secretariat(competition, tmp_path: Path, monkeypatch):
    """Inputs for three submissions and two jurors, and the secretariat's key file."""
    setup = competition(submissions=3, jurors=2, with_workspaces=False, build=False)
    key = tmp_path / "sekretariat.key"
    write_private_key(key, setup.secretariat, PASSPHRASE)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    return setup, key


def build(
    capsys, setup, key: Path, *extra: str, submissions: Path | None = None
) -> tuple[int, str, str, Path]:
    output = setup.folder / "out" / "round.juripkg"
    output.parent.mkdir(exist_ok=True)  # a missing folder is refused, not made (tests/cli)
    code = main(
        [
            "--lang",
            "en",
            "package",
            "build",
            "--submissions",
            str(submissions or setup.submissions),
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
            "pkg",
            "-o",
            str(output),
            *extra,
        ]
    )
    out, err = capsys.readouterr()
    return code, out, err, output


def rewrite_rows(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_the_summary_counts_everything_and_lists_every_warning(capsys, secretariat) -> None:
    setup, key = secretariat
    rewrite_rows(setup.submissions, lambda rows: rows[3].__setitem__(7, "S003.PDF"))
    assignments = setup.folder / "penugasan.csv"
    assignments.write_text("id_juri,kode\nJ01,S001\nJ01,S002\n", encoding="utf-8")
    code, out, err, output = build(capsys, setup, key, "--assignments", str(assignments))
    assert code == 0, err
    size = sum(p.stat().st_size for p in setup.files.iterdir())  # small PDFs: never "0.0 MB"
    assert f"3 submissions, 3 files ({size // 1024} KB), 2 jurors, 2 assignments." in out
    assert out.endswith(
        "Check 4 warning(s) before sending the package:\n"
        "  – submissions.csv: column H (proposal): 1 file name(s) were read as the file found: "
        "row 4: S003.PDF → S003.pdf\n"
        "  – 1 submission(s) have no juror, so nobody will score them: S003\n"
        "  – 2 submission(s) have fewer jurors than the round's minimum of 2 complete "
        "evaluations, so they can never be ranked: S001, S002\n"
        "  – 1 juror(s) have no submission to score: J02\n"
    )
    assert open_package(output).manifest.assigned("J02") == ()


def test_codes_that_differ_only_in_case_are_refused_naming_both_rows(capsys, secretariat) -> None:
    setup, key = secretariat
    (setup.files / "s001-b.pdf").write_bytes((setup.files / "S001.pdf").read_bytes())
    rewrite_rows(setup.submissions, lambda rows: rows[2].__setitem__(0, "s001"))
    code, out, err, output = build(capsys, setup, key)
    assert code == 1 and out == ""
    assert (
        "row 3, column A (code): code s001 differs from S001 in row 2 only in upper and lower case"
    ) in err
    assert not output.parent.exists() or list(output.parent.iterdir()) == []


def test_texts_as_long_as_the_reader_takes_build_and_longer_ones_are_refused(
    capsys, secretariat
) -> None:
    """A 300-character category was built and the package then failed package info and
    verify; every text is now checked at build against the reader's own limits."""
    setup, key = secretariat

    def lengths(extra: int):
        def change(rows) -> None:
            rows[1][2] = "A" * (1000 + extra)  # agency
            rows[1][4] = "C" * (200 + extra)  # cluster
            rows[2][5] = "K" * (200 + extra)  # category

        return change

    rewrite_rows(setup.submissions, lengths(0))
    code, _out, err, output = build(capsys, setup, key)
    assert code == 0, err
    assert open_package(output).manifest.submissions[1].category == "K" * 200
    assert main(["package", "verify", str(output)]) == 0
    capsys.readouterr()
    output.unlink()
    rewrite_rows(setup.submissions, lengths(1))
    code, out, err, output = build(capsys, setup, key)
    assert code == 1 and out == "" and not output.exists()
    assert err.splitlines()[1:] == [
        "  – row 2, column C (agency): the text is longer than 1000 characters",
        "  – row 2, column E (cluster): the text is longer than 200 characters",
        "  – row 3, column F (category): the text is longer than 200 characters",
    ]


def test_every_input_is_checked_before_the_build_is_refused(capsys, secretariat) -> None:
    setup, key = secretariat
    (setup.files / "S002.pdf").unlink()
    rewrite_rows(setup.roster, lambda rows: rows[2].__setitem__(2, "not-a-key"))
    code, _out, err, _output = build(capsys, setup, key)
    assert code == 1
    assert err.startswith("juri: Nothing was written: 2 input file(s) have problems.")
    assert "row 3, column H (proposal): there is no file S002.pdf in the folder" in err
    assert "row 3, column C (public_key): 'not-a-key' is neither a base64 public key" in err


def test_codes_shown_as_001_match_an_assignments_sheet_that_says_001(capsys, secretariat) -> None:
    setup, key = secretariat
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for number in (1, 2, 3):
        sheet.append(
            [number, f"Inovasi {number}", "Pemkot", "umum", "kota", "x", "", f"S00{number}.pdf"]
        )
        sheet.cell(sheet.max_row, 1).number_format = "000"
    xlsx = setup.folder / "usulan.xlsx"
    book.save(xlsx)
    assignments = setup.folder / "penugasan.csv"
    assignments.write_text(
        "juri,kode\nJ01,001\nJ02,001\nJ01,002\nJ02,002\nJ01,003\nJ02,003\n", encoding="utf-8"
    )
    code, out, err, output = build(
        capsys, setup, key, "--assignments", str(assignments), submissions=xlsx
    )
    assert code == 0, err
    assert [s.code for s in open_package(output).manifest.submissions] == ["001", "002", "003"]
    assert "warning" not in out


@pytest.mark.skipif(os.name == "nt", reason="Windows has no file modes")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_the_package_follows_the_umask_and_key_files_stay_private(
    capsys, secretariat, umask: int, mode: int
) -> None:
    setup, key = secretariat
    previous = os.umask(umask)
    try:
        code, _out, err, output = build(capsys, setup, key)
        private = setup.folder / "another.key"
        write_private_key(private, setup.secretariat, PASSPHRASE)
    finally:
        os.umask(previous)
    assert code == 0, err
    assert stat.S_IMODE(output.stat().st_mode) == mode
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
