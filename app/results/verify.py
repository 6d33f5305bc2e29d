"""Is this result file genuine, for this package, from a juror of its roster, and sane?

:func:`check_result` gives every file exactly one :class:`ResultStatus` and a reason in the user's
language. Checks run in an order that makes the reason the most useful one: can it be read,
does the signature hold, is it for this package, is the juror and key in the roster, are the
evaluations for assigned submissions, and do the scores lie on the rubric's scales.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise
from typing import Any

from app.canonical import CanonicalError, canonical_bytes_of_parsed, parse_strict
from app.crypto.envelope import SignatureProblem, payload_bytes, split_envelope
from app.crypto.keys import fingerprint
from app.domain.competition import Manifest, RoundKind
from app.domain.coverage import CELL_STATES, Cell
from app.domain.evaluation import EvaluationStatus
from app.domain.numbers import total_text
from app.formats.fields import IDENTIFIER, FieldError, SchemaTooNew
from app.formats.result import (
    MAX_RESULT_BYTES,
    ResultDocument,
    check_evidence_files,
    check_result_format,
    parse_result_payload,
    payload_public_key,
)
from app.i18n import translate


class ResultStatus(StrEnum):
    VALID = "valid"
    TAMPERED = "tampered"
    MALFORMED = "malformed"
    FOREIGN_PACKAGE = "foreign_package"
    JUROR_NOT_IN_ROSTER = "juror_not_in_roster"
    UNKNOWN_KEY = "unknown_key"
    NOT_ASSIGNED = "not_assigned"

    def label(self) -> str:
        return {
            ResultStatus.VALID: translate("Verify", "valid"),
            ResultStatus.TAMPERED: translate("Verify", "tampered"),
            ResultStatus.MALFORMED: translate("Verify", "malformed"),
            ResultStatus.FOREIGN_PACKAGE: translate("Verify", "for another package"),
            ResultStatus.JUROR_NOT_IN_ROSTER: translate("Verify", "juror not in roster"),
            ResultStatus.UNKNOWN_KEY: translate("Verify", "unknown key"),
            ResultStatus.NOT_ASSIGNED: translate("Verify", "not assigned"),
        }[self]


@dataclass(frozen=True)
class ResultCheck:
    status: ResultStatus
    reason: str
    sha256: str
    document: ResultDocument | None = None  # present once the payload could be parsed
    signer: str | None = None  # fingerprint of the key that signed, when the signature holds
    # of a valid file: each evaluation not recused (submission → its cell: status, exact
    # total, points, integer row), computed by the check, so the merge's table need not
    cells: Mapping[str, Cell] | None = None
    # who a file that could not be verified claims to be from (juror id, sequence), if legible
    claimed: tuple[str, int | None] | None = None

    @property
    def valid(self) -> bool:
        return self.status is ResultStatus.VALID


def check_result(
    data: bytes,
    manifest: Manifest,
    manifest_sha256: str,
    *,
    parsed: dict[str, Any] | None = None,
    canonical: bool = False,
) -> ResultCheck:
    """The verdict on one result file. ``parsed`` is ``parse_strict(data)`` when the caller
    has it already (the merge parses every file once to find duplicates); ``canonical`` says
    ``data`` is then the canonical form of ``parsed``, so the signed bytes can be cut out of
    it instead of written again."""
    digest = hashlib.sha256(data).hexdigest()

    payload: Any = None

    def verdict(
        status: ResultStatus,
        reason: str,
        document: ResultDocument | None = None,
        signer: str | None = None,
    ) -> ResultCheck:
        return ResultCheck(
            status,
            reason,
            digest,
            document,
            signer,
            claimed=None if document is not None else _claimed(payload),
        )

    try:
        if parsed is None or len(data) > MAX_RESULT_BYTES:
            parsed, canonical = parse_strict(data, max_bytes=MAX_RESULT_BYTES), False
        payload, signature = split_envelope(parsed)
        check_result_format(payload)
        public_key = payload_public_key(payload)
    except SchemaTooNew as exc:
        return verdict(
            ResultStatus.MALFORMED,
            translate(
                "Verify", "made by a newer version of Juri (schema {schema}); update Juri"
            ).format(schema=exc.args[0]),
        )
    except (CanonicalError, SignatureProblem, FieldError) as exc:
        return verdict(
            ResultStatus.MALFORMED,
            translate("Verify", "not a readable Juri result file ({problem})").format(problem=exc),
        )
    try:
        signed = payload_bytes(data, parsed) if canonical else canonical_bytes_of_parsed(payload)
        signature.verify(signed, public_key)
    except SignatureProblem:
        return verdict(
            ResultStatus.TAMPERED,
            translate("Verify", "bad signature: the file was changed after it was signed"),
        )
    signer = fingerprint(public_key)
    try:
        document = parse_result_payload(payload, open_files=False)  # opened once trusted
    except FieldError as exc:
        return verdict(
            ResultStatus.MALFORMED,
            translate("Verify", "signed, but not a valid result ({problem})").format(problem=exc),
            signer=signer,
        )
    if document.package_id != manifest.package_id:
        return verdict(
            ResultStatus.FOREIGN_PACKAGE,
            translate("Verify", "for another package ({package}), not {expected}").format(
                package=document.package_id, expected=manifest.package_id
            ),
            document,
            signer,
        )
    earlier = document.manifest_sha256 != manifest_sha256  # made for an earlier version
    if earlier and not manifest.of_lineage(document.manifest_sha256):
        return verdict(
            ResultStatus.FOREIGN_PACKAGE,
            translate(
                "Verify",
                "made for another version of this package (manifest {sha}), which version "
                "{version} does not name as an earlier one: a newer version, or one the "
                "secretariat did not sign as an amendment; use the newest version of the package",
            ).format(
                version=manifest.version,
                sha=document.manifest_sha256[:16],
            ),
            document,
            signer,
        )
    juror = manifest.juror(document.juror_id)
    if juror is None:
        return verdict(
            ResultStatus.JUROR_NOT_IN_ROSTER,
            translate("Verify", "juror {id} is not in the package's roster").format(
                id=document.juror_id
            ),
            document,
            signer,
        )
    if juror.public_key != document.public_key:
        owner = manifest.juror_by_key(document.public_key)
        reason = translate(
            "Verify",
            "valid signature, unknown key {fingerprint}: the roster has key "
            "{expected} for juror {id}",
        ).format(fingerprint=signer, expected=juror.fingerprint, id=juror.id)
        if owner is not None:
            reason += "; " + translate(
                "Verify",
                "the key is juror {owner}'s in the roster, so it can never count for juror {id}",
            ).format(owner=owner.id, id=juror.id)
        return verdict(ResultStatus.UNKNOWN_KEY, reason, document, signer)
    if document.juror_name != juror.name:  # Juri signs the roster's name: shown as who signed
        return verdict(
            ResultStatus.MALFORMED,
            translate(
                "Verify",
                "signed with juror {id}'s key, but it names the juror {claimed} where the "
                "package's roster has {name}",
            ).format(id=juror.id, claimed=repr(document.juror_name[:80]), name=juror.name),
            document,
            signer,
        )
    assigned = set(manifest.assigned(juror.id))
    strangers = [e.submission for e in document.evaluations if e.submission not in assigned]
    if strangers:
        return verdict(
            ResultStatus.NOT_ASSIGNED,
            translate(
                "Verify", "evaluates submission(s) not assigned to juror {id}: {codes}"
            ).format(id=juror.id, codes=", ".join(strangers[:10])),
            document,
            signer,
        )
    try:  # only now: the signer is the juror's (see check_evidence_files)
        check_evidence_files(document)
    except FieldError as exc:
        return verdict(
            ResultStatus.MALFORMED,
            translate("Verify", "signed, but not a valid result ({problem})").format(problem=exc),
            signer=signer,
        )
    problem = _listing_problem(document, manifest, earlier)
    if problem:
        return verdict(ResultStatus.MALFORMED, problem, document, signer)
    problem, cells = _rubric_problem(document, manifest)
    if problem:
        return verdict(ResultStatus.MALFORMED, problem, document, signer)
    return ResultCheck(
        ResultStatus.VALID, _summary(document, len(assigned)), digest, document, signer, cells
    )


def _claimed(payload: Any) -> tuple[str, int | None] | None:
    """The juror id (and sequence) a payload names, when they look like ones: what a file that
    could not be verified claims, shown as unverified."""
    juror = payload.get("juror") if isinstance(payload, dict) else None
    juror_id = juror.get("id") if isinstance(juror, dict) else None
    if not isinstance(juror_id, str) or not IDENTIFIER.fullmatch(juror_id):
        return None
    sequence = payload.get("sequence")
    return juror_id, sequence if type(sequence) is int and sequence > 0 else None


def _listing_problem(document: ResultDocument, manifest: Manifest, earlier: bool) -> str | None:
    """Every submission assigned to the juror, each once (the reader saw to that), in package
    order — as Juri exports them — or why not. A result made for an ``earlier`` version of
    the package lists what that version assigned: submissions an amendment gave the juror
    since may be missing (they show as missing in the coverage), nothing else."""
    listed = tuple(e.submission for e in document.evaluations)
    assigned = manifest.assigned(document.juror_id)
    if listed == assigned:  # the assignments of a package Juri built are in package order
        return None
    found = set(listed)
    missing = [code for code in assigned if code not in found]
    if missing and not earlier:
        return translate(
            "Verify", "the evaluations of submission(s) assigned to juror {id} are missing: {codes}"
        ).format(id=document.juror_id, codes=", ".join(missing[:10]))
    position = {s.code: i for i, s in enumerate(manifest.submissions)}
    if any(position[a] > position[b] for a, b in pairwise(listed)):
        return translate("Verify", "the evaluations are not in the package's order of submissions")
    return None


def _rubric_problem(
    document: ResultDocument, manifest: Manifest
) -> tuple[str | None, dict[str, Cell]]:
    """The first evaluation that breaks the package's rubric or checklist (or ``None``), and
    the cells of the evaluations not recused: their exact totals, points and integer rows,
    computed here to compare with the declared totals (see :mod:`app.domain.score_grid`).

    Each distinct (criterion, score) is judged against the scale once: a 300-juror merge
    checks 150,000 scores, but a scale has only a few steps."""
    rubric = manifest.rubric
    kind, checklist = manifest.round.kind, manifest.checklist
    items = {item.code for item in checklist}
    judged: dict[tuple[str, Decimal], str | None] = {}
    grid = rubric.grid
    known: dict[Decimal, int] = {}  # each score's integer, across evaluations
    scored: dict[str, Cell] = {}
    codes = rubric.codes
    for evaluation in document.evaluations:
        code = evaluation.submission
        listed = document.declared_criteria[code]
        if not evaluation.recused and listed != codes:
            return translate(
                "Verify",
                "{code}: the scores must list the criteria {expected} in the "
                "rubric's order, not {found}",
            ).format(code=code, expected=", ".join(codes), found=", ".join(listed) or "–"), {}
        for item in evaluation.checklist:
            if item not in items:
                return translate(
                    "Verify", "{code}: checklist item {item} is not in the package's checklist"
                ).format(code=code, item=item), {}
        if evaluation.questions and kind is not RoundKind.INTERVIEW:
            return translate(
                "Verify",
                "{code}: carries interview questions and notes, but the "
                "package's round ({kind}) is not an interview",
            ).format(code=code, kind=kind), {}
        if evaluation.evidence and kind is not RoundKind.FIELD:
            return translate(
                "Verify",
                "{code}: carries field evidence, but the package's round "
                "({kind}) is not a field visit",
            ).format(code=code, kind=kind), {}
        for key in evaluation.scores.items():
            problem = judged.get(key, _UNJUDGED)
            if problem is _UNJUDGED:
                problem = judged[key] = rubric.score_problem(*key)
            if problem:
                return f"{code}: {problem}", {}
        status = evaluation.status(rubric, kind, checklist)
        if document.declared_status[code] != status.value:
            return translate(
                "Verify", "{code}: the status says {declared}, the scores say {actual}"
            ).format(code=code, declared=document.declared_status[code], actual=status.value), {}
        expected_total = None
        if not evaluation.recused:
            found = scored[code] = grid.score(evaluation.scores, known, CELL_STATES[status])
            assert found.total is not None  # a scored cell has its total
            expected_total = total_text(found.total)
        if document.declared_total[code] != expected_total:
            return translate(
                "Verify", "{code}: the total {declared} does not match the scores ({actual})"
            ).format(code=code, declared=document.declared_total[code], actual=expected_total), {}
    return None, scored


_UNJUDGED = object()


def _summary(document: ResultDocument, assigned: int) -> str:
    counts = {status: 0 for status in EvaluationStatus}
    for status in document.declared_status.values():
        counts[EvaluationStatus(status)] += 1
    summary = translate(
        "Verify",
        "juror {id}, version {sequence}: {complete} complete, {progress} in "
        "progress, {recused} recused, {blank} not started (of {assigned} assigned)",
    ).format(
        id=document.juror_id,
        sequence=document.sequence,
        complete=counts[EvaluationStatus.COMPLETE],
        progress=counts[EvaluationStatus.IN_PROGRESS],
        recused=counts[EvaluationStatus.RECUSED],
        blank=counts[EvaluationStatus.NOT_STARTED],
        assigned=assigned,
    )
    if document.pact is None:
        summary += "; " + no_pact_flag()
    return summary


def no_pact_flag() -> str:
    """The flag of a result that records no integrity pact, wherever the chair sees files."""
    return translate(
        "Verify",
        "WITHOUT AN INTEGRITY PACT: the juror did not accept the pact "
        "in Juri before this file was signed; ask the juror about it",
    )
