"""Ed25519 key pairs, fingerprints, and key files.

A private key never leaves the laptop it was made on. Its file holds the raw 32-byte private key
encrypted with AES-256-GCM under a key derived from the passphrase with scrypt (N = 2¹⁷, r = 8,
p = 1, the OWASP minimum); the public key is the GCM associated data, so a file whose public half
was swapped does not open. The public key file is what a juror hands to the secretariat.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.atomic import atomic_write_bytes
from app.canonical import CanonicalError, canonical_bytes, parse_strict
from app.crypto.points import key_problem
from app.errors import KeyFileError
from app.i18n import os_problem, translate

PRIVATE_KEY_FORMAT = "juri-private-key"
PUBLIC_KEY_FORMAT = "juri-public-key"
KEY_FILE_VERSION = 1
# scrypt cost for new key files; the cost used is stored in each file, so it can change.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES, NONCE_BYTES = 16, 12
CIPHERTEXT_BYTES = 32 + 16  # the raw private key and AES-GCM's tag
MIN_PASSPHRASE_LENGTH = 8
MAX_KEY_FILE_BYTES = 64 * 1024
PRIVATE_KEY_MODE = 0o600  # read and written by its owner only
FINGERPRINT_BYTES = 10  # 80 bits, 16 base32 characters: enough to compare by eye or phone
_PUBLIC_FIELDS = {"format", "version", "label", "public_key", "fingerprint"}
_PRIVATE_FIELDS = _PUBLIC_FIELDS | {"kdf", "cipher", "ciphertext"}


def fingerprint(public_key: bytes) -> str:
    """A short name for a public key: SHA-256, first 10 bytes, base32, as ``ABCD-EFGH-…``."""
    digest = hashlib.sha256(public_key).digest()[:FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def encode_public_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


class UnacceptableKey(ValueError):
    """32 bytes that are no key Juri accepts (:func:`app.crypto.points.key_problem` says
    why), as opposed to text that is not a key at all."""


def decode_public_key(text: object) -> bytes:
    """Raw 32 bytes from the base64 text of an Ed25519 public key; ``ValueError`` otherwise,
    :class:`UnacceptableKey` for a weak or malformed point. Every reader of a key (roster,
    manifest, key files, result and merged files) comes through here. The text is taken as it
    stands: a signed file that spelled the key with a space or a newline would be a second
    spelling of the same signed value (the roster cell, typed by people, is tidied by its own
    reader first)."""
    if not isinstance(text, str):
        raise ValueError("a public key must be base64 text")
    raw = unb64(text, "the public key")
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    problem = key_problem(raw)
    if problem is not None:
        raise UnacceptableKey(
            translate("Keys", "the public key is {problem}").format(problem=problem)
        )
    return raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    """Decode standard base64, accepting only its one canonical spelling (padding present,
    unused bits zero), so that no two texts mean the same bytes."""
    if not isinstance(text, str):
        raise ValueError(f"{what} must be base64 text")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"{what} is not valid base64") from exc
    if b64(raw) != text:
        raise ValueError(f"{what} is not in canonical base64")
    return raw


@dataclass(frozen=True)
class KeyPair:
    """An unlocked private key; keep it only as long as a signature needs it."""

    private_key: Ed25519PrivateKey
    label: str = ""

    @classmethod
    def generate(cls, label: str = "") -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), label)

    @property
    def public_key(self) -> bytes:
        return self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)

    def __repr__(self) -> str:  # never show key material, not even in a traceback
        return f"KeyPair(fingerprint={self.fingerprint!r}, label={self.label!r})"


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise KeyFileError(
            translate("Keys", "The passphrase must have at least {n} characters.").format(
                n=MIN_PASSPHRASE_LENGTH
            ),
            code="weak_passphrase",
        )


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def private_key_document(pair: KeyPair, passphrase: str) -> dict:
    """The JSON document of an encrypted private key file."""
    check_new_passphrase(passphrase)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    raw = pair.private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, raw, pair.public_key)
    return {
        "format": PRIVATE_KEY_FORMAT,
        "version": KEY_FILE_VERSION,
        "label": pair.label,
        "public_key": encode_public_key(pair.public_key),
        "fingerprint": pair.fingerprint,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt)},
        "cipher": {"name": "aes-256-gcm", "nonce": b64(nonce)},
        "ciphertext": b64(ciphertext),
    }


def write_private_key(path: Path, pair: KeyPair, passphrase: str) -> None:
    """Write the encrypted private key file atomically, readable by its owner only (from its
    first byte: :func:`~app.atomic.atomic_writer` sets the mode before writing)."""
    data = canonical_bytes(private_key_document(pair, passphrase))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, data, mode=PRIVATE_KEY_MODE)


def private_key_exposure(path: Path) -> str | None:
    """A warning when other users of this computer may read the private key file at ``path``
    (any permission for group or others, as OpenSSH checks); ``None`` when only its owner
    may, when it cannot be looked at, and on Windows, where files carry no such bits. The
    key is encrypted, but a readable file lets anyone try passphrases on it at leisure."""
    if os.name == "nt":
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    if not mode & 0o077:
        return None
    return translate(
        "Keys",
        "Warning: other users of this computer can read the private key file {path} "
        "(permissions {mode}). Make it readable by you alone (chmod 600), or keep it on a "
        "disk only you use.",
    ).format(path=path, mode=f"{mode:04o}")


def _damaged(path: Path | str, detail: str) -> KeyFileError:
    return KeyFileError(
        translate("Keys", "The key file {path} is damaged or not a Juri key ({detail}).").format(
            path=path, detail=detail
        ),
        code="key_damaged",
    )


def _read_document(path: Path, expected_format: str) -> dict:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            translate("Keys", "There is no key file at {path}.").format(path=path),
            code="key_missing",
        ) from None
    except OSError as exc:
        raise KeyFileError(
            translate("Keys", "The key file {path} cannot be read: {error}").format(
                path=path, error=os_problem(exc)
            ),
            code="key_unreadable",
        ) from exc
    return _key_document(data, path, expected_format)


def _key_document(data: bytes, path: Path | str, expected_format: str) -> dict:
    """The key file document in ``data`` (from ``path``, or a text naming where it was
    pasted), checked member by member as every key file is."""
    try:
        document = parse_strict(data, max_bytes=MAX_KEY_FILE_BYTES)
    except CanonicalError as exc:
        raise _damaged(path, str(exc)) from exc
    if not isinstance(document, dict) or document.get("format") != expected_format:
        if isinstance(document, dict) and document.get("format") in (
            PRIVATE_KEY_FORMAT,
            PUBLIC_KEY_FORMAT,
        ):
            raise KeyFileError(
                translate("Keys", "{path} is a public key file, not a private key.").format(
                    path=path
                )
                if expected_format == PRIVATE_KEY_FORMAT
                else translate("Keys", "{path} is a private key; give the public key file.").format(
                    path=path
                ),
                code="key_wrong_kind",
            )
        raise _damaged(path, translate("Keys", "unknown format"))
    if document.get("version") != KEY_FILE_VERSION:
        raise _damaged(path, translate("Keys", "unsupported version"))
    fields = _PRIVATE_FIELDS if expected_format == PRIVATE_KEY_FORMAT else _PUBLIC_FIELDS
    if set(document) != fields:
        raise _damaged(
            path,
            translate("Keys", "its fields are not {fields}").format(
                fields=", ".join(sorted(fields))
            ),
        )
    if not isinstance(document["label"], str):
        raise _damaged(path, translate("Keys", "the label is not text"))
    return document


def _stated_key(path: Path | str, document: dict) -> bytes:
    """The key of a key file whose ``fingerprint`` is that key's: a file that states one
    fingerprint for another key would show a reader (or a secretariat officer comparing it
    with the juror's paper sheet) a fingerprint that is not the key's."""
    try:
        key = decode_public_key(document["public_key"])
    except ValueError as exc:
        raise _damaged(path, str(exc)) from exc
    if document["fingerprint"] != fingerprint(key):
        raise _damaged(
            path,
            translate(
                "Keys", "its fingerprint {stated} is not the fingerprint of its key ({actual})"
            ).format(stated=str(document["fingerprint"])[:40], actual=fingerprint(key)),
        )
    return key


def check_private_key_file(path: Path) -> None:
    """``KeyFileError`` unless ``path`` holds a private key file (it is not unlocked)."""
    _read_document(path, PRIVATE_KEY_FORMAT)


def read_public_half(path: Path) -> tuple[bytes, str]:
    """The public key and label of a private *or* public key file, without a passphrase."""
    try:
        document = _read_document(path, PRIVATE_KEY_FORMAT)
    except KeyFileError as exc:
        if exc.code != "key_wrong_kind":
            raise
        document = _read_document(path, PUBLIC_KEY_FORMAT)
    return _stated_key(path, document), document["label"]


def read_private_key(path: Path, passphrase: str) -> KeyPair:
    """Unlock a private key file; a wrong passphrase raises ``KeyFileError`` (code
    ``wrong_passphrase``) and changes nothing."""
    document = _read_document(path, PRIVATE_KEY_FORMAT)
    public_key = _stated_key(path, document)
    try:
        kdf, cipher = document["kdf"], document["cipher"]
        if kdf.get("name") != "scrypt" or cipher.get("name") != "aes-256-gcm":
            raise ValueError("unsupported encryption")
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if not (2**10 <= n <= 2**22 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("unsupported scrypt parameters")
        salt = _sized(unb64(kdf["salt"], "salt"), SALT_BYTES, "salt")
        nonce = _sized(unb64(cipher["nonce"], "nonce"), NONCE_BYTES, "nonce")
        ciphertext = _sized(
            unb64(document["ciphertext"], "ciphertext"), CIPHERTEXT_BYTES, "ciphertext"
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise _damaged(path, str(exc)) from exc
    key = _derive(passphrase, salt, n, r, p)
    try:
        raw = AESGCM(key).decrypt(nonce, ciphertext, public_key)
    except InvalidTag:
        raise KeyFileError(
            translate("Keys", "Wrong passphrase for the key {fingerprint}.").format(
                fingerprint=fingerprint(public_key)
            ),
            code="wrong_passphrase",
        ) from None
    pair = KeyPair(Ed25519PrivateKey.from_private_bytes(raw), document["label"])
    if pair.public_key != public_key:
        raise _damaged(path, translate("Keys", "the private and public halves do not match"))
    return pair


def _sized(data: bytes, size: int, part: str) -> bytes:
    """``data`` when it has the length Juri writes: another is a damaged file, never a wrong
    passphrase (and AES-GCM refuses a short nonce with an error of its own)."""
    if len(data) != size:
        raise ValueError(
            translate("Keys", "the {part} is not {n} bytes long").format(part=part, n=size)
        )
    return data


def public_key_document(public_key: bytes, label: str) -> dict:
    return {
        "format": PUBLIC_KEY_FORMAT,
        "version": KEY_FILE_VERSION,
        "label": label,
        "public_key": encode_public_key(public_key),
        "fingerprint": fingerprint(public_key),
    }


def write_public_key(path: Path, public_key: bytes, label: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, canonical_bytes(public_key_document(public_key, label)) + b"\n")


def read_public_key(path: Path) -> tuple[bytes, str]:
    """Public key and label from a public key file (never needs a passphrase)."""
    document = _read_document(path, PUBLIC_KEY_FORMAT)
    return _stated_key(path, document), document["label"]


def pasted_public_key(text: str, where: str) -> bytes:
    """The key of a public key file's whole text pasted somewhere (``where`` says where, for
    the message): read exactly as the file would be, so a pasted text missing its fingerprint,
    of another version or with other members is refused as the file is."""
    return _stated_key(where, _key_document(text.encode("utf-8"), where, PUBLIC_KEY_FORMAT))
