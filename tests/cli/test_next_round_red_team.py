"""Third red-team pass on what the next round rests on. The settings a merged file records
are merged again with by the recapitulation, the next round's package and the final line-up,
so they are read as strictly as Juri writes them: values no merge could have run with
(``NaN``, ``Infinity``, a trim of 10¹⁵) made tracebacks; now each is a sentence naming the
field, and nothing is written. A number of places no package could hold is refused in words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli.main import main
from app.crypto.keys import KeyPair, write_private_key
from app.demo.create import DEMO_PASSPHRASE
from app.domain.competition import MAX_MIN_EVALUATIONS, MAX_PLACES
from app.merge.methods import Method
from app.merge.service import MAX_TRIM
from tests.merge.helpers import CHAIR, build_panel, resign
from tests.merge.test_ranking import LOOK_ALIKE
from tests.rounds.helpers import DESK, competition3, merge_round


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@dataclass(frozen=True)
class Desk:
    package: Path
    rubric: Path
    roster: Path
    secretariat_key: Path
    chair_key: Path
    merged: bytes


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Desk:
    """The desk package, the chair's merged file of it, and what the next round needs."""
    folder = tmp_path_factory.mktemp("settings")
    pipeline = competition3(folder / "kipp", {"combine": "last"})
    merged = merge_round(pipeline, "desk", DESK)
    key = folder / "sekretariat.key"
    write_private_key(key, pipeline.setup.secretariat, DEMO_PASSPHRASE)
    chair = folder / "ketua.key"
    write_private_key(chair, CHAIR, DEMO_PASSPHRASE)
    return Desk(
        pipeline.stages["desk"].package,
        pipeline.rubric,
        pipeline.setup.roster,
        key,
        chair,
        merged.read_bytes(),
    )


def setting(key: str, value: object):
    def change(payload: dict) -> None:
        if value is KeyError:
            del payload["settings"][key]
        else:
            payload["settings"][key] = value

    return change


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            setting("threshold", "NaN"),
            'settings.threshold: must be a decimal number written as "7"',
        ),
        (setting("threshold", "sNaN"), "settings.threshold: must be a decimal number"),
        (setting("threshold", "Infinity"), "settings.threshold: must be a decimal number"),
        (setting("threshold", "20.0"), "settings.threshold: must be a decimal number"),
        (setting("threshold", "-5"), "The disagreement threshold must be 0 or more"),
        (setting("passing_grade", "NaN"), "settings.passing_grade: must be a decimal number"),
        (setting("passing_grade", "101"), "The passing grade must lie between 0 and 100"),
        (setting("trim", 10**15), f"The trim must lie between 0 and {MAX_TRIM}"),
        (setting("trim", -1), "settings.trim: must be a whole number of at least 0"),
        (setting("trim", "1"), "settings.trim: must be a whole number of at least 0"),
        (setting("min_evaluations", 0), "settings.min_evaluations: must be a whole number"),
        (
            setting("min_evaluations", 10**15),
            f"must lie between 1 and {MAX_MIN_EVALUATIONS}",
        ),
        (setting("method", "best"), "settings.method: must be mean, median, trimmed or zscore"),
        (setting("passing_grade_applies_to", "zscore"), "passing_grade_applies_to: must be mean"),
        (setting("tie_break", [1]), "settings.tie_break[0]: must be a text"),
        (setting("tie_break", "weights"), "settings.tie_break: must be a list"),
        (setting("extra", 1), "settings: unknown field(s): extra"),
        (setting("threshold", KeyError), "settings.threshold: is missing"),
    ],
)
def test_settings_no_merge_could_run_with_are_refused_in_words(
    capsys, monkeypatch, desk, tmp_path, change, said
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    package = desk.package
    merged = tmp_path / "m.juri-merged.json"
    merged.write_bytes(resign(desk.merged, change, CHAIR))
    pdf = tmp_path / "r.pdf"
    code, out = juri(
        capsys, "sheets", "recap", str(merged), "--package", str(package), "-o", str(pdf)
    )
    assert code == 1 and not pdf.exists(), out
    assert "The settings in the merged file m.juri-merged.json cannot be read (" in out
    assert said in out and "Traceback" not in out

    following = tmp_path / "next.juripkg"
    code, out = next_round(capsys, desk, merged, following, "--top", "3")
    assert code == 1 and not following.exists(), out
    assert said in out and "Traceback" not in out


def next_round(capsys, desk: Desk, merged: Path, output: Path, *rule: str) -> tuple[int, str]:
    """``juri package next`` of the desk's ``merged`` file to the interview round."""
    return juri(
        capsys,
        "package",
        "next",
        str(merged),
        "--package",
        str(desk.package),
        "--rubric",
        str(desk.rubric),
        "--round",
        "interview",
        *rule,
        "--roster",
        str(desk.roster),
        "--key",
        str(desk.secretariat_key),
        "-o",
        str(output),
    )


@pytest.mark.parametrize("option", ["--top", "--top-per-group", "--top-per-cluster"])
def test_a_number_of_places_no_package_holds_is_refused_in_words(
    capsys, monkeypatch, desk, tmp_path, option
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    merged = tmp_path / "m.juri-merged.json"
    merged.write_bytes(desk.merged)
    following = tmp_path / "next.juripkg"
    for number in (str(10**20), str(MAX_PLACES + 1), "0"):
        code, out = next_round(capsys, desk, merged, following, option, number)
        assert code == 2 and not following.exists(), out
        assert f"'{number}' is not a number of places (a whole number from 1 to 100000)" in out
        assert "Traceback" not in out
    code, out = next_round(capsys, desk, merged, following, option, str(MAX_PLACES))
    assert code == 0 and following.exists(), out


def test_a_merge_never_writes_a_trim_its_readers_refuse(
    capsys, monkeypatch, desk, tmp_path
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    package = desk.package
    merged = tmp_path / "m.juri-merged.json"
    for trim in (str(10**20), str(MAX_TRIM + 1)):
        code, out = juri(
            capsys,
            "merge",
            str(tmp_path),
            "--package",
            str(package),
            "--method",
            "trimmed",
            "--trim",
            trim,
            "--key",
            str(desk.chair_key),
            "-o",
            str(merged),
        )
        assert code == 1 and not merged.exists(), out
        assert f"The trim must lie between 0 and {MAX_TRIM}." in out and "Traceback" not in out


def implementasi_above(criteria: tuple[str, ...]) -> dict[str, dict[str, object]]:
    """S001 and S002 total 77.78 each; IMPLEMENTASI (weight 5, as SUMBER_DAYA) sets S001
    above."""
    s001 = {**dict.fromkeys(criteria, 8), "IMPLEMENTASI": 9, "SUMBER_DAYA": 7}
    return {j: {"S001": s001, "S002": 8, "S003": 10, "S004": 5} for j in ("J01", "J02", "J03")}


def look_alike(_criteria: tuple[str, ...]) -> dict[str, dict[str, object]]:
    codes = ("S001", "S002", "S003", "S004")
    return {j: dict(zip(codes, v, strict=True)) for j, v in LOOK_ALIKE.items()}


@pytest.mark.parametrize(
    ("scores", "method", "said"),
    [
        (
            look_alike,
            Method.ZSCORE,
            "at the cut: S003 (place 2, 73.185) goes on and S001 (place 3, 73.180) does not: "
            "their scores are equal at two decimals (73.18) and apart at 3 decimals",
        ),
        (
            implementasi_above,
            Method.MEAN,
            "at the cut: S001 (place 2) goes on and S002 (place 3) does not: their scores are "
            "equal (77.78), and the tie-break IMPLEMENTASI placed S002 below",
        ),
    ],
)
def test_a_cut_between_look_alike_or_equal_scores_says_what_placed_it(
    capsys, monkeypatch, tmp_path, scores, method, said
) -> None:
    """Third red-team pass: `juri package next` said only "the first 2 places overall: 2
    submission(s)" when the cut fell between scores that look equal at two decimals, or are
    equal and were separated by a tie-break — the secretariat never learned how close it was."""
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    panel = build_panel(tmp_path / "kipp", tmp_path)
    merged = tmp_path / "desk.juri-merged.json"
    specs = scores(panel.manifest.rubric.codes)
    report = panel.merge(
        [(f"{j}.json", panel.result(j, spec)) for j, spec in specs.items()], method=method
    )
    merged.write_bytes(report.signed(CHAIR))
    key = tmp_path / "sekretariat.key"
    write_private_key(key, KeyPair.generate("Sekretariat"), DEMO_PASSPHRASE)
    output = tmp_path / "interview.juripkg"
    code, out = juri(
        capsys,
        "package",
        "next",
        str(merged),
        "--package",
        str(panel.package.path),
        "--rubric",
        str(panel.folder / "rubric.json"),
        "--round",
        "interview",
        "--top",
        "2",
        "--roster",
        str(panel.folder / "roster.csv"),
        "--key",
        str(key),
        "-o",
        str(output),
    )
    assert code == 0, out
    assert said in " ".join(out.split()), out


def test_a_shortlist_of_those_that_pass_says_the_grade_it_applied(
    capsys, monkeypatch, desk, tmp_path
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    merged = tmp_path / "desk.juri-merged.json"
    merged.write_bytes(desk.merged)
    code, out = next_round(capsys, desk, merged, tmp_path / "a.juripkg", "--passing")
    assert code == 0, out
    assert "every ranked submission that passes (mean of the totals at or above 85.00): 3" in out
    assert "not the round's" not in out

    pipeline = competition3(tmp_path / "lower", {"combine": "last"})
    lowered = merge_round(pipeline, "desk", DESK, passing_grade=Decimal(50))
    other = replace(desk, package=pipeline.stages["desk"].package, merged=lowered.read_bytes())
    code, out = next_round(capsys, other, lowered, tmp_path / "b.juripkg", "--passing")
    assert code == 0, out
    assert (
        "every ranked submission that passes (mean of the totals at or above 50.00): 6 "
        "submission(s); the merged file's passing grade, not the round's (85.00)"
    ) in " ".join(out.split())
