"""Opening a submission package: every check before anything is trusted.

Order of checks, cheapest first: the zip's directory (names, links, duplicates, sizes and
compression ratios against :class:`PackageLimits`), the manifest's signature, the manifest
itself, the list of files against the zip, and finally every file streamed through SHA-256.
Any failure raises :class:`PackageRefused` with a stable ``code`` and a message in the user's
language. Reading never writes anything anywhere.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.atomic import atomic_writer
from app.canonical import CanonicalError, canonical_bytes_of_parsed, parse_strict
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
from app.i18n import translate
from app.package.limits import DEFAULT_LIMITS, PackageLimits

CHUNK = 1024 * 1024
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
               ValueError, NotImplementedError, RuntimeError)

Progress = Callable[[int, int], None]


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
    total = sum(entry.size for entry in entries)
    done = 0
    for entry in entries:
        for count in _stream_check(archive, members[entry.path], entry):
            done += count
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Package", "Opening the package was cancelled."))
            if progress is not None:
                progress(done, total)
    return VerifiedPackage(path, manifest, manifest_bytes,
                           hashlib.sha256(manifest_bytes).hexdigest(),
                           fingerprint(signer_key), total)


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
    try:
        document = parse_strict(data, max_bytes=len(data))
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
    if canonical_bytes_of_parsed(document) != data:
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest is not in canonical form, so it was not "
            "written by Juri."))
    return document


def _signer_key(document: dict) -> bytes:
    secretariat = document.get("secretariat")
    try:
        if not isinstance(secretariat, dict):
            raise ValueError("no secretariat")
        return decode_public_key(secretariat.get("public_key"))
    except ValueError as exc:
        raise refuse("malformed_manifest", translate(
            "Package", "The package's manifest names no valid secretariat key.")) from exc


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
            raise refuse("missing_file", translate(
                "Package", "The file {path} listed in the manifest is missing.").format(
                    path=entry.path))
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


def _stream_check(archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: FileEntry
                  ) -> Iterator[int]:
    """Hash one entry in chunks (yielding byte counts for progress) and compare."""
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(CHUNK):
                size += len(chunk)
                if size > entry.size:
                    break
                digest.update(chunk)
                yield len(chunk)
    except zipfile.BadZipFile as exc:  # CRC error: the bytes changed after zipping
        raise _hash_mismatch(entry) from exc
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise _hash_mismatch(entry)


def _hash_mismatch(entry: FileEntry) -> PackageRefused:
    return refuse("hash_mismatch", translate(
        "Package", "The file {path} was changed after the secretariat signed the package "
        "(its SHA-256 does not match).").format(path=entry.path))


def read_member(path: Path, entry: FileEntry) -> bytes:
    """The bytes of one file of an already opened package, checked against its hash again
    (the copy on disk could have been changed since)."""
    with zipfile.ZipFile(path) as archive:
        try:
            info = archive.getinfo(entry.path)
        except KeyError:
            raise refuse("missing_file", translate(
                "Package", "The file {path} listed in the manifest is missing.").format(
                    path=entry.path)) from None
        try:
            with archive.open(info) as handle:
                data = handle.read(entry.size + 1)
        except zipfile.BadZipFile as exc:
            raise _hash_mismatch(entry) from exc
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise _hash_mismatch(entry)
        return data


def extract_member(path: Path, entry: FileEntry, target: Path, *,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy one file of a package to ``target`` (a video for the player), hashing as it goes;
    the file appears only when every byte matched the manifest."""
    with zipfile.ZipFile(path) as archive, atomic_writer(target) as out:
        try:
            info = archive.getinfo(entry.path)
        except KeyError:
            raise refuse("missing_file", translate(
                "Package", "The file {path} listed in the manifest is missing.").format(
                    path=entry.path)) from None
        digest = hashlib.sha256()
        done = 0
        try:
            with archive.open(info) as handle:
                while chunk := handle.read(CHUNK):
                    done += len(chunk)
                    if done > entry.size:
                        raise _hash_mismatch(entry)
                    digest.update(chunk)
                    out.write(chunk)
                    if cancelled is not None and cancelled():
                        raise Cancelled(translate("Package", "Cancelled."))
                    if progress is not None:
                        progress(done, entry.size)
        except zipfile.BadZipFile as exc:
            raise _hash_mismatch(entry) from exc
        if done != entry.size or digest.hexdigest() != entry.sha256:
            raise _hash_mismatch(entry)
    return target
