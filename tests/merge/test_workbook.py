"""The workbook read back as Excel shows it: every text exact and never a formula, numbers
with their decimals, the header frozen, filters on, columns sized, and every text no cell can
hold changed visibly and reported."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import openpyxl
import pytest

from app.merge.cells import EXCEL_MAX_CHARS, tidy, units
from app.merge.workbook import column_widths, needs_quote_prefix, write_xlsx
from tests.merge.conftest import HOSTILE_TITLES, LONG_COMMENT

SHEETS = [
    "Ranking",
    "Per group",
    "Per cluster",
    "Detail",
    "Files",
    "Disagreements",
    "Coverage",
    "Reliability",
    "Settings",
]


@pytest.fixture
def book(hostile_report, tmp_path):
    target = tmp_path / "ranking.xlsx"
    report = write_xlsx(hostile_report, target)
    return target, report, openpyxl.load_workbook(target)


def rows_of(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_titles_that_look_like_formulas_are_exact_text_cells(book) -> None:
    """Issue 14.9: "+62 Lapor" is the official title; Excel shows it as it is, with no
    apostrophe, because the cell is a string with the quote-prefix style."""
    _target, _report, workbook = book
    ranking = workbook["Ranking"]
    header = [cell.value for cell in ranking[1]]
    title = header.index("title") + 1
    shown = {}
    for row in ranking.iter_rows(min_row=2):
        cell = row[title - 1]
        shown[row[2].value] = cell
    for code, text in HOSTILE_TITLES.items():
        cell = shown[code]
        assert cell.value == text and cell.data_type == "s", code
        assert cell.quotePrefix == needs_quote_prefix(text), code
    assert shown["S001"].value == "+62 Lapor: Pengaduan Warga"
    assert shown["S005"].value == "'Ngopi' Bareng Camat"  # its own apostrophe, kept
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "n"), (sheet.title, cell.coordinate)


def test_no_cell_is_stored_as_a_formula(book) -> None:
    """What openpyxl wrote, in the file's own XML: inline strings, never an <f> element."""
    target, _report, _workbook = book
    with zipfile.ZipFile(target) as archive:
        sheets = [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml")
        ]
        assert len(sheets) == len(SHEETS)
        for name in sheets:
            xml = archive.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
        assert "=HYPERLINK(" in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert 'quotePrefix="1"' in archive.read("xl/styles.xml").decode("utf-8")


def test_numbers_are_numbers_with_their_decimals(book) -> None:
    _target, _report, workbook = book
    ranking = workbook["Ranking"]
    header = [cell.value for cell in ranking[1]]
    first = ranking[2]
    score_column = header.index("score (mean of the weighted totals)")
    rank, score = first[header.index("rank")], first[score_column]
    assert rank.value == 1 and rank.data_type == "n"
    assert score.data_type == "n" and score.value == pytest.approx(66.67)
    assert score.number_format == "0.00"  # 50 shows as 50.00 (50,00 in Indonesian Excel)
    reliability = workbook["Reliability"]
    assert reliability["B2"].number_format == "0.000"


def test_every_sheet_has_its_header_frozen_filters_and_sized_columns(book, hostile_report) -> None:
    _target, _report, workbook = book
    assert workbook.sheetnames == SHEETS
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        header = [cell.value for cell in sheet[1]]
        assert all(cell.font.bold for cell in sheet[1] if cell.value), sheet.title
        if sheet.title == "Settings":
            assert sheet.auto_filter.ref is None
            continue
        rows = (
            len(hostile_report.reliability) + 1 if sheet.title == "Reliability" else sheet.max_row
        )
        last = openpyxl.utils.get_column_letter(len(header))
        assert sheet.auto_filter.ref == f"A1:{last}{rows}", sheet.title
        for index, text in enumerate(header, start=1):
            width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
            assert len(text) + 2 <= width <= 60, (sheet.title, text, width)
    ranking = workbook["Ranking"]
    widths = {
        cell.value: ranking.column_dimensions[cell.column_letter].width for cell in ranking[1]
    }
    assert widths["title"] == len('=HYPERLINK("http://x","klik")') + 2
    assert widths["code"] == 6 and widths["rank"] == 6
    # the reliability sheet's advice sits below its table, outside the filter
    notes = [row[0] for row in rows_of(workbook["Reliability"])[rows:] if row and row[0]]
    assert notes and "Krippendorff" in notes[-1]


def test_the_details_carry_each_criterions_comment(book, hostile_report) -> None:
    _target, _report, workbook = book
    detail = rows_of(workbook["Detail"])
    header = detail[0]
    codes = hostile_report.manifest.rubric.codes
    assert header[-len(codes) - 1 :] == ["overall comment", *(f"comment {c}" for c in codes)]
    long = next(row for row in detail if row[0] == "S002" and row[2] == "J01")
    assert long[header.index(f"comment {codes[1]}")].startswith("Sangat rinci.")


def test_control_characters_are_shown_and_reported_never_a_crash(book) -> None:
    """A BEL in a file name: both the workbook and the report say what was replaced, and the
    cell carries a note; a tab in a comment is kept (a result cannot carry a control
    character in a comment: docs/formats.md §6)."""
    _target, report, workbook = book
    detail = workbook["Detail"]
    header = [cell.value for cell in detail[1]]
    first = detail.cell(row=2, column=header.index("overall comment") + 1)
    assert first.value == "Halaman 1\tHalaman 2" and first.comment is None
    files = rows_of(workbook["Files"])
    assert [row[0] for row in files[1:]] == ["J01.json", "J02␇.json", "=1+1.json", "@evil.json"]
    assert workbook["Files"]["C3"].value.startswith("juror J02")
    places = {change.place: change.problems for change in report.changes}
    assert f"Detail!{first.coordinate}" not in places
    assert "U+0007 → ␇" in places["Files!A3"][0]
    assert report.lines()[1] == "Cells changed to fit a spreadsheet: 2"


def test_text_over_the_cell_limit_is_cut_with_a_visible_mark(book, hostile_report) -> None:
    _target, report, workbook = book
    detail = workbook["Detail"]
    header = [cell.value for cell in detail[1]]
    column = header.index(f"comment {hostile_report.manifest.rubric.codes[1]}")
    cell = next(
        row[column]
        for row in detail.iter_rows(min_row=2)
        if row[0].value == "S002" and row[2].value == "J01"
    )
    assert len(cell.value) == EXCEL_MAX_CHARS
    assert cell.value.endswith(
        "[cut by Juri: the text has 42,000 characters, more than a cell holds]"
    )
    assert cell.value.startswith(LONG_COMMENT[:1000])
    assert any(
        "cut to 32,767 characters" in problem
        for change in report.changes
        for problem in change.problems
        if change.place == f"Detail!{cell.coordinate}"
    )


def test_the_limit_counts_what_excel_counts() -> None:
    """Excel counts UTF-16 units: an emoji counts two, and is never cut in half."""
    text = "😀" * 20_000
    tidied = tidy(text, EXCEL_MAX_CHARS)
    assert units(tidied.text) <= EXCEL_MAX_CHARS and "\ud83d" not in tidied.text
    assert tidy("a" * EXCEL_MAX_CHARS, EXCEL_MAX_CHARS).problems == ()


@pytest.mark.parametrize("text", ["=1+1", "+62", "-x", "@x", "\tx", "\rx", "#N/A"])
def test_what_needs_excels_quote_prefix(text) -> None:
    assert needs_quote_prefix(text)


@pytest.mark.parametrize("text", ["Data kuat", "a=b", "'kutip", "7", ""])
def test_plain_texts_need_no_prefix(text) -> None:
    assert not needs_quote_prefix(text)


def test_columns_are_as_wide_as_their_content_within_bounds() -> None:
    widths = column_widths(["a", "judul"], [[Decimal("73.185"), "x" * 500], [7, "baris\nkedua"]])
    assert widths == [8.0, 60.0]


def test_an_unwritable_target_is_a_plain_refusal(hostile_report, tmp_path) -> None:
    from app.errors import JuriError

    with pytest.raises(JuriError, match="Cannot write"):
        write_xlsx(hostile_report, tmp_path / "missing-folder" / "x.xlsx")
