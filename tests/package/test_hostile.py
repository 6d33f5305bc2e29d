"""Hostile packages and result files: fuzzed (fresh inputs each run, bounded: tests/fuzz.py) and
crafted. Every one ends in a clear refusal, reads no more than it declares, and writes nothing
outside the workspace; whatever is accepted is exactly what was signed."""

from __future__ import annotations

import struct
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.canonical import CanonicalError, canonical_bytes, parse_strict
from app.errors import JuriError, PackageRefused
from app.package.reader import open_package, read_member
from app.results import verify as verify_module
from app.results.verify import ResultStatus, check_result
from tests.factory import PASSPHRASE
from tests.fuzz import FUZZ
from tests.package.test_package import proposal_name, refused, rewrite

flips = st.lists(
    st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, changes: list[tuple[int, int]], cut: int | None) -> bytes:
    """XOR a few bytes (positions taken modulo the length), then maybe cut the end off."""
    out = bytearray(data)
    for position, mask in changes:
        out[position % len(out)] ^= mask
    return bytes(out[:cut] if cut is not None else out)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    """A package and J01's exported result for it, made once for the module."""
    from tests.factory import make_competition

    folder = tmp_path_factory.mktemp("hostile")
    setup = make_competition(folder / "competition", submissions=2, jurors=1)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        ws.scoring.set_score("test-pkg", "S001", "LATAR", Decimal(7))
        setup.result = ws.results.export("test-pkg", PASSPHRASE, folder).path
    setup.verified = open_package(setup.package)
    return setup


# --- fuzzing ---------------------------------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=2000))
def test_parse_strict_fuzz_refuses_cleanly_and_accepts_only_what_it_can_write(data) -> None:
    try:
        value = parse_strict(data, max_bytes=1000)
    except CanonicalError:
        return
    canonical_bytes(value)  # anything read is in Juri's subset, so it can be written back


@FUZZ
@given(text=st.text(alphabet='[]{}",:-0123456789.eEtrufalsn\\u \ud7ff\x00', max_size=300))
def test_parse_strict_fuzz_on_json_shaped_text(text) -> None:
    try:
        value = parse_strict(text.encode("utf-8", "surrogatepass"), max_bytes=10_000)
    except CanonicalError:
        return
    canonical_bytes(value)


@FUZZ
@given(changes=flips, cut=st.none() | st.integers(min_value=0, max_value=4000))
def test_a_damaged_package_is_refused_or_exactly_what_was_signed(
    genuine, tmp_path, changes, cut
) -> None:
    original = genuine.package.read_bytes()
    path = tmp_path / "fuzzed.juripkg"
    path.write_bytes(mutate(original, changes, cut))
    try:
        opened = open_package(path)
    except PackageRefused as refusal:
        assert refusal.message and refusal.code
        return
    # a flip in bytes nobody reads (a timestamp, a comment): what is read is still the original
    assert opened.manifest_bytes == genuine.verified.manifest_bytes
    for submission in opened.manifest.submissions:
        for entry in submission.files:
            assert read_member(path, entry) == read_member(genuine.package, entry)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_are_never_a_package(tmp_path, data) -> None:
    path = tmp_path / "random.juripkg"
    path.write_bytes(data)
    with pytest.raises(PackageRefused):
        open_package(path)


@FUZZ
@given(changes=flips, cut=st.none() | st.integers(min_value=0, max_value=4000))
def test_a_damaged_result_file_is_never_taken_for_another(genuine, changes, cut) -> None:
    original = genuine.result.read_bytes()
    manifest, sha = genuine.verified.manifest, genuine.verified.manifest_sha256
    good = check_result(original, manifest, sha)
    verdict = check_result(mutate(original, changes, cut), manifest, sha)
    assert isinstance(verdict.status, ResultStatus) and verdict.reason
    if verdict.valid:
        assert verdict.document == good.document


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_are_never_a_valid_result(genuine, data) -> None:
    verdict = check_result(data, genuine.verified.manifest, genuine.verified.manifest_sha256)
    assert verdict.status is ResultStatus.MALFORMED and verdict.reason


# --- crafted ---------------------------------------------------------------------------------


def lie_about_size(package: Path, name: str, declared: int, target: Path) -> Path:
    """Patch an entry's uncompressed size in both its local header and the central directory,
    as a hand-made zip bomb does, leaving the compressed stream as it is."""
    data = bytearray(package.read_bytes())
    encoded = name.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = data.index(signature)
        while data[at + name_at : at + name_at + len(encoded)] != encoded:
            at = data.index(signature, at + 4)
        data[at + size_at : at + size_at + 4] = struct.pack("<I", declared)
    target.write_bytes(bytes(data))
    return target


def test_a_bomb_that_lies_about_its_size_is_read_only_as_far_as_declared(genuine, tmp_path) -> None:
    name = proposal_name(genuine.package)
    with zipfile.ZipFile(genuine.package) as archive:
        real = archive.read(name)
    bomb = tmp_path / "bomb.juripkg"
    with zipfile.ZipFile(genuine.package) as original, zipfile.ZipFile(bomb, "w") as out:
        for entry in original.infolist():
            if entry.filename == name:  # the signed bytes and 50 MB of zeros, packed to ~50 KB
                out.writestr(name, real + b"\0" * 50_000_000, zipfile.ZIP_DEFLATED)
            else:
                out.writestr(entry, original.read(entry))
    # the honest header is a compression bomb …
    refused(bomb, "compression_bomb")
    # … and one that claims the signed size is inflated no further than that size: refused
    lying = lie_about_size(bomb, name, len(real), tmp_path / "lying.juripkg")
    assert "does not give what its directory entry says" in refused(lying, "damaged")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b'{"a":' * 10_000 + b"1" + b"}" * 10_000, "nested too deeply"),
        (b'{"format":"juri-package","format":"juri-package"}', "twice"),
        (b'{"format":"juri-package\xff"}', "UTF-8"),
        (b'{"format":' + b'"' + b"x" * 200_000 + b'"', "not valid JSON"),
    ],
)
def test_hostile_manifest_json_is_refused_with_its_reason(genuine, tmp_path, raw, words) -> None:
    bad = rewrite(genuine.package, tmp_path / "bad.juripkg", raw_manifest=raw)
    assert words in refused(bad, "malformed_manifest")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"payload":{},"payload":{}}', "twice"),
        (b'{"payload":"\xc3\x28"}', "UTF-8"),
        (b'{"payload":1.5}', "fraction"),
    ],
)
def test_hostile_result_json_is_malformed_with_its_reason(genuine, raw, words) -> None:
    verdict = check_result(raw, genuine.verified.manifest, genuine.verified.manifest_sha256)
    assert verdict.status is ResultStatus.MALFORMED
    assert words in verdict.reason


def test_an_enormous_result_is_refused_before_parsing(genuine, monkeypatch) -> None:
    monkeypatch.setattr(verify_module, "MAX_RESULT_BYTES", 10_000)
    verdict = check_result(
        b"[" + b"0," * 20_000 + b"0]", genuine.verified.manifest, genuine.verified.manifest_sha256
    )
    assert verdict.status is ResultStatus.MALFORMED and "larger than" in verdict.reason


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize("name", ["../../escaped.pdf", "/tmp/escaped.pdf", "link"])
def test_hostile_packages_write_nothing_outside_the_workspace(genuine, tmp_path, name) -> None:
    info = zipfile.ZipInfo("placeholder")
    info.filename = name
    if name == "link":
        info.filename = "files/S001/link.pdf"
        info.external_attr = 0o120777 << 16
    bad = rewrite(genuine.package, tmp_path / "bad.juripkg", infos=[(info, b"../../escaped")])
    folder = genuine.workspaces["J01"]
    outside = folder.parent.parent  # the competition folder around the workspaces
    before, packages_before = tree(outside), tree(folder / "packages")
    with genuine.workspace("J01") as ws, pytest.raises(JuriError) as caught:
        ws.packages.import_package(bad)
    assert caught.value.code in ("unsafe_path", "link")
    after = {p for p in tree(outside) if not p.startswith(str(folder.relative_to(outside)))}
    assert after == {p for p in before if not p.startswith(str(folder.relative_to(outside)))}
    assert tree(folder / "packages") == packages_before
    assert not list(tmp_path.rglob("escaped*"))
