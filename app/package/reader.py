"""Opening a submission package: every check before anything is trusted.

Order of checks, cheapest first: the zip's directory (names, links, duplicates and twins,
sizes and compression ratios against :class:`PackageLimits`), the file's layout (every byte
belongs to a member, the directory or the end records, and each member's local header agrees
with its directory entry: :mod:`app.package.layout`), the manifest's signature, the manifest
itself, the list of files against the zip, and finally every file streamed through SHA-256
(a stored file straight from the package file: hashing is the floor of the cost, see
:class:`_Members`). Any failure raises :class:`PackageRefused` with a stable ``code`` and a
message in the user's language. Reading never writes anything anywhere.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from app.atomic import atomic_writer
from app.canonical import (
    CanonicalError,
    canonical_bytes_of_parsed,
    has_four_byte_utf8,
    parse_canonical,
    parse_strict,
)
from app.crypto.envelope import Signature, SignatureProblem
from app.crypto.keys import decode_public_key, fingerprint
from app.domain.competition import FileEntry, Manifest
from app.errors import Cancelled, PackageRefused
from app.formats.fields import FieldError
from app.formats.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    SchemaTooNew,
    check_format,
    manifest_from_json,
)
from app.formats.member_names import NameRegister, name_problem
from app.gc_pause import collector_paused
from app.i18n import os_problem, translate
from app.package.layout import check_layout, cut_short, member_span
from app.package.limits import DEFAULT_LIMITS, PackageLimits

CHUNK = 1024 * 1024
# threads that hash a package's files at once (see _check_all): a laptop's cores, at most four
HASH_THREADS = max(1, min(4, os.cpu_count() or 1))
PROGRESS_SECONDS = 0.05  # how often the calling thread reports progress while they work
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    struct.error,
    ValueError,
    NotImplementedError,
    RuntimeError,
)

Progress = Callable[[int, int], None]

_ENCRYPTED = 0x1 | 0x40  # general purpose flags: encrypted, strongly encrypted
_PATCHED = 0x20  # patched data (a zip feature nothing but PKWARE's tools write)
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what zip tools write and Juri reads
# The low half of the external attributes: the MS-DOS/Windows attributes Windows zip tools
# apply. Read-only, archive and "normal" change nothing a reader finds; hidden, system, folder
# (7-Zip extracts a file entry so marked as an empty folder), reparse point and the rest do.
_DOS_FREE = 0x01 | 0x20 | 0x80
_DOS_FOLDER = 0x10


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose every byte matched its signed manifest when it was opened."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    manifest_sha256: str
    signer_fingerprint: str
    file_bytes: int


def refuse(code: str, message: str) -> PackageRefused:
    return PackageRefused(message, code=code)


def open_package(
    path: Path,
    *,
    limits: PackageLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> VerifiedPackage:
    """Verify ``path`` completely and return what it holds, or raise :class:`PackageRefused`."""
    path = Path(path)
    try:
        handle = path.open("rb", buffering=0)  # small reads here and there: no read-ahead
    except OSError as exc:
        raise refuse(
            "unreadable",
            translate("Package", "Cannot read {path}: {error}").format(
                path=path, error=os_problem(exc)
            ),
        ) from exc
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limits.max_total_bytes + limits.max_manifest_bytes:
            raise refuse(
                "too_large", translate("Package", "The file is too large to be a package.")
            )
        try:
            archive = zipfile.ZipFile(path)  # buffered: zipfile counts on whole reads
        except _ZIP_ERRORS as exc:
            raise refuse(
                "not_a_package",
                translate(
                    "Package", "{name} is not a Juri package (it is not a zip archive)."
                ).format(name=path.name),
            ) from exc
        with archive:
            try:
                return _verify(path, handle, size, archive, limits, progress, cancelled)
            except (PackageRefused, Cancelled):
                raise
            except _ZIP_ERRORS as exc:
                raise refuse(
                    "damaged",
                    translate(
                        "Package", "The package is damaged and cannot be read ({error})."
                    ).format(error=type(exc).__name__),
                ) from exc


def _verify(
    path: Path,
    handle: BinaryIO,
    size: int,
    archive: zipfile.ZipFile,
    limits: PackageLimits,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> VerifiedPackage:
    # The directory, the layout and the manifest: tens of thousands of objects, most kept and
    # none in a cycle, which the cyclic collector would walk again and again (docs/performance.md)
    with collector_paused():
        members = _checked_directory(archive, limits)
        data_at = check_layout(handle, archive, size)
        if MANIFEST_NAME not in members:
            raise refuse(
                "not_a_package",
                translate(
                    "Package", "{name} is not a Juri package: it has no manifest.json."
                ).format(name=path.name),
            )
        if SIGNATURE_NAME not in members:
            raise refuse(
                "unsigned",
                translate("Package", "The package is not signed: manifest.sig is missing."),
            )
        manifest_bytes = _read_small(
            path, members[MANIFEST_NAME], data_at[MANIFEST_NAME], limits.max_manifest_bytes
        )
        signature_bytes = _read_small(
            path, members[SIGNATURE_NAME], data_at[SIGNATURE_NAME], limits.max_signature_bytes
        )
        document = _parse_manifest_json(manifest_bytes)
        signer_key = _signer_key(document)
        _check_signature(manifest_bytes, signature_bytes, signer_key)
        try:
            manifest = manifest_from_json(document)
        except FieldError as exc:
            raise refuse(
                "malformed_manifest",
                translate("Package", "The package's manifest is not valid: {problem}").format(
                    problem=exc
                ),
            ) from exc
        entries = _check_listing(manifest, members, limits)
        # the parsed JSON (~150,000 objects) is garbage now: freed here, while the collector
        # is paused, the collector never walks it
        del document
    total = sum(entry.size for entry in entries)
    _check_all(
        path, [(members[e.path], e, data_at[e.path]) for e in entries], total, progress, cancelled
    )
    return VerifiedPackage(
        path,
        manifest,
        manifest_bytes,
        hashlib.sha256(manifest_bytes).hexdigest(),
        fingerprint(signer_key),
        total,
    )


Work = list[tuple[zipfile.ZipInfo, FileEntry, int]]  # a member, its entry, where its data is


class _Halted(Exception):
    """A helper thread stops: the calling thread met a refusal or was cancelled."""


def _check_all(
    path: Path,
    work: Work,
    total: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Hash every file and compare it with the manifest, in :data:`HASH_THREADS` parts.

    The files are split into that many contiguous parts of about equal size, each read in
    order by the same loop: the calling thread checks the first part, reporting progress and
    serving cancels as it goes, and helper threads the others (reading and hashing release the
    GIL, so on a laptop with two cores two parts are hashed at once). Every part is checked
    to its first refusal and the earliest in the manifest's order is the one raised, as one
    thread would have found it."""
    parts = _parts(work, HASH_THREADS)
    done = [0] * len(parts)
    stop = threading.Event()

    def check(index: int, between_chunks: Callable[[], None]) -> None:
        with _Members(path) as reader:
            for info, entry, data_at in parts[index]:
                for chunk in reader.checked_chunks(info, entry, data_at):
                    done[index] += len(chunk)
                    between_chunks()

    def halt_if_stopped() -> None:
        if stop.is_set():
            raise _Halted

    def report() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Package", "Opening the package was cancelled."))
        if progress is not None:
            progress(sum(done), total)

    with ThreadPoolExecutor(max(1, len(parts) - 1), thread_name_prefix="juri-hash") as pool:
        helpers = [pool.submit(check, index, halt_if_stopped) for index in range(1, len(parts))]
        try:
            check(0, report)
            while wait(helpers, timeout=PROGRESS_SECONDS)[1]:
                report()
        finally:
            stop.set()  # on a refusal in the first part, a cancel, or an error of a callback
    report()
    for helper in helpers:  # in manifest order: the earliest refusal wins
        helper.result()


def _parts(work: Work, count: int) -> list[Work]:
    """``work`` cut into at most ``count`` contiguous runs of about equal bytes."""
    total = sum(entry.size for _info, entry, _at in work)
    parts: list[Work] = [[]]
    filled = 0
    for item in work:
        if parts[-1] and filled >= total * len(parts) / count and len(parts) < count:
            parts.append([])
        parts[-1].append(item)
        filled += item[1].size
    return parts


def _checked_directory(
    archive: zipfile.ZipFile, limits: PackageLimits
) -> dict[str, zipfile.ZipInfo]:
    """Name → entry for every file entry, after refusing anything unsafe or oversized."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise refuse(
            "too_many_entries",
            translate("Package", "The package has more than {n} entries.").format(
                n=limits.max_entries
            ),
        )
    members: dict[str, zipfile.ZipInfo] = {}
    names = NameRegister()
    total = 0
    for info in infos:
        name = info.orig_filename  # zipfile's filename stops at a NUL; this is all of it
        folder = name.endswith("/")  # not info.is_dir(), which fails on a name cut to nothing
        problem = name_problem(name.removesuffix("/") if folder else name)
        if problem is not None:
            raise refuse(
                "unsafe_path",
                translate(
                    "Package",
                    "The package contains a file name it may not hold: {name} ({problem})",
                ).format(name=repr(name[:200])[1:-1], problem=problem),
            )
        if info.comment:
            raise refuse(
                "stray_bytes",
                translate(
                    "Package", "The package's entry {name} carries a comment; Juri writes none."
                ).format(name=name[:200]),
            )
        twin = names.add(name)
        if twin is not None:
            raise refuse(
                "duplicate_name",
                translate(
                    "Package",
                    "The package contains {name} twice (as {twin} too: names that "
                    "differ only in case or Unicode form are one file on Windows and macOS).",
                ).format(name=name[:200], twin=twin[:200]),
            )
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise refuse(
                "link",
                translate(
                    "Package", "The package contains a link ({name}); packages hold files only."
                ).format(name=name[:200]),
            )
        if stat.S_IFMT(mode) not in (0, stat.S_IFDIR if folder else stat.S_IFREG) or mode & (
            0o7000 if folder else 0o7111
        ):
            raise refuse(
                "special_file",
                translate(
                    "Package",
                    "The package's entry {name} is marked as a program or a special "
                    "file; packages hold plain files only.",
                ).format(name=name[:200]),
            )
        if info.external_attr & 0xFFFF & ~(_DOS_FREE | (_DOS_FOLDER if folder else 0)):
            raise refuse(
                "special_file",
                translate(
                    "Package",
                    "The package's entry {name} is marked hidden, as a system file or as a "
                    "folder for Windows; packages hold plain files only.",
                ).format(name=name[:200]),
            )
        if info.flag_bits & _ENCRYPTED:
            raise refuse(
                "encrypted",
                translate("Package", "The package contains an encrypted entry ({name}).").format(
                    name=name[:200]
                ),
            )
        if info.compress_type not in _METHODS or info.flag_bits & _PATCHED or info.volume:
            raise refuse(
                "unsupported",
                translate(
                    "Package",
                    "The package's entry {name} is packed in a way Juri does not read "
                    "(only stored or deflated files, in one zip file).",
                ).format(name=name[:200]),
            )
        if folder:
            continue
        if info.file_size > limits.max_file_bytes:
            raise refuse(
                "too_large",
                translate("Package", "{name} is larger than the limit of {mb} MB.").format(
                    name=name[:200], mb=limits.max_file_bytes // (1024 * 1024)
                ),
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise refuse(
                "compression_bomb",
                translate(
                    "Package", "{name} expands far beyond its packed size (a compression bomb)."
                ).format(name=name[:200]),
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise refuse(
                "too_large",
                translate(
                    "Package", "The package's files add up to more than the limit of {gb} GB."
                ).format(gb=limits.max_total_bytes // 1024**3),
            )
        members[name] = info
    return members


def _read_small(path: Path, info: zipfile.ZipInfo, data_at: int, limit: int) -> bytes:
    if info.file_size > limit:
        raise refuse(
            "too_large",
            translate("Package", "{name} is larger than the limit of {kb} KB.").format(
                name=info.filename, kb=limit // 1024
            ),
        )
    with _Members(path) as members:
        return b"".join(bytes(chunk) for chunk in members.unpacked(info, data_at))


def _parse_manifest_json(data: bytes) -> dict:
    """The manifest's JSON object, refused unless Juri could have written it byte for byte.

    A manifest Juri wrote is what ``json.dumps`` with sorted keys writes, which
    :func:`parse_canonical` confirms while parsing at C speed; only other bytes (or text beyond
    U+FFFF, where JCS orders keys differently) are written again to be compared."""
    try:
        document, written_so = parse_canonical(data, max_bytes=len(data))
    except CanonicalError as exc:
        raise refuse(
            "malformed_manifest",
            translate("Package", "The package's manifest is not valid JSON: {problem}").format(
                problem=exc
            ),
        ) from exc
    if not isinstance(document, dict):
        raise refuse(
            "malformed_manifest",
            translate("Package", "The package's manifest is not a JSON object."),
        )
    try:
        check_format(document)
    except SchemaTooNew as exc:
        raise refuse(
            "future_schema",
            translate(
                "Package",
                "The package was made by a newer version of Juri (schema {schema}). "
                "Update Juri to open it.",
            ).format(schema=exc.args[0]),
        ) from exc
    except FieldError as exc:
        raise refuse(
            "malformed_manifest",
            translate("Package", "The package's manifest is not valid: {problem}").format(
                problem=exc
            ),
        ) from exc
    if (not written_so or has_four_byte_utf8(data)) and canonical_bytes_of_parsed(document) != data:
        raise refuse(
            "malformed_manifest",
            translate(
                "Package",
                "The package's manifest is not in canonical form, so it was not written by Juri.",
            ),
        )
    return document


def _signer_key(document: dict) -> bytes:
    secretariat = document.get("secretariat")
    try:
        if not isinstance(secretariat, dict):
            raise ValueError(translate("Package", "it has no secretariat"))
        return decode_public_key(secretariat.get("public_key"))
    except ValueError as exc:
        raise refuse(
            "malformed_manifest",
            translate(
                "Package", "The package's manifest names no valid secretariat key ({problem})."
            ).format(problem=exc),
        ) from exc


def _check_signature(manifest_bytes: bytes, signature_bytes: bytes, key: bytes) -> None:
    try:
        signature = Signature.from_json(
            parse_strict(signature_bytes, max_bytes=len(signature_bytes))
        )
        signature.verify(manifest_bytes, key)
    except (CanonicalError, SignatureProblem) as exc:
        raise refuse(
            "bad_signature",
            translate(
                "Package",
                "The package's signature is not valid: it was changed after the "
                "secretariat signed it, or it is damaged.",
            ),
        ) from exc


def _check_listing(
    manifest: Manifest, members: dict[str, zipfile.ZipInfo], limits: PackageLimits
) -> list[FileEntry]:
    entries = [entry for submission in manifest.submissions for entry in submission.files]
    listed = {entry.path for entry in entries}
    for entry in entries:
        info = members.get(entry.path)
        if info is None:
            raise _missing(entry)
        if info.file_size != entry.size:
            raise refuse(
                "size_mismatch",
                translate(
                    "Package",
                    "The file {path} has {actual} bytes, but the manifest says {expected}.",
                ).format(path=entry.path, actual=info.file_size, expected=entry.size),
            )
    extra = sorted(set(members) - listed - {MANIFEST_NAME, SIGNATURE_NAME})
    if extra:
        raise refuse(
            "extra_file",
            translate(
                "Package", "The package contains a file the manifest does not list: {path}"
            ).format(path=extra[0][:200]),
        )
    if sum(entry.size for entry in entries) > limits.max_total_bytes:
        raise refuse("too_large", translate("Package", "The package is too large."))
    return entries


def _hash_mismatch(entry: FileEntry) -> PackageRefused:
    return refuse(
        "hash_mismatch",
        translate(
            "Package",
            "The file {path} was changed after the secretariat signed the package "
            "(its SHA-256 does not match).",
        ).format(path=entry.path),
    )


def _missing(entry: FileEntry) -> PackageRefused:
    return refuse(
        "missing_file",
        translate("Package", "The file {path} listed in the manifest is missing.").format(
            path=entry.path
        ),
    )


class _Members:
    """Reads the files of a package and proves each is exactly the signed one.

    A stored member (the builder stores every file: PDFs and videos are compressed already) is read
    straight from the package file into one reused buffer: ``ZipFile.open`` has a fixed cost per
    member and runs a CRC-32 over every byte, which the SHA-256 comparison makes redundant, and with
    thousands of small proposals that overhead cost more than the hashing itself
    (docs/performance.md). Where its data starts comes from its local header, checked against the
    directory (:func:`~app.package.layout.member_span`). A deflated member (the manifest) is
    inflated here too, its stream required to end exactly where the member ends, with the
    directory's size and CRC-32: another zip reader could otherwise stumble where Juri did not.

    Chunks yielded by :meth:`checked_chunks` are views of the reused buffer: use each one before
    asking for the next.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._file = path.open("rb", buffering=0)
        self._buffer = memoryview(bytearray(CHUNK))

    def __enter__(self) -> _Members:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()

    def info(self, entry: FileEntry) -> zipfile.ZipInfo:
        """The zip's directory entry for ``entry``, or the refusal a missing file gets."""
        try:
            return _directory(self._path)[entry.path]
        except KeyError:
            raise _missing(entry) from None

    def checked_chunks(
        self, info: zipfile.ZipInfo, entry: FileEntry, data_at: int | None = None
    ) -> Iterator[memoryview | bytes]:
        """The member's bytes in chunks of at most :data:`CHUNK`; after the last one, a
        ``hash_mismatch`` refusal unless they were exactly the ``entry.size`` bytes signed.
        ``data_at``: where the data starts, when the whole layout was checked already."""
        if info.file_size != entry.size:
            raise _hash_mismatch(entry)
        if data_at is None:
            data_at = member_span(self._file, info)[0]
        if info.compress_type == zipfile.ZIP_STORED:
            return self._stored(entry, data_at)
        return self._hashed(self._inflated(info, data_at), entry)

    def unpacked(self, info: zipfile.ZipInfo, data_at: int) -> Iterator[memoryview | bytes]:
        """The member's bytes, unchecked against any manifest (the manifest's own)."""
        if info.compress_type == zipfile.ZIP_STORED:
            return self._read(info.filename, data_at, info.file_size)
        return self._inflated(info, data_at)

    def _read(self, name: str, at: int, size: int) -> Iterator[memoryview]:
        self._file.seek(at)
        while size:
            count = self._file.readinto(self._buffer[: min(size, CHUNK)])
            if not count:
                raise cut_short(name)
            yield self._buffer[:count]
            size -= count

    def _stored(self, entry: FileEntry, data_at: int) -> Iterator[memoryview]:
        """:meth:`_read` and :meth:`_hashed` in one generator: a nested one costs thousands of
        small proposals a measurable time."""
        digest = hashlib.sha256()
        left = entry.size
        self._file.seek(data_at)
        while left:
            count = self._file.readinto(self._buffer[: min(left, CHUNK)])
            if not count:
                raise cut_short(entry.path)
            chunk = self._buffer[:count]
            digest.update(chunk)
            yield chunk
            left -= count
        if digest.hexdigest() != entry.sha256:
            raise _hash_mismatch(entry)

    @staticmethod
    def _hashed(chunks: Iterator[bytes], entry: FileEntry) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for chunk in chunks:
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != entry.sha256:
            raise _hash_mismatch(entry)

    def _inflated(self, info: zipfile.ZipInfo, data_at: int) -> Iterator[bytes]:
        """A deflated member's bytes, at most :data:`CHUNK` at a time however far a chunk of
        the stream expands; refused unless the stream ends exactly at the member's end and
        gives the directory's size and CRC-32."""
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        packed = self._read(info.filename, data_at, info.compress_size)
        pending, size, crc = b"", 0, 0
        while not inflater.eof:
            if not pending:
                pending = bytes(next(packed, b""))
                if not pending:  # the member ends before its stream does
                    raise _unpacked_wrongly(info)
            try:
                chunk = inflater.decompress(pending, CHUNK)
            except zlib.error:
                raise _unpacked_wrongly(info) from None
            pending = inflater.unconsumed_tail
            size += len(chunk)
            if size > info.file_size:
                raise _unpacked_wrongly(info)
            crc = zlib.crc32(chunk, crc)
            yield chunk
        if (
            inflater.unused_data
            or pending
            or next(packed, None) is not None
            or (size, crc) != (info.file_size, info.CRC)
        ):
            raise _unpacked_wrongly(info)


def _unpacked_wrongly(info: zipfile.ZipInfo) -> PackageRefused:
    return refuse(
        "damaged",
        translate(
            "Package",
            "The package is damaged: the packed data of {path} does not give what its "
            "directory entry says.",
        ).format(path=info.filename[:200]),
    )


def _directory(path: Path) -> dict[str, zipfile.ZipInfo]:
    """The zip's directory of the package file as it is now: read once per version of the
    file (its identity, size and modification time), as the proposal viewer reads one member
    at a time from packages of thousands, and parsing their directory each time was slow
    (docs/performance.md).
    A member's bytes are still hashed and compared on every read."""
    status = path.stat()
    return _read_directory(str(path), status.st_ino, status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=8)
def _read_directory(
    path: str, _inode: int, _size: int, _modified: int
) -> dict[str, zipfile.ZipInfo]:
    with zipfile.ZipFile(path) as archive:
        # the last of a name wins, as in ZipFile.getinfo (a verified package has each once)
        return {info.filename: info for info in archive.infolist()}


def member_chunks(path: Path, entry: FileEntry) -> Iterator[memoryview | bytes]:
    """One file of an already opened package in chunks (each valid until the next is asked
    for), checked against its hash again: after the last chunk, a ``hash_mismatch`` refusal
    unless they were exactly the signed bytes (the copy on disk could have been changed)."""
    with _Members(path) as members:
        yield from members.checked_chunks(members.info(entry), entry)


def read_member(path: Path, entry: FileEntry) -> bytes:
    """The bytes of one file of an already opened package, checked against its hash again."""
    data = bytearray()
    for chunk in member_chunks(path, entry):
        data += chunk
    return bytes(data)


def extract_member(
    path: Path,
    entry: FileEntry,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Copy one file of a package to ``target`` (a video for the player), hashing as it goes;
    the file appears only when every byte matched the manifest."""
    with atomic_writer(target) as out:
        done = 0
        for chunk in member_chunks(path, entry):
            out.write(chunk)
            done += len(chunk)
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Package", "Cancelled."))
            if progress is not None:
                progress(done, entry.size)
    return target
