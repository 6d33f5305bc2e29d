"""Weak and malformed Ed25519 keys and signatures are refused wherever Juri reads them, with
the reason, as libsodium refuses them: a small-order key or signature R lets anyone "sign"
without a private key (R = the identity, S = 0 verifies for the identity key), a
non-canonical encoding gives one key two spellings, and S ≥ L makes a signature malleable."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import replace

import pytest
from nacl.bindings import crypto_core_ed25519_add

from app.canonical import canonical_bytes, parse_strict
from app.cli.main import main
from app.crypto.envelope import Signature, SignatureProblem
from app.crypto.keys import (
    KeyPair,
    decode_public_key,
    fingerprint,
    read_public_half,
    read_public_key,
    write_private_key,
    write_public_key,
)
from app.errors import KeyFileError, PackageRefused
from app.merge.intake import InputFile
from app.merge.service import write_merged
from app.package.reader import open_package
from app.results.verify import ResultStatus, check_result
from tests.merge.helpers import CHAIR, build_panel
from tests.package.test_package import rewrite

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493


def point(y: int, sign: int = 0) -> bytes:
    return (y | sign << 255).to_bytes(32, "little")


IDENTITY = point(1)  # AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
ZERO = bytes(32)  # y = 0: a point of order 4
# a point of order 8 (from libsodium's list of small-order encodings)
ORDER_8 = bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")
GOOD = KeyPair.generate("good").public_key

WEAK = "a weak (small-order) key"
NOT_CANONICAL = "not a canonical encoding"
OFF_CURVE = "not a point on the Ed25519 curve"
MIXED = "a small-order part"

BAD_KEYS = {
    "identity": (IDENTITY, WEAK),
    "all zero": (ZERO, WEAK),
    "order 8": (ORDER_8, WEAK),
    "identity, sign bit set": (point(1, 1), WEAK),
    "y = p + 1 (the identity spelt again)": (point(P + 1), NOT_CANONICAL),
    "y = p + 3": (point(P + 3), NOT_CANONICAL),
    "off the curve": (point(2), OFF_CURVE),
    "a good key plus a point of order 8": (crypto_core_ed25519_add(GOOD, ORDER_8), MIXED),
}


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def forged_signature(key: bytes = IDENTITY) -> dict[str, str]:
    """R = the identity, S = 0: "valid" for any message under a small-order key."""
    return {"alg": "ed25519", "key": fingerprint(key), "value": b64(IDENTITY + bytes(32))}


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("case", BAD_KEYS)
def test_weak_and_malformed_public_keys_are_refused_with_the_reason(case: str) -> None:
    raw, reason = BAD_KEYS[case]
    with pytest.raises(ValueError, match=re.escape(reason)):
        decode_public_key(b64(raw))


def test_good_keys_still_decode() -> None:
    for _ in range(20):
        key = KeyPair.generate().public_key
        assert decode_public_key(b64(key)) == key


def test_a_forged_signature_of_a_small_order_r_is_refused_before_any_check() -> None:
    with pytest.raises(SignatureProblem) as caught:
        Signature.from_json(forged_signature())
    assert caught.value.code == "malformed"
    assert "R is a weak (small-order) point" in str(caught.value)


def test_a_signature_with_s_beyond_the_group_order_is_refused() -> None:
    """S + L verifies the same equation; libsodium and Juri refuse it (one signature, one
    spelling)."""
    pair = KeyPair.generate()
    genuine = pair.sign(b"message")
    s = int.from_bytes(genuine[32:], "little") + L
    malleated = genuine[:32] + s.to_bytes(32, "little")
    value = {"alg": "ed25519", "key": pair.fingerprint, "value": b64(malleated)}
    with pytest.raises(SignatureProblem, match="not canonical"):
        Signature.from_json(value)
    Signature.from_json({**value, "value": b64(genuine)}).verify(b"message", pair.public_key)


# --- every reader --------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [IDENTITY, ZERO], ids=["identity", "all zero"])
def test_a_roster_with_a_weak_key_does_not_build(competition, capsys, raw: bytes) -> None:
    setup = competition(submissions=2, jurors=2, with_workspaces=False, build=False)
    with setup.roster.open("a", encoding="utf-8") as handle:
        handle.write(f"J09,Juri Lemah,{b64(raw)}\n")
    key = setup.folder / "sekretariat.key"
    write_private_key(key, setup.secretariat, "a long passphrase")
    output = setup.folder / "out.juripkg"
    code, out = juri(
        capsys,
        "package",
        "build",
        "--submissions",
        str(setup.submissions),
        "--files",
        str(setup.files),
        "--rubric",
        str(setup.rubric),
        "--round",
        "desk",
        "--roster",
        str(setup.roster),
        "--key",
        str(key),
        "-o",
        str(output),
    )
    assert code == 1, out
    assert "row 4" in out and WEAK in out
    assert not output.exists()


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", "a long passphrase")


def test_a_signed_manifest_naming_a_weak_juror_key_is_refused(competition, tmp_path) -> None:
    setup = competition(submissions=2, jurors=2, with_workspaces=False)

    def weaken(document: dict) -> None:
        document["jurors"][1]["public_key"] = b64(IDENTITY)

    bad = rewrite(setup.package, tmp_path / "weak.juripkg", manifest=weaken, key=setup.secretariat)
    with pytest.raises(PackageRefused) as caught:
        open_package(bad)
    assert caught.value.code == "malformed_manifest"
    assert "jurors[1].public_key" in caught.value.message and WEAK in caught.value.message


def test_a_package_signed_by_a_weak_secretariat_key_is_refused(competition, tmp_path) -> None:
    """The forgery needs no private key: the identity as the secretariat's key and a signature
    of R = the identity, S = 0."""
    setup = competition(submissions=2, jurors=2, with_workspaces=False)

    def forge(document: dict) -> None:
        document["secretariat"]["public_key"] = b64(IDENTITY)

    bad = rewrite(
        setup.package,
        tmp_path / "forged.juripkg",
        manifest=forge,
        signature=canonical_bytes(forged_signature()),
    )
    with pytest.raises(PackageRefused) as caught:
        open_package(bad)
    assert caught.value.code == "malformed_manifest"
    assert WEAK in caught.value.message


def test_key_files_with_a_weak_key_are_refused(tmp_path, capsys) -> None:
    public = tmp_path / "weak.pub.json"
    write_public_key(public, GOOD, "someone")
    public.write_text(public.read_text().replace(b64(GOOD), b64(IDENTITY)))
    with pytest.raises(KeyFileError) as caught:
        read_public_key(public)
    assert caught.value.code == "key_damaged" and WEAK in caught.value.message
    code, out = juri(capsys, "keys", "show", str(public))
    assert code == 1 and WEAK in out and "Traceback" not in out
    code, out = juri(capsys, "keys", "export", str(public), "-o", str(tmp_path / "again.json"))
    assert code == 1 and WEAK in out and not (tmp_path / "again.json").exists()

    private = tmp_path / "weak.key"
    write_private_key(private, KeyPair.generate(), "a long passphrase")
    document = json.loads(private.read_bytes())
    document["public_key"] = b64(ZERO)
    private.write_bytes(canonical_bytes(document))
    with pytest.raises(KeyFileError, match=re.escape(WEAK)):
        read_public_half(private)


def forged_result(panel) -> bytes:
    """A result for J02, made without J02's private key, under the identity key."""
    genuine = json.loads(panel.result("J02", {"S001": 10, "S002": 10}))
    genuine["payload"]["juror"]["public_key"] = b64(IDENTITY)
    return canonical_bytes({"payload": genuine["payload"], "signature": forged_signature()})


def test_a_forged_result_is_refused_even_if_the_roster_had_the_weak_key(
    competition, tmp_path, capsys
) -> None:
    panel = build_panel(competition, tmp_path)
    data = forged_result(panel)
    # as if a roster had let the identity in as J02's key (no reader does any more)
    jurors = tuple(
        replace(j, public_key=IDENTITY) if j.id == "J02" else j for j in panel.manifest.jurors
    )
    weak_roster = replace(panel.manifest, jurors=jurors)
    check = check_result(data, weak_roster, panel.package.manifest_sha256)
    assert check.status is ResultStatus.MALFORMED
    assert WEAK in check.reason or "small-order" in check.reason

    forged = tmp_path / "J02_forged.juri-result.json"
    forged.write_bytes(data)
    package = next(panel.folder.glob("*.juripkg"))
    code, out = juri(capsys, "result", "verify", str(forged), "--package", str(package))
    assert code != 0 and "VALID" not in out.replace("NOT VALID", "")
    assert "small-order" in out


def test_merge_refuses_a_forged_result_and_a_forged_merged_file(
    competition, tmp_path, capsys
) -> None:
    panel = build_panel(competition, tmp_path)
    genuine = panel.result("J01", {"S001": 9})
    report = panel.merge([("J01.json", genuine), ("J02_forged.json", forged_result(panel))])
    verdicts = {v.name: v for v in report.intake.verdicts}
    assert verdicts["J01.json"].status.value == "accepted"
    assert verdicts["J02_forged.json"].status.value == "malformed"
    assert "small-order" in verdicts["J02_forged.json"].reason
    assert set(report.intake.accepted) == {"J01"}

    merged = json.loads(report.signed(CHAIR))
    merged["payload"]["chair"]["public_key"] = b64(IDENTITY)
    forged_merged = canonical_bytes({"payload": merged["payload"], "signature": forged_signature()})
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "panel.juri-merged.json").write_bytes(forged_merged)
    package = next(panel.folder.glob("*.juripkg"))
    chair_key = tmp_path / "chair.key"
    write_private_key(chair_key, CHAIR, "a long passphrase")
    _code, out = juri(
        capsys,
        "merge",
        str(inputs),
        "--package",
        str(package),
        "--key",
        str(chair_key),
        "-o",
        str(tmp_path / "again.juri-merged.json"),
    )
    assert "panel.juri-merged.json: MALFORMED" in out and "small-order" in out, out
    assert "MERGED FILE" not in out


def test_a_genuine_merge_still_writes_and_reads_back(competition, tmp_path) -> None:
    panel = build_panel(competition, tmp_path)
    report = panel.merge([("J01.json", panel.result("J01", {"S001": 9}))])
    data = write_merged(report, CHAIR, tmp_path / "ok.juri-merged.json")
    again = panel.merge([InputFile("ok.juri-merged.json", data)])
    assert set(again.intake.accepted) == {"J01"}
    assert parse_strict(data, max_bytes=len(data))
