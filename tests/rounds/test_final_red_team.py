"""Red-team findings on the final line-up, driven from the command line: a round merged with a
lowered minimum of complete evaluations, an empty line-up, a re-signed final file."""

from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from app.crypto.keys import KeyPair, encode_public_key
from tests.merge.helpers import resign
from tests.rounds.helpers import FIELD, Competition3, merge_round, three_rounds
from tests.rounds.test_final_cli import chair_key, files, juri, make

__all__ = ["chair_key"]  # the fixture, shared

ONE_JUROR = {"J01": FIELD["J01"]}  # the field round from one juror's result alone


@pytest.fixture(scope="module")
def lowered(tmp_path_factory) -> Competition3:
    """The three rounds, the field round merged from J01 alone with --min-evaluations 1."""
    pipeline = three_rounds(tmp_path_factory.mktemp("lowered") / "kipp")
    merge_round(pipeline, "field", ONE_JUROR, min_evaluations=1)
    return pipeline


WARNING = "Warning: round field was merged with a minimum of 1 complete evaluations, below"
FIELD_COUNTS = "4 of 4 ranked, minimum of complete evaluations 1, 4 of 12 evaluations complete"


def pdf_text(pdf: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def test_a_lowered_minimum_is_stated_and_warned_in_every_final_output(
    capsys, lowered, chair_key, tmp_path
) -> None:
    output = tmp_path / "kipp.juri-final.json"
    code, out = make(capsys, lowered, chair_key, output)
    assert code == 0, out
    assert FIELD_COUNTS in out
    assert "minimum of complete evaluations 3, 18 of 21 evaluations complete" not in out
    assert WARNING in out and "the rubric's minimum of 2 for it" in out
    # the rule sentence gives each round's minimum as applied
    assert "than that round's minimum: desk 2, interview 2, field 1)" in out

    code, out = make(capsys, lowered, chair_key, tmp_path / "j.juri-final.json", "--json")
    assert code == 0, out
    report = json.loads(out)
    assert any(WARNING in w for w in report["warnings"])
    field = report["rounds"][-1]
    assert field["settings"]["min_evaluations"] == 1
    assert field["evaluations"] == {"complete": 4, "expected": 12, "round_minimum": 2}

    payload = json.loads(output.read_bytes())["payload"]  # signed with the counts
    assert payload["rounds"][-1]["evaluations"]["complete"] == 4

    code, out = juri(capsys, "final", "verify", str(output), *files(lowered))
    assert code == 0, out
    assert FIELD_COUNTS in out and WARNING in out
    code, out = juri(capsys, "final", "verify", str(output), *files(lowered), "--json")
    assert any(WARNING in w for w in json.loads(out)["warnings"])

    pdf = tmp_path / "final.pdf"
    code, out = juri(capsys, "sheets", "final", str(output), *files(lowered), "-o", str(pdf))
    assert code == 0, out
    assert WARNING in out
    flat = pdf_text(pdf)
    assert WARNING in flat
    assert "minimum of complete evaluations 1, 4 of 12 evaluations complete" in flat


def test_a_line_up_where_nobody_takes_a_place_is_not_signed(capsys, chair_key, tmp_path) -> None:
    below = {juror: {code: 6 for code in scores} for juror, scores in FIELD.items()}  # 55.56
    pipeline = three_rounds(tmp_path / "kipp", field=below)
    output = tmp_path / "empty.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output)
    assert code == 1
    assert "None of the 4 submissions of the last round takes a place" in out
    assert "did not pass round field" in out and "Nothing was written." in out
    assert not output.exists()


def test_verify_names_the_field_that_differs_and_says_when_the_rule_is_unchecked(
    capsys, lowered, chair_key, tmp_path
) -> None:
    output = tmp_path / "kipp.juri-final.json"
    assert make(capsys, lowered, chair_key, output)[0] == 0
    data = output.read_bytes()
    forger = KeyPair.generate("Bukan Ketua")

    def rescore(payload: dict) -> None:
        payload["ranking"][0]["score"] = "99.00"
        payload["chair"] = {
            "name": forger.label,
            "public_key": encode_public_key(forger.public_key),
        }

    changed = tmp_path / "rescored.juri-final.json"
    changed.write_bytes(resign(data, rescore, forger))
    code, out = juri(capsys, "final", "verify", str(changed), *files(lowered))
    assert code == 1
    assert 'in its field "score": signed "99.00", recomputed' in out

    # the gate taken out and signed again: sound under the rule it records, which is not
    # the rubric file's; without --rubric the outputs say the rule went unchecked
    rubric = json.loads(lowered.rubric.read_text(encoding="utf-8"))
    del rubric["final"]["gates"]
    other = tmp_path / "no-gate.json"
    other.write_text(json.dumps(rubric), encoding="utf-8")
    no_gate = tmp_path / "no-gate.juri-final.json"
    code, out = make(capsys, lowered, chair_key, no_gate, rubric=other)
    assert code == 0, out
    code, out = juri(capsys, "final", "verify", str(no_gate), *files(lowered))
    assert code == 0 and "The rule was NOT checked against the rubric file" in out
    code, out = juri(capsys, "final", "verify", str(no_gate), *files(lowered), "--json")
    assert json.loads(out)["rule_checked"] is False

    pdf = tmp_path / "unchecked.pdf"
    code, out = juri(capsys, "sheets", "final", str(no_gate), *files(lowered), "-o", str(pdf))
    assert code == 0 and "The rule was NOT checked against the rubric file" in out
    assert "Not checked against the rubric file" in pdf_text(pdf)

    refused = tmp_path / "refused.pdf"
    code, out = juri(
        capsys,
        "sheets",
        "final",
        str(no_gate),
        *files(lowered),
        "--rubric",
        str(lowered.rubric),
        "-o",
        str(refused),
    )
    assert code == 1 and "applied another rule than the rubric file's final section" in out
    assert not refused.exists()

    checked = tmp_path / "checked.pdf"
    code, out = juri(
        capsys,
        "sheets",
        "final",
        str(output),
        *files(lowered),
        "--rubric",
        str(lowered.rubric),
        "-o",
        str(checked),
    )
    assert code == 0, out
    assert "Checked against the rubric file's final section." in pdf_text(checked)


def test_a_gates_passing_grade_is_stated_and_a_changed_one_warned_in_every_final_output(
    capsys, chair_key, tmp_path
) -> None:
    """Third red-team pass: the field round merged with the passing grade 50 instead of its
    rubric's 70 lets S005 (mean 55.56) through the gate; the rule sentence gave no grade and
    nothing warned, so the line-up read as if the rubric's gate had been applied."""
    pipeline = three_rounds(tmp_path / "kipp")
    merge_round(pipeline, "field", FIELD, passing_grade=Decimal(50))
    output = tmp_path / "kipp.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output)
    assert code == 0, out
    assert "S005" in out.split("Final line-up")[1].split("Not ranked")[0]  # through the gate
    stated = "(mean of the totals at or above its passing grade: field 50.00)"
    changed = (
        "Warning: round field was merged with the passing grade 50.00, not the rubric's 70.00 "
        "for it: its gate is not the one the rubric sets."
    )
    assert stated in out and changed in out

    code, out = make(capsys, pipeline, chair_key, tmp_path / "j.juri-final.json", "--json")
    assert code == 0, out
    report = json.loads(out)
    assert stated in report["rule_text"] and changed in report["warnings"]

    code, out = juri(capsys, "final", "verify", str(output), *files(pipeline))
    assert code == 0 and stated in out and changed in out

    pdf = tmp_path / "final.pdf"
    code, out = juri(capsys, "sheets", "final", str(output), *files(pipeline), "-o", str(pdf))
    assert code == 0, out
    flat = pdf_text(pdf)
    assert stated in flat and changed in flat

    # merged with the rubric's own grade: stated, and no warning
    merge_round(pipeline, "field", FIELD)
    code, out = make(capsys, pipeline, chair_key, tmp_path / "own.juri-final.json")
    assert code == 0, out
    assert "(mean of the totals at or above its passing grade: field 70.00)" in out
    assert "Warning" not in out
