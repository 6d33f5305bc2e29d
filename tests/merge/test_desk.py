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
from app.merge.methods import Method
from app.merge.service import MergeOptions
from app.merge.statuses import FileStatus
from app.merge.store import MergeStore
from tests.merge.helpers import CHAIR


def files(panel, laptop: KeyPair) -> list[InputFile]:
    return [InputFile("a", panel.result("J01", {"S001": 8, "S002": 3})),
            InputFile("b", panel.result("J02", {"S001": 4, "S002": 9})),
            InputFile("c", panel.result("J03", {"S001": 6}, sequence=2, key=laptop)),
            InputFile("bad", b"", error="unreadable")]


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
    assert verdicts == {"a": FileStatus.ACCEPTED, "b": FileStatus.ACCEPTED,
                        "c": FileStatus.UNKNOWN_KEY, "bad": FileStatus.MALFORMED}

    assert desk.accept_key(laptop.fingerprint.lower()) is True
    assert desk.accept_key(laptop.fingerprint) is False  # once is enough
    report = desk.merge()
    assert {v.name: v.status for v in report.intake.verdicts}["c"] is FileStatus.ACCEPTED
    direct = panel.merge(files(panel, laptop), accepted_keys=(laptop.fingerprint,))
    assert report.signed(CHAIR) == direct.signed(CHAIR)

    again = desk.add([InputFile("a-copy", files(panel, laptop)[0].data)])
    assert again.new == (1 if store is None else 0)
    if store is not None:
        assert again.known == ("a-copy",)
    desk.close()


def test_new_settings_rank_again_without_judging_again(panel) -> None:
    desk = ChairDesk()
    desk.use(panel.package)
    desk.add([InputFile("a", panel.result("J01", {"S001": 8, "S002": 3})),
              InputFile("b", panel.result("J02", {"S001": 4, "S002": 9}))])
    first = desk.merge()
    options = MergeOptions(method=Method.ZSCORE, threshold=first.options.threshold)
    report = desk.configure(options)
    assert report.intake is first.intake  # the same verdicts, not judged again
    expected = panel.merge([("a", panel.result("J01", {"S001": 8, "S002": 3})),
                            ("b", panel.result("J02", {"S001": 4, "S002": 9}))],
                           method=Method.ZSCORE)
    assert report.signed(CHAIR) == expected.signed(CHAIR)


def test_quartiles_are_those_of_spreadsheets() -> None:
    values = [Fraction(v) for v in (7, 1, 3, 9, 5)]
    summary = box(values)
    assert (summary.minimum, summary.lower, summary.median, summary.upper, summary.maximum) \
        == (1, 3, 5, 7, 9)
    assert quantile([Fraction(1), Fraction(2)], Fraction(1, 4)) == Fraction(5, 4)  # QUARTILE.INC
    assert summary.mean == 5 and summary.count == 5
    assert box([]) is None


def test_distributions_per_juror_and_criterion(panel) -> None:
    report = panel.merge([("a", panel.result("J01", {"S001": 10, "S002": 1})),
                          ("b", panel.result("J02", {"S001": 4}))])
    totals = juror_totals(report.table)
    assert totals["J01"] == [Fraction(100), Fraction(0)] and totals["J02"] == [Fraction(100, 3)]
    assert totals["J03"] == []  # assigned, nothing complete yet
    code = panel.manifest.rubric.codes[0]
    assert criterion_scores(report.table)[code]["J01"] == [10, 1]
