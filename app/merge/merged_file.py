"""The merged file (``.juri-merged.json``): the chair's signed record of a merge.

Same envelope as a result file (``{"payload", "signature"}``, canonical JSON, Ed25519). The
payload embeds every accepted result file whole, so a merged file can be checked again, result
by result, and merged again at the next level; Juri never trusts the ranking it carries but
recomputes it from the embedded results. ``docs/formats.md`` §8 describes it byte for byte.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, TypeGuard

from app.canonical import canonical_bytes
from app.crypto.keys import decode_public_key, fingerprint
from app.formats import fields as f
from app.i18n import translate

MERGED_FORMAT = "juri-merged"
MERGED_SCHEMA = 1
MAX_MERGED_BYTES = 512 * 1024 * 1024  # every accepted result, embedded
PAYLOAD_KEYS = {
    "format",
    "schema",
    "package",
    "chair",
    "as_of",
    "settings",
    "decisions",
    "results",
    "ranking",
}
RESULT_KEYS = {"juror", "sequence", "sha256", "signer", "result"}
DECISION_KEYS = {"decision", "juror", "fingerprint", "public_key"}


@dataclass(frozen=True)
class EmbeddedResult:
    juror: str
    sequence: int
    sha256: str  # SHA-256 of the canonical bytes of ``envelope``
    envelope: dict[str, Any]

    @property
    def data(self) -> bytes:
        return canonical_bytes(self.envelope)


@dataclass(frozen=True)
class MergedDocument:
    package_id: str
    manifest_sha256: str
    chair_name: str
    chair_key: bytes
    results: tuple[EmbeddedResult, ...]
    decisions: tuple[dict[str, Any], ...]


def is_merged_payload(payload: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(payload, dict) and payload.get("format") == MERGED_FORMAT


def chair_public_key(payload: dict[str, Any]) -> bytes:
    """The key that must have signed a merged payload (checked before anything else)."""
    chair = f.obj(f.member(payload, "chair", ""), "chair")
    try:
        return decode_public_key(f.member(chair, "public_key", "chair"))
    except ValueError as exc:
        raise f.FieldError("chair.public_key", str(exc)) from None


def parse_merged_payload(payload: dict[str, Any]) -> MergedDocument:
    """The parts of a merged payload Juri relies on; ``FieldError`` when they are not sound.

    The ranking and settings are the earlier chair's view and are not read: a merge always
    recomputes them from the embedded results.
    """
    f.check_format(
        payload,
        MERGED_FORMAT,
        MERGED_SCHEMA,
        translate("MergedFile", "this is not a Juri merged file"),
    )
    f.only_keys(payload, PAYLOAD_KEYS, "")
    package = f.obj(f.member(payload, "package", ""), "package")
    chair = f.obj(f.member(payload, "chair", ""), "chair")
    f.only_keys(chair, {"name", "public_key"}, "chair")
    chair_key = chair_public_key(payload)
    results = []
    for i, item in enumerate(f.items(f.member(payload, "results", ""), "results")):
        where = f"results[{i}]"
        entry = f.obj(item, where)
        f.only_keys(entry, RESULT_KEYS, where)
        envelope = f.obj(f.member(entry, "result", where), f"{where}.result")
        embedded = EmbeddedResult(
            juror=f.identifier(entry, "juror", where),
            sequence=f.integer(entry, "sequence", where, minimum=1),
            sha256=f.text(entry, "sha256", where),
            envelope=envelope,
        )
        if hashlib.sha256(embedded.data).hexdigest() != embedded.sha256:
            raise f.FieldError(
                f"{where}.sha256", translate("MergedFile", "does not match the embedded result")
            )
        _check_labels(entry, embedded, where)
        results.append(embedded)
    decisions = []
    for i, item in enumerate(f.items(f.member(payload, "decisions", ""), "decisions")):
        decisions.append(_decision(item, f"decisions[{i}]"))
    return MergedDocument(
        package_id=f.identifier(package, "id", "package"),
        manifest_sha256=f.text(package, "manifest_sha256", "package"),
        chair_name=f.one_line_name(chair, "name", "chair"),
        chair_key=chair_key,
        results=tuple(results),
        decisions=tuple(decisions),
    )


def _check_labels(entry: dict[str, Any], embedded: EmbeddedResult, where: str) -> None:
    """The juror, sequence and signer an entry names must be the embedded result's own: a
    list that says "J09 v77" over J01's version 1 is not a record anyone can rely on."""
    payload = embedded.envelope.get("payload")
    juror = payload.get("juror") if isinstance(payload, dict) else None
    own = (
        juror.get("id") if isinstance(juror, dict) else None,
        payload.get("sequence") if isinstance(payload, dict) else None,
    )
    try:
        own_signer = (
            fingerprint(decode_public_key(juror.get("public_key")))
            if isinstance(juror, dict)
            else None
        )
    except ValueError:
        own_signer = None
    if own != (embedded.juror, embedded.sequence):
        raise f.FieldError(
            where,
            translate(
                "MergedFile",
                "labelled juror {label} version {n}, but the result it carries is "
                "juror {juror} version {sequence}",
            ).format(
                label=embedded.juror,
                n=embedded.sequence,
                juror=own[0] or "?",
                sequence=own[1] if isinstance(own[1], int) else "?",
            ),
        )
    if f.text(entry, "signer", where) != own_signer:
        raise f.FieldError(
            f"{where}.signer",
            translate("MergedFile", "is not the fingerprint of the key in the result it labels"),
        )


def _decision(item: Any, where: str) -> dict[str, Any]:
    """A chair's decision as Juri writes it: an accepted key, for one juror, with its
    fingerprint matching the key."""
    decision = f.obj(item, where)
    f.exact_keys(decision, DECISION_KEYS, where)
    if decision["decision"] != "accept_key":
        raise f.FieldError(f"{where}.decision", translate("MergedFile", "unknown decision"))
    f.identifier(decision, "juror", where)
    f.public_key(decision, "public_key", where, fingerprint_key="fingerprint")
    return decision
