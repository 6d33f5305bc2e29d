"""The spreadsheets secretariats really make (issue 17 and issue 14 item 7): each crafted the
way Excel or LibreOffice leaves it, read as the sheet shows it, or refused naming the place."""

from __future__ import annotations

import datetime
import io
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pypdf
import pytest

from app import i18n
from app.canonical import canonical_bytes
from app.crypto.keys import KeyPair, encode_public_key, public_key_document, write_public_key
from app.errors import InputError
from app.formats.roster import read_assignments, read_roster
from app.formats.submissions import read_submissions
from tests.factory import HEADER, tiny_pdf

ROW = ["Judul", "Pemkot", "umum", "kota", "Kesehatan", "https://youtu.be/x"]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("KIPP23-001.pdf", "KIPP23-002.pdf", "KIPP23-003.pdf"):
        (folder / name).write_bytes(tiny_pdf(name))
    return folder


def row(code: str, proposal: str | None = None, **changes: str) -> list[object]:
    values = dict(zip(HEADER, [code, *ROW, proposal or f"{code}.pdf"], strict=True))
    values.update(changes)
    return list(values.values())


def workbook(path: Path, rows: list[list[object]], change=None, header=HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "usulan"
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    if change is not None:
        change(book, sheet)
    book.save(path)
    return path


def patched(path: Path, member: str, old: bytes, new: bytes) -> Path:
    """The workbook with bytes of one member replaced (what openpyxl cannot write)."""
    data = {}
    with zipfile.ZipFile(path) as source:
        for name in source.namelist():
            data[name] = source.read(name)
    assert old in data[member], data[member][:600]
    data[member] = data[member].replace(old, new, 1)
    with zipfile.ZipFile(path, "w") as out:
        for name, content in data.items():
            out.writestr(name, content)
    return path


def refusal(call) -> str:
    with pytest.raises(InputError) as caught:
        call()
    return caught.value.message


# --- item 2: merged data cells --------------------------------------------------------------


def test_a_merged_range_is_filled_from_its_first_cell_and_said(tmp_path: Path, files: Path) -> None:
    def merge(_book, sheet):
        sheet["D3"] = None
        sheet["C3"] = None
        sheet.merge_cells("D2:D4")  # kelompok for three rows
        sheet.merge_cells("C2:C3")  # one agency for two rows

    path = workbook(
        tmp_path / "subs.xlsx",
        [row("KIPP23-001"), row("KIPP23-002"), row("KIPP23-003", group="")],
        merge,
    )
    warnings: list[str] = []
    rows = read_submissions(path, files, warnings)
    assert [(r.agency, r.group) for r in rows] == [("Pemkot", "umum")] * 3
    assert sorted(warnings) == [
        "subs.xlsx: column C (agency): 1 merged range(s) were read with their first cell's value "
        'on every row: C2:C3 ("Pemkot")',
        "subs.xlsx: column D (group): 1 merged range(s) were read with their first cell's value "
        'on every row: D2:D4 ("umum")',
    ]


def test_a_range_merged_across_two_columns_is_refused_by_name(tmp_path: Path, files: Path) -> None:
    path = workbook(
        tmp_path / "subs.xlsx",
        [row("KIPP23-001"), row("KIPP23-002")],
        lambda _b, sheet: sheet.merge_cells("B3:C3"),
    )
    message = refusal(lambda: read_submissions(path, files))
    assert (
        "cells B3:C3 are merged across the columns B (title), C (agency): unmerge them and "
        "give each cell its own value"
    ) in message


# --- item 3: codes shown through a number format --------------------------------------------


def test_numbers_are_read_as_their_format_shows_them(tmp_path: Path, files: Path) -> None:
    (files / "001.pdf").write_bytes(tiny_pdf())
    (files / "KIPP23-004.pdf").write_bytes(tiny_pdf())
    (files / "1234.5.pdf").write_bytes(tiny_pdf())

    def formats(_book, sheet):
        sheet["A2"].number_format = "000"
        sheet["A3"].number_format = '"KIPP23-"000'
        sheet["A4"].number_format = "0.00E+00"  # not rendered: read as the value, and said

    path = workbook(
        tmp_path / "subs.xlsx",
        [row(1, "001.pdf"), row(4, "KIPP23-004.pdf"), row(1234.5, "1234.5.pdf")],
        formats,
    )
    warnings: list[str] = []
    rows = read_submissions(path, files, warnings)
    assert [r.code for r in rows] == ["001", "KIPP23-004", "1234.5"]
    assert warnings == [
        "subs.xlsx: column A (code): 1 number(s) in the format 0.00E+00 were "
        "read without it: row 4: 1234.5"
    ]
    assignments = tmp_path / "penugasan.csv"
    assignments.write_text("id_juri,kode\nJ01,001\n", encoding="utf-8")
    juror = _juror("J01")
    assert read_assignments(assignments, [juror], [r.code for r in rows]) == {"J01": ["001"]}


def test_a_date_excel_made_of_what_was_typed_is_read_in_iso_form_and_said(
    tmp_path: Path, files: Path
) -> None:
    """Excel turns "Mar-23" or "1-2" typed in a cell into a date shown as such; it is read as
    2023-03-01 (the sheet no longer holds what was typed) and the build says so."""

    def dates(_book, sheet):
        sheet["F2"] = datetime.date(2023, 3, 1)
        sheet["F2"].number_format = "mmm-yy"
        sheet["F3"] = datetime.datetime(2023, 1, 2)
        sheet["F3"].number_format = "d-mmm"
        sheet["F4"] = datetime.date(2023, 1, 3)
        sheet["F4"].number_format = "yyyy-mm-dd"  # shown as read: nothing to say

    path = workbook(
        tmp_path / "subs.xlsx", [row("KIPP23-001"), row("KIPP23-002"), row("KIPP23-003")], dates
    )
    warnings: list[str] = []
    rows = read_submissions(path, files, warnings)
    assert [r.category for r in rows] == ["2023-03-01", "2023-01-02", "2023-01-03"]
    assert warnings == [
        "subs.xlsx: column F (category): 1 number(s) in the format mmm-yy were read without "
        "it: row 2: 2023-03-01",
        "subs.xlsx: column F (category): 1 number(s) in the format d-mmm were read without "
        "it: row 3: 2023-01-02",
    ]


def _juror(juror_id: str):
    from app.domain.competition import Juror

    return Juror(juror_id, "Juri", KeyPair.generate().public_key)


# --- item 4: hidden columns and rows --------------------------------------------------------


def _hidden(_book, sheet) -> None:
    sheet.column_dimensions["B"].hidden = True
    sheet.row_dimensions[3].hidden = True


def _shut(_book, sheet) -> None:  # sizes patched to 0 below: openpyxl drops a 0
    sheet.column_dimensions["B"].width = 7.25
    sheet.row_dimensions[3].height = 5


@pytest.mark.parametrize("hide", [_hidden, _shut])
def test_a_hidden_column_loses_to_the_visible_one_and_hidden_rows_are_said(
    tmp_path: Path, files: Path, hide
) -> None:
    """A row of height 0 or a column of width 0 (``_shut``) shows nothing, as a hidden one:
    it was read without a word, so a submission nobody saw on screen went into the package
    unsaid, and an old column shut beside its replacement won."""
    header = ["no", "kode", *HEADER[1:], "kode"]
    rows = [
        [1, "OLD-1", *row("KIPP23-001")[1:], "KIPP23-001"],
        [2, "OLD-2", *row("KIPP23-002")[1:], "KIPP23-002"],
        [3, "OLD-3", *row("KIPP23-003")[1:], "KIPP23-003"],
    ]
    path = workbook(tmp_path / "subs.xlsx", rows, hide, header=header)
    if hide is _shut:
        patched(path, "xl/worksheets/sheet1.xml", b'width="7.25"', b'width="0"')
        patched(path, "xl/worksheets/sheet1.xml", b'ht="5"', b'ht="0"')
    warnings: list[str] = []
    codes = [r.code for r in read_submissions(path, files, warnings)]
    assert codes == ["KIPP23-001", "KIPP23-002", "KIPP23-003"]
    assert warnings == [
        "subs.xlsx: column B (kode) was not read: column J (kode) was",
        "subs.xlsx: hidden rows were read: 3",
    ]


def test_a_hidden_column_that_is_the_only_one_is_read_and_said(tmp_path: Path, files: Path) -> None:
    path = workbook(
        tmp_path / "subs.xlsx",
        [row("KIPP23-001")],
        lambda _b, sheet: setattr(sheet.column_dimensions["C"], "hidden", True),
    )
    warnings: list[str] = []
    assert read_submissions(path, files, warnings)[0].agency == "Pemkot"
    assert warnings == ["subs.xlsx: column C (agency) is hidden but was read"]


# --- item 5: one Windows-1252 byte in a UTF-8 file -------------------------------------------


def test_a_stray_byte_in_a_utf8_csv_is_refused_at_its_place(tmp_path: Path, files: Path) -> None:
    lines = [
        ",".join(HEADER),
        ",".join(map(str, row("KIPP23-001", title="Café Ñusa"))),
        ",".join(map(str, row("KIPP23-002", agency="PemkXt"))),
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8").replace(b"PemkXt", b"Pemk\xe9t")
    path = tmp_path / "subs.csv"
    path.write_bytes(data)
    message = refusal(lambda: read_submissions(path, files))
    assert message == (
        "subs.csv is UTF-8 text except at row 3, column C (byte 0xE9): fix the "
        'character there, or save the file again as "CSV UTF-8".'
    )


def test_a_windows_1252_csv_is_read_as_such_and_said(tmp_path: Path, files: Path) -> None:
    text = (
        "sep=;\n"
        + ";".join(HEADER)
        + "\n"
        + ";".join(map(str, row("KIPP23-001", title="Café Ñusa «Baru»")))
        + "\n"
    )
    path = tmp_path / "subs.csv"
    path.write_bytes(text.encode("cp1252"))
    warnings: list[str] = []
    rows = read_submissions(path, files, warnings)
    assert rows[0].title == "Café Ñusa «Baru»" and rows[0].row == 2
    assert warnings == [
        'subs.csv: not UTF-8: read as Windows-1252 (Excel\'s "CSV" on Windows); '
        'check its accented letters, or save it as "CSV UTF-8"'
    ]


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "subs.csv"
    path.write_bytes(b"kode;judul\nA1;x\x81y\n")
    message = refusal(lambda: read_submissions(path, tmp_path))
    assert "neither UTF-8 nor Windows-1252 text (see row 2, column B (byte 0x81))" in message


# --- item 6 and issue 14 item 7: formulas and hyperlinks ------------------------------------


def test_video_links_are_read_from_hyperlinks_and_hyperlink_formulas(
    tmp_path: Path, files: Path
) -> None:
    def links(_book, sheet):
        sheet["G2"] = '=HYPERLINK("https://youtu.be/formula","Tonton")'
        sheet["G3"] = "Tonton"
        sheet["G3"].hyperlink = "https://youtu.be/link"

    path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001"), row("KIPP23-002")], links)
    rows = read_submissions(path, files)
    assert [r.video_url for r in rows] == ["https://youtu.be/formula", "https://youtu.be/link"]


def test_a_formula_is_read_by_its_saved_result_or_reported_as_a_formula(
    tmp_path: Path, files: Path
) -> None:
    header = [
        "kode",
        "judul",
        "instansi",
        "kelompok",
        "kluster",
        "kategori",
        "tautan_video",
        "berkas_proposal",
    ]

    def formulas(_book, sheet):
        sheet["B2"] = '=CONCATENATE("Inovasi ","Sehat")'
        sheet["B3"] = "=UPPER(C3)"

    path = workbook(
        tmp_path / "subs.xlsx", [row("KIPP23-001"), row("KIPP23-002")], formulas, header=header
    )
    formula = b'<f>CONCATENATE("Inovasi ","Sehat")</f>'
    patched(
        path,
        "xl/worksheets/sheet1.xml",
        b'<c r="B2">' + formula + b"<v />",
        b'<c r="B2" t="str">' + formula + b"<v>Inovasi Sehat</v>",
    )
    message = refusal(lambda: read_submissions(path, files))
    assert message == (
        'subs.xlsx, sheet "usulan", has 1 problem(s):\n  – row 3, column B (judul): holds the '
        "formula =UPPER(C3) without a saved result; type the value itself, or open the file in "
        "Excel or LibreOffice and save it again"
    )
    patched(
        path,
        "xl/worksheets/sheet1.xml",
        b'<c r="B3"><f>UPPER(C3)</f><v />',
        b'<c r="B3" t="str"><f>UPPER(C3)</f><v>PEMKOT</v>',
    )
    assert [r.title for r in read_submissions(path, files)] == ["Inovasi Sehat", "PEMKOT"]


def test_an_error_value_is_reported_as_shown(tmp_path: Path, files: Path) -> None:
    path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001")])
    patched(
        path,
        "xl/worksheets/sheet1.xml",
        b'<c r="C2" t="inlineStr"><is><t>Pemkot</t></is></c>',
        b'<c r="C2" t="e"><f>VLOOKUP(A2,X!A:B,2,0)</f><v>#N/A</v></c>',
    )
    assert "row 2, column C (agency): shows the error #N/A" in refusal(
        lambda: read_submissions(path, files)
    )


def test_indonesian_messages_name_columns_by_the_sheets_own_headers(
    tmp_path: Path, files: Path
) -> None:
    i18n.install("id")
    header = [
        "Kode",
        "Judul",
        "Instansi",
        "Kelompok",
        "Kluster",
        "Kategori",
        "Tautan Video",
        "Berkas Proposal",
    ]
    path = tmp_path / "usulan.csv"
    path.write_text(
        ";".join(header) + "\nKIPP23-001;;Pemkot;umum;kota;x;;tidak-ada.pdf\n", encoding="utf-8"
    )
    message = refusal(lambda: read_submissions(path, files))
    assert "baris 2, kolom B (Judul): judul kosong" in message
    assert (
        f"baris 2, kolom H (Berkas Proposal): tidak ada file tidak-ada.pdf di folder {files}"
    ) in message
    assert "folder file" not in message


# --- item 7: PDFs the juror's viewer cannot open -------------------------------------------


def encrypted_pdf(user: str, owner: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(tiny_pdf()))
    writer.encrypt(user, owner_password=owner)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdfs_that_need_a_password_or_are_cut_short_are_refused(
    tmp_path: Path, files: Path
) -> None:
    (files / "KIPP23-001.pdf").write_bytes(encrypted_pdf("rahasia", "pemilik"))
    (files / "KIPP23-002.pdf").write_bytes(tiny_pdf()[:600])
    (files / "KIPP23-003.pdf").write_bytes(encrypted_pdf("", "pemilik"))  # opens: accepted
    path = workbook(
        tmp_path / "subs.xlsx", [row("KIPP23-001"), row("KIPP23-002"), row("KIPP23-003")]
    )
    message = refusal(lambda: read_submissions(path, files))
    assert (
        "row 2, column H (proposal): KIPP23-001.pdf cannot be opened: it needs a password "
        "to open: save it again without an open password (jurors could not read it)"
    ) in message
    assert (
        "row 3, column H (proposal): KIPP23-002.pdf cannot be opened: it is damaged or "
        "incomplete (perhaps cut short while copied or downloaded): get the file again"
    ) in message
    assert "KIPP23-003" not in message


# --- item 9: where the header and the data are --------------------------------------------


@pytest.mark.parametrize(
    ("cover", "said"),
    [
        (True, 'read sheet "Data" with its header in row 3; other sheets and the rows above'),
        # a new secretariat officer's one-sheet workbook was told of "other sheets" too
        (False, "the header is row 3; the rows above it"),
    ],
)
def test_a_title_row_and_a_cover_sheet_are_skipped_and_said(
    tmp_path: Path, files: Path, cover: bool, said: str
) -> None:
    book = openpyxl.Workbook()
    data = book.active
    if cover:
        data.title = "Sampul"
        data.append(["Daftar usulan KIPP 2023"])
        data = book.create_sheet("Data")
    data.append(["Daftar usulan KIPP 2023 — tahap penilaian proposal"])
    data.append([])
    data.append(HEADER)
    data.append(row("KIPP23-001"))
    path = tmp_path / "subs.xlsx"
    book.save(path)
    warnings: list[str] = []
    rows = read_submissions(path, files, warnings)
    assert [(r.code, r.row) for r in rows] == [("KIPP23-001", 4)]
    assert warnings == [f"subs.xlsx: {said} were not read"]


def test_headers_are_read_however_they_were_spelled(tmp_path: Path, files: Path) -> None:
    """Accents, a line break, a no-break space, a zero-width space from a web form, ``No.``
    and a required-column star do not change what a header means."""
    header = [
        "No. Registrasi*",
        "Judul\nInovasi",
        "Instansi\u00a0",
        "Kelompok\u200b",
        "Klaster",
        "KATEGORI",
        "Tautan Vídeo",
        " Berkas  Proposal ",
    ]
    path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001")], header=header)
    rows = read_submissions(path, files)
    assert [(r.code, r.group, r.video_url) for r in rows] == [
        ("KIPP23-001", "umum", "https://youtu.be/x")
    ]


def test_rows_under_the_same_header_on_two_sheets_are_refused_naming_both(
    tmp_path: Path, files: Path
) -> None:
    """A sheet per group: reading only the first would build a package missing the rest."""
    book = openpyxl.Workbook()
    book.active.title = "usulan"
    book.active.append(HEADER)
    book.active.append(row("KIPP23-001"))
    other = book.create_sheet("replikasi")
    other.append(HEADER)
    other.append(row("KIPP23-002"))
    path = tmp_path / "subs.xlsx"
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_submissions(path, files)
    assert caught.value.code == "rows_on_several_sheets"
    assert caught.value.message.startswith('subs.xlsx: sheets "usulan", "replikasi" each have')
    other.sheet_state = "hidden"  # the way out the message gives
    book.save(path)
    assert [r.code for r in read_submissions(path, files)] == ["KIPP23-001"]


def test_notes_on_a_sheet_after_the_data_sheet_are_said_not_read(
    tmp_path: Path, files: Path
) -> None:
    def notes(book, sheet) -> None:
        book.create_sheet("Petunjuk").append(["kode", "kode inovasi dari formulir"])

    path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001")], notes)
    warnings: list[str] = []
    read_submissions(path, files, warnings)
    assert warnings == [
        'subs.xlsx: read sheet "usulan" with its header in row 1; other sheets were not read'
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])  # Windows, Unix, CSV (Macintosh)
def test_a_sep_line_before_the_header_is_understood(
    tmp_path: Path, files: Path, newline: str
) -> None:
    path = tmp_path / "subs.csv"
    lines = ["sep=;", ";".join(HEADER), ";".join(map(str, row("KIPP23-001")))]
    path.write_bytes(newline.join(lines).encode() + newline.encode())
    warnings: list[str] = []
    assert [r.code for r in read_submissions(path, files, warnings)] == ["KIPP23-001"]
    assert warnings == []


def test_without_a_header_the_accepted_names_are_listed_in_the_users_language(
    tmp_path: Path, files: Path
) -> None:
    i18n.install("id")
    book = openpyxl.Workbook()
    book.active.title = "Sampul"
    book.active.append(["Daftar usulan"])
    other = book.create_sheet("Lembar2")
    other.append(["nomor", "kode", "judul"])
    path = tmp_path / "subs.xlsx"
    book.save(path)
    message = refusal(lambda: read_submissions(path, files))
    assert message.startswith(
        'subs.xlsx, lembar "Lembar2": baris judul kolom (baris 1) tidak punya kolom instansi '
        "(atau agency, nama_instansi, pengusul); kelompok (atau group);"
    )
    assert message.endswith('Lembar yang diperiksa: "Sampul", "Lembar2".')


# --- item 10: file names as people write them ---------------------------------------------


def test_file_names_are_forgiven_with_a_warning_or_refused_with_a_suggestion(
    tmp_path: Path, files: Path
) -> None:
    (files / "KIPP23-004.pdf").write_bytes(tiny_pdf())
    path = workbook(
        tmp_path / "subs.xlsx",
        [
            row("KIPP23-001", "KIPP23-001.PDF"),
            row("KIPP23-002", "files/KIPP23-002.pdf"),
            row("KIPP23-003", "files\\KIPP23-003.pdf"),
            row("KIPP23-004", "KIPP23-04.pdf"),
        ],
    )
    message = refusal(lambda: read_submissions(path, files))
    assert message.endswith(
        f"row 5, column H (proposal): there is no file KIPP23-04.pdf in the "
        f"folder {files}; did you mean KIPP23-004.pdf?"
    )
    assert message.count("\n") == 1  # the other three are found
    path = workbook(
        tmp_path / "subs.xlsx",
        [
            row("KIPP23-001", "KIPP23-001.PDF"),
            row("KIPP23-002", "files/KIPP23-002.pdf"),
            row("KIPP23-003", "files\\KIPP23-003.pdf"),
        ],
    )
    warnings: list[str] = []
    rows = read_submissions(path, files, warnings)
    assert [r.proposal.name for r in rows] == ["KIPP23-001.pdf", "KIPP23-002.pdf", "KIPP23-003.pdf"]
    assert warnings == [
        "subs.xlsx: column H (proposal): 3 file name(s) were read as the file found: "
        "row 2: KIPP23-001.PDF → KIPP23-001.pdf, row 3: files/KIPP23-002.pdf → KIPP23-002.pdf, "
        "row 4: files\\KIPP23-003.pdf → KIPP23-003.pdf"
    ]


def test_an_accented_name_is_found_whichever_unicode_form_the_file_system_keeps(
    tmp_path: Path, files: Path
) -> None:
    """A file named on a Mac (or unpacked from its zip) spells é as e + a combining accent;
    the sheet spells it as one character. They look the same: no refusal, no warning."""
    written = unicodedata.normalize("NFC", "KIPP23-001 Inovasi Pelayanan Café.pdf")
    on_disk = unicodedata.normalize("NFD", written)
    assert on_disk != written
    (files / on_disk).write_bytes(tiny_pdf())
    if not (files / written).exists() or (files / written).samefile(files / on_disk):
        path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001", written)])
        warnings: list[str] = []
        rows = read_submissions(path, files, warnings)
        assert rows[0].proposal.name == on_disk
        assert warnings == []
    path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001", written.upper())])
    warnings = []
    assert read_submissions(path, files, warnings)[0].proposal.name == on_disk
    assert len(warnings) == 1 and "were read as the file found" in warnings[0]


def test_a_name_matching_two_files_apart_from_case_is_refused(tmp_path: Path, files: Path) -> None:
    (files / "kipp23-001.pdf").write_bytes(tiny_pdf())
    if len(list(files.iterdir())) < 4:
        pytest.skip("the file system ignores letter case")
    path = workbook(tmp_path / "subs.xlsx", [row("KIPP23-001", "Kipp23-001.pdf")])
    assert (
        "Kipp23-001.pdf matches several files that differ only in upper and lower case"
        in refusal(lambda: read_submissions(path, files))
    )


# --- item 11: keys as people paste them -----------------------------------------------------


def test_roster_keys_are_read_however_they_were_pasted(tmp_path: Path) -> None:
    a, b, c = KeyPair.generate(), KeyPair.generate(), KeyPair.generate()
    key_a = encode_public_key(a.public_key)
    broken = f"{key_a[:20]}\n{key_a[20:30]} {key_a[30:]}\u200b"
    pasted = canonical_bytes(public_key_document(b.public_key, "Budi")).decode()
    write_public_key(tmp_path / "c.pub.json", c.public_key, "Citra")
    book = openpyxl.Workbook()
    book.active.append(["id_juri", "nama", "kunci_publik"])
    book.active.append(["J01", "Ani", broken])
    book.active.append(["J02", "Budi", pasted])
    book.active.append(["J03", "Citra", "c.pub.json"])
    path = tmp_path / "juri.xlsx"
    book.save(path)
    assert [j.public_key for j in read_roster(path)] == [a.public_key, b.public_key, c.public_key]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: d.pop("fingerprint"), "its fields are not"),  # nothing to compare by eye
        (lambda d: d.update(version=2), "unsupported version"),  # a newer format, guessed at
        (lambda d: d.update(extra="x"), "its fields are not"),
        (lambda d: d.update(label=["Budi"]), "the label is not text"),
    ],
)
def test_a_pasted_key_file_is_read_exactly_as_the_file_would_be(
    tmp_path: Path, change, why: str
) -> None:
    """A key file's text pasted into a cell was read by its key alone: missing its
    fingerprint, of another version or with members no key file has, it was taken, where
    the same text saved as the file is refused as damaged."""
    document = public_key_document(KeyPair.generate().public_key, "Budi")
    change(document)
    roster = tmp_path / "juri.csv"
    pasted = canonical_bytes(document).decode().replace('"', '""')
    roster.write_text(f'id,name,public_key\nJ02,Budi,"{pasted}"\n', encoding="utf-8")
    message = refusal(lambda: read_roster(roster))
    assert "row 2, column C (public_key): The key file pasted in this cell is damaged" in message
    assert why in message


def test_key_files_are_named_as_people_write_them_and_only_inside_the_rosters_folder(
    tmp_path: Path,
) -> None:
    """Key file names are found the way proposals are: another letter case, a Windows path,
    a near miss suggested; a name reaching outside the roster's folder is refused."""
    folder = tmp_path / "juri"
    (folder / "kunci").mkdir(parents=True)
    a, b = KeyPair.generate(), KeyPair.generate()
    write_public_key(folder / "J01.pub.json", a.public_key, "Ani")
    write_public_key(folder / "kunci" / "J02.pub.json", b.public_key, "Budi")
    write_public_key(tmp_path / "J03.pub.json", KeyPair.generate().public_key, "Citra")
    rows = [
        ["J01", "Ani", "J01.PUB.JSON"],
        ["J02", "Budi", "kunci\\J02.pub.json"],
        ["J03", "Citra", "../J03.pub.json"],
        ["J04", "Dewi", "J01.pub"],
    ]

    def roster(rows: list[list[str]]) -> Path:
        book = openpyxl.Workbook()
        book.active.append(["id_juri", "nama", "kunci_publik"])
        for values in rows:
            book.active.append(values)
        book.save(folder / "juri.xlsx")
        return folder / "juri.xlsx"

    lines = refusal(lambda: read_roster(roster(rows))).splitlines()
    assert len(lines) == 3
    assert lines[1].startswith(
        f"  – row 4, column C (kunci_publik): ../J03.pub.json is outside the folder {folder}"
    )
    assert lines[2] == (
        f"  – row 5, column C (kunci_publik): there is no file J01.pub in the folder {folder}; "
        "did you mean J01.pub.json?"
    )
    warnings: list[str] = []
    jurors = read_roster(roster(rows[:2]), warnings)
    assert [j.public_key for j in jurors] == [a.public_key, b.public_key]
    assert warnings == ["juri.xlsx: row 2: the key file J01.PUB.JSON was read as J01.pub.json"]


def test_a_key_cell_showing_a_label_is_read_by_the_key_file_it_links_to(tmp_path: Path) -> None:
    """'Kunci Ani' linked (Insert → Link) to the juror's .pub.json gives that file's key; a
    key shown in the cell wins over a link to where it came from."""
    a, b = KeyPair.generate(), KeyPair.generate()
    write_public_key(tmp_path / "J01.pub.json", a.public_key, "Ani")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id_juri", "nama", "kunci_publik"])
    sheet.append(["J01", "Ani", "Kunci Ani"])
    sheet.append(["J02", "Budi", encode_public_key(b.public_key)])
    sheet.append(["J03", "Citra", "Kunci Citra"])
    sheet["C2"].hyperlink = "J01.pub.json"
    sheet["C3"].hyperlink = "https://mail.example.id/pesan/123"
    sheet["C4"].hyperlink = "J03.pub.json"
    path = tmp_path / "juri.xlsx"
    book.save(path)
    message = refusal(lambda: read_roster(path))
    assert message.splitlines()[1:] == [
        f"  – row 4, column C (kunci_publik): there is no file J03.pub.json in the folder "
        f"{tmp_path}; did you mean J01.pub.json?"
    ]
    sheet.delete_rows(4)
    book.save(path)
    assert [j.public_key for j in read_roster(path)] == [a.public_key, b.public_key]


def test_a_fingerprint_or_a_private_key_in_the_key_column_is_named(tmp_path: Path) -> None:
    from app.crypto.keys import private_key_document

    pair = KeyPair.generate()
    private = canonical_bytes(private_key_document(pair, "a long passphrase")).decode()
    path = tmp_path / "juri.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        import csv

        writer = csv.writer(handle)
        writer.writerow(["id", "name", "public_key"])
        writer.writerow(["J01", "Ani", pair.fingerprint])
        writer.writerow(["J02", "Budi", private])
        writer.writerow(["J03", "Citra", '{"format":"juri-public-key"'])
    message = refusal(lambda: read_roster(path))
    assert (
        f"row 2, column C (public_key): '{pair.fingerprint}' is a key's fingerprint, not the "
        "key: ask the juror for the public key file (juri keys export) or the 44-character "
        "key in it"
    ) in message
    assert (
        "row 3, column C (public_key): this is the text of a private key file, which must "
        "stay with its owner"
    ) in message
    assert (
        "row 4, column C (public_key): the cell holds text that is not a whole Juri public key file"
    ) in message


# --- item 13: invisible characters, blank and case-twin ids, other workbooks -----------------


def test_invisible_and_look_alike_characters_are_named_with_their_position(
    tmp_path: Path, files: Path
) -> None:
    path = workbook(
        tmp_path / "subs.xlsx",
        [row("KIPP23-001\u200b", "KIPP23-001.pdf"), row("KIPP23\u2011002", "KIPP23-002.pdf")],
    )
    message = refusal(lambda: read_submissions(path, files))
    assert (
        "row 2, column A (code): 'KIPP23-001\u200b' has the invisible character ZERO WIDTH "
        "SPACE (U+200B) at position 11; use only letters, digits, '.', '_' and '-'"
    ) in message
    assert (
        "row 3, column A (code): 'KIPP23\u2011002' has the character \u2011 NON-BREAKING "
        "HYPHEN (U+2011) at position 7"
    ) in message


def test_a_pair_given_twice_in_the_assignments_is_said(tmp_path: Path) -> None:
    """Harmless in itself, but often a slip for another pair (KIPP23-001 typed for -002)."""
    assignments = tmp_path / "penugasan.csv"
    assignments.write_text("id_juri,kode\nJ01,S1\nJ02,S1\nJ01,S2\nJ02,S1\n", encoding="utf-8")
    warnings: list[str] = []
    jurors = [_juror("J01"), _juror("J02")]
    assert read_assignments(assignments, jurors, ["S1", "S2"], warnings) == {
        "J01": ["S1", "S2"],
        "J02": ["S1"],
    }
    assert warnings == [
        "penugasan.csv: 1 pair(s) of juror and submission given twice: row 5 repeats row 3"
    ]


def test_juror_ids_blank_or_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    keys = [encode_public_key(KeyPair.generate().public_key) for _ in range(3)]
    roster = tmp_path / "juri.csv"
    roster.write_text(
        f"id,name,public_key\nJ01,Ani,{keys[0]}\nj01,Budi,{keys[1]}\n,Citra,{keys[2]}\n",
        encoding="utf-8",
    )
    message = refusal(lambda: read_roster(roster))
    assert (
        "row 3, column A (id): juror id j01 differs from J01 in row 2 only in upper and lower case"
    ) in message
    assert "row 4, column A (id): the juror id is empty" in message
    assignments = tmp_path / "penugasan.csv"
    assignments.write_text("id_juri,kode\n,S1\nj01,s1\nJ01,\n", encoding="utf-8")
    message = refusal(lambda: read_assignments(assignments, [_juror("J01")], ["S1"]))
    assert "row 2, column A (id_juri): the juror id is empty" in message
    assert "row 3, column A (id_juri): juror j01 is not in the roster; did you mean J01?" in message
    assert (
        "row 3, column B (kode): submission s1 is not in the submissions sheet; did you mean S1?"
    ) in message
    assert "row 4, column B (kode): the submission code is empty" in message
    assert "juror  is" not in message


@pytest.mark.parametrize("name", ["subs.xls", "subs.ods"])
def test_old_and_other_workbooks_are_asked_to_be_saved_as_xlsx(
    tmp_path: Path, files: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    message = refusal(lambda: read_submissions(path, files))
    assert "save it as .xlsx (Excel Workbook) or as CSV UTF-8" in message


def test_a_password_protected_xlsx_is_named_as_such(tmp_path: Path, files: Path) -> None:
    path = tmp_path / "subs.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))  # what Excel writes
    with pytest.raises(InputError) as caught:
        read_submissions(path, files)
    assert caught.value.code == "save_as_xlsx"
    assert "password-protected" in caught.value.message


def test_a_cell_showing_one_address_but_linking_to_another_is_refused(
    tmp_path: Path, files: Path
) -> None:
    """A label defers to its link; an address shown is what the secretariat checked, so a
    different hidden target is refused naming the cell (red team, finding 4)."""

    def links(_book, sheet):
        sheet["G2"] = "https://youtu.be/REAL"
        sheet["G2"].hyperlink = "https://evil.example/x"
        sheet["G3"] = "www.youtube.com/watch?v=1"
        sheet["G3"].hyperlink = "http://www.youtube.com/watch?v=1"
        sheet["G4"] = "Tonton"
        sheet["G4"].hyperlink = "https://youtu.be/label"

    rows = [row("KIPP23-001"), row("KIPP23-002"), row("KIPP23-003")]
    path = workbook(tmp_path / "subs.xlsx", rows, links)
    message = refusal(lambda: read_submissions(path, files))
    assert (
        "row 2, column G (video_url): shows the link https://youtu.be/REAL but leads to "
        "https://evil.example/x"
    ) in message
    assert "row 3" not in message and "row 4" not in message

    def fixed(book, sheet):
        links(book, sheet)
        sheet["G2"].hyperlink = "https://youtu.be/REAL"

    path = workbook(tmp_path / "fixed.xlsx", rows, fixed)
    assert [r.video_url for r in read_submissions(path, files)] == [
        "https://youtu.be/REAL",
        "http://www.youtube.com/watch?v=1",
        "https://youtu.be/label",
    ]


def test_groups_and_clusters_that_only_look_alike_are_refused_naming_both_rows(
    tmp_path: Path, files: Path
) -> None:
    """Third red-team pass: the per-group and per-cluster rankings, and `juri package next
    --top-per-group`, count each spelling as a group of its own, so one row typed "Umum" (or
    with a zero-width space pasted from the web) would rank first in a group of one."""
    for name in ("KIPP23-004.pdf", "KIPP23-005.pdf"):
        (files / name).write_bytes(tiny_pdf(name))
    path = workbook(
        tmp_path / "subs.xlsx",
        [
            row("KIPP23-001"),
            row("KIPP23-002", group="Umum"),
            row("KIPP23-003", group="ｕｍｕｍ"),
            row("KIPP23-004", group="umum\u200b"),
            row("KIPP23-005", cluster="kota\u202e"),
        ],
    )
    message = refusal(lambda: read_submissions(path, files))
    assert (
        "row 3, column D (group): 'Umum' differs from 'umum' in row 2 only in upper and lower "
        "case or in the width of its letters; a ranking per group or cluster would count them "
        "as two: write them the same"
    ) in message
    assert "row 4, column D (group): 'ｕｍｕｍ' differs from 'umum' in row 2" in message
    assert (
        "row 5, column D (group): 'umum\u200b' has the invisible character ZERO WIDTH SPACE "
        "(U+200B) at position 5"
    ) in message
    assert "row 6, column E (cluster): 'kota\u202e' has the invisible character" in message
    assert "(U+202E)" in message

    # one spelling throughout, even an unusual one, is one group
    same = workbook(
        tmp_path / "same.xlsx", [row("KIPP23-001", group="Umum"), row("KIPP23-002", group="Umum")]
    )
    assert {r.group for r in read_submissions(same, files)} == {"Umum"}


def test_a_csv_quote_never_closed_is_refused_in_words_not_a_traceback(tmp_path: Path) -> None:
    """A stray opening quote takes in every row after it as one cell; past the csv module's
    131,072 characters ``juri package build`` ended in a traceback (``_csv.Error: field
    larger than field limit``)."""
    roster = tmp_path / "juri.csv"
    rest = "".join(f"J{i:04d},Juri {i},{'A' * 43}=\n" for i in range(2, 3000))
    roster.write_text(f'id,name,public_key\nJ0001,"Ani,{"A" * 43}=\n{rest}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_roster(roster)
    assert caught.value.code == "cell_too_long"
    assert caught.value.message.startswith(
        "juri.csv: the cell that starts in row 2 runs past 131072 characters: most often a "
        'quote (") opened in it and never closed'
    )


def test_a_title_or_agency_with_an_invisible_character_is_refused_a_line_break_is_not(
    tmp_path: Path, files: Path
) -> None:
    """Red-team finding: ``JUDUL\\u202eLAMA`` in a title cell was signed into the package, and
    the juror's window and the PDFs showed it reversed (a right-to-left override makes one
    title read as another). A line break typed with Alt+Enter is the secretariat's own."""
    path = workbook(
        tmp_path / "subs.xlsx",
        [
            row("KIPP23-001", title="Layanan\u202eLAMA"),
            row("KIPP23-002", agency="Dinas\u200bKesehatan"),
            row("KIPP23-003", title="Layanan Terpadu\r\nSatu Pintu"),
        ],
    )
    message = refusal(lambda: read_submissions(path, files))
    assert "row 2, column B (judul)" in message or "row 2, column B (title)" in message
    assert "RIGHT-TO-LEFT OVERRIDE (U+202E) at position 8; retype it" in message
    assert "ZERO WIDTH SPACE (U+200B) at position 6; retype it" in message
    assert "row 4" not in message
