"""Every byte of a package file accounted for.

A zip is read from its end: the end record points to the central directory, the directory to
each member's local header, the header to the member's data. Zip readers differ in what they
make of bytes that belong to none of these (``zipfile`` skips bytes put in front, ``unzip``
warns, others find a second archive there) and of a local header that disagrees with its
directory entry (``unzip`` unpacks with the header's method and then fails its CRC, where
``zipfile`` trusts the directory). So Juri accepts a package only when its bytes are exactly:
the members one after another from the first byte, each its local header — agreeing field for
field with its directory entry — its data and its data descriptor if it has one; then the
central directory; then, for ZIP64, the zip64 end record and its locator; then the end record,
without a comment, up to the last byte. What the secretariat signed (the manifest and the
files' SHA-256) is then the whole of what any zip reader can find in the file.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

from app.errors import PackageRefused
from app.i18n import translate

# APPNOTE 4.3.7: signature, version needed, flags, method, time, date, CRC-32, compressed and
# uncompressed size, lengths of the name and of the extra field that follow
LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_END = struct.Struct("<4sHHHHIIH")  # the end of central directory record (4.3.16)
_END_SIGNATURE = b"PK\x05\x06"
_LOCATOR = struct.Struct("<4sIQI")  # the zip64 end of central directory locator (4.3.15)
_LOCATOR_SIGNATURE = b"PK\x06\x07"
_END64 = struct.Struct("<4sQHHIIQQQQ")  # the zip64 end of central directory record (4.3.14)
_END64_SIGNATURE = b"PK\x06\x06"
_DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
_ZIP64_EXTRA = 0x0001
_DATA_DESCRIPTOR = 0x08  # flag bit 3: CRC and sizes follow the data
_UTF8_NAME = 0x800
_ALL_ONES_16, _ALL_ONES_32 = 0xFFFF, 0xFFFF_FFFF
_SPARE = 64  # read this much more than a header needs, for a zip64 record in its extra field


def stray_bytes(where: int) -> PackageRefused:
    return PackageRefused(
        translate(
            "Package",
            "The package holds bytes that belong to no part of the zip (at byte "
            "{offset}): it was changed after it was built.",
        ).format(offset=where),
        code="stray_bytes",
    )


def disagreeing(info: zipfile.ZipInfo) -> PackageRefused:
    return PackageRefused(
        translate(
            "Package",
            "The package is damaged: the header of {path} does not match the package's directory.",
        ).format(path=info.filename[:200]),
        code="damaged",
    )


def cut_short(name: str) -> PackageRefused:
    return PackageRefused(
        translate("Package", "The package is damaged: the file {path} is cut short.").format(
            path=name[:200]
        ),
        code="damaged",
    )


def check_layout(handle: BinaryIO, archive: zipfile.ZipFile, size: int) -> dict[str, int]:
    """Where each member's data starts (name → offset), once every byte of the file of
    ``size`` bytes is known to belong to a member, the directory or the end records."""
    _check_end(handle, archive, size)
    data_at: dict[str, int] = {}
    expected, previous = 0, None
    for info in sorted(archive.infolist(), key=lambda i: i.header_offset):
        _follows(previous, expected, info.header_offset)
        data_at[info.filename], expected = member_span(handle, info)
        previous = info
    _follows(previous, expected, archive.start_dir)
    _check_last_entry(handle, archive)
    return data_at


def _follows(previous: zipfile.ZipInfo | None, end: int, start: int) -> None:
    """The next part of the zip starts at ``start``, right where the one before it ends."""
    if start < end and previous is not None:  # the member before runs into it
        raise cut_short(previous.filename)
    if start != end:  # bytes between the two, or two members sharing bytes
        raise stray_bytes(min(start, end))


def member_span(handle: BinaryIO, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Where the member's data starts and where the member (its data descriptor included)
    ends, once its local header agrees with its directory entry field for field."""
    name = directory_name(info)
    handle.seek(info.header_offset)
    head = handle.read(LOCAL_HEADER.size + len(name) + len(info.extra) + _SPARE)
    stamp = info.date_time
    time = stamp[3] << 11 | stamp[4] << 5 | stamp[5] // 2
    date = (stamp[0] - 1980) << 9 | stamp[1] << 5 | stamp[2]
    if (
        not info.flag_bits & _DATA_DESCRIPTOR
        and max(info.compress_size, info.file_size) < _ALL_ONES_32
        and head.startswith(
            LOCAL_HEADER.pack(
                _LOCAL_SIGNATURE,
                info.extract_version | info.reserved << 8,
                info.flag_bits,
                info.compress_type,
                time,
                date,
                info.CRC,
                info.compress_size,
                info.file_size,
                len(name),
                len(info.extra),
            )
            + name
            + info.extra
        )
    ):
        # the header a zip writer makes without zip64 or a data descriptor, as the directory
        # says it: all of it compared at once (thousands of members)
        data_at = info.header_offset + LOCAL_HEADER.size + len(name) + len(info.extra)
        return data_at, data_at + info.compress_size
    if len(head) < LOCAL_HEADER.size:
        raise cut_short(info.filename)
    (
        signature,
        version,
        flags,
        method,
        local_time,
        local_date,
        crc,
        packed,
        unpacked,
        name_length,
        extra_length,
    ) = LOCAL_HEADER.unpack_from(head)
    data_at = info.header_offset + LOCAL_HEADER.size + name_length + extra_length
    extra_at = LOCAL_HEADER.size + name_length
    if len(head) < extra_at + extra_length:
        head += handle.read(extra_at + extra_length - len(head))
    if len(head) < extra_at + extra_length:
        raise cut_short(info.filename)
    if (
        signature != _LOCAL_SIGNATURE
        or version != info.extract_version | info.reserved << 8
        or flags != info.flag_bits
        or method != info.compress_type
        or (local_time, local_date) != (time, date)
        or head[LOCAL_HEADER.size : extra_at] != name
    ):
        raise disagreeing(info)
    extra, sizes = _split_extra(head[extra_at : extra_at + extra_length], info)
    if extra != _split_extra(info.extra, info)[0]:
        raise disagreeing(info)
    if _ALL_ONES_32 in (packed, unpacked):  # both sizes in the zip64 record (4.5.3)
        if sizes is None or len(sizes) < 2:
            raise disagreeing(info)
        unpacked, packed = sizes[0], sizes[1]
    elif sizes is not None:
        raise disagreeing(info)
    told = (crc, packed, unpacked)
    if flags & _DATA_DESCRIPTOR and told == (0, 0, 0):
        return data_at, _descriptor_end(
            handle, info, data_at + info.compress_size, wide=sizes is not None
        )
    if told != (info.CRC, info.compress_size, info.file_size):
        raise disagreeing(info)
    end = data_at + info.compress_size
    if flags & _DATA_DESCRIPTOR:
        end = _descriptor_end(handle, info, end, wide=sizes is not None)
    return data_at, end


def directory_name(info: zipfile.ZipInfo) -> bytes:
    """The member's name as the zip's directory spells it: UTF-8 when flagged so, else cp437,
    which equals ASCII on ASCII names (encoded the quick way: every name Juri writes)."""
    name = info.orig_filename
    return name.encode("utf-8" if info.flag_bits & _UTF8_NAME or name.isascii() else "cp437")


def _split_extra(extra: bytes, info: zipfile.ZipInfo) -> tuple[bytes, tuple[int, ...] | None]:
    """An extra field without its zip64 record, and the record's 8-byte values if it has one.
    The zip64 record is the one part that rightly differs between a local header (both sizes)
    and the directory (only the values too large for it); every other record must be the
    same in both."""
    rest, values, at = b"", None, 0
    while at < len(extra):
        if at + 4 > len(extra):
            raise disagreeing(info)
        kind, length = struct.unpack_from("<HH", extra, at)
        end = at + 4 + length
        if end > len(extra):
            raise disagreeing(info)
        if kind == _ZIP64_EXTRA:
            if values is not None or length % 8:
                raise disagreeing(info)
            values = struct.unpack_from(f"<{length // 8}Q", extra, at + 4)
        else:
            rest += extra[at:end]
        at = end
    return rest, values


def _descriptor_end(handle: BinaryIO, info: zipfile.ZipInfo, at: int, *, wide: bool) -> int:
    """The end of the data descriptor at ``at``, once it agrees with the directory."""
    handle.seek(at)
    read = handle.read(4 + 4 + 16)
    skip = 4 if read.startswith(_DESCRIPTOR_SIGNATURE) else 0
    layout = "<IQQ" if wide else "<III"
    if len(read) < skip + struct.calcsize(layout):
        raise cut_short(info.filename)
    if struct.unpack_from(layout, read, skip) != (info.CRC, info.compress_size, info.file_size):
        raise disagreeing(info)
    return at + skip + struct.calcsize(layout)


def _check_end(handle: BinaryIO, archive: zipfile.ZipFile, size: int) -> None:
    """The end record fills the last bytes of the file (no comment, nothing appended), the
    zip64 records, when there are any, come right before it, and the directory right before
    them, as long as they say; their counts are the directory's."""
    tail_size = min(size, _END.size + _LOCATOR.size + _END64.size)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    if len(tail) < _END.size:
        raise stray_bytes(0)
    (signature, disk, directory_disk, here, count, directory_size, directory_at, comment) = (
        _END.unpack_from(tail, len(tail) - _END.size)
    )
    if signature != _END_SIGNATURE or comment:
        raise PackageRefused(
            translate(
                "Package",
                "The package has a comment or bytes after its end: it was changed after "
                "it was built.",
            ),
            code="stray_bytes",
        )
    entries = len(archive.infolist())
    wide = (
        len(tail) == _END.size + _LOCATOR.size + _END64.size
        and tail[_END64.size : _END64.size + 4] == _LOCATOR_SIGNATURE
    )
    if wide:
        _signature, locator_disk, record_at, disks = _LOCATOR.unpack_from(tail, _END64.size)
        (
            record_signature,
            record_size,
            _made,
            _needed,
            disk64,
            directory_disk64,
            here64,
            count64,
            size64,
            at64,
        ) = _END64.unpack_from(tail)
        record_position = size - _END.size - _LOCATOR.size - _END64.size
        if (
            record_at != record_position
            or record_signature != _END64_SIGNATURE
            or record_size != _END64.size - 12
            or locator_disk
            or disks != 1
            or disk64
            or directory_disk64
            or here64 != entries
            or count64 != entries
            or at64 != archive.start_dir
        ):
            raise stray_bytes(record_position)
        directory_end, directory_size = record_position, size64
    else:
        directory_end = size - _END.size
    if (
        disk
        or directory_disk
        or not _same(here, entries, _ALL_ONES_16, wide)
        or not _same(count, entries, _ALL_ONES_16, wide)
        or not _same(directory_at, archive.start_dir, _ALL_ONES_32, wide)
        or archive.start_dir + directory_size != directory_end
    ):
        raise stray_bytes(directory_end)


def _same(recorded: int, actual: int, all_ones: int, wide: bool) -> bool:
    """A count or offset of the end record: exact, or all ones when a zip64 record has it."""
    return recorded == actual or (wide and recorded == all_ones)


_DIRECTORY_ENTRY = struct.Struct("<4s24xHHH12x")  # APPNOTE 4.3.12: lengths of name, extra, comment


def _check_last_entry(handle: BinaryIO, archive: zipfile.ZipFile) -> None:
    """``zipfile`` reads the directory's entries one after another within its declared size,
    so only the last entry can claim more bytes than it has (a name cut short where another
    reader would read on into the end record): its lengths are compared with what was read."""
    infos = archive.infolist()
    if not infos:
        return
    last = infos[-1]
    at = archive.start_dir + sum(_entry_size(info) for info in infos[:-1])
    handle.seek(at)
    raw = handle.read(_DIRECTORY_ENTRY.size)
    if len(raw) < _DIRECTORY_ENTRY.size or _DIRECTORY_ENTRY.unpack(raw)[1:] != (
        len(directory_name(last)),
        len(last.extra),
        len(last.comment),
    ):
        raise stray_bytes(at)


def _entry_size(info: zipfile.ZipInfo) -> int:
    return _DIRECTORY_ENTRY.size + len(directory_name(info)) + len(info.extra) + len(info.comment)
