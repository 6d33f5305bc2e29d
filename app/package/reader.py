"""Opening a submission package: every check before anything is trusted.

Order of checks, cheapest first: the zip's directory (names, links, duplicates, sizes and
compression ratios against :class:`PackageLimits`), the manifest's signature, the manifest
itself, the list of files against the zip, and finally every file streamed through SHA-256
(a stored file straight from the package file, its local header checked against the directory:
hashing is the floor of the cost, see :class:`_Members`). Any failure raises
:class:`PackageRefused` with a stable ``code`` and a message in the user's language. Reading
never writes anything anywhere.
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
    is_safe_member_path,
    manifest_from_json,
)
from app.gc_pause import collector_paused
from app.i18n import translate
from app.package.limits import DEFAULT_LIMITS, PackageLimits

CHUNK = 1024 * 1024
# threads that hash a package's files at once (see _check_all): a laptop's cores, at most four
HASH_THREADS = max(1, min(4, os.cpu_count() or 1))
PROGRESS_SECONDS = 0.05  # how often the calling thread reports progress while they work
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
               ValueError, NotImplementedError, RuntimeError)

Progress = Callable[[int, int], None]

# A zip member's local header (APPNOTE 4.3.7): signature, then at offset 8 the method and at
# offsets 26 and 28 the lengths of the name and of the extra field that follow it.
_LOCAL_HEADER = struct.Struct("<4s4xH16xHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_UTF8_NAME = 0x800
_ZIPFILE_ONLY_FLAGS = 0x20 | 0x40  # patched data, strong encryption: left to zipfile to refuse


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
        size = path.stat().st_size
    except OSError as exc:
        raise refuse("unreadable", translate("Package", "Cannot read {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    if size > limits.max_total_bytes + limits.max_manifest_bytes:
        raise refuse("too_large", translate("Package", "The file is too large to be a package."))
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise refuse("not_a_package", translate(
            "Package", "{name} is not a Juri package (it is not a zip archive).").format(
                name=path.name)) from exc
    with archive:
        try:
            return _verify(path, archive, limits, progress, cancelled)
        except (PackageRefused, Cancelled):
            raise
        except _ZIP_ERRORS as exc:
            raise refuse("damaged", translate(
                "Package", "The package is damaged and cannot be read ({error}).").format(
                    error=type(exc).__name__)) from exc


def _verify(path: Path, archive: zipfile.ZipFile, limits: PackageLimits,
            progress: Progress | None, cancelled: Callable[[], bool] | None) -> VerifiedPackage:
    # The directory and the manifest: tens of thousands of objects, most kept and none in a
    # cycle, which the cyclic collector would walk again and again (~10-25 ms, more in the GUI).
    with collector_paused():
        members = _checked_directory(archive, limits)
        if MANIFEST_NAME not in members:
            raise refuse("not_a_package", translate(
                "Package", "{name} is not a Juri package: it has no manifest.json.").format(
                    name=path.name))
        if SIGNATURE_NAME not in members:
            raise refuse("unsigned", translate(
                "Package", "The package is not signed: manifest.sig is missing."))
        manifest_bytes = _read_small(archive, members[MANIFEST_NAME], limits.max_manifest_bytes)
        signature_bytes = _read_small(archive, members[SIGNATURE_NAME], limits.max_signature_bytes)
        document = _parse_manifest_json(manifest_bytes)
        signer_key = _signer_key(document)
        _check_signature(manifest_bytes, signature_bytes, signer_key)
        try:
            manifest = manifest_from_json(document)
        except FieldError as exc:
            raise refuse("malformed_manifest", translate(
                "Package", "The package's manifest is not valid: {problem}").format(
                    problem=exc)) from exc
        entries = _check_listing(manifest, members, limits)
        # the parsed JSON (~150,000 objects) is garbage now: freed here, while the collector
        # is paused, the collector never walks it (~20 ms in a large process)
        del document
    total = sum(entry.size for entry in entries)
    _check_all(path, archive, [(members[entry.path], entry) for entry in entries], total,
               progress, cancelled)
    return VerifiedPackage(path, manifest, manifest_bytes,
                           hashlib.sha256(manifest_bytes).hexdigest(),
                           fingerprint(signer_key), total)


def _check_all(path: Path, archive: zipfile.ZipFile,
               work: list[tuple[zipfile.ZipInfo, FileEntry]], total: int,
               progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    """Hash every file and compare it with the manifest, on :data:`HASH_THREADS` threads.

    The files are split into that many contiguous parts of about equal size (each part read
    in order), one thread each: reading and hashing release the GIL, so on a laptop with
    several cores the parts are hashed at once, and a package with thousands of small
    proposals opens in well under twice the time of hashing its bytes on one core. Every part
    is checked to its first refusal and the earliest in the manifest's order is the one
    raised, as one thread would have found it. Progress and cancelling are served on the
    calling thread."""
    parts = _parts(work, HASH_THREADS)
    done = [0] * len(parts)
    stop = threading.Event()

    def check(index: int) -> None:
        with _Members(path, archive) as reader:
            for info, entry in parts[index]:
                for chunk in reader.checked_chunks(info, entry):
                    done[index] += len(chunk)
                    if stop.is_set():
                        return

    def report() -> None:
        if cancelled is not None and cancelled():
            stop.set()
            raise Cancelled(translate("Package", "Opening the package was cancelled."))
        if progress is not None:
            progress(sum(done), total)

    if len(parts) == 1:  # one core, or one file: no thread
        with _Members(path, archive) as reader:
            for info, entry in parts[0]:
                for chunk in reader.checked_chunks(info, entry):
                    done[0] += len(chunk)
                    report()
        return
    with ThreadPoolExecutor(len(parts), thread_name_prefix="juri-hash") as pool:
        futures = [pool.submit(check, index) for index in range(len(parts))]
        try:
            while wait(futures, timeout=PROGRESS_SECONDS)[1]:
                report()
        finally:
            stop.set()  # on a cancel or an error of the caller's callbacks
        report()
        for future in futures:  # in manifest order: the earliest refusal wins
            future.result()


def _parts(work: list[tuple[zipfile.ZipInfo, FileEntry]], count: int
           ) -> list[list[tuple[zipfile.ZipInfo, FileEntry]]]:
    """``work`` cut into at most ``count`` contiguous runs of about equal bytes."""
    total = sum(entry.size for _info, entry in work)
    parts: list[list[tuple[zipfile.ZipInfo, FileEntry]]] = [[]]
    filled = 0
    for item in work:
        if parts[-1] and filled >= total * len(parts) / count and len(parts) < count:
            parts.append([])
        parts[-1].append(item)
        filled += item[1].size
    return parts


def _checked_directory(archive: zipfile.ZipFile, limits: PackageLimits
                       ) -> dict[str, zipfile.ZipInfo]:
    """Name → entry for every file entry, after refusing anything unsafe or oversized."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise refuse("too_many_entries", translate(
            "Package", "The package has more than {n} entries.").format(n=limits.max_entries))
    members: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not is_safe_member_path(name.rstrip("/") if info.is_dir() else name):
            raise refuse("unsafe_path", translate(
                "Package", "The package contains an unsafe path: {name}").format(name=name[:200]))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise refuse("link", translate(
                "Package", "The package contains a link ({name}); packages hold files only."
            ).format(name=name[:200]))
        if info.flag_bits & 0x1:
            raise refuse("encrypted", translate(
                "Package", "The package contains an encrypted entry ({name}).").format(
                    name=name[:200]))
        if info.is_dir():
            continue
        if name.casefold() in folded:
            raise refuse("duplicate_name", translate(
                "Package", "The package contains {name} twice.").format(name=name[:200]))
        folded.add(name.casefold())
        if info.file_size > limits.max_file_bytes:
            raise refuse("too_large", translate(
                "Package", "{name} is larger than the limit of {mb} MB.").format(
                    name=name[:200], mb=limits.max_file_bytes // (1024 * 1024)))
        if (info.file_size > limits.ratio_floor_bytes
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise refuse("compression_bomb", translate(
                "Package", "{name} expands far beyond its packed size (a compression bomb)."
            ).format(name=name[:200]))
        total += info.file_size
        if total > limits.max_total_bytes:
            raise refuse("too_large", translate(
                "Package", "The package's files add up to more than the limit of {gb} GB."
            ).format(gb=limits.max_total_bytes // 1024**3))
        members[name] = info
    return members


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise refuse("too_large", translate(
            "Package", "{name} is larger than the limit of {kb} KB.").format(
                name=info.filename, kb=limit // 1024))
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # pragma: no cover - zipfile stops at the declared size
        raise refuse("too_large", info.filename)
    return data


def _parse_manifest_json(data: bytes) -> dict:
    """The manifest's JSON object, refused unless Juri could have written it byte for byte.

    A manifest Juri wrote is what ``json.dumps`` with sorted keys writes, which
    :func:`parse_canonical` confirms while parsing at C speed; only other bytes (or text beyond
    U+FFFF, where JCS orders keys differently) are written again to be compared."""
    try:
        document, written_so = parse_canonical(data, max_bytes=len(data))
    except CanonicalError as exc:
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest is not valid JSON: {problem}").format(
                problem=exc)) from exc
    if not isinstance(document, dict):
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest is not a JSON object."))
    try:
        check_format(document)
    except SchemaTooNew as exc:
        raise refuse("future_schema", translate(
            "Package",
            "The package was made by a newer version of Juri (schema {schema}). "
            "Update Juri to open it.").format(schema=exc.args[0])) from exc
    except FieldError as exc:
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest is not valid: {problem}").format(
                problem=exc)) from exc
    if ((not written_so or has_four_byte_utf8(data))
            and canonical_bytes_of_parsed(document) != data):
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest is not in canonical form, so it was not "
            "written by Juri."))
    return document


def _signer_key(document: dict) -> bytes:
    secretariat = document.get("secretariat")
    try:
        if not isinstance(secretariat, dict):
            raise ValueError(translate("Package", "it has no secretariat"))
        return decode_public_key(secretariat.get("public_key"))
    except ValueError as exc:
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest names no valid secretariat key ({problem})."
        ).format(problem=exc)) from exc


def _check_signature(manifest_bytes: bytes, signature_bytes: bytes, key: bytes) -> None:
    try:
        signature = Signature.from_json(parse_strict(signature_bytes,
                                                     max_bytes=len(signature_bytes)))
        signature.verify(manifest_bytes, key)
    except (CanonicalError, SignatureProblem) as exc:
        raise refuse("bad_signature", translate(
            "Package", "The package's signature is not valid: it was changed after the "
            "secretariat signed it, or it is damaged.")) from exc


def _check_listing(manifest: Manifest, members: dict[str, zipfile.ZipInfo],
                   limits: PackageLimits) -> list[FileEntry]:
    entries = [entry for submission in manifest.submissions for entry in submission.files]
    listed = {entry.path for entry in entries}
    for entry in entries:
        info = members.get(entry.path)
        if info is None:
            raise _missing(entry)
        if info.file_size != entry.size:
            raise refuse("size_mismatch", translate(
                "Package", "The file {path} has {actual} bytes, but the manifest says {expected}."
            ).format(path=entry.path, actual=info.file_size, expected=entry.size))
    extra = sorted(set(members) - listed - {MANIFEST_NAME, SIGNATURE_NAME})
    if extra:
        raise refuse("extra_file", translate(
            "Package", "The package contains a file the manifest does not list: {path}").format(
                path=extra[0][:200]))
    if sum(entry.size for entry in entries) > limits.max_total_bytes:
        raise refuse("too_large", translate("Package", "The package is too large."))
    return entries


def _hash_mismatch(entry: FileEntry) -> PackageRefused:
    return refuse("hash_mismatch", translate(
        "Package", "The file {path} was changed after the secretariat signed the package "
        "(its SHA-256 does not match).").format(path=entry.path))


def _missing(entry: FileEntry) -> PackageRefused:
    return refuse("missing_file", translate(
        "Package", "The file {path} listed in the manifest is missing.").format(path=entry.path))


class _Members:
    """Reads the files of an opened package and proves each is exactly the signed one.

    A stored member (the builder stores every file: PDFs and videos are compressed already) is
    read straight from the package file into one reused buffer: ``ZipFile.open`` costs tens of
    microseconds per member and runs a CRC-32 over every byte, which the SHA-256 comparison makes
    redundant, and with thousands of small proposals that overhead cost more than the hashing
    itself. The member's local header is still checked against the zip's directory: its
    signature and name, as ``zipfile`` checks them, and that it says stored too. Members packed
    any other way are read through ``zipfile``, with its checks.

    Chunks yielded by :meth:`checked_chunks` are views of the reused buffer: use each one before
    asking for the next.
    """

    def __init__(self, path: Path, archive: zipfile.ZipFile | None = None) -> None:
        """``archive``: the package already open as a zip. Without it the zip's directory is
        the one read once per version of the file (:func:`_directory`), and the zip is opened
        only for a member that is not stored."""
        self._path = path
        self._archive = archive
        self._opened: zipfile.ZipFile | None = None
        self._file = path.open("rb", buffering=0)
        self._buffer = memoryview(bytearray(CHUNK))

    def __enter__(self) -> _Members:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()
        if self._opened is not None:
            self._opened.close()

    def info(self, entry: FileEntry) -> zipfile.ZipInfo:
        """The zip's directory entry for ``entry``, or the refusal a missing file gets."""
        try:
            if self._archive is not None:
                return self._archive.getinfo(entry.path)
            return _directory(self._path)[entry.path]
        except KeyError:
            raise _missing(entry) from None

    def _zip(self) -> zipfile.ZipFile:
        if self._archive is None and self._opened is None:
            self._opened = zipfile.ZipFile(self._path)
        return self._archive or self._opened

    def checked_chunks(self, info: zipfile.ZipInfo, entry: FileEntry
                       ) -> Iterator[memoryview | bytes]:
        """The member's bytes in chunks of at most :data:`CHUNK`; after the last one, a
        ``hash_mismatch`` refusal unless they were exactly the ``entry.size`` bytes signed."""
        if info.file_size != entry.size:
            raise _hash_mismatch(entry)
        if info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & _ZIPFILE_ONLY_FLAGS:
            return self._stored(info, entry)
        return self._through_zipfile(info, entry)

    def _stored(self, info: zipfile.ZipInfo, entry: FileEntry) -> Iterator[memoryview]:
        """A stored member, read with its local header: one read for a small proposal, in one
        generator (a read of its own for the header and a nested generator cost 5,000 proposals
        ~0.04 s)."""
        name = _directory_name(info)
        self._file.seek(info.header_offset)
        got = self._file.readinto(
            self._buffer[:min(_LOCAL_HEADER.size + len(name) + info.file_size, CHUNK)])
        data_at = _data_start(self._buffer[:got], name, entry)
        if data_at >= got:  # none of the data was read (a long extra field, or an empty file)
            self._file.seek(info.header_offset + data_at)
            got = data_at
        chunk = self._buffer[data_at:got]
        left = info.file_size
        digest = hashlib.sha256()
        while True:
            if chunk:
                digest.update(chunk)
                yield chunk
                left -= len(chunk)
            if not left:
                break
            count = self._file.readinto(self._buffer[:min(left, CHUNK)])
            if not count:
                raise _cut_short(entry)
            chunk = self._buffer[:count]
        if digest.hexdigest() != entry.sha256:
            raise _hash_mismatch(entry)

    def _through_zipfile(self, info: zipfile.ZipInfo, entry: FileEntry) -> Iterator[bytes]:
        """A member packed otherwise, read by zipfile, whose CRC check fails on changed bytes."""
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zip().open(info) as handle:
                while chunk := handle.read(CHUNK):
                    size += len(chunk)
                    digest.update(chunk)
                    yield chunk
        except zipfile.BadZipFile as exc:
            raise _hash_mismatch(entry) from exc
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise _hash_mismatch(entry)


def _directory_name(info: zipfile.ZipInfo) -> bytes:
    """The member's name as the zip's directory spells it: UTF-8 when flagged so, else cp437,
    which equals ASCII on ASCII names (encoded the quick way: every name Juri writes)."""
    name = info.orig_filename
    return name.encode("utf-8" if info.flag_bits & _UTF8_NAME or name.isascii() else "cp437")


def _data_start(read: memoryview, name: bytes, entry: FileEntry) -> int:
    """Where a stored member's bytes start after its local header (at the start of ``read``),
    once that header agrees with the directory: another zip reader could otherwise find other
    bytes under the same name."""
    if len(read) < _LOCAL_HEADER.size + len(name):
        raise _cut_short(entry)
    signature, method, name_length, extra_length = _LOCAL_HEADER.unpack_from(read)
    if (signature != _LOCAL_SIGNATURE or method != zipfile.ZIP_STORED
            or name_length != len(name) or read[_LOCAL_HEADER.size:][:name_length] != name):
        raise refuse("damaged", translate(
            "Package", "The package is damaged: the header of {path} does not match the "
            "package's directory.").format(path=entry.path))
    return _LOCAL_HEADER.size + name_length + extra_length


def _cut_short(entry: FileEntry) -> PackageRefused:
    return refuse("damaged", translate(
        "Package", "The package is damaged: the file {path} is cut short.").format(
            path=entry.path))


def _directory(path: Path) -> dict[str, zipfile.ZipInfo]:
    """The zip's directory of the package file as it is now: read once per version of the
    file (its identity, size and modification time), as the proposal viewer reads one member
    at a time from packages of thousands, and parsing their directory took ~20 ms each time.
    A member's bytes are still hashed and compared on every read."""
    status = path.stat()
    return _read_directory(str(path), status.st_ino, status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=8)
def _read_directory(path: str, _inode: int, _size: int, _modified: int
                    ) -> dict[str, zipfile.ZipInfo]:
    with zipfile.ZipFile(path) as archive:
        # the last of a name wins, as in ZipFile.getinfo (a verified package has each once)
        return {info.filename: info for info in archive.infolist()}


def read_member(path: Path, entry: FileEntry) -> bytes:
    """The bytes of one file of an already opened package, checked against its hash again
    (the copy on disk could have been changed since)."""
    data = bytearray()
    with _Members(path) as members:
        for chunk in members.checked_chunks(members.info(entry), entry):
            data += chunk
    return bytes(data)


def extract_member(path: Path, entry: FileEntry, target: Path, *,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy one file of a package to ``target`` (a video for the player), hashing as it goes;
    the file appears only when every byte matched the manifest."""
    with _Members(path) as members, atomic_writer(target) as out:
        done = 0
        for chunk in members.checked_chunks(members.info(entry), entry):
            out.write(chunk)
            done += len(chunk)
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Package", "Cancelled."))
            if progress is not None:
                progress(done, entry.size)
    return target
