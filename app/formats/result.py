"""The juror's result file: every assigned evaluation, signed with the juror's key.

The payload names the package (id and manifest hash), the juror (id, name, public key), a
sequence number that grows with each export, the audit-log head, and the evaluations in package
order. Decimals are strings; ``total`` is the weighted total rounded half-up to two places.
An interview's questions and notes, and a field visit's evidence (each file's bytes as base64,
checked against its SHA-256 and its kind on reading), travel with their evaluation.

There is one reader of this format, :func:`parse_result_payload`, and it accepts exactly what
:func:`result_payload` writes (docs/formats.md §6): every member present, none unknown, each
value in the one spelling Juri writes. What needs the package (scales, criteria order, the
checklist, assignments) is checked by :func:`app.results.verify.check_result`. The per-evaluation
part is written as plain type tests with the path of a fault spelled out only when one is found:
a 300-juror merge reads 15,000 evaluations and 150,000 scores.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NoReturn

from app.crypto.keys import decode_public_key, encode_public_key
from app.domain.evaluation import (
    MAX_QUESTIONS,
    Evaluation,
    EvaluationStatus,
    QuestionNote,
    Recommendation,
)
from app.domain.evidence import (
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    MAX_EVIDENCE_TOTAL,
    MEDIA_TYPES,
    Evidence,
    media_type_of,
    name_problem,
    place_ok,
    taken_at_ok,
)
from app.domain.numbers import decimal_text, parse_canonical_decimal, total_text
from app.domain.rubric import Rubric
from app.domain.text import CONTROL, code_point, control_character, format_character, visible
from app.errors import InputError
from app.formats import fields as f
from app.formats.evidence_file import checked_evidence
from app.i18n import translate
from app.pact import VERSION_PATTERN

RESULT_FORMAT = "juri-result"
RESULT_SCHEMA = 2  # 2: interview questions and field evidence (schema 1 is still read)
# A juror's result for 5,000 submissions with long comments is a few tens of megabytes.
MAX_RESULT_BYTES = 128 * 1024 * 1024
PAYLOAD_KEYS = frozenset(
    {
        "format",
        "schema",
        "package",
        "juror",
        "sequence",
        "created",
        "generator",
        "integrity_pact",
        "audit_head",
        "evaluations",
    }
)
EVALUATION_KEYS_1 = frozenset(
    {
        "submission",
        "status",
        "scores",
        "total",
        "overall_comment",
        "recommendation",
        "video_watched",
        "field",
        "recusal",
        "updated",
    }
)
EVALUATION_KEYS = EVALUATION_KEYS_1 | {"interview", "evidence"}
SCORE_KEYS = frozenset({"criterion", "value", "comment"})
FIELD_KEYS = frozenset({"notes", "checklist"})
MARK_KEYS = frozenset({"item", "checked"})
INTERVIEW_KEYS = frozenset({"questions"})
QUESTION_KEYS = frozenset({"question", "notes"})
EVIDENCE_KEYS = frozenset({"name", "media_type", "sha256", "size", "taken_at", "place", "data"})
MAX_ITEMS = 200  # criteria, and checklist items, per evaluation
_STATUSES = frozenset(s.value for s in EvaluationStatus)
_RECOMMENDATIONS = {r.value: r for r in Recommendation}


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
    # submission → the criteria its scores list, in the file's order (one shared tuple for
    # every evaluation that lists the same ones), checked against the rubric on verification
    declared_criteria: dict[str, tuple[str, ...]]
    schema: int = RESULT_SCHEMA  # 1: written by a Juri before interview notes and evidence


def evaluation_to_json(
    evaluation: Evaluation, rubric: Rubric, status: EvaluationStatus
) -> dict[str, Any]:
    """An evaluation as the result file holds it. A recused one carries no scores, no total
    and no recommendation (whatever the workspace still keeps for a withdrawal)."""
    recused = evaluation.recused
    return {
        "submission": evaluation.submission,
        "status": status.value,
        "scores": []
        if recused
        else [
            {
                "criterion": c.code,
                "value": None
                if evaluation.scores.get(c.code) is None
                else decimal_text(evaluation.scores[c.code]),
                "comment": evaluation.comments.get(c.code, ""),
            }
            for c in rubric
        ],
        "total": None if recused else total_text(evaluation.total(rubric)),
        "overall_comment": evaluation.overall_comment,
        "recommendation": Recommendation.NONE.value if recused else evaluation.recommendation.value,
        "video_watched": evaluation.video_watched,
        "field": {
            "notes": evaluation.field_notes,
            "checklist": [
                {"item": code, "checked": checked}
                for code, checked in sorted(evaluation.checklist.items())
            ],
        },
        "recusal": {"reason": evaluation.recusal_reason} if recused else None,
        "updated": evaluation.updated,
        "interview": {
            "questions": []
            if recused
            else [{"question": q.question, "notes": q.notes} for q in evaluation.questions]
        },
        "evidence": [] if recused else [_evidence_to_json(e) for e in evaluation.evidence],
    }


def _evidence_to_json(evidence: Evidence) -> dict[str, Any]:
    if evidence.data is None:
        raise ValueError(f"the bytes of {evidence.name} were not loaded")
    return {
        "name": evidence.name,
        "media_type": evidence.media_type,
        "sha256": evidence.sha256,
        "size": evidence.size,
        "taken_at": evidence.taken_at,
        "place": evidence.place,
        "data": evidence.data,
    }


def result_payload(
    *,
    package_id: str,
    manifest_sha256: str,
    juror_id: str,
    juror_name: str,
    public_key: bytes,
    sequence: int,
    created: str,
    generator: str,
    pact: PactAcceptance | None,
    audit_seq: int,
    audit_hash: str,
    evaluations: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "format": RESULT_FORMAT,
        "schema": RESULT_SCHEMA,
        "package": {"id": package_id, "manifest_sha256": manifest_sha256},
        "juror": {"id": juror_id, "name": juror_name, "public_key": encode_public_key(public_key)},
        "sequence": sequence,
        "created": created,
        "generator": generator,
        "integrity_pact": None
        if pact is None
        else {"accepted_at": pact.accepted_at, "version": pact.version},
        "audit_head": {"seq": audit_seq, "hash": audit_hash},
        "evaluations": evaluations,
    }


def check_result_format(payload: dict[str, Any]) -> int:
    """The schema of a result payload: this Juri's, or 1, which an earlier Juri wrote (no
    interview questions, no evidence) and which stays readable: jurors' files outlive an
    update (docs/formats.md §6)."""
    if (
        payload.get("format") == RESULT_FORMAT
        and type(payload.get("schema")) is int
        and payload["schema"] == 1
    ):
        return 1
    f.check_format(
        payload, RESULT_FORMAT, RESULT_SCHEMA, translate("Result", "this is not a Juri result file")
    )
    return RESULT_SCHEMA


def payload_public_key(payload: dict[str, Any]) -> bytes:
    juror = f.obj(f.member(payload, "juror", ""), "juror")
    try:
        return decode_public_key(f.member(juror, "public_key", "juror"))
    except ValueError as exc:
        raise f.FieldError("juror.public_key", str(exc)) from None


def parse_result_payload(payload: dict[str, Any], *, open_files: bool = True) -> ResultDocument:
    """Structure, types and spellings of a result payload; the checks against a package come
    later (:func:`app.results.verify.check_result`). ``open_files=False`` leaves opening the
    evidence files as what they are to :func:`check_evidence_files` (their bytes are still
    checked against their size and SHA-256)."""
    schema = check_result_format(payload)
    f.exact_keys(payload, PAYLOAD_KEYS, "")
    package = f.obj(payload["package"], "package")
    f.exact_keys(package, {"id", "manifest_sha256"}, "package")
    juror = f.obj(payload["juror"], "juror")
    f.exact_keys(juror, {"id", "name", "public_key"}, "juror")
    head = f.obj(payload["audit_head"], "audit_head")
    f.exact_keys(head, {"seq", "hash"}, "audit_head")
    pact = _pact(payload["integrity_pact"])
    reader = _EvaluationReader(
        EVALUATION_KEYS if schema == RESULT_SCHEMA else EVALUATION_KEYS_1, open_files
    )
    evaluations, statuses, totals, criteria = [], {}, {}, {}
    for i, value in enumerate(f.items(payload["evaluations"], "evaluations")):
        evaluation, status, total, listed = reader.read(value, i)
        code = evaluation.submission
        if code in statuses:
            raise f.FieldError(
                f"evaluations[{i}]",
                translate("Result", "submission {code} is evaluated twice").format(code=code),
            )
        evaluations.append(evaluation)
        statuses[code], totals[code], criteria[code] = status, total, listed
    if reader.evidence_bytes > MAX_EVIDENCE_TOTAL:
        raise f.FieldError(
            "evaluations",
            translate("Result", "carries more than {n} MB of evidence").format(
                n=MAX_EVIDENCE_TOTAL // (1024 * 1024)
            ),
        )
    return ResultDocument(
        package_id=f.identifier(package, "id", "package"),
        manifest_sha256=_hash(package, "manifest_sha256", "package"),
        juror_id=f.identifier(juror, "id", "juror"),
        juror_name=f.text(juror, "name", "juror"),
        public_key=payload_public_key(payload),
        sequence=f.integer(payload, "sequence", "", minimum=1),
        created=f.utc_time(payload, "created", ""),
        generator=f.text(payload, "generator", ""),
        pact=pact,
        audit_seq=f.integer(head, "seq", "audit_head", minimum=1),
        audit_hash=_hash(head, "hash", "audit_head"),
        schema=schema,
        evaluations=tuple(evaluations),
        declared_status=statuses,
        declared_total=totals,
        declared_criteria=criteria,
    )


def _hash(container: dict[str, Any], key: str, path: str) -> str:
    value = f.text(container, key, path)
    if not f.SHA256_HEX.fullmatch(value):
        raise f.FieldError(
            f"{path}.{key}", translate("Result", "must be 64 lowercase hexadecimal characters")
        )
    return value


def _pact(value: Any) -> PactAcceptance | None:
    if value is None:
        return None
    data = f.obj(value, "integrity_pact")
    f.exact_keys(data, {"accepted_at", "version"}, "integrity_pact")
    version = f.text(data, "version", "integrity_pact")
    if not VERSION_PATTERN.fullmatch(version):
        raise f.FieldError(
            "integrity_pact.version",
            translate(
                "Result", "must be pakta-sha256: followed by 16 lowercase hexadecimal characters"
            ),
        )
    return PactAcceptance(f.utc_time(data, "accepted_at", "integrity_pact"), version)


def _fault(where: str, problem: str) -> NoReturn:
    raise f.FieldError(where, problem)


def _control_fault(text: str, where: str) -> NoReturn:
    """A text the juror typed holds a control character: Juri refuses one at input (it can
    drive the terminal that shows the text), so a file carrying one was not made by Juri."""
    character = control_character(text) or ""
    _fault(
        where,
        translate(
            "Result", "holds the control character {code} (only tabs and line breaks are allowed)"
        ).format(code=code_point(character)),
    )


def _text_fault(
    container: dict[str, Any],
    key: str,
    where: str,
    *,
    identifier: bool = False,
    required: bool = False,
) -> NoReturn:
    """The exact complaint of :mod:`app.formats.fields` about a value the quick test refused."""
    if identifier:
        f.identifier(container, key, where)
    else:
        f.text(container, key, where, required=required)
    _fault(f"{where}.{key}", translate("Fields", "must be text"))  # not reached


class _EvaluationReader:
    """Reads the evaluations of one payload, parsing each distinct score text once (a scale
    has few steps) and sharing one tuple per distinct list of criteria."""

    def __init__(self, keys: frozenset[str], open_files: bool = True) -> None:
        self.keys = keys  # an evaluation's members, by the file's schema
        self.open_files = open_files  # open each evidence file as what it is, while reading
        self.decimals: dict[str, Decimal] = {}
        self.names: set[str] = set()  # criterion codes already found well formed
        self.criteria: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.evidence_bytes = 0

    def read(self, data: Any, i: int) -> tuple[Evaluation, str, str | None, tuple[str, ...]]:
        """``(evaluation, declared status, declared total, criteria listed)``."""
        if type(data) is not dict:
            _fault(f"evaluations[{i}]", translate("Fields", "must be an object"))
        if data.keys() != self.keys:
            f.exact_keys(data, self.keys, f"evaluations[{i}]")
        submission = data["submission"]
        if type(submission) is not str or not f.IDENTIFIER.fullmatch(submission):
            _text_fault(data, "submission", f"evaluations[{i}]", identifier=True)
        status = data["status"]
        if type(status) is not str or status not in _STATUSES:
            _fault(f"evaluations[{i}].status", translate("Result", "unknown status"))
        recommendation = data["recommendation"]
        if type(recommendation) is not str or recommendation not in _RECOMMENDATIONS:
            _fault(f"evaluations[{i}].recommendation", translate("Result", "unknown value"))
        scores, comments = self.scores(data["scores"], i)
        total = data["total"]
        if total is not None and type(total) is not str:
            _fault(f"evaluations[{i}].total", translate("Result", "must be text or null"))
        overall = data["overall_comment"]
        if type(overall) is not str or len(overall) > f.MAX_TEXT:
            _text_fault(data, "overall_comment", f"evaluations[{i}]")
        if overall and CONTROL.search(overall):
            _control_fault(overall, f"evaluations[{i}].overall_comment")
        watched = data["video_watched"]
        if type(watched) is not bool:
            f.boolean(data, "video_watched", f"evaluations[{i}]")
        notes, checklist = self.field(data["field"], i)
        reason = self.recusal(data["recusal"], i)
        questions = self.questions(data["interview"], i) if "interview" in data else ()
        evidence = self.evidence(data["evidence"], i) if "evidence" in data else ()
        updated = data["updated"]
        if updated != "" and not f.is_time(updated):
            _fault(
                f"evaluations[{i}].updated",
                translate("Result", "must be empty or a UTC time such as 2026-11-23T09:44:42.270Z"),
            )
        if reason is not None:
            if comments:
                _fault(
                    f"evaluations[{i}].scores",
                    translate("Result", "a recused evaluation lists no scores"),
                )
            if total is not None:
                _fault(
                    f"evaluations[{i}].total",
                    translate("Result", "a recused evaluation has no total"),
                )
            if recommendation:
                _fault(
                    f"evaluations[{i}].recommendation",
                    translate("Result", "a recused evaluation recommends nothing"),
                )
            if questions:
                _fault(
                    f"evaluations[{i}].interview.questions",
                    translate("Result", "a recused evaluation carries no questions"),
                )
            if evidence:
                _fault(
                    f"evaluations[{i}].evidence",
                    translate("Result", "a recused evaluation carries no evidence"),
                )
        listed = tuple(comments)
        listed = self.criteria.setdefault(listed, listed)
        evaluation = Evaluation(
            submission=submission,
            scores=scores,
            comments={k: v for k, v in comments.items() if v},
            overall_comment=overall,
            recommendation=_RECOMMENDATIONS[recommendation],
            video_watched=watched,
            field_notes=notes,
            checklist=checklist,
            recusal_reason=reason,
            updated=updated,
            questions=questions,
            evidence=evidence,
        )
        return evaluation, status, total, listed

    def scores(self, items: Any, i: int) -> tuple[dict[str, Decimal], dict[str, str]]:
        """The scored values, and every criterion listed with its comment, in file order."""
        if type(items) is not list or len(items) > MAX_ITEMS:
            f.items(items, f"evaluations[{i}].scores", max_items=MAX_ITEMS)
        scores: dict[str, Decimal] = {}
        comments: dict[str, str] = {}
        decimals, names = self.decimals, self.names
        for j, item in enumerate(items):
            if type(item) is not dict:
                _fault(f"evaluations[{i}].scores[{j}]", translate("Fields", "must be an object"))
            if item.keys() != SCORE_KEYS:
                f.exact_keys(item, SCORE_KEYS, f"evaluations[{i}].scores[{j}]")
            code = item["criterion"]
            if type(code) is not str or code not in names:
                if type(code) is not str or not f.IDENTIFIER.fullmatch(code):
                    _text_fault(item, "criterion", f"evaluations[{i}].scores[{j}]", identifier=True)
                names.add(code)
            if code in comments:
                _fault(
                    f"evaluations[{i}].scores[{j}]",
                    translate("Result", "criterion {code} appears twice").format(code=code),
                )
            comment = item["comment"]
            if type(comment) is not str or len(comment) > f.MAX_TEXT:
                _text_fault(item, "comment", f"evaluations[{i}].scores[{j}]")
            if comment and CONTROL.search(comment):
                _control_fault(comment, f"evaluations[{i}].scores[{j}].comment")
            comments[code] = comment
            value = item["value"]
            if value is not None:
                score = decimals.get(value) if type(value) is str else None
                if score is None:
                    try:
                        score = decimals[value] = parse_canonical_decimal(value)
                    except ValueError:
                        _fault(
                            f"evaluations[{i}].scores[{j}].value",
                            translate(
                                "Result",
                                "must be a decimal written as Juri writes it, such as "
                                '"7" or "7.5" (no spaces, no trailing zeros), or null',
                            ),
                        )
                scores[code] = score
        return scores, comments

    def field(self, value: Any, i: int) -> tuple[str, dict[str, bool]]:
        """The field-visit notes and checklist marks (items in code order, each once)."""
        where = f"evaluations[{i}].field"
        if type(value) is not dict:
            _fault(where, translate("Fields", "must be an object"))
        if value.keys() != FIELD_KEYS:
            f.exact_keys(value, FIELD_KEYS, where)
        notes = value["notes"]
        if type(notes) is not str or len(notes) > f.MAX_TEXT:
            _text_fault(value, "notes", where)
        if notes and CONTROL.search(notes):
            _control_fault(notes, f"{where}.notes")
        marks = value["checklist"]
        if type(marks) is not list or len(marks) > MAX_ITEMS:
            f.items(marks, f"{where}.checklist", max_items=MAX_ITEMS)
        checklist: dict[str, bool] = {}
        previous = ""
        for j, mark in enumerate(marks):
            at = f"{where}.checklist[{j}]"
            f.exact_keys(f.obj(mark, at), MARK_KEYS, at)
            item = f.identifier(mark, "item", at)
            if item in checklist:
                _fault(
                    at, translate("Result", "checklist item {code} appears twice").format(code=item)
                )
            if item < previous:
                _fault(at, translate("Result", "checklist items must be in code order"))
            checklist[item] = f.boolean(mark, "checked", at)
            previous = item
        return notes, checklist

    def recusal(self, value: Any, i: int) -> str | None:
        if value is None:
            return None
        where = f"evaluations[{i}].recusal"
        f.exact_keys(f.obj(value, where), {"reason"}, where)
        reason = f.text(value, "reason", where)
        if CONTROL.search(reason):
            _control_fault(reason, f"{where}.reason")
        return reason

    def questions(self, value: Any, i: int) -> tuple[QuestionNote, ...]:
        """An interview's questions and notes, in the order asked; never both empty."""
        where = f"evaluations[{i}].interview"
        if type(value) is not dict or value.keys() != INTERVIEW_KEYS:
            f.exact_keys(f.obj(value, where), INTERVIEW_KEYS, where)
        items = value["questions"]
        if type(items) is not list or not items:
            return tuple(f.items(items, f"{where}.questions"))  # [] or the type's complaint
        f.items(items, f"{where}.questions", max_items=MAX_QUESTIONS)
        found = []
        for j, item in enumerate(items):
            at = f"{where}.questions[{j}]"
            f.exact_keys(f.obj(item, at), QUESTION_KEYS, at)
            question = f.text(item, "question", at, required=False)
            notes = f.text(item, "notes", at, required=False)
            for key, text in (("question", question), ("notes", notes)):
                if CONTROL.search(text):
                    _control_fault(text, f"{at}.{key}")
            if not (question.strip() or notes.strip()):
                _fault(at, translate("Result", "a question and its notes are both empty"))
            found.append(QuestionNote(question, notes))
        return tuple(found)

    def evidence(self, value: Any, i: int) -> tuple[Evidence, ...]:
        """The files attached, each whole: its bytes are its SHA-256 and its size, and they
        are the kind of file the evaluation says."""
        where = f"evaluations[{i}].evidence"
        if type(value) is not list or not value:
            return tuple(f.items(value, where))  # [] or the type's complaint
        f.items(value, where, max_items=MAX_EVIDENCE_FILES)
        found: list[Evidence] = []
        for j, item in enumerate(value):
            at = f"{where}[{j}]"
            f.exact_keys(f.obj(item, at), EVIDENCE_KEYS, at)
            evidence = _evidence(item, at)
            if self.open_files:
                _open_evidence(evidence, at)
            if any(e.sha256 == evidence.sha256 for e in found):
                _fault(at, translate("Result", "the same file is attached twice"))
            self.evidence_bytes += evidence.size
            found.append(evidence)
        return tuple(found)


def _evidence(item: dict[str, Any], at: str) -> Evidence:
    name = f.text(item, "name", at)
    character = format_character(name)
    if character is not None:
        _fault(
            f"{at}.name",
            translate(
                "Result",
                "holds the invisible character {code}, which can make a name read as another",
            ).format(code=code_point(character)),
        )
    if name_problem(name):
        _fault(
            f"{at}.name", translate("Result", "must be a plain file name of at most 200 characters")
        )
    media_type = item["media_type"]
    if media_type not in MEDIA_TYPES:
        _fault(
            f"{at}.media_type",
            translate("Result", "must be image/jpeg, image/png or application/pdf"),
        )
    sha256 = _hash(item, "sha256", at)
    size = f.integer(item, "size", at, minimum=1)
    if size > MAX_EVIDENCE_BYTES:
        _fault(
            f"{at}.size",
            translate("Result", "must be at most {n} bytes").format(n=MAX_EVIDENCE_BYTES),
        )
    taken_at, place = item["taken_at"], item["place"]
    if taken_at is not None and not (type(taken_at) is str and taken_at_ok(taken_at)):
        _fault(
            f"{at}.taken_at",
            translate("Result", "must be null or a time such as 2024-05-12T10:31:05+07:00"),
        )
    if place is not None and not (type(place) is str and place_ok(place)):
        _fault(
            f"{at}.place",
            translate(
                "Result", "must be null or a latitude and longitude such as -6.175392,106.827153"
            ),
        )
    data = item["data"]
    content = _base64(data, f"{at}.data", size)
    if len(content) != size:
        _fault(
            f"{at}.data",
            translate(
                "Result",
                "holds {found} bytes, not the {size} its size says: the file was swapped or "
                "damaged",
            ).format(found=len(content), size=size),
        )
    digest = hashlib.sha256(content).hexdigest()
    if digest != sha256:
        _fault(
            f"{at}.data",
            translate(
                "Result",
                "the file's SHA-256 is {found}, not the {declared} the evaluation names: "
                "the file was swapped or damaged",
            ).format(found=digest[:16] + "…", declared=sha256[:16] + "…"),
        )
    if media_type_of(content) != media_type:
        _fault(
            f"{at}.data",
            translate("Result", "the file is not the {media_type} the evaluation names").format(
                media_type=media_type
            ),
        )
    return Evidence(name, media_type, sha256, size, taken_at, place, data)


def check_evidence_files(document: ResultDocument) -> None:
    """Open every evidence file of a result read with ``open_files=False`` as what it is;
    ``FieldError`` naming the first that does not open, or whose time or place is not its
    own. Opening a picture costs time and memory out of all proportion to its bytes (a 650 KB
    PNG decodes to 700 MB), so a verifier does this only once the file's signer is known to
    be the juror's: nobody else's file costs the chair that."""
    for i, evaluation in enumerate(document.evaluations):
        for j, evidence in enumerate(evaluation.evidence):
            _open_evidence(evidence, f"evaluations[{i}].evidence[{j}]")


def _open_evidence(evidence: Evidence, at: str) -> None:
    """The check --attach makes (a PDF that does not open or a broken photo is no evidence),
    and the time and place it reads, which the chair is shown as the camera's."""
    assert evidence.data is not None
    try:
        found = checked_evidence(visible(evidence.name), base64.b64decode(evidence.data))
    except InputError as exc:
        _fault(f"{at}.data", exc.message)
    for key, claimed, own in (
        ("taken_at", evidence.taken_at, found.taken_at),
        ("place", evidence.place, found.place),
    ):
        if claimed != own:
            _fault(
                f"{at}.{key}",
                translate(
                    "Result",
                    "is not what the file's own EXIF data says ({own}): the time and place are "
                    "the camera's, read from the file when it is attached",
                ).format(own=own or translate("Result", "none")),
            )


def _base64(value: Any, where: str, size: int) -> bytes:
    """The bytes of canonical base64 text (padded, unused bits zero, nothing else)."""
    if type(value) is not str:
        _fault(where, translate("Result", "must be the file's bytes in base64"))
    if len(value) > (size + 2) // 3 * 4:  # read no more than the size allows
        _fault(
            where,
            translate(
                "Result",
                "is longer than the base64 of the {size} bytes its size says: the file was "
                "swapped or damaged",
            ).format(size=size),
        )
    try:
        content = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        _fault(where, translate("Result", "must be the file's bytes in base64"))
    if base64.b64encode(content).decode("ascii") != value:
        _fault(
            where,
            translate(
                "Result",
                "must be the file's bytes in base64, written as "
                "Juri writes it (padded, nothing else)",
            ),
        )
    return content
