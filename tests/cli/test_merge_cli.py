"""``juri merge`` as a panel chair uses it, on the demo's simulated results."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from app.cli.main import main
from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, decode_public_key, encode_public_key, fingerprint
from app.demo.create import DEMO_PASSPHRASE
from tests.factory import copy_demo

PACKAGE = "kipp-2023-desk-demo.juripkg"


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(scope="module")
def demo(simulated_demo, tmp_path_factory) -> Path:
    """The run's ``juri demo --simulate`` (tests/conftest.py), copied: merges write into it."""
    return copy_demo(simulated_demo, tmp_path_factory.mktemp("merge-demo") / "juri-demo").folder


@pytest.fixture
def chair(capsys, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    code, _ = juri(capsys, "keys", "new", "--out", str(key), "--label", "Ketua Tim Panel")
    assert code == 0
    return key


def test_merge_has_help(capsys) -> None:
    code, out = juri(capsys, "merge", "--help")
    assert code == 0 and out.startswith("usage: juri merge")
    for option in (
        "--package",
        "--key",
        "--method",
        "--accept-key",
        "--threshold",
        "--xlsx",
        "--csv",
        "--csv-excel",
        "--store",
        "--json",
        "--tie-break",
        "--passing-grade",
        "--min-evaluations",
    ):
        assert option in out


def test_merging_the_demo(capsys, demo, chair, tmp_path) -> None:
    out_file = tmp_path / "desk.juri-merged.json"
    code, out = juri(
        capsys,
        "merge",
        str(demo / "results"),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out_file),
        "--key",
        str(chair),
        "--xlsx",
        str(tmp_path / "r.xlsx"),
        "--csv",
        str(tmp_path / "r.csv"),
    )
    assert code == 0, out
    lines = out.splitlines()
    assert sum(": ACCEPTED: juror J0" in line for line in lines) == 4
    assert (
        "Coverage: 46 complete, 1 in progress, 0 not started, 1 recused, 0 missing (of 48 assigned)"
    ) in lines
    assert (
        "Ranking (mean of the weighted totals; passing grade 85.00, applied to the mean of "
        "the jurors' weighted totals, whatever method ranks; complete evaluations "
        "needed: 2):"
    ) in lines
    assert any(line.startswith("    1  KIPP23-") for line in lines)
    assert "Disagreements (totals more than 20.00 points apart):" in lines
    assert any(line.startswith("  KIPP23-005: ") for line in lines)  # the harsh juror
    [total] = [line for line in lines if line.lstrip().startswith("weighted total   α 0.")]
    assert total.endswith("— α: unreliable (below 0.667); ICC1k: good (0.75–0.90)")
    assert (
        "  The jurors agree: the ranking can rest on these scores. Single jurors agree "
        "less (α)" in out
    )  # what to do about it
    assert "Krippendorff (2004)" in out and "Koo & Li (2016)" in out  # the readings' sources
    # the merged file, then each export the chair asked for
    assert lines[-3].startswith(f"Merged file written: {out_file} (SHA-256 ")
    assert lines[-2:] == [f"Written: {tmp_path / 'r.xlsx'}", f"Written: {tmp_path / 'r.csv'}"]
    payload = json.loads(out_file.read_bytes())["payload"]
    assert [r["juror"] for r in payload["results"]] == ["J01", "J02", "J03", "J04"]
    assert len(payload["ranking"]) == 16
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book["Ranking"].max_row == 17 and book["Coverage"].max_row == 17
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 17 and rows[1][0] == "1"


def test_json_output_and_every_method(capsys, demo, chair, tmp_path) -> None:
    seen = {}
    for method in ("mean", "median", "trimmed", "zscore"):
        code, out = juri(
            capsys,
            "merge",
            str(demo / "results"),
            "--package",
            str(demo / PACKAGE),
            "-o",
            str(tmp_path / f"{method}.json"),
            "--key",
            str(chair),
            "--method",
            method,
            "--json",
        )
        assert code == 0, out
        report = json.loads(out)
        assert [f["status"] for f in report["files"]] == ["accepted"] * 4
        assert report["coverage"] == {
            "complete": 46,
            "in_progress": 1,
            "not_started": 0,
            "recused": 1,
            "missing": 0,
        }
        assert report["settings"]["method"] == method
        assert report["reliability"][0]["view"] == "total"
        assert report["reliability"][0]["reading"] | {"text": "", "advice": ""} == {
            "alpha": "unreliable",
            "icc_form": "ICC1k",
            "icc": "good",
            "verdict": "good",
            "below_chance": False,
            "text": "",
            "advice": "",
        }
        seen[method] = [row["submission"] for row in report["ranking"]]
    assert seen["mean"] != seen["zscore"]  # per-juror normalisation changes the order


def test_a_chairs_morning(capsys, demo, chair, tmp_path) -> None:
    """The acceptance scenario: a stale, a tampered, an unknown-key and a foreign file among
    the genuine ones; each gets its reason; the chair accepts the new key; a store keeps it."""
    inbox = tmp_path / "inbox"
    shutil.copytree(demo / "results", inbox)
    originals = sorted(inbox.glob("*.json"))
    data = {p.name: p.read_bytes() for p in originals}
    j01, j02, j03, j04 = sorted(data)
    laptop = KeyPair.generate("J01, new laptop")

    def signed_by_laptop(name: str, change) -> bytes:
        payload = json.loads(data[name])["payload"]
        change(payload)
        payload["juror"]["public_key"] = encode_public_key(laptop.public_key)
        return sign_payload(payload, laptop)

    # J01 exports again from a new laptop: version 2, signed by a key not in the roster.
    (inbox / "J01_v2_new_laptop.json").write_bytes(
        signed_by_laptop(j01, lambda p: p.update(sequence=2))
    )
    # J02's file is changed by hand.
    (inbox / j02).write_bytes(data[j02].replace(b'"comment":"', b'"comment":"x', 1))
    # A file for another package.
    (inbox / "other.json").write_bytes(
        signed_by_laptop(j03, lambda p: p["package"].update(id="kipp-2022-desk"))
    )
    store = tmp_path / "store.sqlite3"
    common = ["--package", str(demo / PACKAGE), "--key", str(chair), "--store", str(store)]

    def roster_key(juror: str) -> str:  # the demo's results are signed by the roster keys
        juror_of = {json.loads(d)["payload"]["juror"]["id"]: d for d in data.values()}
        payload = json.loads(juror_of[juror])["payload"]
        return fingerprint(decode_public_key(payload["juror"]["public_key"]))

    code, out = juri(capsys, "merge", str(inbox), "-o", str(tmp_path / "m1.json"), *common)
    assert code == 0, out
    status = {
        line.split(": ")[0]: line.split(": ")[1]
        for line in out.splitlines()
        if line.startswith(str(inbox))
    }
    assert status[str(inbox / j01)] == "ACCEPTED"  # v2 is not accepted yet
    assert status[str(inbox / "J01_v2_new_laptop.json")] == "UNKNOWN KEY"
    assert laptop.fingerprint in out
    assert status[str(inbox / j02)] == "TAMPERED"
    assert status[str(inbox / j04)] == "ACCEPTED"
    assert status[str(inbox / "other.json")] == "FOR ANOTHER PACKAGE"

    # The old form, a fingerprint alone, is refused with the new one; nothing is recorded.
    code, out = juri(
        capsys,
        "merge",
        "-o",
        str(tmp_path / "m2.json"),
        "--accept-key",
        laptop.fingerprint,
        *common,
    )
    assert code == 1
    assert (
        f"--accept-key needs the juror whose signed paper sheet shows the key, as "
        f"JUROR_ID=FINGERPRINT: for example --accept-key J02={laptop.fingerprint}."
    ) in out
    # Accepting J02's roster key for J01 would let J02 sign as J01: refused, nothing recorded.
    code, out = juri(
        capsys,
        "merge",
        "-o",
        str(tmp_path / "m2.json"),
        "--accept-key",
        f"J01={laptop.fingerprint}",
        "--accept-key",
        f"J01={roster_key('J02')}",
        *common,
    )
    assert code == 1 and "can never be accepted for juror J01, or J02 could sign as J01" in out
    assert not (tmp_path / "m2.json").exists()

    # The chair compares the fingerprint with J01's paper sheet and accepts it for J01; the
    # store remembers the files, so nothing needs to be given again.
    code, out = juri(
        capsys,
        "merge",
        "-o",
        str(tmp_path / "m2.json"),
        "--accept-key",
        f"J01={laptop.fingerprint.lower()}",
        *common,
    )
    assert code == 0, out
    assert f"valid signature, key {laptop.fingerprint} accepted by the chair for juror J01" in out
    assert "SUPERSEDED: version 1 of juror J01" in out
    code, out = juri(capsys, "merge", "-o", str(tmp_path / "m3.json"), *common)
    assert code == 0, out
    assert (tmp_path / "m2.json").read_bytes() == (tmp_path / "m3.json").read_bytes()
    decisions = json.loads((tmp_path / "m3.json").read_bytes())["payload"]["decisions"]
    assert [(d["juror"], d["fingerprint"]) for d in decisions] == [("J01", laptop.fingerprint)]
    # The same key once more, for J03 now: refused, it counts for J01 only.
    code, out = juri(
        capsys,
        "merge",
        "-o",
        str(tmp_path / "m4.json"),
        "--accept-key",
        f"J03={laptop.fingerprint}",
        *common,
    )
    assert code == 1 and "already accepted for juror J01" in out


def test_a_key_an_older_juri_accepted_for_no_juror_must_be_accepted_again(
    capsys, demo, chair, tmp_path
) -> None:
    from tests.merge.helpers import old_store_with_a_key_for_no_juror

    store = tmp_path / "old.sqlite3"
    laptop = KeyPair.generate()
    old_store_with_a_key_for_no_juror(store, "kipp-2023-desk-demo", laptop.fingerprint)
    common = [
        str(demo / "results"),
        "--package",
        str(demo / PACKAGE),
        "--key",
        str(chair),
        "--store",
        str(store),
        "-o",
        str(tmp_path / "m.json"),
    ]
    code, out = juri(capsys, "merge", *common)
    assert code == 0, out
    assert (
        f"Note: the key {laptop.fingerprint} was accepted by an earlier version of Juri for "
        "no juror in particular, and counts for nobody now."
    ) in out
    assert f"accept it again for its juror: --accept-key JUROR_ID={laptop.fingerprint}." in out
    code, out = juri(capsys, "merge", *common, "--json")
    assert json.loads(out)["unbound_keys"] == [laptop.fingerprint]
    code, out = juri(capsys, "merge", *common, "--accept-key", f"J03={laptop.fingerprint}")
    assert code == 0 and "earlier version of Juri" not in out
    assert f"Note: no file of juror J03 is signed by the key {laptop.fingerprint}" in out


def test_merge_of_merges_from_the_command_line(capsys, demo, chair, tmp_path) -> None:
    results = sorted((demo / "results").glob("*.json"))
    base = ["--package", str(demo / PACKAGE), "--key", str(chair)]
    assert (
        juri(capsys, "merge", *map(str, results), "-o", str(tmp_path / "all.json"), *base)[0] == 0
    )
    assert (
        juri(capsys, "merge", *map(str, results[:2]), "-o", str(tmp_path / "a.json"), *base)[0] == 0
    )
    assert (
        juri(capsys, "merge", *map(str, results[2:]), "-o", str(tmp_path / "b.json"), *base)[0] == 0
    )
    code, out = juri(
        capsys,
        "merge",
        str(tmp_path / "b.json"),
        str(tmp_path / "a.json"),
        "-o",
        str(tmp_path / "top.json"),
        *base,
    )
    assert code == 0 and out.count("MERGED FILE") == 2
    assert (tmp_path / "top.json").read_bytes() == (tmp_path / "all.json").read_bytes()


def test_refusals(capsys, demo, chair, tmp_path) -> None:
    base = ["--package", str(demo / PACKAGE), "-o", str(tmp_path / "m.json")]
    code, out = juri(capsys, "merge", str(demo / "results"), *base)
    assert code == 1 and "must be signed" in out  # no key, and no workspace key either
    code, out = juri(capsys, "merge", *base, "--key", str(chair))
    assert code == 1 and "Give result files" in out
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    code, out = juri(capsys, "merge", str(junk), *base, "--key", str(chair))
    assert code == 1 and "MALFORMED" in out and "No result file was accepted" in out
    assert not (tmp_path / "m.json").exists()
    code, out = juri(
        capsys, "merge", str(demo / "results"), *base, "--key", str(chair), "--threshold", "many"
    )
    assert code == 1 and "--threshold needs a number" in out
    code, out = juri(
        capsys, "merge", str(demo / "results"), *base, "--key", str(chair), "--tie-break", "NOVELTY"
    )
    assert code == 1 and "Unknown tie-break 'NOVELTY'" in out
    code, _ = juri(capsys, "merge", str(demo / "results"), *base, "--method", "mode")
    assert code == 2


def test_an_empty_output_name_writes_into_the_current_folder_as_every_verb_does(
    capsys, demo, chair, tmp_path, monkeypatch
) -> None:
    """``-o "$OUT"`` with ``OUT`` unset: the merged file under its default name in the current
    folder, like ``juri result export -o ""`` (it was a KeyError traceback, nothing written)."""
    monkeypatch.chdir(tmp_path)
    given = [str(demo / "results"), "--package", str(demo / PACKAGE), "--key", str(chair)]
    code, out = juri(capsys, "merge", "-o", "", *given)
    written = tmp_path / "kipp-2023-desk-demo.juri-merged.json"
    assert code == 0, out
    assert f"Merged file written: {written.name}" in out
    assert json.loads(written.read_bytes())["payload"]["format"] == "juri-merged"


def test_the_chair_reads_indonesian(capsys, demo, chair, tmp_path) -> None:
    code = main(
        [
            "merge",
            str(demo / "results"),
            "--package",
            str(demo / PACKAGE),
            "-o",
            str(tmp_path / "m.json"),
            "--key",
            str(chair),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "DITERIMA" in out and "Peringkat" in out


# --- ranking integrity (issue 12, items 6–8) --------------------------------------------------


def test_one_jurors_file_of_three_ranks_nothing_and_every_output_says_why(
    capsys, demo, chair, tmp_path
) -> None:
    """Before: KIPP23-007 took rank 1 and passed on J01's file alone."""
    from tests.reports.pdf import page_texts

    [one] = (demo / "results").glob("J01_*.json")
    common = [str(one), "--package", str(demo / PACKAGE), "--key", str(chair)]
    code, out = juri(
        capsys,
        "merge",
        *common,
        "-o",
        str(tmp_path / "one.json"),
        "--xlsx",
        str(tmp_path / "one.xlsx"),
        "--csv",
        str(tmp_path / "one.csv"),
    )
    assert code == 0, out
    lines = out.splitlines()
    assert "  Nothing is ranked." in lines
    assert "Below the minimum number of complete evaluations (2):" in lines
    assert "  KIPP23-007: not ranked: 1 of 3 evaluations (2 needed)" in lines
    code, out = juri(capsys, "merge", *common, "-o", str(tmp_path / "one.json"), "--json")
    report = json.loads(out)
    assert report["settings"]["min_evaluations"] == 2
    [row] = [r for r in report["ranking"] if r["submission"] == "KIPP23-007"]
    assert (
        row["rank"],
        row["not_ranked"],
        row["passes"],
        row["score"],
        row["complete"],
        row["expected"],
    ) == (None, "too_few_evaluations", False, None, 1, 3)
    payload = json.loads((tmp_path / "one.json").read_bytes())["payload"]
    assert payload["ranking"] == report["ranking"]  # the merged file says the same

    book = openpyxl.load_workbook(tmp_path / "one.xlsx")
    sheet = [[c.value for c in r] for r in book["Ranking"].iter_rows()]
    header, rows = sheet[0], {r[2]: dict(zip(sheet[0], r, strict=True)) for r in sheet[1:]}
    assert rows["KIPP23-007"]["rank"] is None
    # it does not pass (the merged file says so), but was never measured against the grade:
    # "no" under "passes (mean ≥ 85)" would say its mean fell below 85
    assert rows["KIPP23-007"]["passes (mean ≥ 85)"] in (None, "")
    assert rows["KIPP23-007"]["note"] == "not ranked: 1 of 3 evaluations (2 needed)"
    settings = dict(r[:2] for r in book["Settings"].iter_rows(values_only=True))
    assert settings["minimum of complete evaluations"] == 2
    table = list(csv.reader(io.StringIO((tmp_path / "one.csv").read_text(encoding="utf-8-sig"))))
    assert table[0] == header
    assert [r[-1] for r in table[1:] if r[2] == "KIPP23-007"] == [
        "not ranked: 1 of 3 evaluations (2 needed)"
    ]

    code, out = juri(
        capsys,
        "sheets",
        "recap",
        str(tmp_path / "one.json"),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(tmp_path / "one.pdf"),
    )
    assert code == 0, out
    text = " ".join(page_texts(tmp_path / "one.pdf"))
    assert "completed the" not in text  # the round is not called finished
    assert "round, which is not complete" in text and "ranked 0 of 16 submissions" in text
    assert "Submissions that take no place for want of 2 complete evaluations: 16" in text
    assert (
        "Assigned evaluations: 48; in progress: 0, not started: 0, missing (no result "
        "file accepted): 36."
    ) in text
    assert "Not ranked" in text and "not ranked: 1 of 3 evaluations (2 needed)" in text

    code, out = juri(
        capsys,
        "merge",
        *common,
        "-o",
        str(tmp_path / "low.json"),
        "--json",
        "--min-evaluations",
        "1",
    )  # the chair's choice, recorded
    report = json.loads(out)
    assert report["settings"]["min_evaluations"] == 1
    assert report["ranking"][0] | {"totals": {}} == report["ranking"][0] | {
        "submission": "KIPP23-007",
        "rank": 1,
        "passes": True,
        "not_ranked": None,
        "totals": {},
    }
    code, out = juri(
        capsys, "merge", *common, "-o", str(tmp_path / "x.json"), "--min-evaluations", "0"
    )
    assert code == 1 and "minimum number of complete evaluations must lie between 1" in out


def test_under_the_zscore_the_passing_grade_applies_to_the_mean(
    capsys, demo, chair, tmp_path
) -> None:
    """Before: the raw grade was compared with rescaled z-scores."""
    from tests.reports.pdf import page_texts

    common = [
        str(demo / "results"),
        "--package",
        str(demo / PACKAGE),
        "--key",
        str(chair),
        "--method",
        "zscore",
        "--passing-grade",
        "80",
        "-o",
        str(tmp_path / "z.json"),
    ]
    code, out = juri(capsys, "merge", *common, "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["settings"]["passing_grade_applies_to"] == "mean"
    rows = {r["submission"]: r for r in report["ranking"]}
    assert {code for code, r in rows.items() if r["passes"]} == {
        "KIPP23-001",
        "KIPP23-008",
        "KIPP23-002",
    }
    # KIPP23-012 ranks third on its z-score 81.92, but its jurors' mean is 77.59: it fails;
    # KIPP23-002 ranks fourth (78.18) with a mean of 81.67: it passes
    assert (
        rows["KIPP23-012"]["rank"],
        rows["KIPP23-012"]["score"],
        rows["KIPP23-012"]["mean"],
    ) == (3, "81.92", "77.59")
    assert (rows["KIPP23-002"]["rank"], rows["KIPP23-002"]["mean"]) == (4, "81.67")
    code, out = juri(capsys, "merge", *common)
    assert (
        "passing grade 80.00, applied to the mean of the jurors' weighted totals, whatever "
        "method ranks"
    ) in out
    [line] = [line for line in out.splitlines() if "KIPP23-002" in line and "  4  " in line]
    assert line.endswith("[mean 81.67, passes]")
    code, out = juri(
        capsys,
        "sheets",
        "recap",
        str(tmp_path / "z.json"),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(tmp_path / "z.pdf"),
    )
    text = " ".join(page_texts(tmp_path / "z.pdf"))
    assert "80, applied to the mean of the jurors' weighted totals, whatever method ranks" in text
    assert "need not be the first ones" in text and "mean of totals 81,67" not in text
    assert "mean of totals 81.67" in text
    # the jurors' agreement, read in words with its sources and what to do
    assert "Agreement between jurors (reliability)" in text
    assert "α: unreliable (below 0.667); ICC1k: good (0.75–0.90)" in text
    assert "Krippendorff (2004)" in text and "Koo & Li (2016)" in text
    assert "The jurors agree: the ranking can rest on these scores." in text


def test_look_alike_scores_show_their_separating_decimals_in_every_output(
    capsys, competition, chair, tmp_path
) -> None:
    """Before: 73.18 ranked 2 and 73.18 ranked 3, with "tie": false and nothing else."""
    from tests.merge.helpers import build_panel
    from tests.merge.test_ranking import LOOK_ALIKE, uniform_results
    from tests.reports.pdf import page_texts

    panel = build_panel(competition, tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for juror, data in uniform_results(panel, LOOK_ALIKE):
        (inbox / f"{juror}.json").write_bytes(data)
    merged = tmp_path / "m.json"
    code, out = juri(
        capsys,
        "merge",
        str(inbox),
        "--package",
        str(panel.package.path),
        "--key",
        str(chair),
        "--method",
        "zscore",
        "-o",
        str(merged),
        "--xlsx",
        str(tmp_path / "m.xlsx"),
        "--csv",
        str(tmp_path / "m.csv"),
    )
    assert code == 0, out
    lines = {
        line.split()[1]: line
        for line in out.splitlines()
        if line.startswith(("    2  S0", "    3  S0"))
    }
    assert " 73.185  " in lines["S003"] and " 73.180  " in lines["S001"]
    assert "equal at two decimals" in lines["S003"] and "equal at two decimals" in lines["S001"]
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    rows = {r[2]: r for r in book["Ranking"].iter_rows(values_only=True)}
    assert (rows["S003"][9], rows["S001"][9]) == (73.185, 73.18)
    assert "equal to the neighbour's score at two decimals" in rows["S001"][-1]
    table = {
        r[2]: r
        for r in csv.reader(io.StringIO((tmp_path / "m.csv").read_text(encoding="utf-8-sig")))
    }
    assert (table["S003"][9], table["S001"][9]) == ("73.185", "73.180")
    code, out = juri(
        capsys,
        "sheets",
        "recap",
        str(merged),
        "--package",
        str(panel.package.path),
        "-o",
        str(tmp_path / "m.pdf"),
    )
    assert code == 0, out
    text = " ".join(page_texts(tmp_path / "m.pdf"))
    assert "73.185" in text and "73.180" in text and "equal to a neighbour at two decimals" in text


def test_the_ranking_files_name_the_method_and_the_minimum_of_evaluations(
    capsys, demo, chair, tmp_path
) -> None:
    """A CSV or workbook passed on without the merged file still says how it was ranked."""
    table, workbook = tmp_path / "z.csv", tmp_path / "z.xlsx"
    code, out = juri(
        capsys,
        "merge",
        str(demo / "results"),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(tmp_path / "z.juri-merged.json"),
        "--key",
        str(chair),
        "--method",
        "zscore",
        "--min-evaluations",
        "1",
        "--csv",
        str(table),
        "--xlsx",
        str(workbook),
    )
    assert code == 0, out
    header = next(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert "score (mean of per-juror z-scores, on the 0–100 scale)" in header
    assert "complete evaluations (ranked from 1)" in header
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    titles = [cell.value for row in sheet.iter_rows(max_row=3) for cell in row]
    assert "score (mean of per-juror z-scores, on the 0–100 scale)" in titles


def test_the_detail_sheet_says_how_much_of_the_weight_each_total_covers(
    capsys, demo, chair, tmp_path
) -> None:
    """The demo's J04 left KIPP23-015 unfinished: its total so far sits beside 80 (%), not
    among the complete totals as if it were one."""
    workbook = tmp_path / "detail.xlsx"
    code, out = juri(
        capsys,
        "merge",
        str(demo / "results"),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(tmp_path / "d.juri-merged.json"),
        "--key",
        str(chair),
        "--xlsx",
        str(workbook),
    )
    assert code == 0, out
    sheet = openpyxl.load_workbook(workbook)["Detail"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    covered, status = header.index("weight scored (%)"), header.index("status")
    by_pair = {(row[header.index("code")], row[header.index("juror")]): row for row in rows[1:]}
    unfinished = by_pair[("KIPP23-015", "J04")]
    assert unfinished[status] == "in progress" and unfinished[covered] == 80
    assert all(row[covered] == 100 for row in rows[1:] if row[status] == "complete")


def test_agreement_on_two_submissions_is_not_read_in_words(
    capsys, competition, chair, tmp_path
) -> None:
    """A field round of two submissions scored by two jurors: the ICC of the mean came out
    2.667 and was read "excellent". The values are shown; the words say they are too few."""
    from tests.merge.helpers import build_panel
    from tests.merge.test_ranking import uniform_results

    panel = build_panel(competition, tmp_path, submissions=2, jurors=2)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for juror, data in uniform_results(panel, {"J01": [9, 8], "J02": [8, 9]}):
        (inbox / f"{juror}.json").write_bytes(data)
    common = [str(inbox), "--package", str(panel.package.path), "--key", str(chair)]
    code, out = juri(capsys, "merge", *common, "-o", str(tmp_path / "m.json"))
    assert code == 0, out
    [total] = [line for line in out.splitlines() if line.startswith("  weighted total")]
    assert total.endswith("— not read: too few submissions (2)"), total
    assert "Too few submissions were scored by two or more jurors" in out
    code, out = juri(capsys, "merge", *common, "-o", str(tmp_path / "m.json"), "--json")
    [row] = [r for r in json.loads(out)["reliability"] if r["view"] == "total"]
    assert row["reading"]["icc"] is None and row["reading"]["verdict"] is None
