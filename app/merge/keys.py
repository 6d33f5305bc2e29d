"""The chair's accepted keys: a key the package's roster does not have, accepted for exactly
one juror.

A juror who changed laptops signs with a new key. The chair compares its fingerprint with the
one on the juror's wet-signed evaluation sheet and accepts it for that juror only: the key never
makes a file claiming another juror count, and a key the roster gives to one juror can never be
accepted for another (or J01 could sign as J02). The same rules hold when the chair decides
(:func:`check_acceptable`, called by the desk and the merge store) and when the files are judged
(:func:`app.merge.intake.take_in`), so a decision recorded by any other route cannot widen them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.competition import Manifest
from app.errors import InputError
from app.i18n import translate

# What :func:`app.crypto.keys.fingerprint` writes: 16 base32 characters in groups of four.
FINGERPRINT = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}")


class KeyRefused(InputError):
    """The chair's decision to accept a key cannot stand; the message says why."""

    code = "key_refused"


@dataclass(frozen=True, order=True)
class AcceptedKey:
    """The chair accepted the key with ``fingerprint`` for juror ``juror``, and for no one else."""

    juror: str
    fingerprint: str

    def to_json(self) -> dict[str, str]:
        return {"juror": self.juror, "fingerprint": self.fingerprint}


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces around), or :class:`KeyRefused`."""
    found = text.strip().upper()
    if not FINGERPRINT.fullmatch(found):
        raise _not_a_fingerprint(text)
    return found


def _not_a_fingerprint(text: str) -> KeyRefused:
    return KeyRefused(
        translate(
            "Keys",
            "'{text}' is not a key fingerprint: four groups of four letters and digits "
            "joined by '-', such as ABCD-EFGH-IJKL-MNOP.",
        ).format(text=text.strip()[:40])
    )


def taken(fingerprint: str, juror: str, owner: str) -> KeyRefused:
    return KeyRefused(
        translate(
            "Keys",
            "The key {fingerprint} is already accepted for juror {owner}; a key counts for "
            "one juror only, so it cannot be accepted for juror {juror} too.",
        ).format(fingerprint=fingerprint, owner=owner, juror=juror)
    )


def check_acceptable(
    manifest: Manifest, key: AcceptedKey, accepted: Iterable[AcceptedKey] = ()
) -> None:
    """Refuse, with the reason, a key that cannot be accepted for ``key.juror``: a juror not in
    the roster, a key the roster already has (this juror's: nothing to accept; another's:
    never), or a key accepted for another juror (in ``accepted``)."""
    if not FINGERPRINT.fullmatch(key.fingerprint):
        raise _not_a_fingerprint(key.fingerprint)
    if manifest.juror(key.juror) is None:
        raise KeyRefused(
            translate(
                "Keys",
                "Juror {juror} is not in the package's roster, so no key can be accepted for them.",
            ).format(juror=key.juror)
        )
    for juror in manifest.jurors:
        if juror.fingerprint != key.fingerprint:
            continue
        if juror.id == key.juror:
            raise KeyRefused(
                translate(
                    "Keys",
                    "The key {fingerprint} is juror {juror}'s key in the package's roster "
                    "already; there is nothing to accept.",
                ).format(fingerprint=key.fingerprint, juror=key.juror)
            )
        raise KeyRefused(
            translate(
                "Keys",
                "The key {fingerprint} is juror {owner}'s key in the package's roster; it "
                "can never be accepted for juror {juror}, or {owner} could sign as {juror}.",
            ).format(fingerprint=key.fingerprint, owner=juror.id, juror=key.juror)
        )
    for other in accepted:
        if other.fingerprint == key.fingerprint and other.juror != key.juror:
            raise taken(key.fingerprint, key.juror, other.juror)
