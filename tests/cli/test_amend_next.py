"""``juri package amend`` (a third juror inside a round) and ``juri package next`` (the
shortlist to the next round), driven from the command line as the secretariat, a juror and the
chair use them, on a copy of the run's simulated demo (issue 13 items 1 and 2)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from app.canonical import canonical_bytes
from app.cli.main import main
from app.crypto.keys import KeyPair, read_private_key, write_private_key
from app.demo.create import DEMO_PASSPHRASE
from app.package.derive import _write
from app.package.reader import open_package
from tests.factory import PASSPHRASE, copy_demo

PACKAGE = "kipp-2023-desk-demo.juripkg"
FLAGGED = "KIPP23-005"  # the demo's harsh juror makes this pair disagree


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def demo(simulated_demo, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    return copy_demo(simulated_demo, tmp_path / "juri-demo").folder


@pytest.fixture
def chair(capsys, tmp_path) -> Path:
    key = tmp_path / "chair.key"
    assert juri(capsys, "keys", "new", "--out", str(key), "--label", "Ketua Tim Panel")[0] == 0
    return key


def _third_juror(demo: Path) -> str:
    """The demo juror not assigned to the flagged submission."""
    manifest = open_package(demo / PACKAGE).manifest
    [juror] = [j.id for j in manifest.jurors if FLAGGED not in manifest.assigned(j.id)]
    return juror


def _pairs(path: Path, *rows: tuple[str, str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["juror_id", "submission"])
        writer.writerows(rows)
    return path


def _amend(capsys, demo: Path, output: Path, *extra: str) -> tuple[int, str]:
    return juri(
        capsys,
        "package",
        "amend",
        str(demo / PACKAGE),
        "--key",
        str(demo / "secretariat" / "sekretariat.key"),
        "-o",
        str(output),
        *extra,
    )


def test_the_verbs_have_help(capsys) -> None:
    code, out = juri(capsys, "package", "amend", "--help")
    assert code == 0 and out.startswith("usage: juri package amend")
    assert all(option in out for option in ("--assignments", "--roster", "--key", "--output"))
    code, out = juri(capsys, "package", "next", "--help")
    assert code == 0 and out.startswith("usage: juri package next")
    assert all(
        option in out
        for option in (
            "--package",
            "--rubric",
            "--round",
            "--top",
            "--passing",
            "--top-per-group",
            "--top-per-cluster",
            "--include-ties",
            "--roster",
            "--assignments",
            "--key",
            "--id",
        )
    )


def test_a_third_juror_is_added_and_version_1_results_merge_under_version_2(
    capsys, demo, chair, tmp_path
) -> None:
    third = _third_juror(demo)
    v1 = open_package(demo / PACKAGE)
    existing = next(j for j in v1.manifest.jurors_of(FLAGGED))
    more = _pairs(tmp_path / "third.csv", (third, FLAGGED), (existing, FLAGGED))  # one no-op
    v2_path = tmp_path / "v2.juripkg"
    code, out = _amend(capsys, demo, v2_path, "--assignments", str(more))
    assert code == 0, out
    assert f"Version 2 of package kipp-2023-desk-demo written: {v2_path}" in out
    assert out.count(str(v2_path)) == 1  # said once, not again as "Package written:"
    assert f"It adds 1 assignment(s):\n  {third} → {FLAGGED}\n" in out
    v2 = open_package(v2_path)
    assert v2.manifest.version == 2 and v2.manifest.amends == (v1.manifest_sha256,)
    assert FLAGGED in v2.manifest.assigned(third)
    assert [s.files for s in v2.manifest.submissions] == [s.files for s in v1.manifest.submissions]

    code, out = juri(capsys, "package", "info", str(v2_path))
    assert code == 0, out
    assert f"Version: 2 (manifest SHA-256 {v2.manifest_sha256})" in out
    assert f"  amends version 1: manifest {v1.manifest_sha256}" in out
    code, out = juri(capsys, "package", "info", str(v2_path), "--json")
    assert json.loads(out)["amends"] == [v1.manifest_sha256]

    # every juror's version-1 result counts under version 2; the third juror's is awaited
    merged = tmp_path / "desk.juri-merged.json"
    code, out = juri(
        capsys,
        "merge",
        str(demo / "results"),
        "--package",
        str(v2_path),
        "--key",
        str(chair),
        "-o",
        str(merged),
    )
    assert code == 0, out
    assert sum(": ACCEPTED: juror J0" in line for line in out.splitlines()) == 4
    assert "(of 49 assigned)" in out
    payload = json.loads(merged.read_bytes())["payload"]
    assert payload["package"]["manifest_sha256"] == v2.manifest_sha256

    # the third juror opens version 2 in their workspace and keeps every evaluation
    workspace = demo / "jurors" / third
    code, before = juri(capsys, "--workspace", str(workspace), "score", "list")
    assert code == 0, before
    code, out = juri(capsys, "--workspace", str(workspace), "workspace", "import", str(v2_path))
    assert code == 0, out
    assert (
        "this newer version replaces version 1; every evaluation is kept, and 1 "
        f"submission(s) are newly assigned to you: {FLAGGED}"
    ) in out
    code, after = juri(capsys, "--workspace", str(workspace), "score", "list")
    assert code == 0 and FLAGGED in after and FLAGGED not in before
    kept = [line for line in before.splitlines() if line.strip().startswith("KIPP23-")]
    assert all(line in after for line in kept)
    # and the older version is refused, nothing changed
    code, out = juri(
        capsys, "--workspace", str(workspace), "workspace", "import", str(demo / PACKAGE)
    )
    assert code != 0 and "your workspace holds version 2" in out
    assert juri(capsys, "--workspace", str(workspace), "score", "list")[1] == after


def test_a_juror_given_two_amendments_with_the_same_version_is_told_so(
    capsys, demo, tmp_path
) -> None:
    """The secretariat amended version 1 twice: both are "version 2". A juror holding one is
    told so when given the other, not that "a different package has the same id"."""
    third = _third_juror(demo)
    first = tmp_path / "v2-a.juripkg"
    assert (
        _amend(
            capsys, demo, first, "--assignments", str(_pairs(tmp_path / "a.csv", (third, FLAGGED)))
        )[0]
        == 0
    )
    v1 = open_package(demo / PACKAGE).manifest
    newcomer = next(j.id for j in v1.jurors if j.id != third)
    added = next(s.code for s in v1.submissions if s.code not in v1.assigned(newcomer))
    second = tmp_path / "v2-b.juripkg"
    pairs = _pairs(tmp_path / "b.csv", (third, FLAGGED), (newcomer, added))
    assert _amend(capsys, demo, second, "--assignments", str(pairs))[0] == 0
    workspace = ["--workspace", str(demo / "jurors" / third)]
    assert juri(capsys, *workspace, "workspace", "import", str(first))[0] == 0
    code, before = juri(capsys, *workspace, "score", "list")
    code, out = juri(capsys, *workspace, "workspace", "import", str(second))
    assert (
        code == 1
        and (
            "Your workspace holds another version 2 of package kipp-2023-desk-demo: the "
            "secretariat signed two different amendments with the same version. Ask it which "
            "one is in force. Nothing was changed."
        )
        in out
    )
    assert "same id" not in out
    assert juri(capsys, *workspace, "score", "list")[1] == before


def test_a_juror_with_nothing_new_opens_each_newer_version_and_keeps_everything(
    capsys, demo, tmp_path
) -> None:
    """Red-team finding: a juror the amendment gives nothing new got a traceback (an empty
    insert of evaluations) and could not open version 2, nor a version 3 after it."""
    third = _third_juror(demo)
    v2_path = tmp_path / "v2.juripkg"
    code, out = _amend(
        capsys, demo, v2_path, "--assignments", str(_pairs(tmp_path / "a.csv", (third, FLAGGED)))
    )
    assert code == 0, out
    v1 = open_package(demo / PACKAGE).manifest
    [other, *_] = [j.id for j in v1.jurors if j.id != third]
    newcomer = next(j.id for j in v1.jurors if j.id not in (other, third))
    added = next(s.code for s in v1.submissions if s.code not in v1.assigned(newcomer))
    v3_path = tmp_path / "v3.juripkg"
    code, out = juri(
        capsys,
        "package",
        "amend",
        str(v2_path),
        "--assignments",
        str(_pairs(tmp_path / "b.csv", (newcomer, added))),
        "--key",
        str(demo / "secretariat" / "sekretariat.key"),
        "-o",
        str(v3_path),
    )
    assert code == 0 and "Version 3 of package" in out, out

    workspace = demo / "jurors" / other
    code, before = juri(capsys, "--workspace", str(workspace), "score", "list")
    assert code == 0, before
    for path, old in ((v2_path, 1), (v3_path, 2)):
        code, out = juri(capsys, "--workspace", str(workspace), "workspace", "import", str(path))
        assert code == 0 and "Traceback" not in out, out
        assert (
            f"Package kipp-2023-desk-demo: this newer version replaces version {old}; every "
            f"evaluation is kept, and it assigns no new submission to you (juror {other})."
        ) in out
        assert juri(capsys, "--workspace", str(workspace), "score", "list") == (0, before)
    code, out = juri(capsys, "--workspace", str(workspace), "workspace", "import", str(v3_path))
    assert code == 0 and "is already open in this workspace" in out, out
    code, out = juri(capsys, "--workspace", str(workspace), "workspace", "import", str(v2_path))
    assert code != 0 and "your workspace holds version 3" in out

    # the juror version 3 gives a submission opens it straight from version 1
    workspace = demo / "jurors" / newcomer
    code, out = juri(capsys, "--workspace", str(workspace), "workspace", "import", str(v3_path))
    assert code == 0 and f"newly assigned to you: {added}" in out, out


def test_a_merge_with_an_older_version_refuses_newer_results(capsys, demo, chair, tmp_path) -> None:
    """Red-team finding: merging with version 1 set aside every version-2 result and the
    version-2 merged file as "for another package (X), not X" and signed what was left."""
    third = _third_juror(demo)
    v2_path = tmp_path / "v2.juripkg"
    code, out = _amend(
        capsys, demo, v2_path, "--assignments", str(_pairs(tmp_path / "a.csv", (third, FLAGGED)))
    )
    assert code == 0, out
    workspace = demo / "jurors" / third
    assert juri(capsys, "--workspace", str(workspace), "workspace", "import", str(v2_path))[0] == 0
    _score_all(capsys, workspace, {FLAGGED: 7})
    newer = tmp_path / "newer"
    newer.mkdir()
    code, out = juri(capsys, "--workspace", str(workspace), "result", "export", "-o", str(newer))
    assert code == 0, out
    [v2_result] = newer.iterdir()
    v2_merged = tmp_path / "desk-v2.juri-merged.json"
    args = ["--key", str(chair)]
    code, out = juri(
        capsys, "merge", str(demo / "results"), str(newer), "--package", str(v2_path), *args,
        "-o", str(v2_merged),
    )  # fmt: skip
    assert code == 0, out

    refused = tmp_path / "desk.juri-merged.json"
    for inputs, files in (
        ([str(v2_merged), str(demo / "results")], 1),
        ([str(demo / "results"), str(newer)], 1),
        ([str(newer)], 1),  # nothing accepted: the same refusal, not "nothing to merge"
    ):
        code, out = juri(
            capsys, "merge", *inputs, "--package", str(demo / PACKAGE), *args, "-o", str(refused)
        )
        assert code != 0 and not refused.exists(), out
        assert (
            f"juri: {files} file(s) were made for another version of package "
            "kipp-2023-desk-demo than version 1 used here, most likely a newer one: "
        ) in out
        assert (
            "Give the newest version of the package with --package (results made for its "
            "earlier versions count under it); nothing was written." in out
        )
        assert "for another package (kipp-2023-desk-demo), not kipp-2023-desk-demo" not in out
    assert (
        f"{v2_merged.name}: FOR ANOTHER PACKAGE: a merged file made for another version of "
        "this package (manifest "
    ) in juri(
        capsys, "merge", str(v2_merged), "--package", str(demo / PACKAGE), *args,
        "-o", str(refused),
    )[1]  # fmt: skip
    code, out = juri(
        capsys, "merge", str(v2_result), "--package", str(demo / PACKAGE), *args,
        "-o", str(refused),
    )  # fmt: skip
    assert (
        f"{v2_result.name}: FOR ANOTHER PACKAGE: made for another version of this package "
        "(manifest "
    ) in out and f"{v2_result.name}." in out
    assert not refused.exists()

    # the newest version given merges everything
    code, out = juri(
        capsys, "merge", str(v2_merged), str(demo / "results"), "--package", str(v2_path),
        *args, "-o", str(refused),
    )  # fmt: skip
    assert code == 0 and refused.exists(), out


def test_a_new_juror_joins_with_the_roster(capsys, demo, tmp_path) -> None:
    key = tmp_path / "j05.key"
    assert juri(capsys, "keys", "new", "--out", str(key), "--label", "J05")[0] == 0
    public = tmp_path / "j05.pub.json"
    assert juri(capsys, "keys", "export", str(key), "--out", str(public))[0] == 0
    roster = tmp_path / "more.csv"
    shutil.copyfile(demo / "input" / "roster.csv", roster)  # everyone again: accepted as is
    with roster.open("a", encoding="utf-8") as handle:
        handle.write(f"J05,Juri Kelima,{json.loads(public.read_text())['public_key']}\n")
    v2_path = tmp_path / "v2.juripkg"
    code, out = _amend(
        capsys,
        demo,
        v2_path,
        "--roster",
        str(roster),
        "--assignments",
        str(_pairs(tmp_path / "a.csv", ("J05", FLAGGED))),
    )
    assert code == 0, out
    assert "and 1 juror(s): J05" in out
    assert open_package(v2_path).manifest.assigned("J05") == (FLAGGED,)


def test_an_amendment_cannot_change_a_juror_or_use_another_key(capsys, demo, tmp_path) -> None:
    roster = tmp_path / "changed.csv"
    rows = (demo / "input" / "roster.csv").read_text(encoding="utf-8").splitlines()
    other = tmp_path / "other.key"
    assert juri(capsys, "keys", "new", "--out", str(other), "--label", "Lain")[0] == 0
    public = tmp_path / "other.pub.json"
    assert juri(capsys, "keys", "export", str(other), "--out", str(public))[0] == 0
    new_key = json.loads(public.read_text())["public_key"]
    rows[1] = f"J01,Dr. Ratna Sari Dewi,{new_key}"
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    output = tmp_path / "v2.juripkg"
    pairs = _pairs(tmp_path / "a.csv", (_third_juror(demo), FLAGGED))
    code, out = _amend(capsys, demo, output, "--roster", str(roster), "--assignments", str(pairs))
    assert code != 0 and "An amendment cannot change a juror" in out and "juror J01" in out
    assert not output.exists()

    code, out = juri(
        capsys,
        "package",
        "amend",
        str(demo / PACKAGE),
        "--key",
        str(other),
        "--assignments",
        str(pairs),
        "-o",
        str(output),
    )
    secretariat = open_package(demo / PACKAGE).signer_fingerprint
    assert code != 0 and "its amendment must be signed by the same key" in out
    assert secretariat in out
    assert not output.exists()

    code, out = _amend(
        capsys,
        demo,
        output,
        "--assignments",
        str(_pairs(tmp_path / "none.csv", (_third_juror(demo), "KIPP23-999"))),
    )
    assert code != 0 and "submission KIPP23-999 is not in the package" in out
    assert not output.exists()


def _rewrite_manifest(source: Path, target: Path, change) -> None:
    """``source`` with its manifest edited by ``change`` and the signature left as it was."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "manifest.json":
                document = json.loads(data)
                change(document)
                data = canonical_bytes(document)
            new.writestr(info, data)


def test_a_tampered_or_removing_amendment_is_refused(capsys, demo, chair, tmp_path) -> None:
    third = _third_juror(demo)
    v2_path = tmp_path / "v2.juripkg"
    assert (
        _amend(
            capsys,
            demo,
            v2_path,
            "--assignments",
            str(_pairs(tmp_path / "a.csv", (third, FLAGGED))),
        )[0]
        == 0
    )

    def add_one_more(document) -> None:  # the tamperer gives themself another submission
        document["assignments"][third].append("KIPP23-016")

    tampered = tmp_path / "tampered.juripkg"
    _rewrite_manifest(v2_path, tampered, add_one_more)
    code, out = juri(capsys, "package", "verify", str(tampered))
    assert code != 0 and "signature" in out.lower()
    code, out = juri(
        capsys,
        "merge",
        str(demo / "results"),
        "--package",
        str(tampered),
        "--key",
        str(chair),
        "-o",
        str(tmp_path / "m.json"),
    )
    assert code != 0 and not (tmp_path / "m.json").exists()
    workspace = demo / "jurors" / third
    code, out = juri(capsys, "--workspace", str(workspace), "workspace", "import", str(tampered))
    assert (
        code != 0 and FLAGGED not in juri(capsys, "--workspace", str(workspace), "score", "list")[1]
    )

    # a version 2 that takes a submission away from a juror, signed by the secretariat's own
    # key (made with another tool): the juror's Juri and the chair's refuse it
    v1 = open_package(demo / PACKAGE)
    victim = v1.manifest.jurors_of(FLAGGED)[0]
    assignments = dict(v1.manifest.assignments)
    assignments[victim] = tuple(c for c in assignments[victim] if c != FLAGGED)
    removing = replace(
        v1.manifest, version=2, amends=(v1.manifest_sha256,), assignments=assignments
    )
    key = read_private_key(demo / "secretariat" / "sekretariat.key", DEMO_PASSPHRASE)
    _write(v1, removing, key, tmp_path / "removing.juripkg", None, None, ())
    code, out = juri(
        capsys,
        "--workspace",
        str(demo / "jurors" / victim),
        "workspace",
        "import",
        str(tmp_path / "removing.juripkg"),
    )
    assert code != 0 and f"it removes submission(s) {FLAGGED} from juror {victim}" in out
    assert FLAGGED in juri(capsys, "--workspace", str(demo / "jurors" / victim), "score", "list")[1]


def _score_all(capsys, workspace: Path, scores: dict[str, int]) -> None:
    for code, value in scores.items():
        criteria = [
            f"{c}={value}"
            for c in (
                "RINGKASAN",
                "LATAR",
                "KEBARUAN",
                "IMPLEMENTASI",
                "SIGNIFIKANSI",
                "ADAPTABILITAS",
                "SUMBER_DAYA",
                "KEBERLANJUTAN",
            )
        ]
        done = juri(
            capsys,
            "--workspace",
            str(workspace),
            "score",
            "set",
            code,
            *criteria,
            "--overall",
            "Cukup jelas.",
            "--recommend",
            "advance",
        )
        assert done[0] == 0, done[1]


@pytest.fixture
def tied_round(capsys, competition, tmp_path, monkeypatch):
    """A small round (two jurors score three submissions) where S001 and S002 score the
    same from both jurors, S003 less: merged and signed by the chair."""
    made = competition(submissions=3, jurors=2)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    chair, key = tmp_path / "chair.key", tmp_path / "sekretariat.key"
    write_private_key(chair, KeyPair.generate("Ketua Tim Panel"), PASSPHRASE)
    write_private_key(key, made.secretariat, PASSPHRASE)
    results = tmp_path / "results"
    results.mkdir()
    for workspace in made.workspaces.values():
        assert (
            juri(capsys, "--workspace", str(workspace), "workspace", "import", str(made.package))[0]
            == 0
        )
        _score_all(capsys, workspace, {"S001": 8, "S002": 8, "S003": 6})
        code, out = juri(
            capsys, "--workspace", str(workspace), "result", "export", "-o", str(results)
        )
        assert code == 0, out
    merged = tmp_path / "desk.juri-merged.json"
    code, out = juri(
        capsys,
        "merge",
        str(results),
        "--package",
        str(made.package),
        "--key",
        str(chair),
        "-o",
        str(merged),
    )
    assert code == 0, out
    return made, merged, key


def _next_args(made, merged: Path, key: Path) -> list[str]:
    return [
        "package",
        "next",
        str(merged),
        "--package",
        str(made.package),
        "--rubric",
        str(made.rubric),
        "--round",
        "interview",
        "--roster",
        str(made.roster),
        "--key",
        str(key),
    ]


def _next(capsys, made, merged: Path, key: Path, output: Path, *rule: str) -> tuple[int, str]:
    return juri(capsys, *_next_args(made, merged, key), "-o", str(output), *rule)


def test_next_round_refuses_a_tie_at_the_cut_unless_all_are_taken(
    capsys, tied_round, tmp_path
) -> None:
    made, merged, secretariat_key = tied_round
    output = tmp_path / "interview.juripkg"
    code, out = _next(capsys, made, merged, secretariat_key, output, "--top", "1")
    assert code != 0 and "Juri never cuts a tie silently" in out
    assert "the first 1 places overall: S001, S002 share place 1" in out
    assert "2 places do not cut the tie" in out and "--include-ties" in out
    assert not output.exists()

    code, out = _next(capsys, made, merged, secretariat_key, output, "--top", "1", "--include-ties")
    assert code == 0, out
    assert "tied at the cut and all taken: S001, S002" in out
    nxt = open_package(output)
    assert [s.code for s in nxt.manifest.submissions] == ["S001", "S002"]
    assert nxt.manifest.round.id == "interview"
    assert nxt.manifest.package_id != open_package(made.package).manifest.package_id
    origin = nxt.manifest.origin
    assert origin.merged_sha256 == hashlib.sha256(merged.read_bytes()).hexdigest()
    assert origin.rule.include_ties and origin.rule.top == 1
    earlier = open_package(made.package).manifest
    files = {s.code: s.files for s in earlier.submissions}
    assert all(s.files == files[s.code] for s in nxt.manifest.submissions)  # byte for byte

    code, out = juri(capsys, "package", "info", str(output))
    assert code == 0, out
    assert "Made from round desk of package test-pkg" in out
    assert f"ranked in the merged file with SHA-256 {origin.merged_sha256}" in out
    assert f"signed by the chair's key {origin.chair_fingerprint}" in out
    assert "shortlist: the first 1 places overall; submissions tied at a cut all taken" in out

    code, out = _next(
        capsys, made, merged, secretariat_key, tmp_path / "two.juripkg", "--top", "2"
    )  # a cut that falls after the tie
    assert code == 0, out


def test_next_round_from_a_tampered_merged_file_is_refused(capsys, tied_round, tmp_path) -> None:
    made, merged, secretariat_key = tied_round
    document = json.loads(merged.read_bytes())
    document["payload"]["results"] = document["payload"]["results"][:1]
    tampered = tmp_path / "tampered.juri-merged.json"
    tampered.write_text(json.dumps(document), encoding="utf-8")
    output = tmp_path / "interview.juripkg"
    code, out = _next(capsys, made, tampered, secretariat_key, output, "--top", "3")
    assert code != 0 and "tampered.juri-merged.json" in out
    assert "cannot be printed" not in out  # the recap's words do not fit the next round
    assert not output.exists()


def test_next_round_refuses_a_round_that_is_not_the_next_one(capsys, tied_round, tmp_path) -> None:
    """desk straight to field skips the interview round the rubric file holds between them."""
    made, merged, secretariat_key = tied_round
    output = tmp_path / "field.juripkg"
    rounds = [r["id"] for r in json.loads(made.rubric.read_text(encoding="utf-8"))["rounds"]]
    assert rounds[:3] == ["desk", "interview", "field"]
    args = [a if a != "interview" else "field" for a in _next_args(made, merged, secretariat_key)]
    code, out = juri(capsys, *args, "-o", str(output), "--top", "3")
    assert code != 0
    assert "The round after desk is interview" in out and "not field" in out
    assert "Use --round interview." in out
    assert not output.exists()


def test_next_round_by_cluster_and_places_and_what_it_refuses(
    capsys, demo, chair, tmp_path
) -> None:
    """The union of the first three places and the first of each cluster, as the merged
    file's recomputed ranking says; --passing when nothing passes; a merged file made with
    version 1 given with version 2; a rule that is no rule."""
    merged = tmp_path / "desk.juri-merged.json"
    assert (
        juri(
            capsys,
            "merge",
            str(demo / "results"),
            "--package",
            str(demo / PACKAGE),
            "--key",
            str(chair),
            "-o",
            str(merged),
        )[0]
        == 0
    )
    ranking = json.loads(merged.read_bytes())["payload"]["ranking"]
    expected = {
        r["submission"]
        for r in ranking
        if r["rank"] is not None and (r["rank"] <= 3 or r["cluster_rank"] == 1)
    }

    def after(package: Path, output: Path, *rule: str) -> tuple[int, str]:
        return _next_round(capsys, demo, merged, package, output, *rule)

    output = tmp_path / "interview.juripkg"
    code, out = after(demo / PACKAGE, output, "--top", "3", "--top-per-cluster", "1")
    assert code == 0, out
    assert f"): {len(expected)} submission(s)." in out
    assert "  – the first 1 places in cluster kota: 1 submission(s)" in out
    package = open_package(output)
    assert {s.code for s in package.manifest.submissions} == expected
    assert package.manifest.package_id == "kipp-2023-interview"
    assert package.manifest.origin.rule.top == 3
    assert package.manifest.origin.rule.top_per_cluster == 1

    refused = tmp_path / "refused.juripkg"
    code, out = after(demo / PACKAGE, refused, "--passing")  # the demo's best is 84.07 < 85
    assert code != 0 and "The rule shortlists no submission" in out
    code, out = after(demo / PACKAGE, refused, "--passing", "--top", "3")
    assert code != 0 and "--passing stands alone" in out
    code, out = after(demo / PACKAGE, refused)
    assert code != 0 and "Say which submissions go on" in out
    code, out = after(demo / PACKAGE, refused, "--top", "0")
    assert code != 0 and "'0' is not a number of places" in out
    code, out = after(demo / PACKAGE, refused, "--top", "3", "--id", "kipp-2023-desk-demo")
    assert code != 0 and "needs an id of its own" in out

    v2 = tmp_path / "v2.juripkg"
    assert (
        _amend(
            capsys,
            demo,
            v2,
            "--assignments",
            str(_pairs(tmp_path / "a.csv", (_third_juror(demo), FLAGGED))),
        )[0]
        == 0
    )
    code, out = after(v2, refused, "--top", "3")
    assert code != 0 and "was made with an earlier version of package" in out
    assert not refused.exists()


def test_next_round_names_its_submissions_and_warns_of_a_conflict_assigned_again(
    capsys, demo, chair, tmp_path
) -> None:
    """The secretariat sees which submissions go on, and is warned when the next round
    assigns a juror to a submission they declared a conflict of interest for (the demo's
    J03 recused from KIPP23-010): the conflict most likely still holds."""
    merged = tmp_path / "desk.juri-merged.json"
    merge = ["merge", str(demo / "results"), "--package", str(demo / PACKAGE)]
    assert juri(capsys, *merge, "--key", str(chair), "-o", str(merged))[0] == 0
    output = tmp_path / "interview.juripkg"
    code, out = _next_round(
        capsys, demo, merged, demo / PACKAGE, output, "--top", "12", "--include-ties"
    )
    assert code == 0, out
    codes = [s.code for s in open_package(output).manifest.submissions]
    assert f"  {', '.join(codes)}\n" in out
    assert (
        "J03 declared a conflict of interest for KIPP23-010 in round desk and is assigned to "
        "it again; if the conflict still holds, give --assignments without that pair."
    ) in out
    assert out.count("declared a conflict of interest") == 1


def _next_round(
    capsys, demo: Path, merged: Path, package: Path, output: Path, *rule: str
) -> tuple[int, str]:
    """``juri package next`` from the demo's desk round to its interview round."""
    return juri(
        capsys,
        "package",
        "next",
        str(merged),
        "--package",
        str(package),
        "--rubric",
        str(demo / "input" / "rubric.json"),
        "--round",
        "interview",
        "--roster",
        str(demo / "input" / "roster.csv"),
        "--key",
        str(demo / "secretariat" / "sekretariat.key"),
        "-o",
        str(output),
        *rule,
    )


def test_merge_given_every_version_uses_the_newest_whatever_the_order(
    capsys, demo, chair, tmp_path
) -> None:
    """A chair holding version 1 and version 2 gives both to ``juri merge``: the newest is
    used, as in the chair's window, in either order (an argparse option given twice used to
    keep the last one, so version 1 given last refused the third juror's result). Another
    package given beside them is refused, nothing written."""
    v2 = tmp_path / "v2.juripkg"
    third = _third_juror(demo)
    more = _pairs(tmp_path / "third.csv", (third, FLAGGED))
    assert _amend(capsys, demo, v2, "--assignments", str(more))[0] == 0
    workspace = demo / "jurors" / third
    assert juri(capsys, "--workspace", str(workspace), "workspace", "import", str(v2))[0] == 0
    results = tmp_path / "results"
    shutil.copytree(demo / "results", results)
    exported = results / f"{third}-v2.juri-result.json"
    code, out = juri(capsys, "--workspace", str(workspace), "result", "export", "-o", str(exported))
    assert code == 0, out
    newest = open_package(v2).manifest_sha256
    for order in ((demo / PACKAGE, v2), (v2, demo / PACKAGE)):
        merged = tmp_path / f"merged-{order[0].stem}.juri-merged.json"
        given = [part for path in order for part in ("--package", str(path))]
        code, out = juri(
            capsys, "merge", str(results), *given, "--key", str(chair), "-o", str(merged)
        )
        assert code == 0, out
        assert f"{exported.name}: ACCEPTED: juror {third}, version 2" in out
        assert json.loads(merged.read_bytes())["payload"]["package"]["manifest_sha256"] == newest

    rebuilt = tmp_path / "rebuilt.juripkg"  # the same id, built again: not an amendment
    inputs = demo / "input"
    build = ["package", "build", "--submissions", str(inputs / "submissions.xlsx")]
    build += ["--files", str(inputs / "proposals"), "--rubric", str(inputs / "rubric.json")]
    build += ["--roster", str(inputs / "roster.csv"), "--assignments"]
    build += [str(inputs / "assignments.csv"), "--round", "desk", "--id", "kipp-2023-desk-demo"]
    key = demo / "secretariat" / "sekretariat.key"
    code, out = juri(capsys, *build, "--key", str(key), "-o", str(rebuilt))
    assert code == 0, out
    refused = tmp_path / "refused.juri-merged.json"
    given = ["--package", str(v2), "--package", str(rebuilt)]
    code, out = juri(capsys, "merge", str(results), *given, "--key", str(chair), "-o", str(refused))
    assert code != 0
    assert "v2.juripkg and rebuilt.juripkg are not versions of one package" in out
    assert not refused.exists()
