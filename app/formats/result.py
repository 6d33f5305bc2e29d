"""The juror's result file: every assigned evaluation, signed with the juror's key.

The payload names the package (id and manifest hash), the juror (id, name, public key), a
sequence number that grows with each export, the audit-log head, and the evaluations in package
order. Decimals are strings; ``total`` is the weighted total rounded half-up to two places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.crypto.keys import decode_public_key, encode_public_key
from app.domain.coverage import Cell
from app.domain.evaluation import Evaluation, EvaluationStatus, Recommendation
from app.domain.numbers import decimal_text, total_text
from app.domain.rubric import Rubric
from app.formats import fields as f
from app.formats.result_lean import lean_evaluation
from app.i18n import translate

RESULT_FORMAT = "juri-result"
RESULT_SCHEMA = 1
RESULT_SUFFIX = ".juri-result.json"
# A juror's result for 5,000 submissions with long comments is a few tens of megabytes.
MAX_RESULT_BYTES = 128 * 1024 * 1024
PAYLOAD_KEYS = {
    "format", "schema", "package", "juror", "sequence", "created", "generator",
    "integrity_pact", "audit_head", "evaluations",
}
EVALUATION_KEYS = {
    "submission", "status", "scores", "total", "overall_comment", "recommendation",
    "video_watched", "field", "recusal", "updated",
}


@dataclass(frozen=True)
class PactAcceptance:
    accepted_at: str
    version: str


@dataclass(frozen=True)
class ResultDocument:
    """A parsed result payload (its signature is checked elsewhere)."""

    package_id: str
    manifest_sha256: str
    juror_id: str
    juror_name: str
    public_key: bytes
    sequence: int
    created: str
    generator: str
    pact: PactAcceptance | None
    audit_seq: int
    audit_hash: str
    evaluations: tuple[Evaluation, ...]
    declared_status: dict[str, str]
    declared_total: dict[str, str | None]
    # each evaluation's cell on the rubric's grid, found while checking against a rubric
    _scored: tuple[object, dict[str, Cell]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def remember_scored(self, rubric: Rubric, scored: dict[str, Cell]) -> None:
        """Keep what the check against ``rubric`` computed for every evaluation not recused
        (submission → its cell: status, exact total, points, integer row), so the merge's
        table need not compute it again."""
        object.__setattr__(self, "_scored", (rubric, scored))

    def scored_for(self, rubric: Rubric) -> dict[str, Cell] | None:
        """The remembered evaluations if they were scored with this very rubric, else ``None``."""
        if self._scored is None or self._scored[0] is not rubric:
            return None
        return self._scored[1]


def evaluation_to_json(evaluation: Evaluation, rubric: Rubric, status: EvaluationStatus
                       ) -> dict[str, Any]:
    recused = evaluation.recused
    return {
        "submission": evaluation.submission,
        "status": status.value,
        "scores": [] if recused else [
            {
                "criterion": c.code,
                "value": None if evaluation.scores.get(c.code) is None
                else decimal_text(evaluation.scores[c.code]),
                "comment": evaluation.comments.get(c.code, ""),
            }
            for c in rubric
        ],
        "total": None if recused else total_text(evaluation.total(rubric)),
        "overall_comment": evaluation.overall_comment,
        "recommendation": evaluation.recommendation.value,
        "video_watched": evaluation.video_watched,
        "field": {
            "notes": evaluation.field_notes,
            "checklist": [{"item": code, "checked": checked}
                          for code, checked in sorted(evaluation.checklist.items())],
        },
        "recusal": {"reason": evaluation.recusal_reason} if recused else None,
        "updated": evaluation.updated,
    }


def result_payload(*, package_id: str, manifest_sha256: str, juror_id: str, juror_name: str,
                   public_key: bytes, sequence: int, created: str, generator: str,
                   pact: PactAcceptance | None, audit_seq: int, audit_hash: str,
                   evaluations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": RESULT_FORMAT,
        "schema": RESULT_SCHEMA,
        "package": {"id": package_id, "manifest_sha256": manifest_sha256},
        "juror": {"id": juror_id, "name": juror_name, "public_key": encode_public_key(public_key)},
        "sequence": sequence,
        "created": created,
        "generator": generator,
        "integrity_pact": None if pact is None else {
            "accepted_at": pact.accepted_at, "version": pact.version},
        "audit_head": {"seq": audit_seq, "hash": audit_hash},
        "evaluations": evaluations,
    }


class ResultSchemaTooNew(ValueError):
    pass


def check_result_format(payload: dict[str, Any]) -> None:
    if payload.get("format") != RESULT_FORMAT:
        raise f.FieldError("format", translate("Result", "this is not a Juri result file"))
    schema = payload.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > RESULT_SCHEMA:
        raise ResultSchemaTooNew(schema)
    if schema != RESULT_SCHEMA:
        raise f.FieldError("schema", translate("Result", "unknown schema version"))


def payload_public_key(payload: dict[str, Any]) -> bytes:
    juror = f.obj(f.member(payload, "juror", ""), "juror")
    try:
        return decode_public_key(f.member(juror, "public_key", "juror"))
    except ValueError as exc:
        raise f.FieldError("juror.public_key", str(exc)) from None


def parse_result_payload(payload: dict[str, Any]) -> ResultDocument:
    """Structure and types of a result payload; rubric checks come later, against a package."""
    check_result_format(payload)
    f.only_keys(payload, PAYLOAD_KEYS, "")
    package = f.obj(f.member(payload, "package", ""), "package")
    f.only_keys(package, {"id", "manifest_sha256"}, "package")
    juror = f.obj(f.member(payload, "juror", ""), "juror")
    f.only_keys(juror, {"id", "name", "public_key"}, "juror")
    head = f.obj(f.member(payload, "audit_head", ""), "audit_head")
    digest = f.text(package, "manifest_sha256", "package")
    if not f.SHA256_HEX.fullmatch(digest):
        raise f.FieldError("package.manifest_sha256", translate(
            "Result", "must be 64 lowercase hexadecimal characters"))
    pact_value = f.member(payload, "integrity_pact", "")
    pact = None
    if pact_value is not None:
        pact_data = f.obj(pact_value, "integrity_pact")
        f.only_keys(pact_data, {"accepted_at", "version"}, "integrity_pact")
        pact = PactAcceptance(f.text(pact_data, "accepted_at", "integrity_pact"),
                              f.text(pact_data, "version", "integrity_pact"))
    evaluations, statuses, totals = [], {}, {}
    decimals: dict[str, Decimal] = {}
    for i, value in enumerate(f.items(f.member(payload, "evaluations", ""), "evaluations")):
        evaluation, status, total = lean_evaluation(value, decimals) \
            or _evaluation(value, f"evaluations[{i}]")
        if evaluation.submission in statuses:
            raise f.FieldError(f"evaluations[{i}]", translate(
                "Result", "submission {code} is evaluated twice").format(
                    code=evaluation.submission))
        evaluations.append(evaluation)
        statuses[evaluation.submission] = status
        totals[evaluation.submission] = total
    return ResultDocument(
        package_id=f.identifier(package, "id", "package"),
        manifest_sha256=digest,
        juror_id=f.identifier(juror, "id", "juror"),
        juror_name=f.text(juror, "name", "juror"),
        public_key=payload_public_key(payload),
        sequence=f.integer(payload, "sequence", "", minimum=1),
        created=f.text(payload, "created", ""),
        generator=f.text(payload, "generator", "", required=False),
        pact=pact,
        audit_seq=f.integer(head, "seq", "audit_head"),
        audit_hash=f.text(head, "hash", "audit_head"),
        evaluations=tuple(evaluations),
        declared_status=statuses,
        declared_total=totals,
    )


def _evaluation(value: Any, where: str) -> tuple[Evaluation, str, str | None]:
    data = f.obj(value, where)
    f.only_keys(data, EVALUATION_KEYS, where)
    status = f.text(data, "status", where)
    if status not in EvaluationStatus.__members__.values():
        raise f.FieldError(f"{where}.status", translate("Result", "unknown status"))
    recommendation = f.text(data, "recommendation", where, required=False)
    if recommendation not in Recommendation.__members__.values():
        raise f.FieldError(f"{where}.recommendation", translate("Result", "unknown value"))
    scores, comments = {}, {}
    for j, item in enumerate(f.items(f.member(data, "scores", where), f"{where}.scores",
                                     max_items=200)):
        at = f"{where}.scores[{j}]"
        score = f.obj(item, at)
        f.only_keys(score, {"criterion", "value", "comment"}, at)
        code = f.identifier(score, "criterion", at)
        if code in comments:
            raise f.FieldError(at, translate("Result", "criterion {code} appears twice").format(
                code=code))
        comments[code] = f.text(score, "comment", at, required=False)
        value_ = f.decimal(score, "value", at, required=False)
        if value_ is not None:
            scores[code] = value_
    field = f.obj(f.member(data, "field", where), f"{where}.field")
    f.only_keys(field, {"notes", "checklist"}, f"{where}.field")
    checklist = {}
    for j, item in enumerate(f.items(f.member(field, "checklist", f"{where}.field"),
                                     f"{where}.field.checklist", max_items=200)):
        at = f"{where}.field.checklist[{j}]"
        mark = f.obj(item, at)
        checklist[f.identifier(mark, "item", at)] = f.boolean(mark, "checked", at)
    recusal = f.member(data, "recusal", where)
    reason = None
    if recusal is not None:
        reason = f.text(f.obj(recusal, f"{where}.recusal"), "reason", f"{where}.recusal")
    total = data.get("total")
    if total is not None and not isinstance(total, str):
        raise f.FieldError(f"{where}.total", translate("Result", "must be text or null"))
    evaluation = Evaluation(
        submission=f.identifier(data, "submission", where),
        scores=scores,
        comments={k: v for k, v in comments.items() if v},
        overall_comment=f.text(data, "overall_comment", where, required=False),
        recommendation=Recommendation(recommendation),
        video_watched=f.boolean(data, "video_watched", where),
        field_notes=f.text(field, "notes", f"{where}.field", required=False),
        checklist=checklist,
        recusal_reason=reason,
        updated=f.text(data, "updated", where, required=False),
    )
    return evaluation, status, total
