"""``juri merge --xlsx --csv --csv-excel`` as a chair runs it on titles an agency typed or
pasted (issue 14.9, 14.10), every file read back as Excel, a program and Excel set to
Indonesian read it."""

from __future__ import annotations

import csv
import io
import json

import openpyxl

from app.cli.main import main
from app.crypto.keys import KeyPair, write_private_key
from app.demo.create import DEMO_PASSPHRASE
from tests.merge.helpers import build_panel, panel_with_titles

TITLES = {
    "S001": "+62 Lapor",
    "S002": "=cmd|' /C calc'!A0",
    "S003": "Halaman 1\x0cHalaman 2",  # a form feed pasted from a PDF
}


def test_exports_keep_titles_exact_neutralise_formulas_and_report_a_form_feed(
    competition, tmp_path, capsys, monkeypatch
) -> None:
    panel = panel_with_titles(competition, TITLES)
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    for juror, score in (("J01", 8), ("J02", 6), ("J03", 7)):
        (inbox / f"{juror}.json").write_bytes(
            panel.result(juror, {"S001": score, "S002": score - 1, "S003": score - 2})
        )
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    write_private_key(key, KeyPair.generate("Ketua"), DEMO_PASSPHRASE)
    xlsx, programs, excel = tmp_path / "r.xlsx", tmp_path / "p.csv", tmp_path / "e.csv"
    code = main(
        [
            "--lang",
            "en",
            "merge",
            str(inbox),
            "--package",
            str(panel.package.path),
            "-o",
            str(tmp_path / "m.json"),
            "--key",
            str(key),
            "--xlsx",
            str(xlsx),
            "--csv",
            str(programs),
            "--csv-excel",
            str(excel),
        ]
    )
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert code == 0, out
    assert "Traceback" not in out
    for path in (xlsx, programs, excel):
        assert f"Written: {path}" in out and path.stat().st_size > 0
    # the chair is told which cell changed, and how
    assert "control characters replaced by a visible sign: 1 (U+000C → ␌)" in out

    ranking = openpyxl.load_workbook(xlsx)["Ranking"]
    header = [cell.value for cell in ranking[1]]
    titles = {
        row[header.index("code")].value: row[header.index("title")]
        for row in ranking.iter_rows(min_row=2)
    }
    assert titles["S001"].value == "+62 Lapor" and titles["S001"].data_type == "s"
    assert titles["S001"].quotePrefix  # Excel shows the text, never "'+62 Lapor"
    assert titles["S002"].value == "=cmd|' /C calc'!A0" and titles["S002"].data_type == "s"
    assert titles["S003"].value == "Halaman 1␌Halaman 2"
    assert "\x0c" not in titles["S003"].value and "U+000C" in titles["S003"].comment.text

    for path, separator in ((programs, ","), (excel, ";")):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\x0c" not in raw
        rows = list(
            csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=separator)
        )
        head = rows[0]
        by_code = {row[head.index("code")]: row for row in rows[1:]}
        title = head.index("title")
        assert by_code["S001"][title] == "'+62 Lapor"  # one apostrophe a program removes
        assert by_code["S002"][title] == "'=cmd|' /C calc'!A0"
        assert by_code["S003"][title] == "Halaman 1␌Halaman 2"
        assert all(len(row) == len(head) for row in rows)
        score = by_code["S001"][head.index("score (mean of the weighted totals)")]
        assert score == ("66.67" if separator == "," else "66,67")

    # the same, for a program: --json lists every export and each cell it changed
    code = main(
        [
            "--lang",
            "en",
            "merge",
            str(inbox),
            "--package",
            str(panel.package.path),
            "-o",
            str(tmp_path / "m2.json"),
            "--key",
            str(key),
            "--xlsx",
            str(xlsx),
            "--csv-excel",
            str(excel),
            "--json",
        ]
    )
    exports = json.loads(capsys.readouterr().out)["exports"]
    assert code == 0
    assert [(e["file"], e["format"]) for e in exports] == [
        (str(xlsx), "xlsx"),
        (str(excel), "csv-excel"),
    ]
    workbook, sheet = exports[0]["changes"], exports[1]["changes"]
    assert "Ranking!D4" in [change["place"] for change in workbook]  # the title, on each sheet
    assert [change["place"] for change in sheet] == ["row 4, column title"]
    assert all(
        change["problems"] == ["control characters replaced by a visible sign: 1 (U+000C → ␌)"]
        for change in workbook + sheet
    )


def test_a_tampered_file_names_who_it_claims_to_be_marked_unverified(
    competition, tmp_path, capsys, monkeypatch
) -> None:
    """Issue 14.12 in the window, and the same in the chair's shell and the Files sheet: the
    juror a changed file claims to be from, never shown as that juror's (nor left blank)."""
    panel = build_panel(competition, tmp_path, submissions=2)
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    (inbox / "J01.json").write_bytes(panel.result("J01", {"S001": 8, "S002": 6}))
    (inbox / "J03.json").write_bytes(
        panel.result("J03", {"S001": 5, "S002": 5}, sequence=2).replace(
            b'"value":"5"', b'"value":"6"', 1
        )
    )
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    write_private_key(key, KeyPair.generate("Ketua"), DEMO_PASSPHRASE)
    xlsx = tmp_path / "r.xlsx"
    claims = {
        "en": "; claims to be juror J03's, version 2 (unverified)",
        "id": "; mengaku milik juri J03, versi 2 (belum terverifikasi)",
    }
    for language, unverified in (("en", "unverified"), ("id", "belum terverifikasi")):
        code = main(
            [
                *("--lang", language, "merge", str(inbox), "--package", str(panel.package.path)),
                *("-o", str(tmp_path / "m.json"), "--key", str(key), "--xlsx", str(xlsx)),
                "--overwrite",
            ]
        )
        out = capsys.readouterr().out
        assert code == 0, out
        [line] = [line for line in out.splitlines() if line.startswith(f"{inbox / 'J03.json'}:")]
        assert line.endswith(claims[language])
        files = openpyxl.load_workbook(xlsx).worksheets[4]
        [row] = [r for r in files.iter_rows(min_row=2, values_only=True) if "J03" in r[0]]
        juror, version = row[3], row[4]
        assert (juror, version) == (f"J03 ({unverified})", f"2 ({unverified})")
