"""Third red-team pass on the chain of rounds: a next round's package signed by the
secretariat's key with another tool, whose submissions are not the shortlist its own recorded
rule takes from the merged file it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.competition import ShortlistRule
from app.package.reader import open_package
from tests.merge.helpers import Panel
from tests.rounds.helpers import (
    DESK,
    FIELD,
    INTERVIEW,
    TO_FIELD,
    TO_INTERVIEW,
    WEIGHTS,
    Competition3,
    Stage,
    competition3,
    merge_round,
    next_round,
)
from tests.rounds.test_final_cli import chair_key, make

__all__ = ["chair_key"]  # the fixture, shared


def pipeline_with_interview(folder: Path, codes: list[str], rule: ShortlistRule) -> Competition3:
    """The desk merged as usual, the interview package holding ``codes`` under ``rule``, the
    interview and field merged (a code not in :data:`INTERVIEW` scored by one juror only, so
    the field's shortlist is the interview's usual first four)."""
    pipeline = competition3(folder, WEIGHTS, grades={"field": 70})
    merge_round(pipeline, "desk", DESK)
    next_round(pipeline, "desk", "interview", codes, rule)
    interview = {j: {c: v for c, v in s.items() if c in codes} for j, s in INTERVIEW.items()}
    interview["J01"].update({c: 8 for c in codes if c not in INTERVIEW["J01"]})  # not ranked
    merge_round(pipeline, "interview", interview)
    next_round(pipeline, "interview", "field", TO_FIELD, ShortlistRule(top=4))
    merge_round(pipeline, "field", FIELD)
    return pipeline


@pytest.mark.parametrize(
    ("codes", "taken", "left"),
    [
        # the desk's sixth (S007) in place of its fifth (S004), under "the first 5 places"
        (["S001", "S002", "S003", "S005", "S007"], "S007", "S004"),
        # S006, with one evaluation, ranked nowhere: it can never be shortlisted
        (["S001", "S002", "S003", "S005", "S006"], "S006", "S004"),
    ],
)
def test_a_next_round_that_does_not_follow_its_rule_is_refused(
    capsys, chair_key, tmp_path, codes, taken, left
) -> None:
    pipeline = pipeline_with_interview(tmp_path / "kipp", codes, ShortlistRule(top=5))
    output = tmp_path / "f.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output)
    assert code == 1 and not output.exists(), out
    assert "The package of round interview (kipp-interview) does not hold the shortlist" in out
    assert f"it holds {taken}, which the rule does not take" in out
    assert f"it leaves out {left}, which the rule takes" in out
    assert "the first 5 places overall" in out and "Traceback" not in out


def test_a_next_round_whose_rule_cuts_a_tie_is_refused(capsys, chair_key, tmp_path) -> None:
    """S001 and S005 share the desk's second place: "the first 2 places" without taking
    both is a cut Juri never makes."""
    codes = ["S001", "S003"]
    pipeline = pipeline_with_interview(tmp_path / "kipp", codes, ShortlistRule(top=2))
    code, out = make(capsys, pipeline, chair_key, tmp_path / "f.juri-final.json")
    assert code == 1, out
    assert "does not hold the shortlist its origin records (the first 2 places overall)" in out
    assert "the rule cuts a tie without taking every tied submission" in out
    assert "S001, S005 share place 2" in out


LAST_FIELD = {"combine": "last", "round": "field"}  # a rule that needs neither earlier round


def test_a_chain_that_does_not_start_at_the_first_round_is_refused(
    capsys, chair_key, tmp_path
) -> None:
    """The interview round's package built directly (`juri package build --round interview`,
    no origin): its submissions were chosen by no ranking, so the rounds before it were
    skipped, whatever the final rule weighs."""
    pipeline = competition3(tmp_path / "kipp", LAST_FIELD, grades={"field": 70})
    setup = pipeline.setup
    sheet = pipeline.folder / "interview-submissions.csv"
    rows = setup.submissions.read_text(encoding="utf-8").splitlines()
    sheet.write_text(
        "\n".join([rows[0], *(r for r in rows[1:] if r.split(",")[0] in TO_INTERVIEW)]),
        encoding="utf-8",
    )
    built = setup.build(
        submissions=sheet,
        round_id="interview",
        package_id="kipp-interview",
        output=pipeline.folder / "interview.juripkg",
    )
    pipeline.stages["interview"] = Stage(
        Panel(open_package(built.path), setup.juror_keys, pipeline.folder), built.path
    )
    merge_round(pipeline, "interview", INTERVIEW)
    next_round(pipeline, "interview", "field", TO_FIELD, ShortlistRule(top=4))
    merge_round(pipeline, "field", FIELD)
    output = tmp_path / "f.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output, rounds=("interview", "field"))
    assert code == 1 and not output.exists(), out
    assert "The chain of rounds starts at round interview" in out
    assert "the rubric file's first round is desk" in out


def test_a_chain_that_skips_a_round_is_refused(capsys, chair_key, tmp_path) -> None:
    """The field round's package shortlisted straight from the desk's merged file, signed
    with another tool (`juri package next` refuses to skip the interview)."""
    pipeline = competition3(tmp_path / "kipp", LAST_FIELD, grades={"field": 70})
    merge_round(pipeline, "desk", DESK)
    next_round(pipeline, "desk", "field", TO_INTERVIEW, ShortlistRule(top=5))
    merge_round(pipeline, "field", {j: {**s, "S004": 7} for j, s in FIELD.items()})
    output = tmp_path / "f.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output, rounds=("desk", "field"))
    assert code == 1 and not output.exists(), out
    assert "The rounds were held in the order desk → field" in out
    assert "round interview was skipped" in out
