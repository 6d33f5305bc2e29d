"""The manifest's versions and origin (schema 2): written always, read strictly, and a schema-1
package still opens as version 1 with no lineage (docs/formats.md §5)."""

from __future__ import annotations

import copy
import hashlib
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from app.crypto.keys import KeyPair, encode_public_key
from app.domain.competition import Origin, ShortlistRule
from app.formats.fields import FieldError
from app.formats.manifest import LINEAGE_KEYS, manifest_from_json, manifest_to_json
from app.package.reader import open_package
from tests.package.test_package import refused, rewrite

CHAIR = KeyPair.generate("Ketua")
ORIGIN = Origin(
    package_id="kipp-desk",
    manifest_sha256="a" * 64,
    merged_sha256="b" * 64,
    chair_key=CHAIR.public_key,
    rule=ShortlistRule(top=99, top_per_cluster=3),
    round="preliminary",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from tests.factory import make_competition

    return make_competition(
        tmp_path_factory.mktemp("lineage") / "c", submissions=2, jurors=1, with_workspaces=False
    )


@pytest.fixture
def document(built) -> dict:
    with zipfile.ZipFile(built.package) as archive:
        return json.loads(archive.read("manifest.json"))


def test_a_built_package_says_it_is_version_1_of_nothing_else(built, document) -> None:
    assert (document["schema"], document["version"], document["amends"], document["origin"]) == (
        2,
        1,
        [],
        None,
    )
    manifest = open_package(built.package).manifest
    assert (manifest.version, manifest.amends, manifest.origin) == (1, (), None)


def test_a_schema_1_package_still_opens_as_version_1(built, tmp_path: Path) -> None:
    def old(m: dict) -> None:
        for key in LINEAGE_KEYS:
            del m[key]
        m["schema"] = 1

    package = open_package(
        rewrite(built.package, tmp_path / "old.juripkg", manifest=old, key=built.secretariat)
    )
    assert (package.manifest.version, package.manifest.amends, package.manifest.origin) == (
        1,
        (),
        None,
    )


def test_a_schema_1_manifest_may_not_carry_a_lineage(document) -> None:
    document["schema"] = 1
    with pytest.raises(FieldError, match="unknown field"):
        manifest_from_json(document)


@pytest.mark.parametrize("key", sorted(LINEAGE_KEYS))
def test_schema_2_writes_each_lineage_member_always(document, key: str) -> None:
    del document[key]
    with pytest.raises(FieldError, match=f"^{key}: is missing"):
        manifest_from_json(document)


@pytest.mark.parametrize(
    ("version", "amends", "problem"),
    [
        (0, [], "version: must be a whole number of at least 1"),
        (True, [], "version: must be a whole number"),
        (1001, ["a" * 64] * 1000, "version: must be at most 1000"),
        (2, [], "version 2 must name the 1 earlier version"),
        (1, ["a" * 64], "version 1 must name the 0 earlier version"),
        (2, ["A" * 64], r"amends\[0\]: must be 64 lowercase"),
        (2, [7], r"amends\[0\]: must be 64 lowercase"),
        (3, ["a" * 64, "a" * 64], "amends: a version is listed twice"),
        (2, "a" * 64, "amends: must be a list"),
    ],
)
def test_a_lineage_that_does_not_add_up_is_refused(document, version, amends, problem) -> None:
    document.update(version=version, amends=amends)
    with pytest.raises(FieldError, match=problem):
        manifest_from_json(document)


def test_versions_and_an_origin_are_read_back_exactly_as_written(built) -> None:
    manifest = open_package(built.package).manifest
    later = replace(manifest, version=3, amends=("c" * 64, "d" * 64), origin=ORIGIN)
    written = manifest_to_json(later, "Juri test")
    assert written["origin"]["chair_fingerprint"] == CHAIR.fingerprint
    assert written["origin"]["rule"] == {
        "top": 99,
        "passing": False,
        "top_per_group": None,
        "top_per_cluster": 3,
        "include_ties": False,
    }
    again = manifest_from_json(json.loads(json.dumps(written)))
    assert again == later and again.origin == ORIGIN
    assert again.of_lineage("c" * 64) and not again.of_lineage("e" * 64)


def _with_origin(built, change) -> dict:
    manifest = open_package(built.package).manifest
    document = manifest_to_json(replace(manifest, origin=ORIGIN), "Juri test")
    broken = copy.deepcopy(document)
    change(broken["origin"])
    return broken


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda o: o.update(chair_fingerprint="AAAA-AAAA-AAAA-AAAA"),
            "origin.chair_fingerprint: is not the fingerprint of chair_key",
        ),
        (lambda o: o.update(chair_key=encode_public_key(b"\0" * 32)), "origin.chair_key"),
        (lambda o: o.update(merged_sha256="nothex"), "origin.merged_sha256: must be 64"),
        (lambda o: o.pop("round"), "origin.round: is missing"),
        (lambda o: o.update(extra=1), "unknown field"),
        (lambda o: o["rule"].update(top=None, top_per_cluster=None), "origin.rule: names no rule"),
        (lambda o: o["rule"].update(passing=True), "passing is a rule of its own"),
        (
            lambda o: o["rule"].update(top=0),
            "origin.rule.top: must be a whole number of at least 1",
        ),
        (lambda o: o["rule"].update(include_ties="yes"), "include_ties: must be true or false"),
        (lambda o: o.update(package_id="test-pkg"), "a package cannot come from itself"),
        (lambda o: o.update(round="desk-x") or None, None),
    ],
)
def test_an_origin_is_read_strictly(built, change, problem) -> None:
    document = _with_origin(built, change)
    if problem is None:
        assert manifest_from_json(document).origin.round == "desk-x"
        return
    with pytest.raises(FieldError, match=problem):
        manifest_from_json(document)


def test_the_next_round_cannot_be_the_same_round(built) -> None:
    manifest = open_package(built.package).manifest
    document = manifest_to_json(replace(manifest, origin=ORIGIN), "Juri test")
    document["origin"]["round"] = manifest.round.id
    with pytest.raises(FieldError, match=r"origin\.round: the next round must be another round"):
        manifest_from_json(document)


def test_a_package_whose_lineage_was_edited_after_signing_is_refused(built, tmp_path) -> None:
    bad = rewrite(
        built.package,
        tmp_path / "bad.juripkg",
        manifest=lambda m: m.update(version=2, amends=[hashlib.sha256(b"x").hexdigest()]),
    )
    assert "signature is not valid" in refused(bad, "bad_signature")
