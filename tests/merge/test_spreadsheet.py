"""Exports read back as a spreadsheet program would read them: no cell is ever a formula."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import openpyxl
import pytest

from app.merge.spreadsheet import csv_bytes, neutralise, write_csv, write_xlsx
from tests.merge.helpers import build_panel, resign

HOSTILE = ["=HYPERLINK(\"http://x\",\"klik\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_are_neutralised(text) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Data kuat", "7", "", "a=b", 5, Decimal("-1.5"), None])
def test_everything_else_is_kept(value) -> None:
    assert neutralise(value) == value


@pytest.fixture
def hostile_report(competition, tmp_path):
    """A juror's comment, a juror's name and a file name that try to be formulas."""
    panel = build_panel(competition, tmp_path, rows=None)
    data = panel.result("J01", {"S001": 9, "S002": 4})
    data = resign(data, lambda p: p["evaluations"][0].update(
        overall_comment="=cmd|' /C calc'!A0"), panel.keys["J01"])
    files = [("=1+1.json", data), ("@evil.json", b"junk"),
             ("J02", panel.result("J02", {"S001": 2, "S002": 5}))]
    return panel.merge(files)


def cells(sheet) -> list:
    return [cell for row in sheet.iter_rows() for cell in row]


def test_the_workbook_has_one_sheet_per_view_and_no_formulas(hostile_report, tmp_path) -> None:
    target = tmp_path / "ranking.xlsx"
    write_xlsx(hostile_report, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Ranking", "Per group", "Per cluster", "Detail", "Files",
                               "Disagreements", "Coverage", "Reliability", "Settings"]
    for sheet in book.worksheets:
        for cell in cells(sheet):
            assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
    files = [[c.value for c in row] for row in book["Files"].iter_rows()]
    assert files[1][:2] == ["'=1+1.json", "accepted"]
    assert files[2][:2] == ["'@evil.json", "malformed"]
    detail = [[c.value for c in row] for row in book["Detail"].iter_rows()]
    assert detail[0][-1] == "overall comment"
    assert "'=cmd|' /C calc'!A0" in [row[-1] for row in detail]
    ranking = [[c.value for c in row] for row in book["Ranking"].iter_rows()]
    assert ranking[0][:3] == ["rank", "tie", "code"]
    assert ranking[1][2] == "S001" and ranking[1][9] == 50  # a number, not a text


def test_the_csv_reads_back_with_neutralised_texts(hostile_report, tmp_path) -> None:
    target = tmp_path / "ranking.csv"
    write_csv(hostile_report, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["rank", "tie", "code"]
    assert [row[2] for row in rows[1:]] == ["S001", "S002", "S003", "S004"]
    assert rows[1][9] == "50.00" and rows[2][9] == "38.89"
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_numbers_stay_numbers_and_texts_are_neutralised() -> None:
    data = csv_bytes(["a", "=b"], [[Decimal("-1.50"), "-1.50", None, 3]])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["a", "'=b"], ["-1.50", "'-1.50", "", "3"]]


def test_an_unwritable_target_is_a_plain_refusal(hostile_report, tmp_path) -> None:
    from app.errors import JuriError

    with pytest.raises(JuriError, match="Cannot write"):
        write_csv(hostile_report, tmp_path / "missing-folder" / "x.csv")
