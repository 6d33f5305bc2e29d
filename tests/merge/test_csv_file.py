"""The ranking as CSV, read back as programs and Excel read it: commas and decimal points by
default, semicolons and decimal commas for Excel set to Indonesian; no reader splits a cell,
and a text that looks like a formula is neutralised by a rule a program can undo."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from app.cli.main import main
from app.merge.cells import CsvStyle
from app.merge.csv_file import csv_bytes, neutralise, write_csv
from tests.merge.conftest import HOSTILE_TITLES

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def read(raw: bytes, separator: str) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark: Excel reads UTF-8 right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=separator))


def exact(field: str) -> str:
    """The rule a program applies (docs/formats.md): one leading apostrophe is Juri's."""
    return field[1:] if field.startswith("'") else field


def test_the_default_csv_is_for_programs(hostile_report, tmp_path) -> None:
    target = tmp_path / "ranking.csv"
    report = write_csv(hostile_report, target)
    assert report.kind == "csv" and report.changes == ()
    rows = read(target.read_bytes(), ",")
    header = rows[0]
    assert header[:4] == ["rank", "tie", "code", "title"]
    assert {len(row) for row in rows} == {len(header)}  # no cell split
    by_code = {row[2]: row for row in rows[1:]}
    assert by_code["S004"][header.index("score (mean of the weighted totals)")] == "66.67"
    assert by_code["S004"][header.index("rank")] == "1"
    for code, title in HOSTILE_TITLES.items():
        field = by_code[code][header.index("title")]
        assert exact(field) == title, code
        assert not field.startswith(FORMULA_STARTS), field
    assert by_code["S001"][3] == "'+62 Lapor: Pengaduan Warga"
    assert by_code["S005"][3] == "''Ngopi' Bareng Camat"  # so the rule can be undone


def test_the_csv_for_excel_uses_semicolons_and_decimal_commas(hostile_report, tmp_path) -> None:
    """Issue 14.10: what Excel set to Indonesian opens directly."""
    target = tmp_path / "ranking-excel.csv"
    report = write_csv(hostile_report, target, CsvStyle.EXCEL)
    assert report.kind == "csv-excel"
    raw = target.read_bytes()
    rows = read(raw, ";")
    header = rows[0]
    assert {len(row) for row in rows} == {len(header)}
    by_code = {row[2]: row for row in rows[1:]}
    assert by_code["S004"][header.index("score (mean of the weighted totals)")] == "66,67"
    assert by_code["S004"][header.index("spread")] == "22,22"
    assert by_code["S004"][3] == '\'@Kota; Bandung, "Jabar"'
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[1].startswith('1;no;S004;"\'@Kota; Bandung, ""Jabar""";Pemerintah Kota 4;')
    assert ';"66,67";' in lines[1]  # quoted: a reader that guesses commas splits nothing


@pytest.mark.parametrize("style", list(CsvStyle))
def test_every_field_with_a_separator_of_either_kind_is_quoted(style) -> None:
    data, changes = csv_bytes(["a;b", "c,d", "e"], [[Decimal("-1.50"), "x\ny", 'say "hi"']], style)
    sep = style.separator
    number = '"-1,50"' if style is CsvStyle.EXCEL else "-1.50"
    assert changes == []
    assert data.decode("utf-8-sig") == (
        f'"a;b"{sep}"c,d"{sep}e\r\n{number}{sep}"x\ny"{sep}"say ""hi"""\r\n'
    )
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=sep))
    assert rows == [["a;b", "c,d", "e"], [number.strip('"'), "x\ny", 'say "hi"']]


def test_control_characters_are_replaced_and_reported_in_csv() -> None:
    data, changes = csv_bytes(["title"], [["Halaman 1\x0cHalaman 2"], ["bel\x07"]])
    assert read(data, ",")[1:] == [["Halaman 1␌Halaman 2"], ["bel␇"]]
    assert [change.place for change in changes] == ["row 2, column title", "row 3, column title"]


def test_only_the_csv_for_excel_is_cut_at_excels_limit() -> None:
    long = "x" * 40_000
    for style, cut in ((CsvStyle.PROGRAMS, False), (CsvStyle.EXCEL, True)):
        data, changes = csv_bytes(["comment"], [[long]], style)
        field = read(data, style.separator)[1][0]
        assert (len(field) == 32_767) is cut and bool(changes) is cut
        assert ("[cut by Juri" in field) is cut


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx", "'kutip"]
)
def test_neutralising_adds_one_apostrophe_a_program_removes(text) -> None:
    assert neutralise(text) == "'" + text and exact(neutralise(text)) == text


@pytest.mark.parametrize("text", ["Data kuat", "7", "", "a=b", "x'"])
def test_other_texts_are_kept(text) -> None:
    assert neutralise(text) == text


def test_juri_merge_writes_both_csvs_and_the_workbook_and_reports_them(
    simulated_demo, tmp_path, capsys, monkeypatch
) -> None:
    from app.crypto.keys import KeyPair, write_private_key
    from app.demo.create import DEMO_PASSPHRASE

    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    write_private_key(key, KeyPair.generate("Ketua"), DEMO_PASSPHRASE)
    out = {name: tmp_path / name for name in ("p.csv", "e.csv", "r.xlsx")}
    code = main(
        [
            "--lang",
            "en",
            "merge",
            str(simulated_demo.folder / "results"),
            "--package",
            str(simulated_demo.package),
            "-o",
            str(tmp_path / "m.json"),
            "--key",
            str(key),
            "--csv",
            str(out["p.csv"]),
            "--csv-excel",
            str(out["e.csv"]),
            "--xlsx",
            str(out["r.xlsx"]),
        ]
    )
    stdout = capsys.readouterr().out
    assert code == 0
    for path in out.values():
        assert f"Written: {path}" in stdout
    programs, excel = read(out["p.csv"].read_bytes(), ","), read(out["e.csv"].read_bytes(), ";")
    assert programs[0] == excel[0] and len(programs) == len(excel) == 17
    score = programs[0].index("score (mean of the weighted totals)")
    assert programs[1][score].replace(".", ",") == excel[1][score]
    assert "," in excel[1][score]
