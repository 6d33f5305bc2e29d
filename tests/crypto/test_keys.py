import json
import re
from pathlib import Path

import pytest

from app.canonical import canonical_bytes
from app.crypto.keys import (
    KeyPair,
    b64,
    decode_public_key,
    encode_public_key,
    fingerprint,
    read_private_key,
    read_public_half,
    read_public_key,
    write_private_key,
    write_public_key,
)
from app.errors import KeyFileError


def test_fingerprint_is_short_grouped_base32() -> None:
    pair = KeyPair.generate()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", pair.fingerprint)
    assert fingerprint(pair.public_key) == pair.fingerprint


def test_private_key_round_trips_with_the_right_passphrase(tmp_path: Path) -> None:
    pair = KeyPair.generate("Sekretariat")
    write_private_key(tmp_path / "k.key", pair, "a long passphrase")
    opened = read_private_key(tmp_path / "k.key", "a long passphrase")
    assert opened.public_key == pair.public_key
    assert opened.label == "Sekretariat"
    assert (tmp_path / "k.key").stat().st_mode & 0o077 == 0


def test_wrong_passphrase_is_named_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    write_private_key(path, KeyPair.generate(), "a long passphrase")
    before = path.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        read_private_key(path, "wrong passphrase")
    assert caught.value.code == "wrong_passphrase"
    assert "Wrong passphrase" in caught.value.message
    assert path.read_bytes() == before


def test_short_passphrases_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="at least 8"):
        write_private_key(tmp_path / "k.key", KeyPair.generate(), "short")
    assert not (tmp_path / "k.key").exists()


@pytest.mark.parametrize("damage", ["truncate", "swap_public", "garbage", "empty"])
def test_damaged_key_files_are_named(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "k.key"
    write_private_key(path, KeyPair.generate(), "a long passphrase")
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "swap_public":
        other = encode_public_key(KeyPair.generate().public_key)
        text = data.decode()
        start = text.index('"public_key":"') + 14
        path.write_text(text[:start] + other + text[start + 44 :])
    elif damage == "garbage":
        path.write_bytes(b"\x00\x01 not a key")
    else:
        path.write_bytes(b"")
    with pytest.raises(KeyFileError) as caught:
        read_private_key(path, "a long passphrase")
    assert caught.value.code in ("key_damaged", "wrong_passphrase")
    assert "Traceback" not in caught.value.message


def test_missing_key_file_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="There is no key file"):
        read_private_key(tmp_path / "nope.key", "whatever123")


def test_public_key_files_carry_no_private_material(tmp_path: Path) -> None:
    pair = KeyPair.generate("Juri A")
    write_private_key(tmp_path / "a.key", pair, "a long passphrase")
    write_public_key(tmp_path / "a.pub.json", pair.public_key, pair.label)
    assert read_public_key(tmp_path / "a.pub.json") == (pair.public_key, "Juri A")
    assert read_public_half(tmp_path / "a.key")[0] == pair.public_key
    assert "ciphertext" not in (tmp_path / "a.pub.json").read_text()
    with pytest.raises(KeyFileError, match="public key file, not a private key"):
        read_private_key(tmp_path / "a.pub.json", "a long passphrase")
    assert "fingerprint" in repr(pair) and "private" not in repr(pair).lower()


@pytest.mark.parametrize("text", ["", "abc", "A" * 44, encode_public_key(b"\x00" * 31)])
def test_malformed_public_keys_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        decode_public_key(text)


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("nonce", "AA=="),  # one byte: AES-GCM takes 8 to 128 (a ValueError traceback)
        ("nonce", b64(b"\x00" * 16)),
        ("salt", ""),
        ("ciphertext", "AA=="),
        ("ciphertext", b64(b"\x00" * 64)),
    ],
)
def test_a_key_file_whose_parts_have_the_wrong_length_is_called_damaged(
    tmp_path: Path, part: str, value: str
) -> None:
    """Third red-team pass: Juri writes a 12-byte nonce, a 16-byte salt and 48 bytes of
    ciphertext (the 32-byte key and its 16-byte tag); anything else is a damaged file, not a
    wrong passphrase (and a short nonce made a traceback)."""
    path = tmp_path / "k.key"
    write_private_key(path, KeyPair.generate(), "a long passphrase")
    document = json.loads(path.read_bytes())
    where = {"nonce": document["cipher"], "salt": document["kdf"]}.get(part, document)
    where[part] = value
    path.write_bytes(canonical_bytes(document))
    with pytest.raises(KeyFileError) as caught:
        read_private_key(path, "a long passphrase")
    assert caught.value.code == "key_damaged", caught.value.message
    assert f"the {part} is not" in caught.value.message
