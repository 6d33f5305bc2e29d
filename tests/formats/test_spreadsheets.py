"""Spreadsheets: columns found by English or Indonesian headers, every problem with its row and
column, XLSX and CSV (commas, semicolons, Windows-1252) alike."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.errors import InputError
from app.formats.submissions import read_submissions
from app.formats.table import Column, column_letter, read_table
from tests.factory import tiny_pdf

HEADER = "code,title,agency,group,cluster,category,video_url,proposal\n"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(tiny_pdf())
    (folder / "b.pdf").write_bytes(tiny_pdf())
    (folder / "notes.pdf").write_text("this is not a pdf")
    return folder


def write(tmp_path: Path, text: str, name: str = "subs.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_good_csv_is_read(tmp_path: Path, files: Path) -> None:
    path = write(
        tmp_path,
        HEADER + "A1,Judul A,Kota A,umum,kota,Kesehatan,https://youtu.be/x,a.pdf\n"
        "B2,Judul B,Kota B,umum,kota,Sosial,,b.pdf\n",
    )
    rows = read_submissions(path, files)
    assert [r.code for r in rows] == ["A1", "B2"]
    assert rows[0].proposal == (files / "a.pdf").resolve()
    assert rows[1].video_url == ""


def test_every_problem_is_reported_with_row_and_column(tmp_path: Path, files: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + ",Tanpa kode,Kota,umum,kota,x,,a.pdf\n"
        + "A1,Judul,Kota,umum,kota,x,javascript:alert(1),a.pdf\n"
        + "A1,Judul lagi,Kota,umum,kota,x,,b.pdf\n"
        + "C3,Judul,Kota,umum,kota,x,,missing.pdf\n"
        + "D4,Judul,Kota,umum,kota,x,,notes.pdf\n"
        + "E5,Judul,Kota,umum,kota,x,,../secret.pdf\n"
        + "F 6,,Kota,umum,kota,x,,a.pdf\n",
    )
    with pytest.raises(InputError) as caught:
        read_submissions(path, files)
    message = caught.value.message
    assert "row 2, column A (code): the code is empty" in message
    assert "row 3, column G (video_url): 'javascript:alert(1)' is not a web link" in message
    assert "row 4, column A (code): code A1 already appears in row 3" in message
    assert "row 5, column H (proposal): there is no file missing.pdf in the folder" in message
    assert "row 6, column H (proposal): notes.pdf is not a PDF file" in message
    assert f"row 7, column H (proposal): ../secret.pdf is outside the folder {files}" in message
    assert "row 8, column A (code): 'F 6' has a space at position 2; use only letters" in message
    assert "row 8, column B (title): the title is empty" in message


def test_missing_columns_are_named_with_every_header_they_may_have(
    tmp_path: Path, files: Path
) -> None:
    path = write(tmp_path, "code,title\nA1,Judul\n")
    with pytest.raises(InputError) as caught:
        read_submissions(path, files)
    assert caught.value.message == (
        "subs.csv: the header row (row 1) has no column agency (or instansi, nama_instansi, "
        "pengusul); group (or kelompok); cluster (or kluster, klaster); category (or kategori); "
        "video_url (or video, tautan_video, link_video, url_video); proposal (or file_proposal, "
        "berkas_proposal, proposal_pdf)."
    )


def test_indonesian_headers_semicolons_and_windows_encoding(tmp_path: Path, files: Path) -> None:
    text = (
        "Kode;Judul;Instansi;Kelompok;Kluster;Kategori;Tautan Video;Proposal\n"
        "A1;Pelayanan Terpadu Desa Ñusa;Pemkab Tapanuli;umum;kabupaten;x;;a.pdf\n"
    )
    rows = read_submissions(write(tmp_path, text, encoding="cp1252"), files)
    assert rows[0].title == "Pelayanan Terpadu Desa Ñusa"
    assert rows[0].agency == "Pemkab Tapanuli"


def test_xlsx_with_numbers_and_a_preferred_sheet(tmp_path: Path, files: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "catatan"
    workbook.active.append(["this sheet is notes"])
    sheet = workbook.create_sheet("usulan")
    sheet.append(
        ["kode", "judul", "instansi", "kelompok", "kluster", "kategori", "video", "proposal"]
    )
    sheet.append([101, "Judul", "Kota", "umum", "kota", "x", None, "a.pdf"])
    path = tmp_path / "subs.xlsx"
    workbook.save(path)
    rows = read_submissions(path, files)
    assert rows[0].code == "101"


def test_empty_and_foreign_files_get_clear_messages(tmp_path: Path, files: Path) -> None:
    with pytest.raises(InputError, match="is empty"):
        read_submissions(write(tmp_path, "\n\n"), files)
    with pytest.raises(InputError, match="no submissions below the header"):
        read_submissions(write(tmp_path, HEADER), files)
    with pytest.raises(InputError, match=r"only \.xlsx and \.csv"):
        read_submissions(write(tmp_path, "x", "subs.pdf"), files)
    with pytest.raises(InputError, match="not a readable XLSX"):
        read_submissions(write(tmp_path, "not a zip", "subs.xlsx"), files)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_header_row_may_follow_blank_rows(tmp_path: Path) -> None:
    path = write(tmp_path, "\n\nName,Other\nx,y\n")
    table = read_table(path, [Column("name")])
    assert table.rows[0].number == 4
    assert table.rows[0]["name"] == "x"
