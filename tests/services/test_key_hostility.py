"""Keys under attack or accident: wrong passphrase, truncated key file, another juror's key
file, a result re-signed by another key — each with its own message; and the private key never
shows up in any file, output or crash report Juri produces."""

from __future__ import annotations

import base64
import json
import shutil
import traceback
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from app.canonical import canonical_bytes
from app.cli.main import main
from app.crypto.envelope import signature_object
from app.crypto.keys import KeyPair
from app.errors import KeyFileError
from app.package.reader import open_package
from app.results.verify import ResultStatus, check_result
from app.services import export as export_module
from tests.factory import PASSPHRASE


@pytest.fixture
def setup(competition, tmp_path):
    setup = competition(submissions=2, jurors=2)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        ws.scoring.set_score("test-pkg", "S001", "LATAR", Decimal(7))
        ws.scoring.set_comment("test-pkg", "S001", "LATAR", "Data kuat")
    return setup


def key_file(setup, juror: str) -> Path:
    return setup.workspaces[juror] / "keys" / "juror.key"


def test_wrong_passphrase(setup, tmp_path) -> None:
    with setup.workspace("J01") as ws, pytest.raises(KeyFileError) as caught:
        ws.results.export("test-pkg", "not the passphrase", tmp_path)
    assert caught.value.code == "wrong_passphrase"
    assert "passphrase" in caught.value.message


@pytest.mark.parametrize("keep", [0, 1, 40, 150, -1])
def test_a_truncated_key_file_is_called_damaged(setup, tmp_path, keep) -> None:
    path = key_file(setup, "J01")
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    with setup.workspace("J01") as ws, pytest.raises(KeyFileError) as caught:
        ws.results.export("test-pkg", PASSPHRASE, tmp_path)
    assert caught.value.code == "key_damaged", caught.value.message
    assert list(tmp_path.glob("*.json")) == []


def test_another_jurors_key_file_is_named_as_not_yours(setup, tmp_path) -> None:
    shutil.copyfile(key_file(setup, "J02"), key_file(setup, "J01"))  # same passphrase, too
    with setup.workspace("J01") as ws, pytest.raises(KeyFileError) as caught:
        ws.results.export("test-pkg", PASSPHRASE, tmp_path)
    assert caught.value.code == "key_not_yours"
    assert "belongs to someone else" in caught.value.message
    assert list(tmp_path.glob("*.json")) == []


def test_a_result_re_signed_by_another_key(setup, tmp_path) -> None:
    with setup.workspace("J01") as ws:
        data = ws.results.export("test-pkg", PASSPHRASE, tmp_path).path.read_bytes()
    package = open_package(setup.package)
    envelope = json.loads(data)
    stranger = KeyPair.generate()
    # the signature swapped, the payload (and the key it names) left alone: tampered
    envelope["signature"] = signature_object(canonical_bytes(envelope["payload"]), stranger)
    verdict = check_result(canonical_bytes(envelope), package.manifest, package.manifest_sha256)
    assert verdict.status is ResultStatus.TAMPERED
    assert "changed after it was signed" in verdict.reason
    # the key in the payload swapped too: a valid signature by a key the roster does not know
    envelope["payload"]["juror"]["public_key"] = base64.b64encode(stranger.public_key).decode()
    envelope["signature"] = signature_object(canonical_bytes(envelope["payload"]), stranger)
    verdict = check_result(canonical_bytes(envelope), package.manifest, package.manifest_sha256)
    assert verdict.status is ResultStatus.UNKNOWN_KEY
    assert stranger.fingerprint in verdict.reason


def secrets_of(pair: KeyPair) -> list[bytes]:
    raw = pair.private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    pem = pair.private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    return [
        raw,
        raw.hex().encode(),
        raw.hex().upper().encode(),
        base64.b64encode(raw),
        base64.b64encode(raw).rstrip(b"="),
        base64.urlsafe_b64encode(raw).rstrip(b"="),
        pem,
        PASSPHRASE.encode(),
    ]


def test_the_private_key_never_appears_in_files_outputs_or_crash_reports(
    setup, tmp_path, capsys, monkeypatch
) -> None:
    folder = setup.workspaces["J01"]
    with setup.workspace("J01") as ws:
        pair = ws.identity.unlock(PASSPHRASE)
    secret_file = tmp_path / "pass.txt"
    secret_file.write_text(PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    common = ["--lang", "en", "--workspace", str(folder)]
    for argv in (
        ["result", "export", "--passphrase-file", str(secret_file), "-o", str(out)],
        ["keys", "show"],
        ["score", "list"],
        ["score", "show", "S001"],
    ):
        assert main(common + argv) == 0, argv
    [result] = out.glob("*.json")
    assert main(["--lang", "en", "result", "show", str(result)]) == 0
    assert (
        main(
            [
                "--lang",
                "en",
                "sheets",
                "filled",
                str(result),
                "--package",
                str(setup.package),
                "-o",
                str(out / "sheets.pdf"),
            ]
        )
        == 0
    )
    printed = capsys.readouterr()
    # an unexpected failure while the key is unlocked: the traceback a crash report carries
    monkeypatch.setattr(
        export_module,
        "atomic_write_bytes",
        lambda *_: (_ for _ in ()).throw(RuntimeError("unexpected")),
    )
    with setup.workspace("J01") as ws:
        try:
            ws.results.export("test-pkg", PASSPHRASE, out / "crash.json")
        except RuntimeError as crash:
            report = "".join(traceback.format_exception(crash)) + repr(pair)
    produced = {
        "stdout": printed.out.encode(),
        "stderr": printed.err.encode(),
        "crash report": report.encode(),
    }
    everything = [
        p
        for p in [*out.rglob("*"), *folder.rglob("*"), *tmp_path.rglob("*.json")]
        if p.is_file() and p.suffix != ".key" and p != secret_file
    ]
    assert any(p.suffix == ".pdf" for p in everything)
    assert any("backups" in p.parts for p in everything)  # the database and its backups
    for path in everything:
        produced[str(path)] = path.read_bytes()
    for where, data in produced.items():
        for secret in secrets_of(pair):
            assert secret not in data, f"key material in {where}"
