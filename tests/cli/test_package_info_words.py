"""``juri package info`` read by an Indonesian secretariat officer: the round's kind in their
language, a scale's step when it is not 1, the creation time in local time (as every other
output shows times)."""

from __future__ import annotations

import json

from app.cli.main import main


def test_package_info_in_indonesian(capsys, competition, in_jakarta) -> None:
    setup = competition(submissions=2, jurors=1)
    rubric = json.loads(setup.rubric.read_text(encoding="utf-8"))
    halves = next(c for c in rubric["criteria"] if c["code"] == "RINGKASAN")
    halves["scale"]["step"] = 0.5
    setup.rubric.write_text(json.dumps(rubric), encoding="utf-8")
    setup.build(output=setup.folder / "halves.juripkg")
    assert main(["--lang", "id", "package", "info", str(setup.package)]) == 0
    out = capsys.readouterr().out
    assert "Tahap: Penilaian proposal (penilaian proposal)" in out, out
    assert "(desk)" not in out
    [line] = [line for line in out.splitlines() if line.strip().startswith("RINGKASAN")]
    assert "1–10, langkah 0,5" in line
    [line] = [line for line in out.splitlines() if line.strip().startswith("LATAR")]
    assert "1–10" in line and "langkah" not in line
    [line] = [line for line in out.splitlines() if line.startswith("Dibuat: ")]
    assert line.endswith(" WIB") and "T" not in line.removeprefix("Dibuat: "), line


def test_package_info_in_english_names_the_kind_and_step(capsys, competition) -> None:
    setup = competition(submissions=2, jurors=1)
    setup.build(round_id="field", output=setup.folder / "field.juripkg")
    assert main(["--lang", "en", "package", "info", str(setup.package)]) == 0
    out = capsys.readouterr().out
    assert "(field round)" in out and "step" not in out
