"""The filled sheet of a field round names the evidence the juror attached and signed, so the
wet-signed paper says which photos the signature covers (a swapped photo has another SHA-256)."""

from __future__ import annotations

import hashlib

import pytest

from app.cli.main import main
from tests.factory import PASSPHRASE
from tests.photos import MONAS_PLACE, jpeg, png, write
from tests.reports.pdf import page_texts

pytestmark = pytest.mark.usefixtures("jakarta_time")  # photo times named WIB


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_the_filled_sheet_lists_the_signed_evidence(
    capsys, competition, tmp_path, monkeypatch
) -> None:
    setup = competition(submissions=2, jurors=1)
    setup.build(round_id="field", package_id="sheet-field", output=setup.folder / "f.juripkg")
    workspace = ["--workspace", str(setup.workspaces["J01"])]
    assert juri(capsys, *workspace, "workspace", "import", str(setup.package))[0] == 0
    photo_bytes, plan_bytes = jpeg(), png()
    photo = write(tmp_path / "kunjungan", "IMG_2041.JPG", photo_bytes)
    plan = write(tmp_path / "kunjungan", "denah.png", plan_bytes)
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
    )
    assert code == 0, out
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, out
    result = tmp_path / "J01_sheet-field_v1.juri-result.json"
    pdf = tmp_path / "filled.pdf"
    code, out = juri(
        capsys, "sheets", "filled", str(result), "--package", str(setup.package), "-o", str(pdf)
    )
    assert code == 0, out
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "EVIDENCE SIGNED WITH THE RESULT: 2" in text
    photo_sha = hashlib.sha256(photo_bytes).hexdigest()[:12]
    plan_sha = hashlib.sha256(plan_bytes).hexdigest()[:12]
    assert (
        f"IMG_2041.JPG · SHA-256 {photo_sha}… · taken 12 May 2024 10:31 WIB · at {MONAS_PLACE}"
    ) in text
    assert f"denah.png · SHA-256 {plan_sha}… · taken – · at –" in text
    assert text.count("EVIDENCE SIGNED WITH THE RESULT") == 1  # S002 has none: no list
