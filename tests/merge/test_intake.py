"""Every input file gets exactly one status with its reason; nothing is silently dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.canonical import canonical_bytes
from app.crypto.keys import KeyPair
from app.formats.result import RESULT_SCHEMA
from app.local_time import format_file_time
from app.merge.intake import InputFile, read_inputs
from app.merge.keys import AcceptedKey, KeyRefused
from app.merge.statuses import FileStatus
from tests.merge.helpers import CHAIR, build_panel, resign


def statuses(report) -> dict[str, FileStatus]:
    return {v.name: v.status for v in report.intake.verdicts}


def reasons(report) -> dict[str, str]:
    return {v.name: v.reason for v in report.intake.verdicts}


def test_genuine_results_are_accepted(panel) -> None:
    report = panel.merge(
        [("a", panel.result("J01", {"S001": 8})), ("b", panel.result("J02", {"S001": 6}))]
    )
    assert statuses(report) == {"a": FileStatus.ACCEPTED, "b": FileStatus.ACCEPTED}
    assert "juror J01, version 1: 1 complete" in reasons(report)["a"]
    assert sorted(report.intake.accepted) == ["J01", "J02"]


def test_an_older_version_is_superseded(panel) -> None:
    report = panel.merge(
        [
            ("v2", panel.result("J01", {"S001": 8}, sequence=2)),
            ("v1", panel.result("J01", {"S001": 3}, sequence=1)),
            ("v3", panel.result("J01", {"S001": 9}, sequence=3)),
        ]
    )
    assert statuses(report) == {
        "v2": FileStatus.SUPERSEDED,
        "v1": FileStatus.SUPERSEDED,
        "v3": FileStatus.ACCEPTED,
    }
    assert reasons(report)["v1"] == "version 1 of juror J01; version 3 (v3) replaces it"
    assert report.intake.accepted["J01"].document.sequence == 3


def test_a_tampered_file(panel) -> None:
    data = panel.result("J01", {"S001": 7}).replace(b'"value":"7"', b'"value":"9"', 1)
    report = panel.merge([("t", data)])
    assert statuses(report) == {"t": FileStatus.TAMPERED}
    assert "changed after it was signed" in reasons(report)["t"]
    assert report.intake.accepted == {}


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"payload":{}}',
        canonical_bytes(
            {
                "payload": {"format": "juri-package"},
                "signature": {"alg": "ed25519", "key": "x", "value": "AA=="},
            }
        ),
    ],
)
def test_malformed_or_unknown_formats(panel, data) -> None:
    report = panel.merge([("m", data)])
    assert statuses(report) == {"m": FileStatus.MALFORMED}


def test_an_unreadable_file_is_listed_not_skipped(panel, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "J01.json").write_bytes(panel.result("J01", {"S001": 7}))
    (folder / "broken.json").mkdir()  # a folder with a result's name cannot be read as one
    (folder / "broken.json" / "x.txt").write_text("x")
    (folder / ".hidden.json").write_bytes(b"ignored")
    (folder / "notes.txt").write_text("not a result")
    missing = tmp_path / "missing.json"
    files = read_inputs([folder, missing])
    report = panel.merge(files)
    found = statuses(report)
    assert found[str(folder / "J01.json")] is FileStatus.ACCEPTED
    assert found[str(missing)] is FileStatus.MALFORMED
    assert "cannot be read" in reasons(report)[str(missing)]
    assert len(found) == 2  # hidden files and other extensions inside folders are not inputs


def test_a_result_of_a_newer_juri(panel) -> None:
    data = resign(
        panel.result("J01", {}), lambda p: p.update(schema=RESULT_SCHEMA + 1), panel.keys["J01"]
    )
    report = panel.merge([("new", data)])
    assert statuses(report) == {"new": FileStatus.MALFORMED}
    assert "newer version" in reasons(report)["new"]


def test_for_another_package(panel) -> None:
    report = panel.merge([("f", panel.result("J01", {"S001": 7}, package_id="other-pkg"))])
    assert statuses(report) == {"f": FileStatus.FOREIGN_PACKAGE}
    assert "other-pkg" in reasons(report)["f"]


def test_juror_not_in_the_roster(panel) -> None:
    stranger = KeyPair.generate("J99")
    data = panel.result("J01", {}, key=stranger)
    data = resign(data, lambda p: p["juror"].update(id="J99"), stranger)
    report = panel.merge([("x", data)])
    assert statuses(report) == {"x": FileStatus.JUROR_NOT_IN_ROSTER}
    assert "J99" in reasons(report)["x"]


def test_unknown_key_is_refused_until_the_chair_accepts_it(panel) -> None:
    laptop = KeyPair.generate("J02, new laptop")
    old = panel.result("J02", {"S001": 4}, sequence=1)
    new = panel.result("J02", {"S001": 9}, sequence=2, key=laptop)
    report = panel.merge([("old", old), ("new", new)])
    assert statuses(report) == {"old": FileStatus.ACCEPTED, "new": FileStatus.UNKNOWN_KEY}
    assert laptop.fingerprint in reasons(report)["new"]
    assert report.intake.decisions == []

    report = panel.merge(
        [("old", old), ("new", new)], accepted_keys=(AcceptedKey("J02", laptop.fingerprint),)
    )
    assert statuses(report) == {"old": FileStatus.SUPERSEDED, "new": FileStatus.ACCEPTED}
    assert reasons(report)["new"].startswith(
        f"valid signature, key {laptop.fingerprint} accepted by the chair for juror J02; juror J02"
    )
    [decision] = report.intake.decisions
    assert (decision.juror, decision.fingerprint) == ("J02", laptop.fingerprint)
    payload = report.payload(CHAIR.label, CHAIR.public_key)
    assert payload["decisions"] == [decision.to_json()]
    assert payload["decisions"][0]["decision"] == "accept_key"


def test_an_accepted_key_that_signs_nothing_is_reported(panel) -> None:
    unused = AcceptedKey("J02", "AAAA-BBBB-CCCC-DDDD")
    report = panel.merge([("a", panel.result("J01", {}))], accepted_keys=(unused,))
    assert report.intake.unused_keys == [unused]
    assert report.payload(CHAIR.label, CHAIR.public_key)["decisions"] == []


def test_a_key_accepted_for_one_juror_signs_for_no_other(panel) -> None:
    """Issue 12 item 2: K accepted for J01, then K-signed files claiming J02, J03 and J04 (not
    in the roster) were all accepted. Now only J01's counts; the others say why."""
    forger = KeyPair.generate("J01's new laptop")
    files = [
        ("J01", panel.result("J01", {"S001": 8}, key=forger)),
        ("J02", panel.result("J02", {"S001": 1}, key=forger)),
        ("J03", panel.result("J03", {"S001": 1}, key=forger)),
    ]
    report = panel.merge(files, accepted_keys=(AcceptedKey("J01", forger.fingerprint),))
    assert statuses(report) == {
        "J01": FileStatus.ACCEPTED,
        "J02": FileStatus.UNKNOWN_KEY,
        "J03": FileStatus.UNKNOWN_KEY,
    }
    for juror in ("J02", "J03"):
        assert reasons(report)[juror].endswith("; the chair accepted this key for juror J01 only")
    assert sorted(report.intake.accepted) == ["J01"]
    assert [d.juror for d in report.intake.decisions] == ["J01"]


def test_a_key_accepted_for_another_juror_cannot_supersede_a_genuine_result(panel) -> None:
    """Issue 12 item 2: a K-signed J03 v2 superseded J03's genuine v1 once K was accepted (for
    J01). J03's own v1 stays the accepted one."""
    forger = KeyPair.generate()
    genuine = panel.result("J03", {"S001": 9}, sequence=1)
    forged = panel.result("J03", {"S001": 1}, sequence=2, key=forger)
    report = panel.merge(
        [("v1", genuine), ("v2", forged)], accepted_keys=(AcceptedKey("J01", forger.fingerprint),)
    )
    assert statuses(report) == {"v1": FileStatus.ACCEPTED, "v2": FileStatus.UNKNOWN_KEY}
    assert report.intake.accepted["J03"].document.sequence == 1


def test_a_roster_key_can_never_be_accepted_for_another_juror(panel) -> None:
    """Issue 12 item 2: accepting J01's own roster key let J01 sign as J02. The decision is
    refused, and a file of J02 signed by J01's key says whose key it is."""
    j01 = panel.keys["J01"]
    as_j02 = panel.result("J02", {"S001": 10}, key=j01)
    report = panel.merge([("as-J02", as_j02)])
    assert statuses(report) == {"as-J02": FileStatus.UNKNOWN_KEY}
    assert (
        "the key is juror J01's in the roster, so it can never count for juror J02"
        in reasons(report)["as-J02"]
    )
    with pytest.raises(KeyRefused) as refused:
        panel.merge([("as-J02", as_j02)], accepted_keys=(AcceptedKey("J02", j01.fingerprint),))
    assert str(refused.value) == (
        f"The key {j01.fingerprint} is juror J01's key in the package's roster; it can never "
        "be accepted for juror J02, or J01 could sign as J02."
    )


def test_one_key_for_two_jurors_is_refused(panel) -> None:
    laptop = KeyPair.generate()
    with pytest.raises(KeyRefused, match="a key counts for one juror only"):
        panel.merge(
            [],
            accepted_keys=(
                AcceptedKey("J01", laptop.fingerprint),
                AcceptedKey("J02", laptop.fingerprint),
            ),
        )


def test_an_accepted_key_still_gets_every_other_check(competition, tmp_path) -> None:
    panel = build_panel(
        competition,
        tmp_path,
        assignments={"J01": ["S001", "S002"], "J02": ["S003"], "J03": ["S004"]},
    )
    laptop = KeyPair.generate()
    data = panel.result("J01", {}, key=laptop, extra={"S003": 7})
    report = panel.merge([("x", data)], accepted_keys=(AcceptedKey("J01", laptop.fingerprint),))
    assert statuses(report) == {"x": FileStatus.NOT_ASSIGNED}


def test_an_evaluation_of_a_submission_not_assigned(competition, tmp_path) -> None:
    panel = build_panel(
        competition,
        tmp_path,
        assignments={"J01": ["S001", "S002"], "J02": ["S003"], "J03": ["S004"]},
    )
    report = panel.merge([("x", panel.result("J01", {"S001": 7}, extra={"S004": 5}))])
    assert statuses(report) == {"x": FileStatus.NOT_ASSIGNED}
    assert "S004" in reasons(report)["x"]


def test_the_same_file_twice_is_counted_once(panel) -> None:
    data = panel.result("J01", {"S001": 7})
    pretty = json.dumps(json.loads(data), indent=2).encode()  # same content, other layout
    report = panel.merge([("a", data), ("copy", data), ("pretty", pretty)])
    assert statuses(report) == {
        "a": FileStatus.ACCEPTED,
        "copy": FileStatus.DUPLICATE,
        "pretty": FileStatus.DUPLICATE,
    }
    assert reasons(report)["copy"] == "the same content as a; counted once"


def test_two_different_files_with_one_version_number(panel) -> None:
    """A restored backup exported again: the later one counts, the other is flagged."""
    early = panel.result("J01", {"S001": 3}, sequence=2, created="2026-11-23T08:00:00.000Z")
    late = panel.result("J01", {"S001": 8}, sequence=2, created="2026-11-23T09:00:00.000Z")
    for order in ([("early", early), ("late", late)], [("late", late), ("early", early)]):
        report = panel.merge(order)
        assert statuses(report) == {"early": FileStatus.DUPLICATE, "late": FileStatus.ACCEPTED}
        assert "also version 2 of juror J01, but different from late" in reasons(report)["early"]


def test_two_files_of_one_version_made_at_the_same_moment(panel) -> None:
    """Issue 12 item 5: the reason said "made later" when both times were equal. The higher
    SHA-256 decides then, and the reason says so."""
    moment = "2026-11-23T08:00:00.000Z"
    one = panel.result("J01", {"S001": 3}, sequence=2, created=moment)
    two = panel.result("J01", {"S001": 8}, sequence=2, created=moment)
    (low, low_data), (high, high_data) = sorted(
        [("one", one), ("two", two)], key=lambda item: canonical_sha256(item[1])
    )
    for order in ([(low, low_data), (high, high_data)], [(high, high_data), (low, low_data)]):
        report = panel.merge(order)
        assert statuses(report) == {low: FileStatus.DUPLICATE, high: FileStatus.ACCEPTED}
        assert reasons(report)[low] == (
            f"also version 2 of juror J01, but different from {high}; both say they were made "
            f"at {format_file_time(moment)}, so the one with the higher SHA-256 ({high}) is "
            "used, which says nothing about which is right: ask the juror"
        )


def canonical_sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(canonical_bytes(json.loads(data))).hexdigest()


def test_merged_files_are_opened_and_each_result_judged(panel) -> None:
    first = panel.merge([("J01", panel.result("J01", {"S001": 7}))]).signed(CHAIR)
    report = panel.merge([("m", first), ("J02", panel.result("J02", {"S001": 5}))])
    assert statuses(report) == {
        "m": FileStatus.MERGED_FILE,
        "m › J01 v1": FileStatus.ACCEPTED,
        "J02": FileStatus.ACCEPTED,
    }
    inner = next(v for v in report.intake.verdicts if v.name == "m › J01 v1")
    assert inner.inside == "m"
    assert CHAIR.fingerprint in reasons(report)["m"]


def test_a_tampered_merged_file(panel) -> None:
    merged = panel.merge([("J01", panel.result("J01", {"S001": 7}))]).signed(CHAIR)
    data = merged.replace(b'"J01":"66.67"', b'"J01":"99.99"', 1)
    assert data != merged
    report = panel.merge([("m", data)])
    assert statuses(report) == {"m": FileStatus.TAMPERED}


def test_a_merged_file_for_another_package(panel, competition, tmp_path) -> None:
    other = build_panel(tmp_path / "other", tmp_path, package_id="other-pkg")
    merged = other.merge([("J01", other.result("J01", {"S001": 7}))]).signed(CHAIR)
    report = panel.merge([("m", merged)])
    assert statuses(report) == {"m": FileStatus.FOREIGN_PACKAGE}


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.update(schema=9),
        lambda p: p["results"][0].update(sha256="0" * 64),
        lambda p: p.update(extra=1),
    ],
)
def test_signed_but_broken_merged_files(panel, change) -> None:
    merged = panel.merge([("J01", panel.result("J01", {"S001": 7}))]).signed(CHAIR)
    report = panel.merge([("m", resign(merged, change, CHAIR))])
    assert statuses(report) == {"m": FileStatus.MALFORMED}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda entry: entry.update(juror="J09", sequence=77),
            "results[0]: labelled juror J09 version 77, but the result it carries is juror J01 "
            "version 1",
        ),
        (
            lambda entry: entry.update(sequence=2),
            "results[0]: labelled juror J01 version 2, but the result it carries is juror J01 "
            "version 1",
        ),
        (
            lambda entry: entry.update(signer="AAAA-BBBB-CCCC-DDDD"),
            "results[0].signer: is not the fingerprint of the key in the result it labels",
        ),
    ],
)
def test_a_merged_file_must_label_its_results_truly(panel, change, words) -> None:
    """Issue 12 item 5: J01 v1 listed as "J09 v77" was not noticed."""
    merged = panel.merge([("J01", panel.result("J01", {"S001": 7}))]).signed(CHAIR)
    report = panel.merge([("m", resign(merged, lambda p: change(p["results"][0]), CHAIR))])
    assert statuses(report) == {"m": FileStatus.MALFORMED}
    assert reasons(report)["m"] == (f"signed, but not a valid merged file ({words})")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(decision="reject_key"), "decisions[0].decision: unknown decision"),
        (
            lambda d: d.update(fingerprint="AAAA-BBBB-CCCC-DDDD"),
            "decisions[0].fingerprint: is not the fingerprint of the key",
        ),
        (lambda d: d.pop("juror"), "decisions[0].juror: is missing"),
    ],
)
def test_a_merged_files_decisions_are_read_strictly(panel, change, words) -> None:
    laptop = KeyPair.generate()
    merged = panel.merge(
        [("J02", panel.result("J02", {"S001": 7}, key=laptop))],
        accepted_keys=(AcceptedKey("J02", laptop.fingerprint),),
    ).signed(CHAIR)
    assert json.loads(merged)["payload"]["decisions"][0]["juror"] == "J02"
    report = panel.merge([("m", resign(merged, lambda p: change(p["decisions"][0]), CHAIR))])
    assert statuses(report) == {"m": FileStatus.MALFORMED}
    assert words in reasons(report)["m"]


def test_a_tampered_result_inside_a_genuine_merged_file_is_refused(panel) -> None:
    """A chair cannot launder a changed result: each embedded result is checked again."""
    merged = panel.merge([("J01", panel.result("J01", {"S001": 7}))]).signed(CHAIR)

    def forge(payload):
        envelope = payload["results"][0]["result"]
        envelope["payload"]["evaluations"][0]["scores"][1]["comment"] = "changed"
        payload["results"][0]["sha256"] = (
            __import__("hashlib").sha256(canonical_bytes(envelope)).hexdigest()
        )

    report = panel.merge([("m", resign(merged, forge, CHAIR))])
    assert statuses(report) == {"m": FileStatus.MERGED_FILE, "m › J01 v1": FileStatus.TAMPERED}
    assert report.intake.accepted == {}


def test_every_file_is_accounted_for(panel, tmp_path: Path) -> None:
    files = [
        ("ok", panel.result("J01", {"S001": 7})),
        ("dup", panel.result("J01", {"S001": 7})),
        ("junk", b"junk"),
        ("old", panel.result("J02", {}, sequence=1)),
        ("new", panel.result("J02", {}, sequence=2)),
    ]
    report = panel.merge(files)
    assert [v.name for v in report.intake.verdicts] == [name for name, _ in files]
    assert all(v.reason for v in report.intake.verdicts)
    assert [v.to_json()["status"] for v in report.intake.verdicts] == [
        "accepted",
        "duplicate",
        "malformed",
        "superseded",
        "accepted",
    ]


def test_input_files_may_be_given_as_input_file_objects(panel) -> None:
    report = panel.merge([InputFile("x", panel.result("J03", {"S002": 10}))])
    assert report.intake.accepted["J03"].name == "x"


def test_long_merges_report_progress_and_can_be_cancelled(panel) -> None:
    from app.errors import Cancelled
    from app.merge.service import merge

    files = [InputFile(f"f{i}", panel.result("J01", {}, sequence=i + 1)) for i in range(3)]
    seen = []
    merge(
        files,
        panel.manifest,
        panel.package.manifest_sha256,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        merge(
            files,
            panel.manifest,
            panel.package.manifest_sha256,
            cancelled=lambda: len(seen) > 3,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert len(seen) == 4
