"""The chair's desk: the steps ``juri merge`` and the chair's window share — files kept (with
or without a store), decisions recorded, settings changed without judging the files again."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.crypto.keys import KeyPair
from app.errors import JuriError
from app.merge.desk import ChairDesk
from app.merge.distributions import box, criterion_scores, juror_totals, quantile
from app.merge.intake import InputFile
from app.merge.keys import AcceptedKey, KeyRefused
from app.merge.methods import Method
from app.merge.service import MergeOptions
from app.merge.statuses import FileStatus
from app.merge.store import MergeStore
from tests.merge.helpers import CHAIR


def files(panel, laptop: KeyPair) -> list[InputFile]:
    return [
        InputFile("a", panel.result("J01", {"S001": 8, "S002": 3})),
        InputFile("b", panel.result("J02", {"S001": 4, "S002": 9})),
        InputFile("c", panel.result("J03", {"S001": 6}, sequence=2, key=laptop)),
        InputFile("bad", b"", error="unreadable"),
    ]


def test_a_desk_needs_a_package_first() -> None:
    with pytest.raises(JuriError) as caught:
        ChairDesk().add([])
    assert caught.value.code == "no_package"


@pytest.mark.parametrize("kept", ["memory", "store"])
def test_the_desk_merges_like_merge_and_records_the_key(panel, tmp_path, kept) -> None:
    laptop = KeyPair.generate("J03, new laptop")
    store = MergeStore(tmp_path / "merge.sqlite3") if kept == "store" else None
    desk = ChairDesk(store)
    desk.use(panel.package)
    imported = desk.add(files(panel, laptop))
    assert (imported.read, imported.new, imported.unreadable) == (4, 3, ("bad",))
    report = desk.merge()
    verdicts = {v.name: v.status for v in report.intake.verdicts}
    assert verdicts == {
        "a": FileStatus.ACCEPTED,
        "b": FileStatus.ACCEPTED,
        "c": FileStatus.UNKNOWN_KEY,
        "bad": FileStatus.MALFORMED,
    }

    assert desk.accept_key("J03", f" {laptop.fingerprint.lower()} ") is True
    assert desk.accept_key("J03", laptop.fingerprint) is False  # once is enough
    assert desk.accepted_keys() == (AcceptedKey("J03", laptop.fingerprint),)
    report = desk.merge()
    assert {v.name: v.status for v in report.intake.verdicts}["c"] is FileStatus.ACCEPTED
    direct = panel.merge(
        files(panel, laptop), accepted_keys=(AcceptedKey("J03", laptop.fingerprint),)
    )
    assert report.signed(CHAIR) == direct.signed(CHAIR)

    again = desk.add([InputFile("a-copy", files(panel, laptop)[0].data)])
    assert again.new == (1 if store is None else 0)
    if store is not None:
        assert again.known == ("a-copy",)
    desk.close()


@pytest.mark.parametrize(
    ("juror", "fingerprint", "words"),
    [
        ("J09", None, "Juror J09 is not in the package's roster"),
        ("J02", "J02", "is juror J02's key in the package's roster already; there is nothing"),
        (
            "J02",
            "J01",
            "is juror J01's key in the package's roster; it can never be accepted for "
            "juror J02, or J01 could sign as J02",
        ),
        ("J02", "ABCD-EFGH", "'ABCD-EFGH' is not a key fingerprint"),
    ],
)
def test_keys_that_cannot_be_accepted_are_refused_and_nothing_is_kept(
    panel, tmp_path, juror, fingerprint, words
) -> None:
    store = MergeStore(tmp_path / "merge.sqlite3")
    desk = ChairDesk(store)
    desk.use(panel.package)
    laptop = KeyPair.generate()
    fingerprint = (
        panel.keys[fingerprint].fingerprint
        if fingerprint in panel.keys
        else fingerprint or KeyPair.generate().fingerprint
    )
    with pytest.raises(KeyRefused) as refused:
        desk.accept_keys([AcceptedKey("J03", laptop.fingerprint), AcceptedKey(juror, fingerprint)])
    assert words in str(refused.value)
    assert desk.accepted_keys() == ()  # all or none: J03's key was not kept either
    desk.close()


def test_new_settings_rank_again_without_judging_again(panel) -> None:
    desk = ChairDesk()
    desk.use(panel.package)
    desk.add(
        [
            InputFile("a", panel.result("J01", {"S001": 8, "S002": 3})),
            InputFile("b", panel.result("J02", {"S001": 4, "S002": 9})),
        ]
    )
    first = desk.merge()
    options = MergeOptions(method=Method.ZSCORE, threshold=first.options.threshold)
    report = desk.configure(options)
    assert report.intake is first.intake  # the same verdicts, not judged again
    expected = panel.merge(
        [
            ("a", panel.result("J01", {"S001": 8, "S002": 3})),
            ("b", panel.result("J02", {"S001": 4, "S002": 9})),
        ],
        method=Method.ZSCORE,
    )
    assert report.signed(CHAIR) == expected.signed(CHAIR)


def test_quartiles_are_those_of_spreadsheets() -> None:
    values = [Fraction(v) for v in (7, 1, 3, 9, 5)]
    summary = box(values)
    assert (summary.minimum, summary.lower, summary.median, summary.upper, summary.maximum) == (
        1,
        3,
        5,
        7,
        9,
    )
    assert quantile([Fraction(1), Fraction(2)], Fraction(1, 4)) == Fraction(5, 4)  # QUARTILE.INC
    assert summary.mean == 5 and summary.count == 5
    assert box([]) is None


def test_distributions_per_juror_and_criterion(panel) -> None:
    report = panel.merge(
        [
            ("a", panel.result("J01", {"S001": 10, "S002": 1})),
            ("b", panel.result("J02", {"S001": 4})),
        ]
    )
    totals = juror_totals(report.table)
    assert totals["J01"] == [Fraction(100), Fraction(0)] and totals["J02"] == [Fraction(100, 3)]
    assert totals["J03"] == []  # assigned, nothing complete yet
    code = panel.manifest.rubric.codes[0]
    assert criterion_scores(report.table)[code]["J01"] == [10, 1]


def test_the_desk_uses_the_newest_version_and_refuses_one_that_removes(
    competition, tmp_path
) -> None:
    """Given version 2 after version 1 the desk uses version 2 (files kept); given version 1
    again it keeps version 2; a "version 2" that takes an assignment away is refused."""
    from dataclasses import replace

    from app.merge.desk import Switch
    from app.package.derive import AmendRequest, _write, amend_package
    from app.package.reader import open_package

    setup = competition(submissions=3, jurors=2, with_workspaces=False, build=False)
    sheet = tmp_path / "pairs.csv"
    sheet.write_text("juror_id,submission\nJ01,S001\nJ02,S001\nJ02,S002\nJ02,S003\n")
    setup.build(assignments=sheet)
    more = tmp_path / "more.csv"
    more.write_text("juri,kode\nJ01,S002\n")
    amended = amend_package(
        AmendRequest(setup.package, more, setup.secretariat, tmp_path / "v2.juripkg")
    )
    v1, v2 = open_package(setup.package), open_package(amended.report.path)
    desk = ChairDesk()
    assert desk.use(v1) is Switch.OTHER
    desk.add([InputFile("kept", b"{}")])
    assert desk.use(v2) is Switch.NEWER and desk.package is v2
    assert [f.name for f in desk.inputs()] == ["kept"]  # files given so far stay
    assert desk.use(v1) is Switch.OLDER_KEPT and desk.package is v2

    taken = dict(v1.manifest.assignments)
    taken["J02"] = ("S001", "S002")
    _write(
        v1,
        replace(v1.manifest, version=2, amends=(v1.manifest_sha256,), assignments=taken),
        setup.secretariat,
        tmp_path / "bad.juripkg",
        None,
        None,
        (),
    )
    desk = ChairDesk()
    desk.use(v1)
    with pytest.raises(JuriError) as caught:
        desk.use(open_package(tmp_path / "bad.juripkg"))
    assert caught.value.code == "not_an_amendment"
    assert "it removes submission(s) S003 from juror J02" in caught.value.message
    assert desk.package is v1


def test_two_amendments_with_the_same_version_are_said_to_be_so(competition, tmp_path) -> None:
    """The secretariat amended version 1 twice (a third juror for S002 in one, for S003 in
    the other): both are "version 2". Given one after the other, the desk does not call the
    results made for the first "most likely a newer version": it says two different
    amendments carry the same version, and the secretariat must say which one is in force."""
    from app.merge.desk import Switch
    from app.merge.service import other_versions_problem, write_merged
    from app.package.derive import AmendRequest, amend_package
    from app.package.reader import open_package
    from tests.merge.helpers import Panel

    setup = competition(submissions=3, jurors=2, with_workspaces=False, build=False)
    sheet = tmp_path / "pairs.csv"
    sheet.write_text("juror_id,submission\nJ01,S001\nJ02,S001\nJ02,S002\nJ02,S003\n")
    setup.build(assignments=sheet)
    versions = []
    for code in ("S002", "S003"):
        pairs = tmp_path / f"third-{code}.csv"
        pairs.write_text(f"juri,kode\nJ01,{code}\n")
        made = amend_package(
            AmendRequest(setup.package, pairs, setup.secretariat, tmp_path / f"v2-{code}.juripkg")
        )
        versions.append(open_package(made.report.path))
    first, second = versions
    assert first.manifest.version == second.manifest.version == 2
    made_for_first = Panel(first, setup.juror_keys, tmp_path).result("J01", {"S001": 8, "S002": 7})
    made_for_v1 = Panel(open_package(setup.package), setup.juror_keys, tmp_path).result(
        "J02", {"S001": 6, "S002": 5, "S003": 4}
    )
    desk = ChairDesk()
    desk.use(first)
    desk.add([InputFile("J01_v2.json", made_for_first), InputFile("J02_v1.json", made_for_v1)])
    assert desk.use(second) is Switch.RIVAL and desk.package is second
    report = desk.merge()
    [verdict] = [v for v in report.intake.verdicts if v.name == "J01_v2.json"]
    assert verdict.status is FileStatus.FOREIGN_PACKAGE
    assert (
        "made for another amendment of this package that is also version 2 (manifest "
        f"{first.manifest_sha256[:16]}, not {second.manifest_sha256[:16]}): two different "
        "amendments with the same version; ask the secretariat which one is in force"
    ) in verdict.reason
    assert "newer" not in verdict.reason
    assert list(report.intake.accepted) == ["J02"]  # made for version 1: counts under both
    problem = other_versions_problem(report)
    assert problem is not None and "most likely a newer one" not in problem
    assert (
        "1 file(s) were made for another amendment of package "
        f"{second.manifest.package_id} that is also version 2: J01_v2.json. The secretariat "
        "signed two different amendments with the same version: ask it which one is in force"
    ) == problem
    target = tmp_path / "merged.juri-merged.json"
    with pytest.raises(JuriError) as caught:
        write_merged(report, CHAIR, target)
    assert caught.value.code == "rival_amendments" and not target.exists()
    assert caught.value.message.endswith("which one is in force. Nothing was written.")

    # given the first one again, the files made for it count, and those of the second would
    # be the rivals now
    assert desk.use(first) is Switch.RIVAL
    assert sorted(desk.merge().intake.accepted) == ["J01", "J02"]
