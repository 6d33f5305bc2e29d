"""Hostile or awkward spreadsheets: formulas stay text, merged cells, hidden sheets, date cells,
100,000 rows and every usual CSV encoding give a correct import or a clear message."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InputError
from app.formats import grid as grid_module
from app.formats.submissions import read_submissions
from app.formats.table import Column, read_table
from tests.factory import tiny_pdf
from tests.fuzz import EXAMPLES, fuzz

COLUMNS = [Column("code"), Column("title"), Column("date", required=False)]
INJECTIONS = ['=HYPERLINK("http://x","klik")', "+1+2", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(tiny_pdf())
    return folder


def test_formulas_in_csv_cells_are_kept_as_plain_text(tmp_path: Path, files: Path) -> None:
    path = tmp_path / "subs.csv"
    lines = ["code,title,agency,group,cluster,category,video_url,proposal"]
    lines += [
        f'A{i},"{text.replace(chr(34), chr(34) * 2)}",Kota,umum,kota,x,,a.pdf'
        for i, text in enumerate(INJECTIONS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [row.title for row in read_submissions(path, files)] == INJECTIONS


def test_formula_cells_in_xlsx_are_never_evaluated_or_read_as_formulas(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["code", "title"])
    sheet.append(["A1", "=1+1"])  # a formula cell without a cached value (never calculated)
    sheet.append(["A2", '=HYPERLINK("http://x")'])
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    table = read_table(path, COLUMNS)
    assert [row["title"] for row in table.rows] == ["", ""]  # never the formula's text
    assert table.problems.messages == [
        "row 2, column B (title): holds the formula =1+1 without a saved result; type the value "
        "itself, or open the file in Excel or LibreOffice and save it again",
        'row 3, column B (title): holds the formula =HYPERLINK("http://x") without a saved '
        "result; type the value itself, or open the file in Excel or LibreOffice and save it "
        "again",
    ]


def test_merged_cells_date_cells_and_hidden_sheets(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    hidden = workbook.active
    hidden.title = "submissions"
    hidden.append(["code", "title"])
    hidden.append(["SECRET", "a hidden sheet is not what the user sees"])
    hidden.sheet_state = "hidden"
    sheet = workbook.create_sheet("visible")
    sheet.append(["code", "title", "date"])
    sheet.append(["A1", "Judul panjang", dt.datetime(2026, 11, 23)])
    sheet.append(["A2", None, dt.datetime(2026, 11, 23, 9, 30)])
    sheet.append(["A3", "Akhir", dt.date(2026, 1, 2)])
    sheet.merge_cells("B2:B3")  # the title of A1 spans A2's row too
    path = tmp_path / "m.xlsx"
    workbook.save(path)
    table = read_table(path, COLUMNS, preferred_sheets=("submissions",))
    assert [(r["code"], r["title"], r["date"]) for r in table.rows] == [
        ("A1", "Judul panjang", "2026-11-23"),
        ("A2", "Judul panjang", "2026-11-23T09:30:00"),  # shown across the merge: read so
        ("A3", "Akhir", "2026-01-02"),
    ]
    assert table.problems.warnings == [
        "m.xlsx: column B (title): 1 merged range(s) were read with their first cell's value on "
        'every row: B2:B3 ("Judul panjang")'
    ]


def test_a_workbook_with_only_hidden_sheets_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["code", "title"])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    path = tmp_path / "h.xlsx"  # openpyxl refuses to write this; another program need not
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/workbook.xml":
                data = data.replace(b'state="visible"', b'state="hidden"')
            out.writestr(name, data)
    with pytest.raises(InputError, match="no visible sheet"):
        read_table(path, COLUMNS)


def test_a_hundred_thousand_csv_rows_import(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "code,title\n" + "".join(f"S{i},Judul {i}\n" for i in range(100_000)), encoding="utf-8"
    )
    table = read_table(path, COLUMNS)
    assert len(table.rows) == 100_000
    assert table.rows[-1]["code"] == "S99999" and table.rows[-1].number == 100_001


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_too_many_rows_get_a_clear_limit(tmp_path: Path, monkeypatch, suffix) -> None:
    monkeypatch.setattr(grid_module, "MAX_ROWS", 1_000)
    path = tmp_path / f"big{suffix}"
    if suffix == ".csv":
        path.write_text("code,title\n" + "x,y\n" * 5_000, encoding="utf-8")
    else:
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet()
        for _ in range(5_000):
            sheet.append(["x", "y"])
        workbook.save(path)
    with pytest.raises(InputError, match="more than 1000 rows") as caught:
        read_table(path, COLUMNS)
    assert caught.value.code == "too_many_rows"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("cp1252", b""),
        ("latin-1", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_csv_encodings_are_read_correctly(tmp_path: Path, encoding, bom) -> None:
    text = "kode;judul\nA1;Café Ñusa «Baru»\n"
    path = tmp_path / "e.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table(path, [Column("code", ("kode",)), Column("title", ("judul",))])
    assert table.rows[0]["title"] == "Café Ñusa «Baru»"


def test_utf16_without_a_bom_or_damaged_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("code,title\nA1,x\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="CSV UTF-8") as caught:
        read_table(path, COLUMNS)
    assert caught.value.code == "binary_csv"
    path.write_bytes(codecs.BOM_UTF16_LE + b"c\x00o\x00\x00\xd8")  # a lone surrogate
    with pytest.raises(InputError, match="UTF-16") as caught:
        read_table(path, COLUMNS)
    assert caught.value.code == "bad_encoding"


@pytest.mark.parametrize("damage", [b"<worksheet", b"<sheetData>"])
def test_a_workbook_with_damaged_xml_gets_a_clear_message(tmp_path: Path, damage) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["code", "title"])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    path = tmp_path / "d.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(damage, damage + b"<<", 1)
            out.writestr(name, data)
    with pytest.raises(InputError, match="not a readable XLSX") as caught:
        read_table(path, COLUMNS)
    assert caught.value.code == "bad_xlsx"


@fuzz(examples=EXAMPLES * 3 // 2)
@given(
    data=st.binary(max_size=600)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    start=st.sampled_from([b"code,title\n", b"", codecs.BOM_UTF16_LE, codecs.BOM_UTF8]),
)
def test_csv_fuzz_imports_or_refuses_in_words(tmp_path: Path, data: bytes, start: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(start + data)
    try:
        table = read_table(path, COLUMNS)
    except InputError as refusal:
        assert refusal.message and refusal.code
        return
    assert all(isinstance(row["title"], str) for row in table.rows)


def test_overlapping_and_far_away_merged_ranges_are_refused_or_harmless(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["code", "title"])
    for number in range(5):
        sheet.append([f"A{number}", f"Judul {number}"])
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("B3:B5")  # only a hand-made file has these: Excel refuses to save them
    sheet.merge_cells("A100:A100000")  # below the data
    sheet.merge_cells("C2:XFD20")  # beside it
    path = tmp_path / "m.xlsx"
    workbook.save(path)
    table = read_table(path, COLUMNS)
    assert [row["code"] for row in table.rows] == ["A0", "A1", "A2", "A3", "A4"]
    assert table.problems.messages == ["cells B3:B5 overlap another merged range"]
