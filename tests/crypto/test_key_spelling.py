"""A key has one spelling in every file Juri signs or hands on, and a key file says nothing
about its key that is not so (issue 12, items 1 and 4): a fingerprint written in a key file is
what a secretariat officer compares with the juror's wet-signed sheet, so a file stating the
genuine juror's fingerprint over another key must not be read as if it were sound."""

from __future__ import annotations

import json

import pytest

from app.canonical import canonical_bytes
from app.cli.main import main
from app.crypto.envelope import sign_payload
from app.crypto.keys import (
    KeyPair,
    decode_public_key,
    encode_public_key,
    read_private_key,
    read_public_half,
    read_public_key,
    write_private_key,
    write_public_key,
)
from app.errors import JuriError, KeyFileError
from app.formats.roster import read_roster
from app.results.verify import ResultStatus, check_result
from tests.merge.helpers import build_panel

JUROR = KeyPair.generate("Juror")
OTHER = KeyPair.generate("Someone else")
PASSPHRASE = "a long passphrase"


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def rewritten(path, change) -> None:
    document = json.loads(path.read_bytes())
    change(document)
    path.write_bytes(canonical_bytes(document) + b"\n")


def test_a_public_key_file_stating_another_keys_fingerprint_is_refused(tmp_path, capsys) -> None:
    """The attacker's key under the genuine juror's fingerprint: Juri showed the attacker's
    key as if nothing were wrong, and a roster naming the file took it in."""
    public = tmp_path / "J01.pub.json"
    write_public_key(public, OTHER.public_key, "Dr. Ratna (J01)")
    rewritten(public, lambda d: d.update(fingerprint=JUROR.fingerprint))
    with pytest.raises(KeyFileError) as caught:
        read_public_key(public)
    assert caught.value.code == "key_damaged"
    assert f"its fingerprint {JUROR.fingerprint} is not the fingerprint of its key" in (
        caught.value.message
    )
    code, out = juri(capsys, "keys", "show", str(public))
    assert code == 1 and OTHER.fingerprint in out and "Traceback" not in out
    assert "Public key (base64)" not in out

    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,public_key\nJ01,Dr. Ratna,J01.pub.json\n", encoding="utf-8")
    with pytest.raises(JuriError) as refused:
        read_roster(roster)
    assert "is not the fingerprint of its key" in refused.value.message


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(note="x"), "its fields are not"),
        (lambda d: d.pop("fingerprint"), "its fields are not"),
        (lambda d: d.update(label=7), "the label is not text"),
        (lambda d: d.update(public_key=" " + d["public_key"]), "base64"),
    ],
)
def test_key_files_hold_exactly_what_juri_writes(tmp_path, change, words) -> None:
    public = tmp_path / "J01.pub.json"
    write_public_key(public, JUROR.public_key, "J01")
    read_public_key(public)
    rewritten(public, change)
    with pytest.raises(KeyFileError) as caught:
        read_public_key(public)
    assert caught.value.code == "key_damaged" and words in caught.value.message


def test_a_private_key_file_stating_another_fingerprint_is_refused(tmp_path) -> None:
    private = tmp_path / "juror.key"
    write_private_key(private, JUROR, PASSPHRASE)
    assert read_private_key(private, PASSPHRASE).fingerprint == JUROR.fingerprint
    rewritten(private, lambda d: d.update(fingerprint=OTHER.fingerprint))
    for read in (lambda: read_public_half(private), lambda: read_private_key(private, PASSPHRASE)):
        with pytest.raises(KeyFileError, match="is not the fingerprint of its key"):
            read()


def test_a_key_has_one_spelling_in_a_signed_file(competition, tmp_path) -> None:
    """A result whose juror key carried a space or a newline verified VALID: two signed files
    for one key and one content, differing in bytes nobody sees."""
    panel = build_panel(competition, tmp_path)
    genuine = json.loads(panel.result("J01", {"S001": 7}))["payload"]
    for spelling in (" {key}", "{key}\n", "{key} ", "\t{key}", "{key}\r\n"):
        with pytest.raises(ValueError, match="base64"):
            decode_public_key(spelling.format(key=encode_public_key(JUROR.public_key)))
        payload = json.loads(json.dumps(genuine))
        payload["juror"]["public_key"] = spelling.format(key=genuine["juror"]["public_key"])
        verdict = check_result(
            sign_payload(payload, panel.keys["J01"]),
            panel.manifest,
            panel.package.manifest_sha256,
        )
        assert verdict.status is ResultStatus.MALFORMED, spelling
        assert "juror.public_key" in verdict.reason
