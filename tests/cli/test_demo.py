"""``juri demo`` end to end: build, verify, score, export, verify — through the command line."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from app.cli.main import main
from app.demo.create import DEMO_PASSPHRASE, load_demo
from app.package.reader import open_package
from tests.factory import copy_demo


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(scope="module")
def demo(simulated_demo, tmp_path_factory) -> Path:
    """The run's ``juri demo --simulate`` (tests/conftest.py), copied: these tests change it."""
    return copy_demo(simulated_demo, tmp_path_factory.mktemp("demo") / "juri-demo").folder


def test_the_demo_has_everything_a_round_needs(demo: Path) -> None:
    assert len(list((demo / "input" / "proposals").glob("*.pdf"))) == 16
    assert (demo / "input" / "submissions.xlsx").is_file()
    assert (demo / "secretariat" / "sekretariat.key").is_file()
    assert sorted(p.name for p in (demo / "jurors").iterdir()) == ["J01", "J02", "J03", "J04"]
    assert DEMO_PASSPHRASE in (demo / "BACA-SAYA.txt").read_text(encoding="utf-8")


def test_the_package_verifies_and_follows_the_2023_rubric(capsys, demo: Path) -> None:
    code, out = juri(capsys, "package", "info", "--json", str(demo / "kipp-2023-desk-demo.juripkg"))
    assert code == 0
    info = json.loads(out)
    assert info["submissions"] == 16 and len(info["jurors"]) == 4
    assert [c["weight"] for c in info["criteria"]] == ["0", "10", "15", "5", "30", "20", "5", "15"]
    assert all(j["assigned"] == 12 for j in info["jurors"])


def test_every_simulated_result_is_genuine_and_varied(capsys, demo: Path) -> None:
    results = sorted((demo / "results").glob("*.juri-result.json"))
    code, out = juri(
        capsys,
        "result",
        "verify",
        "--json",
        *map(str, results),
        "--package",
        str(demo / "kipp-2023-desk-demo.juripkg"),
    )
    assert code == 0
    checks = json.loads(out)
    assert [c["status"] for c in checks] == ["valid"] * 4
    reasons = " ".join(c["reason"] for c in checks)
    assert "1 recused" in reasons and "1 in progress" in reasons
    totals = set()
    for path in results:
        payload = json.loads(path.read_bytes())["payload"]
        totals |= {e["total"] for e in payload["evaluations"] if e["total"]}
    assert len(totals) > 20  # plausible, varied scores, not one number


def test_a_juror_rescoring_exports_a_newer_version(
    capsys, demo: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    workspace = ["--workspace", str(demo / "jurors" / "J01")]
    code, out = juri(capsys, *workspace, "score", "set", "KIPP23-002", "SIGNIFIKANSI=10")
    assert code == 0, out
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, out
    result = tmp_path / "J01_kipp-2023-desk-demo_v2.juri-result.json"
    code, out = juri(
        capsys,
        "result",
        "verify",
        str(result),
        "--package",
        str(demo / "kipp-2023-desk-demo.juripkg"),
    )
    assert code == 0 and "version 2" in out
    code, out = juri(capsys, *workspace, "workspace", "audit")
    assert code == 0 and "intact" in out


def test_running_the_demo_again_reuses_it(capsys, demo: Path) -> None:
    before = (demo / "kipp-2023-desk-demo.juripkg").read_bytes()
    code, out = juri(capsys, "demo", str(demo), "--simulate")
    assert code == 0 and "Using the demo made earlier" in out
    assert (demo / "kipp-2023-desk-demo.juripkg").read_bytes() == before


def test_a_folder_with_other_files_is_refused(capsys, tmp_path: Path) -> None:
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "thesis.docx").write_text("mine")
    code, out = juri(capsys, "demo", str(mine))
    assert code == 1 and "is not empty" in out
    assert [p.name for p in mine.iterdir()] == ["thesis.docx"]


def test_the_rounds_demo_carries_the_competition_to_a_verified_final_line_up(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "demo", "rounds", "--rounds"]) == 0
    out = capsys.readouterr().out
    assert "Third juror: J01 for KIPP23-005" in out  # the harsh juror's pair disagreed
    assert "Third juror: J02 for KIPP23-010" in out  # J03 recused: one evaluation is too few
    demo = load_demo(tmp_path / "rounds")
    assert demo is not None and demo.rounds is not None and demo.rounds.final is not None
    assert set(demo.rounds.merged) == {"desk-v1", "desk", "interview", "field"}
    check = out.split("Check it: ", 1)[1].strip()
    folder, command = check.split(" && juri ")
    monkeypatch.chdir(folder.removeprefix("cd "))
    assert main(["--lang", "en", *shlex.split(command)]) == 0
    verified = capsys.readouterr().out
    assert "VALID: signed by " + demo.rounds.chair_fingerprint in verified
    assert "NOT checked" not in verified  # the command printed checks the rule too
    for package in demo.rounds.packages.values():
        assert main(["--lang", "en", "package", "verify", str(package)]) == 0
    interview = open_package(demo.rounds.packages["interview"]).manifest
    field = open_package(demo.rounds.packages["field"]).manifest
    assert len(interview.submissions) >= 8 and len(field.submissions) >= 5
    assert {s.code for s in field.submissions} <= {s.code for s in interview.submissions}
    # every field visit carries its photo, with the time and place its EXIF gives
    field_result = sorted((demo.folder / "results" / "field").iterdir())[0]
    assert main(["--lang", "en", "result", "show", str(field_result)]) == 0
    shown = capsys.readouterr().out
    photos = [line for line in shown.splitlines() if "evidence: kunjungan-" in line]
    assert len(photos) == len(field.assigned(field.jurors[0].id))
    assert all(" August 2023 " in line and " · at –" not in line for line in photos)
    interview_result = sorted((demo.folder / "results" / "interview").iterdir())[0]
    assert main(["--lang", "en", "result", "show", str(interview_result)]) == 0
    assert "interview: 2 question(s) noted" in capsys.readouterr().out
