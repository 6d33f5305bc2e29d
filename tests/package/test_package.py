"""Packages: a good one builds and verifies; each way of being bad is refused with its reason,
checked on crafted zips (re-signed with the real key where the check lies past the signature)."""

from __future__ import annotations

import gc
import itertools
import json
import shutil
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from app.canonical import canonical_bytes
from app.crypto.envelope import signature_object
from app.crypto.keys import KeyPair
from app.errors import Cancelled, PackageRefused
from app.package import reader
from app.package.limits import PackageLimits
from app.package.reader import open_package, read_member


@pytest.fixture
def built(competition):
    return competition(submissions=3, jurors=2, with_workspaces=False)


def rewrite(
    source: Path,
    target: Path,
    *,
    drop=(),
    replace=None,
    add=None,
    manifest=None,
    key: KeyPair | None = None,
    raw_manifest: bytes | None = None,
    signature: bytes | None = None,
    infos=(),
    compression: int = zipfile.ZIP_STORED,
) -> Path:
    """Copy a package entry by entry with changes; ``manifest`` edits the parsed manifest and
    ``key`` re-signs whatever manifest bytes result; ``compression`` packs every entry."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(source) as original:
        document = json.loads(original.read("manifest.json"))
        manifest_bytes = original.read("manifest.json")
        if manifest is not None:
            manifest(document)
            manifest_bytes = canonical_bytes(document)
        if raw_manifest is not None:
            manifest_bytes = raw_manifest
        signature_bytes = original.read("manifest.sig")
        if key is not None:
            signature_bytes = canonical_bytes(signature_object(manifest_bytes, key))
        if signature is not None:
            signature_bytes = signature
        with zipfile.ZipFile(target, "w", compression) as out, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for info in original.infolist():
                name = info.filename
                if name in drop:
                    continue
                if name == "manifest.json":
                    out.writestr(name, manifest_bytes)
                elif name == "manifest.sig":
                    out.writestr(name, signature_bytes)
                else:
                    out.writestr(name, replace.get(name, original.read(name)))
            for name, data in add.items():
                out.writestr(name, data)
            for info, data in infos:
                out.writestr(info, data)
    return target


def refused(path: Path, code: str, limits: PackageLimits | None = None) -> str:
    with pytest.raises(PackageRefused) as caught:
        open_package(path, **({"limits": limits} if limits else {}))
    assert caught.value.code == code, caught.value.message
    return caught.value.message


def proposal_name(package: Path) -> str:
    with zipfile.ZipFile(package) as archive:
        return next(n for n in archive.namelist() if n.endswith(".pdf"))


def test_a_built_package_verifies_completely(built) -> None:
    progress = []
    package = open_package(
        built.package, progress=lambda done, total: progress.append((done, total))
    )
    manifest = package.manifest
    assert manifest.package_id == "test-pkg"
    assert [s.code for s in manifest.submissions] == built.codes
    assert manifest.assigned("J01") == tuple(built.codes)  # default: everyone scores everything
    assert package.signer_fingerprint == built.secretariat.fingerprint
    assert manifest.secretariat.name == "Sekretariat Uji"
    assert progress and progress[-1][0] == progress[-1][1] == package.file_bytes
    entry = manifest.submissions[0].proposal
    assert read_member(built.package, entry).startswith(b"%PDF-")


def test_building_writes_nothing_when_input_is_bad(competition, tmp_path: Path) -> None:
    setup = competition(build=False, rows=[["S001", "duplicate", "x", "", "", "", "", "S001.pdf"]])
    with pytest.raises(Exception, match="already appears"):
        setup.build()
    assert list(setup.folder.glob("*.juripkg*")) == []
    assert [p.name for p in setup.folder.iterdir() if p.name.startswith(".")] == []


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.juripkg"
    path.write_bytes(b"PK\x03\x04 but not really a zip")
    assert "not a Juri package" in refused(path, "not_a_package")


def test_a_zip_without_manifest_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "x.juripkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"...")
    assert "no manifest.json" in refused(path, "not_a_package")


def test_missing_signature(built, tmp_path: Path) -> None:
    bad = rewrite(built.package, tmp_path / "bad.juripkg", drop={"manifest.sig"})
    assert "not signed" in refused(bad, "unsigned")


def test_changed_manifest_breaks_the_signature(built, tmp_path: Path) -> None:
    bad = rewrite(
        built.package, tmp_path / "bad.juripkg", manifest=lambda m: m.update(title="Paket palsu")
    )
    assert "changed after the secretariat signed it" in refused(bad, "bad_signature")


def test_signature_by_another_key(built, tmp_path: Path) -> None:
    bad = rewrite(built.package, tmp_path / "bad.juripkg", key=KeyPair.generate())
    refused(bad, "bad_signature")


def test_garbage_signature(built, tmp_path: Path) -> None:
    bad = rewrite(built.package, tmp_path / "bad.juripkg", signature=b'{"alg":"rsa"}')
    refused(bad, "bad_signature")


def test_a_changed_file_fails_its_hash(built, tmp_path: Path) -> None:
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = bytearray(archive.read(name))
    data[-20] ^= 0xFF
    bad = rewrite(built.package, tmp_path / "bad.juripkg", replace={name: bytes(data)})
    assert name in refused(bad, "hash_mismatch")


def test_a_file_of_another_size(built, tmp_path: Path) -> None:
    name = proposal_name(built.package)
    bad = rewrite(built.package, tmp_path / "bad.juripkg", replace={name: b"%PDF-1.4 short"})
    refused(bad, "size_mismatch")


def test_a_missing_file(built, tmp_path: Path) -> None:
    name = proposal_name(built.package)
    bad = rewrite(built.package, tmp_path / "bad.juripkg", drop={name})
    assert name in refused(bad, "missing_file")


def test_an_extra_file(built, tmp_path: Path) -> None:
    bad = rewrite(built.package, tmp_path / "bad.juripkg", add={"files/extra.exe": b"MZ"})
    assert "files/extra.exe" in refused(bad, "extra_file")


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../outside.pdf",
        "files/../../x",
        "C:/Windows/x",
        "files\\x.pdf",
        "files//x.pdf",
    ],
)
def test_unsafe_paths(built, tmp_path: Path, name: str) -> None:
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # ZipInfo would normalise some of these; a hostile zip does not
    bad = rewrite(built.package, tmp_path / "bad.juripkg", infos=[(info, b"x")])
    refused(bad, "unsafe_path")


def test_links(built, tmp_path: Path) -> None:
    info = zipfile.ZipInfo("files/S001/link.pdf")
    info.external_attr = 0o120777 << 16
    bad = rewrite(built.package, tmp_path / "bad.juripkg", infos=[(info, b"/etc/passwd")])
    refused(bad, "link")


def test_duplicate_names(built, tmp_path: Path) -> None:
    name = proposal_name(built.package)
    bad = rewrite(built.package, tmp_path / "bad.juripkg", add={name.upper(): b"x"})
    refused(bad, "duplicate_name")
    bad = rewrite(built.package, tmp_path / "bad2.juripkg", add={name: b"x"})
    refused(bad, "duplicate_name")


def test_encrypted_entries(built, tmp_path: Path) -> None:
    """zipfile will not write the encryption flag, so set it in the central directory."""
    name = proposal_name(built.package).encode()
    data = bytearray(built.package.read_bytes())
    record = data.index(b"PK\x01\x02")
    while data[record + 46 : record + 46 + len(name)] != name:
        record = data.index(b"PK\x01\x02", record + 4)
    data[record + 8] |= 0x1  # general purpose flag: bit 0, encrypted
    bad = tmp_path / "bad.juripkg"
    bad.write_bytes(bytes(data))
    refused(bad, "encrypted")


def test_limits_on_entries_and_sizes(built) -> None:
    refused(built.package, "too_many_entries", PackageLimits(max_entries=3))
    refused(built.package, "too_large", PackageLimits(max_file_bytes=100))
    refused(built.package, "too_large", PackageLimits(max_total_bytes=2000))
    refused(built.package, "too_large", PackageLimits(max_manifest_bytes=1000))


def test_compression_bombs(built, tmp_path: Path) -> None:
    info = zipfile.ZipInfo("files/S001/bomb.pdf")
    info.compress_type = zipfile.ZIP_DEFLATED
    bad = rewrite(built.package, tmp_path / "bad.juripkg", infos=[(info, b"\0" * 20_000_000)])
    refused(bad, "compression_bomb")


def test_malformed_manifests_say_where(built, tmp_path: Path) -> None:
    def drop_jurors(m):
        m["jurors"] = []

    bad = rewrite(
        built.package, tmp_path / "bad.juripkg", manifest=drop_jurors, key=built.secretariat
    )
    assert "jurors" in refused(bad, "malformed_manifest")

    def escape(m):
        m["submissions"][0]["files"][0]["path"] = "../../etc/passwd"

    bad = rewrite(built.package, tmp_path / "bad2.juripkg", manifest=escape, key=built.secretariat)
    assert "cannot name a file in a package: it has a '.' or '..' part" in refused(
        bad, "malformed_manifest"
    )

    bad = rewrite(
        built.package, tmp_path / "bad3.juripkg", raw_manifest=b"[1, 2", key=built.secretariat
    )
    assert "not valid JSON" in refused(bad, "malformed_manifest")


def test_a_manifest_from_a_newer_juri(built, tmp_path: Path) -> None:
    bad = rewrite(
        built.package,
        tmp_path / "bad.juripkg",
        manifest=lambda m: m.update(schema=3),
        key=built.secretariat,
    )
    assert "newer version of Juri" in refused(bad, "future_schema")


def test_a_manifest_not_in_canonical_form(built, tmp_path: Path) -> None:
    with zipfile.ZipFile(built.package) as archive:
        pretty = json.dumps(json.loads(archive.read("manifest.json")), indent=2).encode()
    bad = rewrite(
        built.package, tmp_path / "bad.juripkg", raw_manifest=pretty, key=built.secretariat
    )
    assert "canonical form" in refused(bad, "malformed_manifest")


def test_verification_can_be_cancelled(built) -> None:
    with pytest.raises(Cancelled):
        open_package(built.package, cancelled=lambda: True)


def test_reading_a_member_checks_its_hash_again(built, tmp_path: Path) -> None:
    package = open_package(built.package)
    entry = package.manifest.submissions[0].proposal
    name = entry.path
    with zipfile.ZipFile(built.package) as archive:
        data = bytearray(archive.read(name))
    data[-10] ^= 1
    swapped = rewrite(built.package, tmp_path / "swapped.juripkg", replace={name: bytes(data)})
    with pytest.raises(PackageRefused) as caught:
        read_member(swapped, entry)
    assert caught.value.code == "hash_mismatch"


def test_a_package_file_replaced_in_place_is_read_afresh(built, tmp_path: Path) -> None:
    """The zip's directory is kept between reads; a new file at the same path (another
    package, or the same one changed) must be read with its own directory, never stale
    offsets, and changed bytes are still refused."""
    package = open_package(built.package)
    first, second = (s.proposal for s in package.manifest.submissions[:2])
    path = tmp_path / "in-place.juripkg"
    shutil.copy(built.package, path)
    original = read_member(path, first)
    with zipfile.ZipFile(built.package) as archive:
        longer = archive.read(second.path) + b"%% padding that moves every later member\n" * 50
    rewrite(built.package, tmp_path / "moved.juripkg", replace={second.path: longer})
    (tmp_path / "moved.juripkg").replace(path)  # a new file at the old path
    assert read_member(path, first) == original
    with pytest.raises(PackageRefused) as caught:
        read_member(path, second)  # its bytes changed: the signed hash no longer matches
    assert caught.value.code == "hash_mismatch"
    entry_after = package.manifest.submissions[-1].proposal
    assert read_member(path, entry_after) == read_member(built.package, entry_after)


def local_header(data: bytes | bytearray, name: str) -> int:
    """Where the local header of member ``name`` starts in a zip's bytes."""
    encoded = name.encode()
    at = data.index(b"PK\x03\x04")
    while data[at + 30 : at + 30 + len(encoded)] != encoded:
        at = data.index(b"PK\x03\x04", at + 4)
    return at


def disagreeing_header(package: Path, name: str, offset: int, value: int, target: Path) -> Path:
    """``package`` with one byte of ``name``'s local header changed: its central directory, which
    the manifest is checked against, still says what was signed."""
    data = bytearray(package.read_bytes())
    data[local_header(data, name) + offset] = value
    target.write_bytes(bytes(data))
    return target


def cut_short(package: Path, name: str, target: Path) -> Path:
    """``package`` with ``name`` moved to the end and its last bytes cut off (the offset of the
    directory moved to match), so the directory promises more bytes than the file holds."""
    with zipfile.ZipFile(package) as archive:
        member = archive.read(name)
    data = rewrite(package, target, drop={name}, add={name: member}).read_bytes()
    end = data.rindex(b"PK\x05\x06")
    start = struct.unpack_from("<I", data, end + 16)[0]
    cut = len(data) - start + 64  # more than what follows the file: reading runs off the end
    assert cut < len(member)
    data = bytearray(data[: start - cut] + data[start:])
    struct.pack_into("<I", data, end - cut + 16, start - cut)
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("part", ["signature", "method", "name"])
def test_a_local_header_that_disagrees_with_the_directory(built, tmp_path: Path, part: str) -> None:
    name = proposal_name(built.package)
    offset, value = {
        "signature": (3, 0x05),
        "method": (8, zipfile.ZIP_DEFLATED),
        "name": (30 + len(name) - 1, ord("X")),
    }[part]
    bad = disagreeing_header(built.package, name, offset, value, tmp_path / "bad.juripkg")
    message = refused(bad, "damaged")
    assert message == (
        f"The package is damaged: the header of {name} does not match the package's directory."
    )
    entry = next(
        e
        for s in open_package(built.package).manifest.submissions
        for e in s.files
        if e.path == name
    )
    with pytest.raises(PackageRefused, match="does not match the package's directory"):
        read_member(bad, entry)


def test_a_file_cut_short(built, tmp_path: Path) -> None:
    name = proposal_name(built.package)
    bad = cut_short(built.package, name, tmp_path / "bad.juripkg")
    assert refused(bad, "damaged") == f"The package is damaged: the file {name} is cut short."


def test_files_packed_compressed_are_read_through_zipfile_with_the_same_checks(
    built, tmp_path: Path
) -> None:
    packed = rewrite(built.package, tmp_path / "packed.juripkg", compression=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(packed) as archive:
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_DEFLATED}
    package = open_package(packed)
    entry = package.manifest.submissions[0].proposal
    assert read_member(packed, entry) == read_member(built.package, entry)

    data = bytearray(read_member(built.package, entry))
    data[-20] ^= 0xFF
    bad = rewrite(
        built.package,
        tmp_path / "bad.juripkg",
        replace={entry.path: bytes(data)},
        compression=zipfile.ZIP_DEFLATED,
    )
    assert entry.path in refused(bad, "hash_mismatch")


def test_a_long_extra_field_in_a_local_header_is_stepped_over(built, tmp_path: Path) -> None:
    """Zip writers may put an extra field (longer than a small file) in a member's header."""
    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = archive.read(name)
    info = zipfile.ZipInfo(name)
    info.extra = struct.pack("<HH", 0xCAFE, 3000) + bytes(3000)
    assert len(info.extra) > len(data)
    moved = rewrite(built.package, tmp_path / "extra.juripkg", drop={name}, infos=[(info, data)])
    package = open_package(moved)
    entry = next(e for s in package.manifest.submissions for e in s.files if e.path == name)
    assert read_member(moved, entry) == data


def test_files_larger_than_a_chunk_are_read_and_reported_chunk_by_chunk(
    built, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(reader, "CHUNK", 100)  # a header, a name and a little of the file
    monkeypatch.setattr(reader, "HASH_THREADS", 1)  # one thread reports every chunk
    progress: list[tuple[int, int]] = []
    package = open_package(built.package, progress=lambda *p: progress.append(p))
    total = package.file_bytes
    assert len(progress) > total // 100 and progress[-1] == (total, total)
    assert all(b - a <= 100 for (a, _), (b, _) in itertools.pairwise(progress))
    entry = package.manifest.submissions[0].proposal
    target = reader.extract_member(built.package, entry, tmp_path / "copy.pdf")
    with zipfile.ZipFile(built.package) as archive:
        assert target.read_bytes() == read_member(built.package, entry) == archive.read(entry.path)

    name = proposal_name(built.package)
    with zipfile.ZipFile(built.package) as archive:
        data = bytearray(archive.read(name))
    data[-1] ^= 1  # in the last chunk
    bad = rewrite(built.package, tmp_path / "bad.juripkg", replace={name: bytes(data)})
    assert name in refused(bad, "hash_mismatch")


@pytest.mark.parametrize("threads", [2, 3])
def test_files_hashed_on_several_threads_report_the_earliest_refusal(
    competition, tmp_path: Path, monkeypatch, threads: int
) -> None:
    """Parts of the package are hashed at once; with two changed files, in different parts,
    the refusal names the one a single thread would have met first, and a good package
    reports its progress up to the end."""
    monkeypatch.setattr(reader, "HASH_THREADS", threads)
    setup = competition(submissions=6, jurors=2, with_workspaces=False)
    progress: list[tuple[int, int]] = []
    package = open_package(setup.package, progress=lambda *p: progress.append(p))
    assert progress[-1] == (package.file_bytes, package.file_bytes)
    assert [a for a, _ in progress] == sorted(a for a, _ in progress)
    first, *_, last = (s.proposal.path for s in package.manifest.submissions)
    with zipfile.ZipFile(setup.package) as archive:
        changed = {name: archive.read(name)[:-1] + b"?" for name in (first, last)}
    bad = rewrite(setup.package, tmp_path / "two-changed.juripkg", replace=changed)
    assert first in refused(bad, "hash_mismatch")
    only_last = rewrite(
        setup.package, tmp_path / "last-changed.juripkg", replace={last: changed[last]}
    )
    assert last in refused(only_last, "hash_mismatch")
    with pytest.raises(Cancelled):
        open_package(setup.package, cancelled=lambda: True)


def test_opening_leaves_the_collector_as_it_was(built, tmp_path: Path) -> None:
    """The cyclic collector is paused while the manifest is read, whatever the outcome."""
    assert gc.isenabled()
    open_package(built.package)
    assert gc.isenabled()
    refused(rewrite(built.package, tmp_path / "bad.juripkg", signature=b"{}"), "bad_signature")
    assert gc.isenabled()
