"""Which 32 bytes Juri accepts as an Ed25519 point: a public key, or a signature's R.

Ed25519 itself lets a few points through that no key pair ever makes, and one of them undoes
signing altogether: under a small-order key (the identity ``AQAA…AA=``, the all-zero key, the
eight points of order 1 to 8) the signature "R = a small-order point, S = 0" verifies for any
message, made without a private key. libsodium refuses small-order and non-canonical keys and
signature points; Juri goes through libsodium (PyNaCl) and refuses, in the one place every
reader of a key or a signature passes (:func:`app.crypto.keys.decode_public_key`,
:class:`app.crypto.envelope.Signature`), any point outside the prime-order group Ed25519 keys
and signatures live in, and says why.
"""

from __future__ import annotations

from functools import lru_cache

from nacl.bindings import crypto_core_ed25519_add, crypto_core_ed25519_is_valid_point
from nacl.exceptions import RuntimeError as SodiumRefused

from app.i18n import translate

FIELD_PRIME = 2**255 - 19  # p: a point's y is below it in its one canonical encoding
GROUP_ORDER = 2**252 + 27742317777372353535851937790883648493  # L: a signature's S is below it
_IDENTITY = (1).to_bytes(32, "little")
_Y_BITS = (1 << 255) - 1  # the encoding's top bit is the sign of x

NONCANONICAL = "noncanonical"
OFF_CURVE = "off_curve"
SMALL_ORDER = "small_order"
MIXED_ORDER = "mixed_order"


def point_problem(raw: bytes) -> str | None:
    """``None`` for a point of the prime-order group in its canonical encoding (every key and
    R an Ed25519 signer makes); otherwise what is wrong: :data:`NONCANONICAL` (y ≥ p, a second
    spelling of a small y), :data:`OFF_CURVE`, :data:`SMALL_ORDER` (8·P is the identity) or
    :data:`MIXED_ORDER` (a group point plus a small-order one). libsodium decides validity; the
    reason is only worked out for a point it refuses."""
    if crypto_core_ed25519_is_valid_point(raw):
        return None
    if int.from_bytes(raw, "little") & _Y_BITS >= FIELD_PRIME:
        return NONCANONICAL
    multiple = raw
    try:
        for _ in range(3):  # doubled three times: 8·P
            multiple = crypto_core_ed25519_add(multiple, multiple)
    except SodiumRefused:  # libsodium adds only points on the curve
        return OFF_CURVE
    return SMALL_ORDER if multiple == _IDENTITY else MIXED_ORDER


# a merge meets the roster's keys again in every result file: each is judged once
_judged_key = lru_cache(maxsize=4096)(point_problem)


def key_problem(raw: bytes) -> str | None:
    """Why ``raw`` is not an acceptable public key, in the user's words; ``None`` if it is."""
    problem = _judged_key(raw)
    if problem is None:
        return None
    return {
        NONCANONICAL: translate("Keys", "not a canonical encoding of a key"),
        OFF_CURVE: translate("Keys", "not a point on the Ed25519 curve"),
        SMALL_ORDER: translate(
            "Keys", "a weak (small-order) key, for which anyone can make signatures"
        ),
        MIXED_ORDER: translate(
            "Keys", "a key with a small-order part, which no Ed25519 key pair has"
        ),
    }[problem]


def signature_problem(raw: bytes) -> str | None:
    """Why a 64-byte signature ``R ‖ S`` is refused before any verification, in the user's
    words; ``None`` when it may be verified."""
    if int.from_bytes(raw[32:], "little") >= GROUP_ORDER:
        return translate(
            "Keys", "the signature is not canonical (its S is not below the group order)"
        )
    problem = point_problem(raw[:32])
    if problem is None:
        return None
    return {
        NONCANONICAL: translate("Keys", "the signature's R is not a canonical encoding"),
        OFF_CURVE: translate("Keys", "the signature's R is not a point on the Ed25519 curve"),
        SMALL_ORDER: translate(
            "Keys", "the signature's R is a weak (small-order) point, which needs no key"
        ),
        MIXED_ORDER: translate("Keys", "the signature's R has a small-order part"),
    }[problem]
