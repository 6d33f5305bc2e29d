"""The final file (``.juri-final.json``): the chair's signed final line-up across rounds.

Same envelope as a merged file (``{"payload", "signature"}``, canonical JSON, Ed25519, the
chair's key). The payload names every merged file the line-up rests on (round, package and
manifest hash, the merged file's SHA-256 and its chair's key), records the rule it applied and
the line-up itself. It does not embed the merged files (they can be hundreds of megabytes):
it is checked by giving them again. :func:`read_final` checks everything but the ranking, field
by field; :func:`verify_final` combines the merged files again under the recorded rule and
accepts the file only when the payload it would write is byte for byte the one signed.
``docs/formats.md`` §12 describes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_bytes
from app.canonical import CanonicalError, canonical_bytes, parse_strict
from app.crypto.envelope import SignatureProblem, split_envelope
from app.crypto.keys import KeyPair, fingerprint
from app.domain.competition import RoundKind
from app.errors import JuriError
from app.formats import fields as f
from app.formats.final_rule import FinalRule, final_rule_from_json, final_rule_to_json
from app.i18n import os_problem, translate
from app.rounds.lineup import FINAL_FORMAT, FINAL_SCHEMA, LineUp, combine
from app.rounds.record import RoundRecord

MAX_FINAL_BYTES = 64 * 1024 * 1024  # a line-up of a few thousand rows, never the results
PAYLOAD_KEYS = {"format", "schema", "competition", "chair", "as_of", "rule", "rounds", "ranking"}
ROUND_KEYS = {
    "round",
    "kind",
    "package",
    "merged",
    "settings",
    "submissions",
    "ranked",
    "evaluations",
}


class FinalFileRefused(JuriError):
    """A final file that is not the chair's sound, signed line-up of the rounds given."""

    code = "final_refused"


@dataclass(frozen=True)
class RoundReference:
    """A merged file the line-up rests on, as the final file names it."""

    round_id: str
    kind: RoundKind
    package_id: str
    manifest_sha256: str
    merged_sha256: str
    chair_name: str
    chair_key: bytes


@dataclass(frozen=True)
class FinalDocument:
    payload: dict[str, Any]
    competition_id: str
    chair_name: str
    chair_key: bytes
    rule: FinalRule
    rounds: tuple[RoundReference, ...]

    @property
    def chair_fingerprint(self) -> str:
        return fingerprint(self.chair_key)


def read_final(name: str, data: bytes) -> FinalDocument:
    """The final file's signed parts; :class:`FinalFileRefused` with the reason when it is not
    a final file, was made by a newer Juri, was changed after signing, or is not as Juri
    writes it."""
    try:
        document = parse_strict(data, max_bytes=MAX_FINAL_BYTES)
        payload, signature = split_envelope(document)
    except (CanonicalError, SignatureProblem) as exc:
        raise FinalFileRefused(
            translate("FinalFile", "{name} is not a final line-up file: {problem}").format(
                name=name, problem=exc
            ),
            code="final_malformed",
        ) from None
    try:
        f.check_format(
            payload,
            FINAL_FORMAT,
            FINAL_SCHEMA,
            translate(
                "FinalFile",
                "this is not a Juri final line-up file (give the .juri-final.json "
                "written by 'juri final make')",
            ),
        )
        chair = f.obj(f.member(payload, "chair", ""), "chair")
        f.exact_keys(chair, {"name", "public_key"}, "chair")
        chair_key = f.public_key(chair, "public_key", "chair")
    except f.SchemaTooNew as exc:
        raise FinalFileRefused(
            translate(
                "FinalFile",
                "{name} was made by a newer version of Juri (schema {schema}): update "
                "Juri to read it.",
            ).format(name=name, schema=exc),
            code="final_too_new",
        ) from None
    except f.FieldError as exc:
        raise _malformed(name, exc) from None
    try:
        signature.verify(canonical_bytes(payload), chair_key)
    except SignatureProblem as exc:
        raise FinalFileRefused(
            translate(
                "FinalFile",
                "{name} is tampered: the chair's signature does not hold ({problem}). "
                "Nothing in it can be relied on.",
            ).format(name=name, problem=exc),
            code="final_tampered",
        ) from None
    try:
        return _document(payload, chair_key)
    except f.FieldError as exc:
        raise _malformed(name, exc) from None


def _malformed(name: str, exc: f.FieldError) -> FinalFileRefused:
    return FinalFileRefused(
        translate(
            "FinalFile", "{name} is not a final line-up file as Juri writes it: {problem}"
        ).format(name=name, problem=exc),
        code="final_malformed",
    )


def _document(payload: dict[str, Any], chair_key: bytes) -> FinalDocument:
    f.exact_keys(payload, PAYLOAD_KEYS, "")
    competition = f.obj(payload["competition"], "competition")
    f.exact_keys(competition, {"id"}, "competition")
    if payload["as_of"] is not None:
        f.utc_time(payload, "as_of", "")
    rounds = tuple(
        _round(item, f"rounds[{i}]")
        for i, item in enumerate(f.items(payload["rounds"], "rounds", max_items=20))
    )
    if not rounds:
        raise f.FieldError("rounds", translate("FinalFile", "must name at least one round"))
    for attribute, where in (("round_id", "round"), ("merged_sha256", "merged.sha256")):
        values = [getattr(r, attribute) for r in rounds]
        if len(set(values)) != len(values):
            raise f.FieldError(
                f"rounds[].{where}", translate("FinalFile", "names the same value twice")
            )
    rule = final_rule_from_json(
        payload["rule"], "rule", [r.round_id for r in rounds], resolved=True
    )
    f.items(payload["ranking"], "ranking")  # recomputed, never read: see verify_final
    return FinalDocument(
        payload,
        f.identifier(competition, "id", "competition"),
        f.one_line_name(payload["chair"], "name", "chair"),
        chair_key,
        rule,
        rounds,
    )


def _round(value: Any, where: str) -> RoundReference:
    item = f.obj(value, where)
    f.exact_keys(item, ROUND_KEYS, where)
    kind = f.text(item, "kind", where)
    if kind not in RoundKind.__members__.values():
        raise f.FieldError(
            f"{where}.kind",
            translate("Fields", "must be one of desk, interview, field (not '{value}')").format(
                value=kind[:40]
            ),
        )
    package = f.obj(item["package"], f"{where}.package")
    f.exact_keys(package, {"id", "manifest_sha256"}, f"{where}.package")
    merged = f.obj(item["merged"], f"{where}.merged")
    f.exact_keys(merged, {"sha256", "chair"}, f"{where}.merged")
    chair = f.obj(merged["chair"], f"{where}.merged.chair")
    f.exact_keys(chair, {"name", "public_key", "fingerprint"}, f"{where}.merged.chair")
    key = f.public_key(chair, "public_key", f"{where}.merged.chair", fingerprint_key="fingerprint")
    f.obj(item["settings"], f"{where}.settings")
    for key_name in ("submissions", "ranked"):
        f.integer(item, key_name, where)
    counts = f.obj(item["evaluations"], f"{where}.evaluations")
    f.exact_keys(counts, {"complete", "expected", "round_minimum"}, f"{where}.evaluations")
    for key_name in ("complete", "expected", "round_minimum"):
        f.integer(counts, key_name, f"{where}.evaluations")
    return RoundReference(
        round_id=f.identifier(item, "round", where),
        kind=RoundKind(kind),
        package_id=f.identifier(package, "id", f"{where}.package"),
        manifest_sha256=f.sha256_hex(package, "manifest_sha256", f"{where}.package"),
        merged_sha256=f.sha256_hex(merged, "sha256", f"{where}.merged"),
        chair_name=f.text(chair, "name", f"{where}.merged.chair", required=False),
        chair_key=key,
    )


def write_final(lineup: LineUp, pair: KeyPair, path: Path) -> bytes:
    """Sign the line-up with the chair's key and write it atomically; the bytes written."""
    data = lineup.signed(pair)
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise JuriError(
            translate("FinalFile", "The final file could not be written to {path}: {error}").format(
                path=path, error=os_problem(exc)
            ),
            code="write_failed",
        ) from exc
    return data


def verify_final(
    name: str,
    document: FinalDocument,
    chain: Sequence[RoundRecord],
    rubric_rule: FinalRule | None = None,
) -> LineUp:
    """The line-up combined again from the checked chain of rounds under the rule the file
    records; :class:`FinalFileRefused` unless it rests on exactly these merged files and its
    payload is byte for byte the one signed (and, given the rubric file's rule, that rule)."""
    named = {r.merged_sha256: r for r in document.rounds}
    for record in chain:
        if record.sha256 not in named:
            raise FinalFileRefused(
                translate(
                    "FinalFile",
                    "{name} does not rest on the merged file {merged} (round {round}, "
                    "SHA-256 {sha}…): it names other merged files. Was the merged file changed or "
                    "merged again after the final line-up was made?",
                ).format(
                    name=name, merged=record.name, round=record.round_id, sha=record.sha256[:16]
                ),
                code="final_other_merged",
            )
    given = {r.sha256 for r in chain}
    for reference in document.rounds:
        if reference.merged_sha256 not in given:
            raise FinalFileRefused(
                translate(
                    "FinalFile",
                    "{name} rests on the merged file of round {round} (package "
                    "{package}, SHA-256 {sha}…), which was not given: give it too.",
                ).format(
                    name=name,
                    round=reference.round_id,
                    package=reference.package_id,
                    sha=reference.merged_sha256[:16],
                ),
                code="final_merged_missing",
            )
    lineup = combine(chain, document.rule)
    recomputed = lineup.payload(document.chair_name, document.chair_key)
    if canonical_bytes(recomputed) != canonical_bytes(document.payload):
        raise FinalFileRefused(
            translate(
                "FinalFile",
                "The line-up signed in {name} does not follow from its merged files "
                "({where}). Make the final line-up again with 'juri final make'.",
            ).format(name=name, where=_first_difference(document.payload, recomputed)),
            code="final_differs",
        )
    if (
        rubric_rule is not None
        and final_rule_to_json(rubric_rule.resolved([r.round_id for r in chain]))
        != document.payload["rule"]
    ):
        raise FinalFileRefused(
            translate(
                "FinalFile",
                "{name} applied another rule than the rubric file's final section: "
                "the line-up is not the one the rubric file asks for.",
            ).format(name=name),
            code="final_other_rule",
        )
    return lineup


def _first_difference(signed: dict[str, Any], recomputed: dict[str, Any]) -> str:
    """Where the signed payload first differs from the recomputed one, in words."""
    for key in ("competition", "rule", "rounds", "as_of"):
        if canonical_bytes(signed.get(key)) != canonical_bytes(recomputed.get(key)):
            return translate("FinalFile", 'its part "{part}" differs').format(part=key)
    rows = signed.get("ranking") or []
    for index, row in enumerate(recomputed["ranking"]):
        theirs = rows[index] if index < len(rows) else None
        if canonical_bytes(theirs) != canonical_bytes(row):
            where, signed_value, value = _differing_field(theirs, row)
            return translate(
                "FinalFile",
                'the ranking differs at {code} in its field "{field}": signed {signed}, '
                "recomputed {value}",
            ).format(code=row["submission"], field=where, signed=signed_value, value=value)
    return translate("FinalFile", "the ranking has rows that do not follow")


def _differing_field(signed: Any, recomputed: Any, where: str = "") -> tuple[str, str, str]:
    """The first field (``rounds.field.score``) where a signed row differs from the recomputed
    one, with both values as JSON."""
    if isinstance(signed, dict) and isinstance(recomputed, dict):
        for key in [*recomputed, *(k for k in signed if k not in recomputed)]:
            if canonical_bytes(signed.get(key)) != canonical_bytes(recomputed.get(key)):
                path = f"{where}.{key}" if where else key
                if key not in signed:
                    return path, "–", _shown(recomputed[key])
                return _differing_field(signed[key], recomputed.get(key), path)
    return where or translate("FinalFile", "row"), _shown(signed), _shown(recomputed)


def _shown(value: Any) -> str:
    return canonical_bytes(value).decode("utf-8")[:80]
