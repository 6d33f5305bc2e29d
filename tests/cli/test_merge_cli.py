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
from app.crypto.keys import KeyPair, encode_public_key
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
    for option in ("--package", "--key", "--method", "--accept-key", "--threshold", "--xlsx",
                   "--csv", "--store", "--json", "--tie-break", "--passing-grade"):
        assert option in out


def test_merging_the_demo(capsys, demo, chair, tmp_path) -> None:
    out_file = tmp_path / "desk.juri-merged.json"
    code, out = juri(capsys, "merge", str(demo / "results"), "--package", str(demo / PACKAGE),
                     "-o", str(out_file), "--key", str(chair), "--xlsx",
                     str(tmp_path / "r.xlsx"), "--csv", str(tmp_path / "r.csv"))
    assert code == 0, out
    lines = out.splitlines()
    assert sum(": ACCEPTED: juror J0" in line for line in lines) == 4
    assert ("Coverage: 46 complete, 1 in progress, 0 not started, 1 recused, 0 missing "
            "(of 48 assigned)") in lines
    assert "Ranking (mean of the weighted totals; passing grade 85.00):" in lines
    assert any(line.startswith("    1  KIPP23-") for line in lines)
    assert "Disagreements (totals more than 20.00 points apart):" in lines
    assert any(line.startswith("  KIPP23-005: ") for line in lines)  # the harsh juror
    assert any(line.lstrip().startswith("weighted total   α 0.") for line in lines)
    assert lines[-1].startswith(f"Merged file written: {out_file} (SHA-256 ")
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
        code, out = juri(capsys, "merge", str(demo / "results"), "--package",
                         str(demo / PACKAGE), "-o", str(tmp_path / f"{method}.json"),
                         "--key", str(chair), "--method", method, "--json")
        assert code == 0, out
        report = json.loads(out)
        assert [f["status"] for f in report["files"]] == ["accepted"] * 4
        assert report["coverage"] == {"complete": 46, "in_progress": 1, "not_started": 0,
                                      "recused": 1, "missing": 0}
        assert report["settings"]["method"] == method
        assert report["reliability"][0]["view"] == "total"
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
        signed_by_laptop(j01, lambda p: p.update(sequence=2)))
    # J02's file is changed by hand.
    (inbox / j02).write_bytes(data[j02].replace(b'"comment":"', b'"comment":"x', 1))
    # A file for another package.
    (inbox / "other.json").write_bytes(signed_by_laptop(
        j03, lambda p: p["package"].update(id="kipp-2022-desk")))
    store = tmp_path / "store.sqlite3"
    common = ["--package", str(demo / PACKAGE), "--key", str(chair), "--store", str(store)]

    code, out = juri(capsys, "merge", str(inbox), "-o", str(tmp_path / "m1.json"), *common)
    assert code == 0, out
    status = {line.split(": ")[0]: line.split(": ")[1] for line in out.splitlines()
              if line.startswith(str(inbox))}
    assert status[str(inbox / j01)] == "ACCEPTED"  # v2 is not accepted yet
    assert status[str(inbox / "J01_v2_new_laptop.json")] == "UNKNOWN KEY"
    assert laptop.fingerprint in out
    assert status[str(inbox / j02)] == "TAMPERED"
    assert status[str(inbox / j04)] == "ACCEPTED"
    assert status[str(inbox / "other.json")] == "FOR ANOTHER PACKAGE"

    # The chair compares the fingerprint with J01's paper sheet and accepts it; the store
    # remembers the files, so nothing needs to be given again.
    code, out = juri(capsys, "merge", "-o", str(tmp_path / "m2.json"), "--accept-key",
                     laptop.fingerprint.lower(), *common)
    assert code == 0, out
    assert f"valid signature, key {laptop.fingerprint} accepted by the chair" in out
    assert "SUPERSEDED: version 1 of juror J01" in out
    code, out = juri(capsys, "merge", "-o", str(tmp_path / "m3.json"), *common)
    assert code == 0, out
    assert (tmp_path / "m2.json").read_bytes() == (tmp_path / "m3.json").read_bytes()
    decisions = json.loads((tmp_path / "m3.json").read_bytes())["payload"]["decisions"]
    assert [d["fingerprint"] for d in decisions] == [laptop.fingerprint]


def test_merge_of_merges_from_the_command_line(capsys, demo, chair, tmp_path) -> None:
    results = sorted((demo / "results").glob("*.json"))
    base = ["--package", str(demo / PACKAGE), "--key", str(chair)]
    assert juri(capsys, "merge", *map(str, results), "-o", str(tmp_path / "all.json"),
                *base)[0] == 0
    assert juri(capsys, "merge", *map(str, results[:2]), "-o", str(tmp_path / "a.json"),
                *base)[0] == 0
    assert juri(capsys, "merge", *map(str, results[2:]), "-o", str(tmp_path / "b.json"),
                *base)[0] == 0
    code, out = juri(capsys, "merge", str(tmp_path / "b.json"), str(tmp_path / "a.json"),
                     "-o", str(tmp_path / "top.json"), *base)
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
    code, out = juri(capsys, "merge", str(demo / "results"), *base, "--key", str(chair),
                     "--threshold", "many")
    assert code == 1 and "--threshold needs a number" in out
    code, out = juri(capsys, "merge", str(demo / "results"), *base, "--key", str(chair),
                     "--tie-break", "NOVELTY")
    assert code == 1 and "Unknown tie-break 'NOVELTY'" in out
    code, _ = juri(capsys, "merge", str(demo / "results"), *base, "--method", "mode")
    assert code == 2


def test_the_chair_reads_indonesian(capsys, demo, chair, tmp_path) -> None:
    code = main(["merge", str(demo / "results"), "--package", str(demo / PACKAGE), "-o",
                 str(tmp_path / "m.json"), "--key", str(chair)])
    out = capsys.readouterr().out
    assert code == 0
    assert "DITERIMA" in out and "Peringkat" in out
