from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.crypto.keys import KeyPair, encode_public_key, write_public_key
from app.errors import InputError
from app.formats.roster import read_assignments, read_roster
from app.formats.rubric_file import read_rubric_file
from app.paths import resource_path

DEMO_RUBRIC = resource_path("demo", "rubric_kipp2023.json")


def edited_rubric(tmp_path: Path, change) -> Path:
    document = json.loads(DEMO_RUBRIC.read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "rubric.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_demo_rubric_has_the_2023_weights() -> None:
    definition = read_rubric_file(DEMO_RUBRIC, "desk")
    weights = {c.code: int(c.weight) for c in definition.rubric}
    assert weights == {
        "RINGKASAN": 0,
        "LATAR": 10,
        "KEBARUAN": 15,
        "IMPLEMENTASI": 5,
        "SIGNIFIKANSI": 30,
        "ADAPTABILITAS": 20,
        "SUMBER_DAYA": 5,
        "KEBERLANJUTAN": 15,
    }
    assert definition.round.passing_grade == 85


def test_a_rounds_minimum_of_evaluations(tmp_path: Path) -> None:
    """Default 2; the secretariat may ask for more; the manifest carries it, and a manifest
    written before it existed reads as the default."""
    from app.formats.rubric_json import round_from_json, round_to_json

    assert read_rubric_file(DEMO_RUBRIC, "desk").round.min_evaluations == 2
    three = read_rubric_file(
        edited_rubric(tmp_path, lambda d: d["rounds"][0].update(min_evaluations=3)), "desk"
    ).round
    assert three.min_evaluations == 3
    written = round_to_json(three)
    assert written["min_evaluations"] == 3 and round_from_json(written, "round") == three
    del written["min_evaluations"]
    assert round_from_json(written, "round").min_evaluations == 2


def test_criteria_belong_to_their_rounds_only() -> None:
    field = read_rubric_file(DEMO_RUBRIC, "field")
    assert [c.code for c in field.rubric] == ["KESESUAIAN", "MANFAAT", "KESIAPAN"]
    assert field.round.kind == "field"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["criteria"][1].update(weight=11), "weights add up to 101, not 100"),
        (lambda d: d["criteria"][1].update(weight=10.5), "add up to 100.5"),
        (lambda d: d["criteria"][1]["scale"].update(step=4), "not a whole number of steps"),
        (lambda d: d["criteria"][1].update(colour="red"), "unknown field(s): colour"),
        (lambda d: d["criteria"][1].update(rounds=["final"]), "unknown round(s): final"),
        (lambda d: d["rounds"][0].update(kind="plenary"), "must be one of desk, interview, field"),
        (lambda d: d.update(format="something"), "juri-rubric"),
        (lambda d: d["criteria"][1]["levels"][0].update(max=30), "outside the scale"),
        (
            lambda d: d["rounds"][0].update(min_evaluations=0),
            "min_evaluations: must be a whole number of at least 1",
        ),
        (lambda d: d["rounds"][0].update(min_evaluations=2.5), "must be a whole number"),
        (lambda d: d["rounds"][0].update(min_evaluations="2"), "must be a whole number"),
        (
            lambda d: d["rounds"][0].update(min_evaluations=101),
            "min_evaluations: must be at most 100",
        ),
    ],
)
def test_bad_rubrics_say_what_and_where(tmp_path: Path, change, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_rubric_file(edited_rubric(tmp_path, change), "desk")
    assert message in caught.value.message


def test_a_round_must_be_chosen_when_there_are_several() -> None:
    with pytest.raises(InputError) as caught:
        read_rubric_file(DEMO_RUBRIC)
    assert caught.value.code == "round_needed" and "not valid" not in caught.value.message
    assert "several rounds (desk, interview, field)" in caught.value.message
    assert "--round, e.g. --round desk" in caught.value.message
    with pytest.raises(InputError, match="has no round 'final'"):
        read_rubric_file(DEMO_RUBRIC, "final")


def test_roster_keys_as_base64_or_public_key_files(tmp_path: Path) -> None:
    a, b = KeyPair.generate(), KeyPair.generate()
    write_public_key(tmp_path / "b.pub.json", b.public_key, "B")
    roster = tmp_path / "roster.csv"
    roster.write_text(
        f"id,nama,kunci_publik\nJ1,Ani,{encode_public_key(a.public_key)}\nJ2,Budi,b.pub.json\n",
        encoding="utf-8",
    )
    jurors = read_roster(roster)
    assert [(j.id, j.name, j.public_key) for j in jurors] == [
        ("J1", "Ani", a.public_key),
        ("J2", "Budi", b.public_key),
    ]


def test_roster_problems_are_all_reported(tmp_path: Path) -> None:
    key = encode_public_key(KeyPair.generate().public_key)
    roster = tmp_path / "roster.csv"
    roster.write_text(
        f"id,name,public_key\nJ1,Ani,{key}\nJ1,Ani lagi,{key}\nJ2,Budi,{key}\nJ3,,nothing\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_roster(roster)
    message = caught.value.message
    assert "row 3, column A (id): juror J1 already appears in row 2" in message
    assert "row 4, column C (public_key): the same key is already given in row 2" in message
    assert "row 5, column B (name): the name is empty" in message
    assert "'nothing' is neither a base64 public key nor a public key file" in message


def test_assignments_refer_to_known_jurors_and_submissions(tmp_path: Path) -> None:
    a = KeyPair.generate()
    roster = tmp_path / "roster.csv"
    roster.write_text(f"id,name,public_key\nJ1,Ani,{encode_public_key(a.public_key)}\n")
    jurors = read_roster(roster)
    sheet = tmp_path / "assignments.csv"
    sheet.write_text("juror_id,submission\nJ1,S2\nJ1,S1\n")
    assert read_assignments(sheet, jurors, ["S1", "S2", "S3"]) == {"J1": ["S1", "S2"]}
    sheet.write_text("juror_id,submission\nJ9,S1\nJ1,S9\n")
    with pytest.raises(InputError) as caught:
        read_assignments(sheet, jurors, ["S1"])
    assert "juror J9 is not in the roster" in caught.value.message
    assert "submission S9 is not in the submissions sheet" in caught.value.message


@pytest.mark.parametrize(
    ("name", "character"),
    [
        ("Dr. Ratna\nJ02: VALID", "U+000A"),  # a second line in every listing that prints it
        ("Dr.\x1b[2JRatna", "U+001B"),  # clears the terminal that prints it
        ("Dr.\tRatna", "U+0009"),
        ("Ratna\u202eiS .rD", "U+202E"),  # shows reversed
        ("Ratna\u200b", "U+200B"),
        ("Dr. Ratna\u2028J02: VALID", "U+2028"),  # Qt and ReportLab break the line there
        ("Ratna\u2029Sari", "U+2029"),
        ("\u3164", "U+3164"),  # a Hangul filler: a letter that shows as nothing
    ],
)
def test_a_jurors_name_is_one_line_of_visible_text(tmp_path: Path, name, character) -> None:
    """The name is signed into the package and every result file and printed on the berita
    acara: a line break, a terminal control or an invisible character in it was taken in."""
    key = encode_public_key(KeyPair.generate().public_key)
    roster = tmp_path / "roster.csv"
    quoted = name.replace('"', '""')
    roster.write_text(f'id,name,public_key\nJ1,"{quoted}",{key}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_roster(roster)
    message = caught.value.message
    assert "row 2, column B (name)" in message and "character  (" not in message
    assert f"({character}) at position" in message or (
        f"the control character {character} at position" in message
    )
    assert "one line of visible text" in message and "\x1b" not in message
    roster.write_text(f"id,name,public_key\nJ1,Dr. Ratna Sari Dewi,{key}\n", encoding="utf-8")
    assert read_roster(roster)[0].name == "Dr. Ratna Sari Dewi"
