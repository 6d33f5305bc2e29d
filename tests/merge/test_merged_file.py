"""The merged file is a pure function of the accepted results and the chair's decisions: any
order, or merging in parts and then the parts, gives the same bytes."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.canonical import canonical_bytes, parse_strict
from app.crypto.envelope import split_envelope
from app.crypto.keys import KeyPair, decode_public_key
from app.merge.keys import AcceptedKey
from app.merge.merged_file import MERGED_FORMAT
from app.merge.methods import Method
from app.merge.service import write_merged
from tests.merge.helpers import CHAIR

LAPTOP = KeyPair.generate("J03, new laptop")


@pytest.fixture
def pool(panel):
    """Results of three jurors in several versions, a copy, a tampered file, a file signed by
    a key the chair accepts, one for another package, and garbage."""
    files = [
        ("J01v1", panel.result("J01", {"S001": 5, "S002": 6}, sequence=1)),
        ("J01v2", panel.result("J01", {"S001": 8, "S002": 6, "S003": 9}, sequence=2)),
        ("J02v1", panel.result("J02", {"S001": 7, "S002": 2, "S004": "recused"})),
        ("J02v1-copy", panel.result("J02", {"S001": 7, "S002": 2, "S004": "recused"})),
        (
            "J02v2-late",
            panel.result(
                "J02",
                {"S001": 9, "S002": 2, "S004": "recused"},
                sequence=2,
                created="2026-11-23T12:00:00.000Z",
            ),
        ),
        (
            "J02v2-early",
            panel.result("J02", {"S001": 1}, sequence=2, created="2026-11-23T11:00:00.000Z"),
        ),
        ("J03v1", panel.result("J03", {"S001": 4, "S003": {"LATAR": 3}})),
        ("J03v2-laptop", panel.result("J03", {"S001": 6, "S003": 8}, sequence=2, key=LAPTOP)),
        (
            "tampered",
            panel.result("J01", {"S001": 10}, sequence=9).replace(
                b'"value":"10"', b'"value":"1"', 1
            ),
        ),
        ("foreign", panel.result("J02", {"S001": 10}, sequence=7, package_id="other")),
        ("junk", b"{}"),
    ]
    return panel, files


OPTIONS = {"accepted_keys": (AcceptedKey("J03", LAPTOP.fingerprint),)}


def merged(panel, files, **options) -> bytes:
    return panel.merge(files, **{**OPTIONS, **options}).signed(CHAIR)


def test_the_merged_file_records_accepted_results_decisions_and_ranking(pool) -> None:
    panel, files = pool
    report = panel.merge(files, **OPTIONS)
    data = report.signed(CHAIR)
    payload, signature = split_envelope(parse_strict(data, max_bytes=len(data)))
    assert canonical_bytes(json.loads(data)) == data  # canonical, no trailing newline
    signature.verify(canonical_bytes(payload), decode_public_key(payload["chair"]["public_key"]))
    assert payload["format"] == MERGED_FORMAT and payload["schema"] == 1
    assert payload["chair"]["name"] == "Ketua Tim Panel Uji"
    by_name = dict(files)
    assert [(r["juror"], r["sequence"]) for r in payload["results"]] == [
        ("J01", 2),
        ("J02", 2),
        ("J03", 2),
    ]
    for entry, name in zip(
        payload["results"], ["J01v2", "J02v2-late", "J03v2-laptop"], strict=True
    ):
        assert canonical_bytes(entry["result"]) == by_name[name]  # embedded byte for byte
        assert entry["sha256"] == hashlib.sha256(by_name[name]).hexdigest()
    assert payload["decisions"] == [
        {
            "decision": "accept_key",
            "fingerprint": LAPTOP.fingerprint,
            "juror": "J03",
            "public_key": payload["results"][2]["result"]["payload"]["juror"]["public_key"],
        }
    ]
    assert payload["as_of"] == "2026-11-23T12:00:00.000Z"  # the newest accepted result
    assert payload["settings"] == {
        "method": "mean",
        "trim": 1,
        "threshold": "20",
        "passing_grade": "85",
        "passing_grade_applies_to": "mean",
        "min_evaluations": 2,
        "tie_break": list(report.tie_break),
    }
    assert [row["submission"] for row in payload["ranking"]][:1] == ["S003"]
    assert b"J01v2" not in data and b"tampered" not in data  # names never matter


def test_write_is_atomic_and_returns_the_bytes(pool, tmp_path) -> None:
    panel, files = pool
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "round.juri-merged.json"
    data = write_merged(panel.merge(files, **OPTIONS), CHAIR, target)
    assert target.read_bytes() == data
    assert [p.name for p in folder.iterdir()] == ["round.juri-merged.json"]  # no temp file


def test_settings_change_the_record(pool) -> None:
    panel, files = pool
    assert merged(panel, files) != merged(panel, files, method=Method.MEDIAN)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_order_gives_the_same_bytes(pool, data) -> None:
    panel, files = pool
    reference = merged(panel, files)
    shuffled = data.draw(st.permutations(files))
    assert merged(panel, shuffled) == reference


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_merging_in_parts_then_the_parts_gives_the_same_bytes(pool, data) -> None:
    """Split the files among two to four sub-panels, merge each, merge the merged files (and
    maybe some loose files again): byte-identical to merging everything at once."""
    panel, files = pool
    reference = merged(panel, files)
    parts = data.draw(st.integers(2, 4))
    owner = data.draw(st.lists(st.integers(0, parts - 1), min_size=len(files), max_size=len(files)))
    pieces = [[f for f, o in zip(files, owner, strict=True) if o == part] for part in range(parts)]
    level = [(f"part{i}", merged(panel, piece)) for i, piece in enumerate(pieces)]
    again = data.draw(st.lists(st.sampled_from(files), max_size=3))
    top = data.draw(st.permutations(level + again))
    assert merged(panel, top) == reference


def test_merging_a_merged_file_alone_reproduces_it(pool) -> None:
    panel, files = pool
    first = merged(panel, files)
    assert merged(panel, [("m", first)]) == first
    assert merged(panel, [("m", first), ("m-again", first)]) == first


def test_decisions_are_not_inherited_from_a_merged_file(pool) -> None:
    """Each chair decides: without accepting the new key again, J03's laptop file is refused
    at the next level too (and J03's older file, superseded below, is not in the record)."""
    panel, files = pool
    first = merged(panel, files)
    report = panel.merge([("m", first)])
    statuses = {v.name: v.status.value for v in report.intake.verdicts}
    assert statuses["m › J03 v2"] == "unknown_key"
    assert sorted(report.intake.accepted) == ["J01", "J02"]


def test_another_chair_key_signs_other_bytes_with_the_same_content(pool) -> None:
    panel, files = pool
    other = KeyPair.generate("Ketua lain")
    a = json.loads(merged(panel, files))["payload"]
    b = json.loads(panel.merge(files, **OPTIONS).signed(other))["payload"]
    assert a["results"] == b["results"] and a["ranking"] == b["ranking"]
    assert a["chair"] != b["chair"]
