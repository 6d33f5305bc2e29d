"""Signed JSON: ``{"payload": {...}, "signature": {"alg", "key", "value"}}``.

The signature is Ed25519 over the canonical (JCS) bytes of the payload; ``key`` is the signer's
fingerprint and ``value`` the base64 of the 64-byte signature. Juri writes the whole envelope in
canonical form too, so the payload's bytes can be cut out of the file with standard tools
(``docs/formats.md`` shows how).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.canonical import canonical_bytes, canonical_bytes_of_parsed, has_four_byte_utf8
from app.crypto.keys import KeyPair, b64, fingerprint, unb64
from app.crypto.points import key_problem, signature_problem

ALGORITHM = "ed25519"


def signature_object(data: bytes, pair: KeyPair) -> dict[str, str]:
    return {"alg": ALGORITHM, "key": pair.fingerprint, "value": b64(pair.sign(data))}


def sign_payload(payload: dict[str, Any], pair: KeyPair) -> bytes:
    """The canonical bytes of the signed envelope around ``payload``."""
    signature = signature_object(canonical_bytes(payload), pair)
    return canonical_bytes({"payload": payload, "signature": signature})


class SignatureProblem(ValueError):
    """Why a signature does not hold; ``code`` tells malformed from simply invalid."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


@dataclass(frozen=True)
class Signature:
    key: str  # the fingerprint the signer named
    value: bytes

    @classmethod
    def from_json(cls, value: object) -> Signature:
        if not isinstance(value, dict) or set(value) != {"alg", "key", "value"}:
            raise SignatureProblem("malformed", "signature must have exactly alg, key and value")
        if value["alg"] != ALGORITHM:
            raise SignatureProblem("malformed", f"unknown signature algorithm {value['alg']!r}")
        if not isinstance(value["key"], str):
            raise SignatureProblem("malformed", "signature key must be a fingerprint")
        try:
            raw = unb64(value["value"], "signature")
        except ValueError as exc:
            raise SignatureProblem("malformed", str(exc)) from exc
        if len(raw) != 64:
            raise SignatureProblem("malformed", "an Ed25519 signature has 64 bytes")
        problem = signature_problem(raw)
        if problem is not None:
            raise SignatureProblem("malformed", problem)
        return cls(value["key"], raw)

    def verify(self, data: bytes, public_key: bytes) -> None:
        """Raise :class:`SignatureProblem` (code ``invalid``) unless the signature holds: by a
        key :func:`~app.crypto.points.key_problem` accepts, over exactly ``data``."""
        if self.key != fingerprint(public_key):
            raise SignatureProblem("invalid", "signature names another key")
        problem = key_problem(public_key)
        if problem is not None:
            raise SignatureProblem("invalid", problem)
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(self.value, data)
        except InvalidSignature:
            raise SignatureProblem("invalid", "signature does not match the content") from None


def split_envelope(document: object) -> tuple[dict[str, Any], Signature]:
    """Payload and signature of a parsed envelope; :class:`SignatureProblem` if not one."""
    if not isinstance(document, dict) or set(document) != {"payload", "signature"}:
        raise SignatureProblem("malformed", "not a signed document (payload and signature)")
    payload = document["payload"]
    if not isinstance(payload, dict):
        raise SignatureProblem("malformed", "payload must be an object")
    return payload, Signature.from_json(document["signature"])


_PAYLOAD_OPEN = b'{"payload":'


def payload_bytes(envelope: bytes, document: dict[str, Any]) -> bytes:
    """The canonical bytes of ``document``'s payload, given ``envelope``, the canonical bytes
    of the whole ``document`` (as the merge holds them after its duplicate check).

    JCS writes ``{"payload":…,"signature":…}`` as the payload's and the signature's own JCS
    between fixed text, so the payload is a slice of the envelope: cutting it out spares
    serialising a 3 MB payload a second time. Where the envelope may come from the C-speed
    writer rather than the careful one (characters beyond U+FFFF), it is written anew."""
    tail = b',"signature":' + canonical_bytes_of_parsed(document["signature"]) + b"}"
    if (
        envelope.startswith(_PAYLOAD_OPEN)
        and envelope.endswith(tail)
        and not has_four_byte_utf8(envelope)
    ):
        return envelope[len(_PAYLOAD_OPEN) : len(envelope) - len(tail)]
    return canonical_bytes_of_parsed(document["payload"])
