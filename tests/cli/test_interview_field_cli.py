"""Interview notes and field evidence from the command line (issue 13, items 3 and 4): what a
juror without the window, or the demo, does — and what the chair then verifies."""

from __future__ import annotations

import base64
import json

import pytest

from app.cli.main import main
from tests.factory import PASSPHRASE
from tests.photos import MONAS_PLACE, jpeg, png, write

pytestmark = pytest.mark.usefixtures("jakarta_time")  # photo times named WIB


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def juror(competition):
    def opened(round_id: str):
        setup = competition(submissions=2, jurors=1)
        setup.build(
            round_id=round_id,
            package_id=f"cli-{round_id}",
            output=setup.folder / f"{round_id}.juripkg",
        )
        workspace = ["--workspace", str(setup.workspaces["J01"])]
        assert main(["--lang", "en", *workspace, "workspace", "import", str(setup.package)]) == 0
        return setup, workspace

    return opened


def test_a_juror_notes_interview_questions(capsys, juror) -> None:
    _setup, workspace = juror("interview")
    code, out = juri(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "PENYAMPAIAN=8",
        "--question-note",
        "Berapa pengguna per bulan?",
        "Sekitar 4.000",
        "--question-note",
        "Siapa yang mendanai?",
        "",
    )
    assert code == 0, out
    code, out = juri(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "--question-note",
        "Siapa yang mendanai?",
        "APBD kota, sejak 2022",
    )
    assert code == 0, out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Question 1: Berapa pengguna per bulan?\n    Sekitar 4.000" in out
    assert "Question 2: Siapa yang mendanai?\n    APBD kota, sejak 2022" in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--attach", "x.jpg")
    assert code == 1 and "Evidence is attached in a field round only." in out


def test_a_juror_attaches_evidence_and_the_chair_verifies_it(
    capsys, juror, tmp_path, monkeypatch
) -> None:
    setup, workspace = juror("field")
    photo = write(tmp_path / "kunjungan", "IMG_2041.JPG", jpeg())
    plan = write(tmp_path / "kunjungan", "denah.png", png())
    code, out = juri(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "--check",
        "PIMPINAN=yes",
        "--attach",
        str(photo),
        "--attach",
        str(plan),
        "--attach",
        str(photo),
    )
    assert code == 1 and "Attached IMG_2041.JPG (SHA-256" in out
    assert "This file is already attached to S001, as IMG_2041.JPG." in out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Evidence: IMG_2041.JPG · SHA-256 " in out
    assert f"taken 12 May 2024 10:31 WIB · at {MONAS_PLACE}" in out
    assert "Evidence: denah.png" in out and "taken – · at –" in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--detach", "denah.png")
    assert code == 0 and "Removed denah.png." in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--detach", "denah.png")
    assert code == 1 and "S001 has no evidence named denah.png. Attached: IMG_2041.JPG." in out

    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, out
    result = tmp_path / "J01_cli-field_v1.juri-result.json"
    code, out = juri(capsys, "result", "verify", str(result), "--package", str(setup.package))
    assert code == 0 and "VALID: juror J01, version 1" in out
    code, out = juri(capsys, "result", "show", str(result))
    assert "evidence: IMG_2041.JPG · SHA-256" in out

    envelope = json.loads(result.read_bytes())
    photo_b64 = envelope["payload"]["evaluations"][0]["evidence"][0]["data"]
    swapped = tmp_path / "swapped.json"
    other = jpeg(color=(250, 0, 0))
    swapped.write_bytes(result.read_bytes().replace(photo_b64.encode(), base64.b64encode(other)))
    code, out = juri(capsys, "result", "verify", str(swapped), "--package", str(setup.package))
    assert code == 1 and "TAMPERED" in out
