"""Each way a result file can be wrong gets its own status and a reason that says why."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.canonical import canonical_bytes
from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, encode_public_key
from app.formats.result import RESULT_SCHEMA
from app.package.reader import open_package
from app.results.verify import ResultStatus, check_result
from tests.factory import PASSPHRASE


@pytest.fixture
def setup(competition, tmp_path):
    setup = competition(submissions=3, jurors=2)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        for criterion in ws.packages.manifest("test-pkg").rubric.codes:
            ws.scoring.set_score("test-pkg", "S001", criterion, Decimal(7))
        setup.result = ws.results.export("test-pkg", PASSPHRASE, tmp_path).path
    setup.verified = open_package(setup.package)
    return setup


def check(setup, data: bytes):
    return check_result(data, setup.verified.manifest, setup.verified.manifest_sha256)


def resign(setup, change, key: KeyPair | None = None) -> bytes:
    """Edit a genuine payload and sign it again (with the juror's own key unless told)."""
    payload = json.loads(setup.result.read_bytes())["payload"]
    change(payload)
    if key is None:
        with setup.workspace("J01") as ws:
            key = ws.identity.unlock(PASSPHRASE)
    payload["juror"]["public_key"] = encode_public_key(key.public_key)
    return sign_payload(payload, key)


def test_a_genuine_file(setup) -> None:
    result = check(setup, setup.result.read_bytes())
    assert result.status is ResultStatus.VALID
    assert "1 complete" in result.reason and "2 not started" in result.reason


def test_tampered(setup) -> None:
    data = setup.result.read_bytes().replace(b'"value":"7"', b'"value":"9"', 1)
    result = check(setup, data)
    assert result.status is ResultStatus.TAMPERED
    assert "changed after it was signed" in result.reason


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"[]",
        b'{"payload":{},"signature":{}}',
        canonical_bytes(
            {
                "payload": {"format": "other"},
                "signature": {"alg": "ed25519", "key": "x", "value": "AA=="},
            }
        ),
    ],
)
def test_malformed_or_foreign_formats(setup, data) -> None:
    assert check(setup, data).status is ResultStatus.MALFORMED


def test_from_a_newer_juri(setup) -> None:
    result = check(setup, resign(setup, lambda p: p.update(schema=RESULT_SCHEMA + 1)))
    assert result.status is ResultStatus.MALFORMED and "newer version" in result.reason


def test_for_another_package(setup) -> None:
    result = check(setup, resign(setup, lambda p: p["package"].update(id="other-pkg")))
    assert result.status is ResultStatus.FOREIGN_PACKAGE
    stale = resign(setup, lambda p: p["package"].update(manifest_sha256="0" * 64))
    assert check(setup, stale).status is ResultStatus.FOREIGN_PACKAGE


def test_juror_not_in_roster(setup) -> None:
    result = check(setup, resign(setup, lambda p: p["juror"].update(id="J99")))
    assert result.status is ResultStatus.JUROR_NOT_IN_ROSTER and "J99" in result.reason


def test_valid_signature_unknown_key(setup) -> None:
    stranger = KeyPair.generate()
    result = check(setup, resign(setup, lambda p: None, key=stranger))
    assert result.status is ResultStatus.UNKNOWN_KEY
    assert stranger.fingerprint in result.reason and result.signer == stranger.fingerprint


def test_evaluation_of_a_submission_not_assigned(competition, tmp_path) -> None:
    setup = competition(submissions=3, jurors=2, build=False)
    assignments = tmp_path / "assignments.csv"
    assignments.write_text("juror_id,submission\nJ01,S001\nJ01,S002\nJ02,S003\n")
    setup.build(assignments=assignments)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        setup.result = ws.results.export("test-pkg", PASSPHRASE, tmp_path).path
    setup.verified = open_package(setup.package)

    def add_s003(payload):
        extra = dict(payload["evaluations"][0], submission="S003")
        payload["evaluations"].append(extra)

    result = check(setup, resign(setup, add_s003))
    assert result.status is ResultStatus.NOT_ASSIGNED and "S003" in result.reason


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda p: p["evaluations"][0]["scores"][1].update(value="11"), "not on the scale"),
        (lambda p: p["evaluations"][0].update(total="99.00"), "does not match"),
        (lambda p: p["evaluations"][0].update(status="in_progress"), "the status says"),
        (lambda p: p["evaluations"].append(p["evaluations"][0]), "evaluated twice"),
    ],
)
def test_signed_but_inconsistent(setup, change, words) -> None:
    result = check(setup, resign(setup, change))
    assert result.status is ResultStatus.MALFORMED and words in result.reason


def test_the_check_returns_each_evaluations_cell_and_leaves_the_document_as_read(setup) -> None:
    """Issue 15 item 9: the cells the check computes come back in its result; the frozen
    document carries no cache filled on the side."""
    import dataclasses

    from app.domain.coverage import CellState

    result = check(setup, setup.result.read_bytes())
    assert result.valid
    assert set(result.cells) == {"S001", "S002", "S003"}  # every evaluation not recused
    assert result.cells["S001"].state is CellState.COMPLETE
    assert str(result.cells["S001"].total) == "200/3"  # 7 everywhere on 1–10: 66.67
    assert result.cells["S002"].state is CellState.NOT_STARTED
    before = dataclasses.asdict(result.document)
    check(setup, setup.result.read_bytes())
    assert dataclasses.asdict(result.document) == before
    assert all(not f.name.startswith("_") for f in dataclasses.fields(result.document))


def test_a_file_that_cannot_be_verified_says_whom_it_claims(setup) -> None:
    data = setup.result.read_bytes().replace(b'"value":"7"', b'"value":"9"', 1)
    result = check(setup, data)
    assert result.status is ResultStatus.TAMPERED and result.document is None
    assert result.claimed == ("J01", 1)
