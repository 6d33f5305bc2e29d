"""Every input file gets exactly one status: which results take part in the merge, and why
each of the others does not.

Order of judgement:

1. **Duplicate** — the same content seen before (the same file twice, a copy, or a result that
   also travels inside a merged file). A file's identity is the SHA-256 of its canonical form,
   which for every file Juri writes is the SHA-256 of the file itself.
2. A **merged file** is opened (its chair's signature and package checked) and every result it
   carries is judged like a file of its own.
3. Each result gets :func:`~app.results.verify.check_result`'s verdict (tampered, malformed,
   foreign package, juror not in roster, unknown key, not assigned). A result signed by an
   unknown key that the chair accepted *for the juror the file names* is checked again as if
   the roster had that key, and counts like any other; signed by a key accepted for another
   juror, it stays an unknown key, with that reason (see :mod:`app.merge.keys`).
4. Among a juror's genuine results the highest sequence is **accepted** and older ones are
   **superseded**. Juri never exports two files with one number, so two *different* files
   claiming the same sequence mean a restored backup or a second installation: the one made
   later (its ``created`` time; the higher SHA-256 if even that is equal, and the reason then
   says so) is accepted and the other is marked **duplicate** with a warning to ask the
   juror. Choosing by a fixed order, rather than refusing both, keeps the merge associative:
   merging parts and then their merged files accepts exactly what merging everything at once
   accepts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.canonical import CanonicalError, canonical_bytes, parse_canonical
from app.crypto.envelope import SignatureProblem, split_envelope
from app.crypto.keys import encode_public_key, fingerprint
from app.domain.competition import Manifest
from app.domain.coverage import Cell
from app.errors import Cancelled
from app.formats.fields import FieldError, SchemaTooNew
from app.formats.result import ResultDocument
from app.gc_pause import collector_paused
from app.i18n import os_problem, translate
from app.local_time import format_file_time
from app.merge.keys import AcceptedKey, check_acceptable
from app.merge.merged_file import (
    MAX_MERGED_BYTES,
    chair_public_key,
    is_merged_payload,
    parse_merged_payload,
)
from app.merge.statuses import FileStatus, FileVerdict, shown_name
from app.results.verify import ResultCheck, ResultStatus, check_result

INPUT_SUFFIX = ".json"


@dataclass(frozen=True)
class InputFile:
    name: str
    data: bytes
    error: str | None = None  # why the file could not be read


@dataclass(frozen=True)
class KeyDecision:
    """The chair accepted ``fingerprint`` as juror ``juror``'s key (after comparing it with the
    fingerprint on the juror's signed paper sheet)."""

    juror: str
    fingerprint: str
    public_key: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "decision": "accept_key",
            "juror": self.juror,
            "fingerprint": self.fingerprint,
            "public_key": encode_public_key(self.public_key),
        }


@dataclass(frozen=True)
class AcceptedResult:
    name: str
    sha256: str
    envelope: dict[str, Any]
    document: ResultDocument
    signer: str
    decision: KeyDecision | None = None  # set when the chair accepted the signing key
    cells: Mapping[str, Cell] = field(default_factory=dict)  # the check's, per submission


@dataclass
class Intake:
    verdicts: list[FileVerdict] = field(default_factory=list)
    accepted: dict[str, AcceptedResult] = field(default_factory=dict)  # juror id → result
    # accepted keys that signed no file of their juror
    unused_keys: list[AcceptedKey] = field(default_factory=list)
    # files (results, merged files) made for a version of this package the given version does
    # not name: most likely a newer one, whose results must not be set aside silently
    other_versions: list[str] = field(default_factory=list)
    # those of them made for another amendment with the same version as the one in use (the
    # chair was given both): the secretariat signed two, and must say which one is in force
    rival_versions: list[str] = field(default_factory=list)

    @property
    def decisions(self) -> list[KeyDecision]:
        """The chair's decisions the accepted results rely on, in juror order."""
        return [
            decision
            for j in sorted(self.accepted)
            if (decision := self.accepted[j].decision) is not None
        ]


def read_inputs(paths: Iterable[Path]) -> list[InputFile]:
    """The files named, and every ``*.json`` file inside a named folder (sorted, hidden files
    skipped). A file that cannot be read is kept with its error, never skipped."""
    found: list[InputFile] = []
    for path in map(Path, paths):
        members = (
            sorted(
                p
                for p in path.rglob(f"*{INPUT_SUFFIX}")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if path.is_dir()
            else [path]
        )
        for member in members:
            try:
                if member.stat().st_size > MAX_MERGED_BYTES:
                    raise OSError(translate("Merge", "too large"))
                found.append(InputFile(str(member), member.read_bytes()))
            except OSError as exc:
                found.append(InputFile(str(member), b"", os_problem(exc)))
    return found


def _parsed(data: bytes) -> tuple[bytes, dict[str, Any] | None]:
    """The canonical bytes and parsed object of a JSON object, else the bytes as they are.

    Files Juri wrote are canonical already: for documents whose keys are ASCII (every valid
    Juri document), ``json.dumps`` with sorted keys is JCS, at C speed, so a file equal to it
    needs no slow re-serialisation."""
    try:
        document, written_so = parse_canonical(data, max_bytes=MAX_MERGED_BYTES)
    except CanonicalError:
        return data, None
    if not isinstance(document, dict):
        return data, None
    if written_so:
        return data, document
    return canonical_bytes(document), document


@dataclass
class _Candidate:
    index: int  # position of its verdict
    name: str
    inside: str | None
    check: ResultCheck
    result: ResultDocument  # the valid check's document
    signer: str  # and its signer
    envelope: dict[str, Any]
    decision: KeyDecision | None


class _Judge:
    def __init__(
        self,
        manifest: Manifest,
        manifest_sha256: str,
        accepted_keys: Collection[AcceptedKey],
        rivals: Collection[str] = (),
    ) -> None:
        self.manifest = manifest
        self.manifest_sha256 = manifest_sha256
        self.rivals = frozenset(rivals)
        for key in accepted_keys:  # however the decisions came, the same rules
            check_acceptable(manifest, key, accepted_keys)
        self.accepted_keys = set(accepted_keys)
        self.owners = {key.fingerprint: key.juror for key in accepted_keys}
        self.used_keys: set[AcceptedKey] = set()
        self.seen: dict[str, str] = {}
        self.intake = Intake()
        self.candidates: list[_Candidate] = []

    def add(self, verdict: FileVerdict) -> int:
        self.intake.verdicts.append(verdict)
        return len(self.intake.verdicts) - 1

    def other_version(self, name: str, manifest_sha256: str, reason: str) -> str:
        """Note a file made for another version of this package; its reason, said plainly
        when that version is a rival amendment with the same version number."""
        self.intake.other_versions.append(name)
        if manifest_sha256 not in self.rivals:
            return reason
        self.intake.rival_versions.append(name)
        return translate(
            "Merge",
            "made for another amendment of this package that is also version {version} "
            "(manifest {sha}, not {used}): two different amendments with the same version; ask "
            "the secretariat which one is in force",
        ).format(
            version=self.manifest.version, sha=manifest_sha256[:16], used=self.manifest_sha256[:16]
        )

    def take(self, item: InputFile, inside: str | None = None) -> None:
        if item.error is not None:
            self.add(
                FileVerdict(
                    item.name,
                    FileStatus.MALFORMED,
                    translate("Merge", "cannot be read: {error}").format(error=item.error),
                    "",
                    inside=inside,
                )
            )
            return
        data, document = _parsed(item.data)
        digest = hashlib.sha256(data).hexdigest()
        merged = (
            inside is None and document is not None and is_merged_payload(document.get("payload"))
        )
        if digest in self.seen:
            self.add(
                FileVerdict(
                    item.name,
                    FileStatus.DUPLICATE,
                    translate("Merge", "the same content as {name}; counted once").format(
                        name=shown_name(self.seen[digest])
                    ),
                    digest,
                    kind="merged" if merged else "result",
                    inside=inside,
                )
            )
            return
        self.seen[digest] = item.name
        if merged and document is not None:  # a merged payload has a document: for mypy
            self.take_merged(item.name, digest, document)
        else:
            self.take_result(item.name, data, document, inside)

    def take_merged(self, name: str, digest: str, document: dict[str, Any]) -> None:
        def verdict(status: FileStatus, reason: str, signer: str | None = None) -> None:
            self.add(FileVerdict(name, status, reason, digest, kind="merged", signer=signer))

        try:
            payload, signature = split_envelope(document)
            key = chair_public_key(payload)
        except (SignatureProblem, FieldError) as exc:
            verdict(
                FileStatus.MALFORMED,
                translate("Merge", "not a readable merged file ({problem})").format(problem=exc),
            )
            return
        try:
            signature.verify(canonical_bytes(payload), key)
        except SignatureProblem:
            verdict(
                FileStatus.TAMPERED,
                translate(
                    "Merge", "bad signature: the merged file was changed after the chair signed it"
                ),
            )
            return
        signer = fingerprint(key)
        try:
            merged = parse_merged_payload(payload)
        except SchemaTooNew as exc:
            verdict(
                FileStatus.MALFORMED,
                translate(
                    "Merge", "made by a newer version of Juri (schema {schema}); update Juri"
                ).format(schema=exc.args[0]),
                signer,
            )
            return
        except FieldError as exc:
            verdict(
                FileStatus.MALFORMED,
                translate("Merge", "signed, but not a valid merged file ({problem})").format(
                    problem=exc
                ),
                signer,
            )
            return
        if merged.package_id == self.manifest.package_id and (
            merged.manifest_sha256 != self.manifest_sha256
            and not self.manifest.of_lineage(merged.manifest_sha256)
        ):
            reason = translate(
                "Merge",
                "a merged file made for another version of this package (manifest {sha}), "
                "which version {version} does not name as an earlier one: a newer version, "
                "or one the secretariat did not sign as an amendment; use the newest "
                "version of the package",
            ).format(sha=merged.manifest_sha256[:16], version=self.manifest.version)
            verdict(
                FileStatus.FOREIGN_PACKAGE,
                self.other_version(name, merged.manifest_sha256, reason),
                signer,
            )
            return
        if merged.package_id != self.manifest.package_id:
            verdict(
                FileStatus.FOREIGN_PACKAGE,
                translate(
                    "Merge", "a merged file for another package ({package}), not {expected}"
                ).format(package=merged.package_id, expected=self.manifest.package_id),
                signer,
            )
            return
        count = len(merged.results)  # a plain name: lupdate skips nested calls
        verdict(
            FileStatus.MERGED_FILE,
            translate(
                "Merge",
                "merged file signed by the chair's key {fingerprint} ({name}); each of the "
                "%n result file(s) it carries is checked on its own",
                None,
                count,
            ).format(fingerprint=signer, name=merged.chair_name or "?"),
            signer,
        )
        for embedded in merged.results:
            self.take(
                InputFile(f"{name} › {embedded.juror} v{embedded.sequence}", embedded.data),
                inside=name,
            )

    def take_result(
        self, name: str, data: bytes, document: dict[str, Any] | None, inside: str | None
    ) -> None:
        check = check_result(
            data, self.manifest, self.manifest_sha256, parsed=document, canonical=True
        )
        decision = None
        claimed, signer = check.document, check.signer  # both set for an unknown key
        if check.status is ResultStatus.UNKNOWN_KEY and claimed is not None and signer is not None:
            owner = self.owners.get(signer)  # the juror the chair accepted the key for, if any
            if owner == claimed.juror_id:
                self.used_keys.add(AcceptedKey(owner, signer))
                decision = KeyDecision(claimed.juror_id, signer, claimed.public_key)
                check = check_result(
                    data,
                    _with_key(self.manifest, claimed),
                    self.manifest_sha256,
                    parsed=document,
                    canonical=True,
                )
            elif owner is not None:
                check = replace(
                    check,
                    reason=check.reason
                    + "; "
                    + translate(
                        "Merge", "the chair accepted this key for juror {owner} only"
                    ).format(owner=owner),
                )
        result = check.document
        if (
            check.status is ResultStatus.FOREIGN_PACKAGE
            and result is not None
            and result.package_id == self.manifest.package_id
        ):
            check = replace(
                check, reason=self.other_version(name, result.manifest_sha256, check.reason)
            )
        verdict = FileVerdict(
            name,
            FileStatus.of(check.status),
            check.reason,
            check.sha256,
            juror=result.juror_id if result else None,
            sequence=result.sequence if result else None,
            signer=check.signer,
            inside=inside,
            claimed=check.claimed,
            pact=None if result is None else result.pact is not None,
        )
        index = self.add(verdict)
        if check.valid and document is not None:
            assert result is not None and check.signer is not None  # a valid check has both
            self.candidates.append(
                _Candidate(index, name, inside, check, result, check.signer, document, decision)
            )

    def settle(self) -> Intake:
        """Per juror, the newest genuine result wins: highest sequence, then latest ``created``
        time, then highest SHA-256 — a total order, so the choice is the same whatever the
        order of the files, and merging parts and then the parts' merged files agrees with
        merging everything at once."""
        by_juror: dict[str, list[_Candidate]] = {}
        for candidate in self.candidates:
            by_juror.setdefault(candidate.result.juror_id, []).append(candidate)
        verdicts = self.intake.verdicts
        for juror, candidates in by_juror.items():
            winner = max(candidates, key=_newness)
            sequence = winner.result.sequence
            for candidate in candidates:
                old = verdicts[candidate.index]
                if candidate is winner:
                    reason = (
                        old.reason
                        if candidate.decision is None
                        else translate(
                            "Merge",
                            "valid signature, key {fingerprint} accepted by the chair for "
                            "juror {juror}; {summary}",
                        ).format(fingerprint=candidate.signer, juror=juror, summary=old.reason)
                    )
                    verdicts[candidate.index] = replace(
                        old, status=FileStatus.ACCEPTED, reason=reason
                    )
                elif candidate.result.sequence == sequence:
                    verdicts[candidate.index] = replace(
                        old,
                        status=FileStatus.DUPLICATE,
                        reason=_fork_reason(candidate, winner, juror),
                    )
                else:
                    verdicts[candidate.index] = replace(
                        old,
                        status=FileStatus.SUPERSEDED,
                        reason=translate(
                            "Merge",
                            "version {old} of juror {id}; version {new} ({name}) replaces it",
                        ).format(
                            old=candidate.result.sequence,
                            id=juror,
                            new=sequence,
                            name=shown_name(winner.name),
                        ),
                    )
            self.intake.accepted[juror] = AcceptedResult(
                winner.name,
                winner.check.sha256,
                winner.envelope,
                winner.result,
                winner.signer,
                winner.decision,
                winner.check.cells or {},
            )
        self.intake.unused_keys = sorted(self.accepted_keys - self.used_keys)
        return self.intake


def _newness(candidate: _Candidate) -> tuple[int, str, str]:
    """Sequence, then ``created`` (one fixed width, checked by the reader, so text order is
    time order), then SHA-256."""
    document = candidate.result
    return document.sequence, document.created, candidate.check.sha256


def _fork_reason(loser: _Candidate, winner: _Candidate, juror: str) -> str:
    """Why the other file of the same sequence is used: made later, or — made at the same
    moment — chosen by its higher SHA-256, a fixed but arbitrary rule the chair must know."""
    sequence, name = winner.result.sequence, shown_name(winner.name)
    if loser.result.created == winner.result.created:
        return translate(
            "Merge",
            "also version {n} of juror {id}, but different from {name}; both say they "
            "were made at {time}, so the one with the higher SHA-256 ({name}) is used, which "
            "says nothing about which is right: ask the juror",
        ).format(n=sequence, id=juror, name=name, time=format_file_time(winner.result.created))
    return translate(
        "Merge",
        "also version {n} of juror {id}, but different from {name}, which was made "
        "later and is used instead; ask the juror which one is right",
    ).format(n=sequence, id=juror, name=name)


def _with_key(manifest: Manifest, document: ResultDocument) -> Manifest:
    """The manifest as if its roster had the key the chair accepted for this juror."""
    jurors = tuple(
        replace(j, public_key=document.public_key) if j.id == document.juror_id else j
        for j in manifest.jurors
    )
    return replace(manifest, jurors=jurors)


def take_in(
    files: Iterable[InputFile],
    manifest: Manifest,
    manifest_sha256: str,
    accepted_keys: Collection[AcceptedKey] = (),
    *,
    rivals: Collection[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Intake:
    """Judge every file (in the order given, which only decides which copy of a duplicate is
    named first); the accepted results do not depend on the order. ``rivals``: the manifest
    SHA-256 of other amendments of this package with the same version, which the chair was
    given too (:class:`~app.merge.desk.ChairDesk`): files made for them are said to be so."""
    judge = _Judge(manifest, manifest_sha256, accepted_keys, rivals)
    files = list(files)
    with collector_paused():  # the parsed files stay alive: nothing for the collector
        for done, item in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Merge", "The merge was cancelled."))
            judge.take(item)
            if progress is not None:
                progress(done, len(files))
        return judge.settle()
