"""Every byte of a package is bound: each member's local header agrees with the directory
whatever its packing, no byte lies outside the zip's structure, and every name is one that
every zip reader and every juror's disk (Windows above all) takes as the same single file.
The builder runs the same name rules, so Juri never writes a package it would refuse."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from app.errors import InputError, PackageRefused
from app.package.reader import open_package, read_member
from tests.package.test_package import local_header, proposal_name, refused, rewrite


@pytest.fixture
def built(competition):
    return competition(submissions=3, jurors=2, with_workspaces=False)


def changed(package: Path, target: Path, edit) -> Path:
    data = bytearray(package.read_bytes())
    edit(data)
    target.write_bytes(bytes(data))
    return target


# --- (a) local headers ---------------------------------------------------------------------

LOCAL_FIELDS = {
    "version needed": 4,
    "flags": 6,
    "method": 8,
    "time": 10,
    "date": 12,
    "crc": 14,
    "packed size": 18,
    "size": 22,
}


@pytest.mark.parametrize("field", LOCAL_FIELDS)
@pytest.mark.parametrize("member", ["manifest.json", "proposal"])
def test_every_field_of_every_local_header_is_checked(built, tmp_path, field, member) -> None:
    """The manifest is deflated, a proposal stored: a changed byte in either's local header
    is refused, as ``unzip`` would trip over it."""
    name = proposal_name(built.package) if member == "proposal" else member

    def edit(data: bytearray) -> None:
        data[local_header(data, name) + LOCAL_FIELDS[field]] ^= 0x02

    bad = changed(built.package, tmp_path / "bad.juripkg", edit)
    assert refused(bad, "damaged") == (
        f"The package is damaged: the header of {name} does not match the package's directory."
    )


def test_the_deflated_manifest_whose_method_byte_changed_is_what_unzip_trips_over(
    built, tmp_path
) -> None:
    """The case of the issue: Juri called it valid while ``unzip`` reported a bad CRC."""

    def stored(data: bytearray) -> None:
        data[local_header(data, "manifest.json") + 8] = zipfile.ZIP_STORED

    bad = changed(built.package, tmp_path / "bad.juripkg", stored)
    refused(bad, "damaged")
    if shutil.which("unzip"):
        assert subprocess.run(["unzip", "-tqq", str(bad)], capture_output=True).returncode != 0
        assert (
            subprocess.run(["unzip", "-tqq", str(built.package)], capture_output=True).returncode
            == 0
        )


def test_a_local_extra_field_that_differs_from_the_directory(built, tmp_path) -> None:
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = archive.read(name)
    info = zipfile.ZipInfo(name)
    info.extra = struct.pack("<HH", 0xCAFE, 4) + b"abcd"
    moved = rewrite(built.package, tmp_path / "extra.juripkg", drop={name}, infos=[(info, data)])
    open_package(moved)  # the same extra field in both places: fine

    def edit(raw: bytearray) -> None:
        at = local_header(raw, name) + 30 + len(name)
        raw[at + 4 : at + 8] = b"dcba"

    refused(changed(moved, tmp_path / "bad.juripkg", edit), "damaged")


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot go back in: it writes data descriptors after each member."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        self.data += chunk
        return len(chunk)


def streamed(package: Path, target: Path) -> Path:
    out = Unseekable()
    with zipfile.ZipFile(package) as original, zipfile.ZipFile(out, "w") as archive:
        for info in original.infolist():
            archive.writestr(info.filename, original.read(info), info.compress_type)
    target.write_bytes(bytes(out.data))
    return target


def test_members_with_data_descriptors_are_read_and_their_descriptors_checked(
    built, tmp_path
) -> None:
    package = streamed(built.package, tmp_path / "streamed.juripkg")
    with zipfile.ZipFile(package) as archive:
        assert all(info.flag_bits & 0x08 for info in archive.infolist())
    verified = open_package(package)
    entry = verified.manifest.submissions[0].proposal
    assert read_member(package, entry) == read_member(built.package, entry)

    def edit(data: bytearray) -> None:  # the CRC in the descriptor after the first proposal
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            info = archive.getinfo(entry.path)
        at = local_header(data, entry.path) + 30 + len(entry.path) + info.compress_size
        assert data[at : at + 4] == b"PK\x07\x08"
        data[at + 4] ^= 0x01

    refused(changed(package, tmp_path / "bad.juripkg", edit), "damaged")


def test_zip64_records_are_read_and_checked(built, tmp_path, monkeypatch) -> None:
    """zipfile writes zip64 sizes and end records past its limits; lowered, every member and
    the end of the file carry them."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 10)
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 2)
    package = rewrite(built.package, tmp_path / "zip64.juripkg")
    monkeypatch.undo()
    data = package.read_bytes()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    open_package(package)

    def edit(raw: bytearray) -> None:  # the zip64 record's count of entries
        at = raw.rindex(b"PK\x06\x06")
        raw[at + 24] += 1

    refused(changed(package, tmp_path / "bad.juripkg", edit), "stray_bytes")


# --- (b) nothing outside the zip's structure -------------------------------------------------


def test_bytes_put_in_front_are_refused(built, tmp_path) -> None:
    bad = tmp_path / "bad.juripkg"
    bad.write_bytes(b"MZ" + bytes(100) + built.package.read_bytes())
    with zipfile.ZipFile(bad) as archive:  # zipfile reads it as if nothing were there
        archive.testzip()
    assert "belong to no part of the zip" in refused(bad, "stray_bytes")


@pytest.mark.parametrize("tail", [b"x", bytes(5000), b"PK\x05\x06" + bytes(18)])
def test_bytes_appended_are_refused(built, tmp_path, tail: bytes) -> None:
    bad = tmp_path / "bad.juripkg"
    bad.write_bytes(built.package.read_bytes() + tail)
    refused(bad, "stray_bytes")


def test_a_zip_comment_is_refused(built, tmp_path) -> None:
    bad = tmp_path / "bad.juripkg"
    shutil.copyfile(built.package, bad)
    with zipfile.ZipFile(bad, "a") as archive:
        archive.comment = b"signed by nobody"
    assert "a comment or bytes after its end" in refused(bad, "stray_bytes")


def test_a_comment_on_an_entry_is_refused(built, tmp_path) -> None:
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = archive.read(name)
    info = zipfile.ZipInfo(name)
    info.comment = b"unsigned words"
    bad = rewrite(built.package, tmp_path / "bad.juripkg", drop={name}, infos=[(info, data)])
    assert "carries a comment" in refused(bad, "stray_bytes")


def padded(package: Path, target: Path, *, after: str) -> Path:
    """``package`` rewritten with junk after member ``after`` (``""``: before the directory),
    every offset in the directory pointing where it should."""
    with (
        zipfile.ZipFile(package) as original,
        target.open("wb") as handle,
        zipfile.ZipFile(handle, "w") as archive,
    ):
        for info in original.infolist():
            archive.writestr(info, original.read(info))
            if info.filename == after:
                handle.write(b"hidden bytes")
                archive.start_dir = handle.tell()
        handle.write(b"" if after else b"hidden bytes")
        archive.start_dir = handle.tell()
    return target


@pytest.mark.parametrize("where", ["between members", "before the directory"])
def test_bytes_between_the_parts_are_refused(built, tmp_path, where: str) -> None:
    after = proposal_name(built.package) if where == "between members" else ""
    bad = padded(built.package, tmp_path / "bad.juripkg", after=after)
    with zipfile.ZipFile(bad) as archive:
        assert archive.testzip() is None  # a zip reader finds nothing wrong
    refused(bad, "stray_bytes")


def test_a_directory_entry_cut_off_at_the_end_is_refused(built, tmp_path) -> None:
    """The last directory entry claims a longer name than the directory holds: zipfile stops
    at the directory's end, another reader would read the end record as part of the name."""

    def edit(data: bytearray) -> None:
        record = data.rindex(b"PK\x01\x02")
        struct.pack_into("<H", data, record + 32, 7)  # a comment of 7 bytes, never written

    refused(changed(built.package, tmp_path / "bad.juripkg", edit), "stray_bytes")


def test_a_genuine_package_is_all_structure(built) -> None:
    """The builder's output passes all of the above, and ``unzip`` agrees it is sound."""
    open_package(built.package)
    if shutil.which("unzip"):
        result = subprocess.run(
            ["unzip", "-tq", str(built.package)], capture_output=True, text=True
        )
        assert result.returncode == 0 and "No errors" in result.stdout


# --- (c), (d) names ------------------------------------------------------------------------


def test_a_name_with_a_nul_is_refused(built, tmp_path) -> None:
    """``files/S001/proposal.pdf\\0.exe``: zipfile cuts the name at the NUL and found the
    signed proposal under it; another tool writes an .exe."""
    name = proposal_name(built.package)
    placeholder = name + "#.exe"

    def with_nul(data: bytearray) -> None:
        data[:] = data.replace(placeholder.encode(), (name + "\0.exe").encode())

    with zipfile.ZipFile(built.package) as archive:
        content = archive.read(name)
    staged = rewrite(
        built.package, tmp_path / "staged.juripkg", drop={name}, add={placeholder: content}
    )
    bad = changed(staged, tmp_path / "bad.juripkg", with_nul)
    with zipfile.ZipFile(bad) as archive:
        assert name in archive.namelist()  # what zipfile makes of it
    message = refused(bad, "unsafe_path")
    assert "\\x00.exe" in message and "control character" in message


@pytest.mark.parametrize(
    "name, reason",
    [
        ("files/CON.pdf", "device name"),
        ("files/aux", "device name"),
        ("files/S001/Nul.tar.gz", "device name"),
        ("files/com1/x.pdf", "device name"),
        ("files/LPT9 .pdf", "device name"),
        ("files/conin$", "device name"),
        ("files/x.pdf.", "ends in a dot or a space"),
        ("files/x.pdf ", "ends in a dot or a space"),
        ("files/dir./x.pdf", "ends in a dot or a space"),
        ("files/a<b.pdf", "Windows reserves"),
        ("files/a|b.pdf", "Windows reserves"),
        ("files/a?.pdf", "Windows reserves"),
        ("files/a*.pdf", "Windows reserves"),
        ('files/a".pdf', "Windows reserves"),
        ("files/x\u0085.pdf", "control character"),
    ],
)
def test_names_windows_cannot_write_are_refused(built, tmp_path, name: str, reason: str) -> None:
    info = zipfile.ZipInfo("placeholder")
    info.filename = name
    bad = rewrite(built.package, tmp_path / "bad.juripkg", infos=[(info, b"x")])
    assert reason in refused(bad, "unsafe_path")


@pytest.mark.parametrize(
    "name",
    [
        "files/console.pdf",
        "files/CONFIG",
        "files/com10.pdf",
        "files/lpt.pdf",
        "files/.pdf",
        "files/a.b.c",
        "files/é.pdf",
    ],
)
def test_names_that_only_look_reserved_are_fine(built, tmp_path, name: str) -> None:
    """Such names are not refused as unsafe; here the package holds them unlisted."""
    info = zipfile.ZipInfo("placeholder")
    info.filename = name
    bad = rewrite(built.package, tmp_path / "bad.juripkg", infos=[(info, b"x")])
    refused(bad, "extra_file")


@pytest.mark.parametrize(
    "twins",
    [
        ("files/café.pdf", unicodedata.normalize("NFD", "files/café.pdf")),
        ("files/Proposal.PDF", "files/proposal.pdf"),
        ("files/S001", "files/S001/x.pdf"),  # a file that is also a folder
        ("files/s001/x.pdf", "files/S001"),
    ],
)
def test_twin_names_are_refused(built, tmp_path, twins: tuple[str, str]) -> None:
    infos = []
    for name in twins:
        info = zipfile.ZipInfo("placeholder")
        info.filename = name
        infos.append((info, b"x"))
    bad = rewrite(built.package, tmp_path / "bad.juripkg", infos=infos)
    message = refused(bad, "duplicate_name")
    assert "case or Unicode form" in message


# --- the builder writes no name its reader refuses --------------------------------------


def row(code: str, proposal: str) -> list[str]:
    return [code, f"Inovasi {code}", "Pemda", "umum", "kota", "", "", proposal]


@pytest.mark.parametrize(
    "code, reason",
    [
        ("CON", "device name"),
        ("aux", "device name"),
        ("com1", "device name"),
        ("x.", "ends in a dot or a space"),
    ],
)
def test_the_builder_refuses_a_name_the_reader_would_refuse(
    competition, code: str, reason: str
) -> None:
    setup = competition(build=False, rows=[row(code, "own.pdf")])
    shutil.copyfile(setup.files / "S001.pdf", setup.files / "own.pdf")
    with pytest.raises(InputError) as caught:
        setup.build()
    assert caught.value.message.startswith(
        f"own.pdf (submission {code}) cannot go into the package as files/{code}/proposal.pdf"
    )
    assert reason in caught.value.message
    assert list(setup.folder.glob("*.juripkg*")) == []


def test_the_builder_refuses_codes_that_are_one_folder_on_windows(competition) -> None:
    """Caught while reading the spreadsheet, naming both rows, before any path is made."""
    setup = competition(build=False, rows=[row("s001", "S002.pdf")])  # S001 is there already
    with pytest.raises(InputError, match="differs from S001 in row 2 only in upper and lower"):
        setup.build()
    assert list(setup.folder.glob("*.juripkg*")) == []


def test_the_builder_refuses_a_proposal_whose_name_windows_cannot_write(competition) -> None:
    """The file's own name travels in the manifest and names the file a juror opens."""
    setup = competition(build=False)
    (setup.files / "S001.pdf").rename(setup.files / "S001?.pdf")
    text = setup.submissions.read_text(encoding="utf-8").replace("S001.pdf", "S001?.pdf")
    setup.submissions.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        setup.build()
    assert caught.value.message.startswith(
        "The file name S001?.pdf (submission S001) cannot go into the package: it contains a "
        "character Windows reserves"
    )


def test_the_builder_refuses_a_proposal_not_named_pdf(competition) -> None:
    """A PDF named evil.hta would be opened by type on the juror's computer."""
    setup = competition(build=False)
    (setup.files / "S001.pdf").rename(setup.files / "evil.hta")
    text = setup.submissions.read_text(encoding="utf-8").replace("S001.pdf", "evil.hta")
    setup.submissions.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"evil\.hta is a PDF but its name does not end in \.pdf"):
        setup.build()
    assert list(setup.folder.glob("*.juripkg*")) == []


def test_a_member_larger_than_4_gb_is_read_from_its_zip64_record() -> None:
    """A carried video may pass 4 GB: its sizes live in zip64 records (checked without
    writing 4 GB: the local header as zipfile writes it, against the directory's entry)."""
    from app.package.layout import member_span

    big = 5 * 1024**3
    local = zipfile.ZipInfo("files/S001/video.mp4", date_time=(2026, 11, 23, 8, 0, 0))
    local.file_size = local.compress_size = big
    local.CRC = 0x12345678
    header = local.FileHeader(zip64=True)
    central = zipfile.ZipInfo("files/S001/video.mp4", date_time=(2026, 11, 23, 8, 0, 0))
    central.file_size = central.compress_size = big
    central.CRC, central.extract_version = 0x12345678, local.extract_version
    central.extra = struct.pack("<HHQQ", 1, 16, big, big)
    central.header_offset = 0
    data_at, end = member_span(io.BytesIO(header + bytes(64)), central)
    assert (data_at, end) == (len(header), len(header) + big)

    wrong = bytearray(header)
    wrong[-8:] = struct.pack("<Q", big - 1)  # the local zip64 record's packed size
    with pytest.raises(PackageRefused, match="does not match the package's directory"):
        member_span(io.BytesIO(bytes(wrong) + bytes(64)), central)


def test_a_deflated_stream_must_end_where_its_member_ends(built, tmp_path) -> None:
    """Flip the first bit of the manifest's deflate stream (the last-block flag): zipfile
    inflates the same bytes with the same CRC, but the stream no longer ends where the member
    does, which ``unzip`` reports."""

    def edit(data: bytearray) -> None:
        at = local_header(data, "manifest.json") + 30 + len("manifest.json")
        data[at] ^= 0x01

    bad = changed(built.package, tmp_path / "bad.juripkg", edit)
    with zipfile.ZipFile(bad) as archive, zipfile.ZipFile(built.package) as genuine:
        assert archive.read("manifest.json") == genuine.read("manifest.json")
    assert "does not give what its directory entry says" in refused(bad, "damaged")


@pytest.mark.parametrize("how", ["bzip2", "second disk"])
def test_members_packed_in_ways_juri_does_not_read_are_refused(built, tmp_path, how) -> None:
    if how == "bzip2":
        bad = rewrite(built.package, tmp_path / "bad.juripkg", compression=zipfile.ZIP_BZIP2)
    else:

        def edit(data: bytearray) -> None:  # the disk number of the first directory entry
            data[data.index(b"PK\x01\x02") + 34] = 1

        bad = changed(built.package, tmp_path / "bad.juripkg", edit)
    assert "packed in a way Juri does not read" in refused(bad, "unsupported")


@pytest.mark.parametrize("mode", [0o100755, 0o104644, 0o020644, 0o001644])
def test_entries_marked_as_programs_or_special_files_are_refused(
    built, tmp_path, mode: int
) -> None:
    """``unzip`` sets a file's mode from its entry: an executable or setuid proposal, a device
    or a sticky file would come out of a package Juri had verified."""
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = archive.read(name)
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    bad = rewrite(built.package, tmp_path / "bad.juripkg", drop={name}, infos=[(info, data)])
    assert "marked as a program or a special file" in refused(bad, "special_file")


@pytest.mark.parametrize("name", ["\0evil.exe", "files/\0evil.exe"])
def test_a_name_that_zipfile_cuts_to_nothing_or_to_a_folder_is_refused(
    built, tmp_path, name: str
) -> None:
    """zipfile reads the first as an empty name (a crash before) and the second as the folder
    ``files/``, which was skipped with the bytes it carries."""
    placeholder = name.replace("\0", "#")

    def with_nul(data: bytearray) -> None:
        data[:] = data.replace(placeholder.encode(), name.encode())

    staged = rewrite(built.package, tmp_path / "staged.juripkg", add={placeholder: b"MZ"})
    bad = changed(staged, tmp_path / "bad.juripkg", with_nul)
    assert "control character" in refused(bad, "unsafe_path")


@pytest.mark.parametrize(
    ("system", "attributes"),
    [
        (0, 0x10),  # MS-DOS host, the folder attribute: 7-Zip makes an empty folder of it
        (0, 0x02),  # hidden: the proposal comes out of the zip invisible in Explorer
        (0, 0x04),  # system
        (3, 0x02),  # the same bits under a Unix host
        (11, 0x10),  # NTFS host
        (0, 0x400),  # reparse point
    ],
)
def test_entries_marked_hidden_system_or_as_a_folder_on_windows_are_refused(
    built, tmp_path, system: int, attributes: int
) -> None:
    """The low half of an entry's external attributes holds its MS-DOS/Windows attributes,
    which Windows zip tools apply: a proposal marked as a folder (7-Zip extracts a folder of
    that name and no file), hidden or as a system file would not be the file Juri verified."""
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = archive.read(name)
    info = zipfile.ZipInfo(name)
    info.create_system = system
    info.external_attr = (0o100644 << 16) | attributes
    bad = rewrite(built.package, tmp_path / "bad.juripkg", drop={name}, infos=[(info, data)])
    assert "marked hidden, as a system file or as a folder" in refused(bad, "special_file")


@pytest.mark.parametrize("attributes", [0x01, 0x20, 0x80, 0x21])
def test_the_read_only_archive_and_normal_attributes_are_left_free(
    built, tmp_path, attributes: int
) -> None:
    """What Windows zip writers set on an ordinary file (read-only, archive, normal) changes
    nothing a reader makes of it, so a repacked package still opens."""
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = archive.read(name)
    info = zipfile.ZipInfo(name)
    info.create_system = 0
    info.external_attr = attributes
    ok = rewrite(built.package, tmp_path / "ok.juripkg", drop={name}, infos=[(info, data)])
    assert open_package(ok).manifest.package_id
