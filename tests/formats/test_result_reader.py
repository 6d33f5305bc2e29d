"""The one reader of result files is as strict as docs/formats.md §6 (issue 12 item 4, issue 15
item 3): each value in the one spelling Juri writes, every member present and none unknown —
and a property over generated and mutated files: whatever it accepts is exactly what Juri
would write for what it read."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.crypto.envelope import sign_payload
from app.domain.evaluation import Evaluation, EvaluationStatus, Recommendation
from app.formats.fields import FieldError
from app.formats.result import evaluation_to_json, parse_result_payload, result_payload
from app.results.verify import ResultStatus, check_result
from tests.merge.helpers import Panel, build_panel

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def panel(competition, tmp_path) -> Panel:
    """Four submissions, three jurors, the KIPP 2023 desk rubric and its checklist."""
    return build_panel(competition, tmp_path)


def payload_of(panel: Panel, **spec: Any) -> dict[str, Any]:
    return json.loads(panel.result("J01", spec or {"S001": 7, "S002": "recused"}))["payload"]


def check(panel: Panel, payload: dict[str, Any]):
    return check_result(
        sign_payload(payload, panel.keys["J01"]), panel.manifest, panel.package.manifest_sha256
    )


def refused(payload: dict[str, Any]) -> FieldError:
    with pytest.raises(FieldError) as caught:
        parse_result_payload(payload)
    return caught.value


def first_score(payload):
    return payload["evaluations"][0]["scores"][0]


@pytest.mark.parametrize(
    "spelling",
    [" 7 ", "7\n", "7.0", "7.00", "\u00a07", "07", "+7", "7.", "7e0", "\uff17", 7, True, "-0"],
)
def test_a_score_has_one_spelling(panel, spelling) -> None:
    payload = payload_of(panel)
    first_score(payload)["value"] = spelling
    error = refused(payload)
    assert error.path == "evaluations[0].scores[0].value"
    assert 'as Juri writes it, such as "7" or "7.5"' in error.problem
    first_score(payload)["value"] = "7"
    parse_result_payload(payload)  # the canonical spelling is the one Juri writes


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda p: p["audit_head"].update(note="x"), "audit_head", "unknown field(s): note"),
        (
            lambda p: p["evaluations"][1]["recusal"].update(since="2020"),
            "evaluations[1].recusal",
            "unknown field(s): since",
        ),
        (
            lambda p: p["evaluations"][0]["field"]["checklist"][0].update(by="x"),
            "evaluations[0].field.checklist[0]",
            "unknown field(s): by",
        ),
        (
            lambda p: p["audit_head"].update(hash="not a hash"),
            "audit_head.hash",
            "64 lowercase hexadecimal",
        ),
        (lambda p: p["audit_head"].update(hash="A" * 64), "audit_head.hash", "64 lowercase"),
        (lambda p: p["audit_head"].update(seq=0), "audit_head.seq", "at least 1"),
        (lambda p: p.update(created="yesterday"), "created", "UTC time"),
        (lambda p: p.update(created="2026-11-23T09:44:42Z"), "created", "UTC time"),
        (lambda p: p.update(created="2026-02-30T09:44:42.000Z"), "created", "UTC time"),
        (lambda p: p.update(created="2026-11-23T09:44:42.000+07:00"), "created", "UTC time"),
        (
            lambda p: p["evaluations"][0].update(updated="2026-11-23 09:44"),
            "evaluations[0].updated",
            "empty or a UTC time",
        ),
        (
            lambda p: p["integrity_pact"].update(accepted_at="2026"),
            "integrity_pact.accepted_at",
            "UTC time",
        ),
        (
            lambda p: p["integrity_pact"].update(version="v1"),
            "integrity_pact.version",
            "pakta-sha256:",
        ),
        (
            lambda p: p["evaluations"][0]["field"]["checklist"].append(
                {"checked": True, "item": "PIMPINAN"}
            ),
            "evaluations[0].field.checklist[1]",
            "checklist item PIMPINAN appears twice",
        ),
        (
            lambda p: p["evaluations"][0]["field"]["checklist"].insert(
                0, {"checked": True, "item": "PIMPINAN"}
            ),
            "evaluations[0].field.checklist[1]",
            "checklist item PIMPINAN appears twice",
        ),
        (
            lambda p: p["evaluations"][0]["field"]["checklist"].insert(
                0, {"checked": True, "item": "ZZZ"}
            ),
            "evaluations[0].field.checklist[1]",
            "in code order",
        ),
        (
            lambda p: p["evaluations"][1].update(recommendation="advance"),
            "evaluations[1].recommendation",
            "a recused evaluation recommends nothing",
        ),
        (
            lambda p: p["evaluations"][1].update(total="0.00"),
            "evaluations[1].total",
            "a recused evaluation has no total",
        ),
        (
            lambda p: p["evaluations"][1].update(scores=[first_score(p)]),
            "evaluations[1].scores",
            "a recused evaluation lists no scores",
        ),
        (lambda p: p.pop("generator"), "generator", "is missing"),
        (lambda p: first_score(p).pop("comment"), "evaluations[0].scores[0].comment", "is missing"),
        (lambda p: p["evaluations"][0].pop("updated"), "evaluations[0].updated", "is missing"),
        (lambda p: p.update(schema=True), "schema", "unknown schema version"),
    ],
)
def test_the_reader_is_as_strict_as_the_document(panel, change, path, words) -> None:
    payload = payload_of(panel)
    payload["evaluations"][0]["field"]["checklist"] = [{"checked": True, "item": "PIMPINAN"}]
    parse_result_payload(payload)
    change(payload)
    error = refused(payload)
    assert error.path == path and words in error.problem
    verdict = check(panel, payload)
    assert verdict.status is ResultStatus.MALFORMED and path in verdict.reason


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda e: e["scores"].reverse(),
            "S001: the scores must list the criteria RINGKASAN, "
            "LATAR, KEBARUAN, IMPLEMENTASI, SIGNIFIKANSI, ADAPTABILITAS, SUMBER_DAYA, "
            "KEBERLANJUTAN "
            "in the rubric's order, not KEBERLANJUTAN",
        ),
        (lambda e: e["scores"].pop(), "S001: the scores must list the criteria"),
        (
            lambda e: e["field"]["checklist"].append({"checked": True, "item": "SURVEI"}),
            "S001: checklist item SURVEI is not in the package's checklist",
        ),
    ],
)
def test_criteria_and_checklist_follow_the_package(panel, change, words) -> None:
    payload = payload_of(panel)
    change(payload["evaluations"][0])
    verdict = check(panel, payload)
    assert verdict.status is ResultStatus.MALFORMED and verdict.reason.startswith(words)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda p: p["evaluations"].pop(2),
            "the evaluations of submission(s) assigned to juror J01 are missing: S003",
        ),
        (
            lambda p: p["evaluations"].reverse(),
            "the evaluations are not in the package's order of submissions",
        ),
    ],
)
def test_every_assigned_submission_in_package_order(panel, change, words) -> None:
    payload = payload_of(panel)
    change(payload)
    verdict = check(panel, payload)
    assert verdict.status is ResultStatus.MALFORMED and verdict.reason == words


def test_juri_writes_a_recused_evaluation_without_its_recommendation(panel) -> None:
    """A juror who recommended, then recused: the workspace keeps the recommendation for a
    withdrawal, the signed file recommends nothing (which is all the reader accepts)."""
    rubric = panel.manifest.rubric
    evaluation = Evaluation(
        "S001", recommendation=Recommendation.ADVANCE, recusal_reason="Keluarga"
    )
    written = evaluation_to_json(evaluation, rubric, EvaluationStatus.RECUSED)
    assert (written["recommendation"], written["scores"], written["total"]) == ("", [], None)


# --- the property: accepted means written by Juri exactly so --------------------------------


def rewritten(panel: Panel, payload: dict[str, Any]) -> dict[str, Any]:
    """What Juri writes for the document the reader found in ``payload``."""
    document = parse_result_payload(payload)
    rubric = panel.manifest.rubric
    return result_payload(
        package_id=document.package_id,
        manifest_sha256=document.manifest_sha256,
        juror_id=document.juror_id,
        juror_name=document.juror_name,
        public_key=document.public_key,
        sequence=document.sequence,
        created=document.created,
        generator=document.generator,
        pact=document.pact,
        audit_seq=document.audit_seq,
        audit_hash=document.audit_hash,
        evaluations=[
            evaluation_to_json(e, rubric, EvaluationStatus(document.declared_status[e.submission]))
            for e in document.evaluations
        ],
    )


SCORE = st.one_of(st.none(), st.integers(1, 10))
CODES = ["S001", "S002", "S003", "S004"]


@st.composite
def evaluations(draw) -> dict[str, Any]:
    """A spec for :meth:`Panel.result`: per submission a uniform score, a partial dict,
    recused, or nothing."""
    spec: dict[str, Any] = {}
    for code in CODES:
        kind = draw(st.sampled_from(["score", "part", "recused", "none"]))
        if kind == "score":
            spec[code] = draw(st.integers(1, 10))
        elif kind == "part":
            spec[code] = {"LATAR": draw(st.integers(1, 10))}
        elif kind == "recused":
            spec[code] = "recused"
    return spec


def leaves(value: Any, path: tuple = ()) -> list[tuple]:
    """Every place in a JSON value (containers included), as a path of keys and indexes."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += leaves(item, (*path, index))
    return found


def at(value: Any, path: tuple) -> Any:
    for step in path:
        value = value[step]
    return value


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 300)
    | st.sampled_from(
        [
            "",
            "7",
            "7.0",
            " 7",
            "x",
            "S001",
            "advance",
            "recused",
            "complete",
            "0" * 64,
            "2026-11-23T10:00:01.000Z",
            "2026-11-23T10:00:01Z",
            "LATAR",
            "PIMPINAN",
            "77.78",
        ]
    )
    | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["value", "comment", "criterion", "reason", "x"]), inner, max_size=3
        )
    ),
    max_leaves=6,
)


@st.composite
def mutations(draw, payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with one random change: a value replaced, a member dropped or added, or
    two list items swapped."""
    mutated = copy.deepcopy(payload)
    path = draw(st.sampled_from(leaves(mutated)[1:]))
    parent, last = at(mutated, path[:-1]), path[-1]
    kind = draw(st.sampled_from(["replace", "drop", "add", "swap"]))
    if kind == "replace":
        parent[last] = draw(JSON_VALUES)
    elif kind == "drop":
        del parent[last]
    elif kind == "add" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["extra", "note", "value", "reason"]))] = draw(JSON_VALUES)
    elif kind == "swap" and isinstance(parent, list) and len(parent) > 1:
        other = draw(st.integers(0, len(parent) - 1))
        parent[last], parent[other] = parent[other], parent[last]
    return mutated


@FUZZ
@given(data=st.data(), spec=evaluations(), sequence=st.integers(1, 5))
def test_accepted_means_exactly_what_juri_writes(panel, data, spec, sequence) -> None:
    payload = json.loads(panel.result("J01", spec, sequence=sequence))["payload"]
    assert check(panel, payload).valid
    assert rewritten(panel, payload) == payload
    mutated = data.draw(mutations(payload))
    verdict = check(panel, mutated)
    event("mutation " + verdict.status.value)
    if verdict.valid:
        assert rewritten(panel, mutated) == mutated  # another file Juri could have written
    else:
        assert verdict.reason  # refused with its reason, never a crash


def test_scores_parse_once_per_text_and_share_the_value(panel) -> None:
    document = parse_result_payload(payload_of(panel, S001=7, S002=7))
    first, second = document.evaluations[0], document.evaluations[1]
    assert first.scores["LATAR"] is second.scores["LATAR"] == Decimal(7)
    assert document.declared_criteria["S001"] is document.declared_criteria["S002"]
