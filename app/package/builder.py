"""``juri package build``: spreadsheet + PDFs + rubric + roster → one signed package.

Files are copied into the zip and hashed in the same pass; the manifest, which lists every file
with its SHA-256 and size, is written last and signed with the secretariat's key. The package is
written to a temporary file and renamed into place, so a failed build leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import secrets
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app import __version__
from app.atomic import atomic_writer
from app.canonical import canonical_bytes
from app.crypto.envelope import signature_object
from app.crypto.keys import KeyPair
from app.domain.competition import FileEntry, FileRole, Juror, Manifest, Secretariat, Submission
from app.errors import Cancelled, InputError
from app.formats.fields import IDENTIFIER
from app.formats.manifest import (
    FILE_SUFFIXES,
    FILES_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    manifest_to_json,
)
from app.formats.member_names import NameRegister, file_name_problem, name_problem
from app.formats.roster import read_assignments, read_roster
from app.formats.rubric_file import RoundDefinition, read_rubric_file
from app.formats.submissions import SubmissionRow, read_submissions
from app.formats.table import listed
from app.i18n import translate

CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True)
class BuildRequest:
    submissions: Path
    files_dir: Path
    rubric: Path
    roster: Path
    key: KeyPair
    secretariat_name: str
    output: Path
    round_id: str | None = None
    assignments: Path | None = None
    package_id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class BuildReport:
    path: Path
    manifest: Manifest
    manifest_sha256: str
    file_count: int
    file_bytes: int
    assignment_count: int = 0
    warnings: tuple[str, ...] = ()  # what was read but may surprise: listed after the build


@dataclass(frozen=True)
class _Inputs:
    definition: RoundDefinition
    rows: list[SubmissionRow]
    jurors: list[Juror]
    assignments: dict[str, list[str]]
    warnings: tuple[str, ...]


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_package(
    request: BuildRequest,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    created: str | None = None,
) -> BuildReport:
    inputs = _read_inputs(request)
    definition, rows, jurors, assignments = (
        inputs.definition,
        inputs.rows,
        inputs.jurors,
        inputs.assignments,
    )
    package_id = request.package_id or _new_package_id(
        definition.competition.id, definition.round.id
    )
    if not IDENTIFIER.fullmatch(package_id):
        raise InputError(
            translate(
                "Build", "The package id '{id}' may use only letters, digits, '.', '_' and '-'."
            ).format(id=package_id)
        )
    created = created or utc_now()
    title = request.title or " — ".join(
        (definition.competition.name.get("id"), definition.round.name.get("id"))
    )

    total = sum(_sizes(row) for row in rows)
    request.output.parent.mkdir(parents=True, exist_ok=True)
    advance = writing_progress(total, progress, cancelled)
    with PackageWriter(request.output, created) as writer:
        submissions = []
        for row in rows:
            entries = []
            for role, source in (
                (FileRole.PROPOSAL, row.proposal),
                (FileRole.VIDEO, row.video_file),
            ):
                if source is None:
                    continue
                member = _member_name(row.code, role, source)
                size = source.stat().st_size
                digest, size = writer.add(member, _file_chunks(source), size, advance)
                entries.append(FileEntry(role, member, digest, size, _shown_name(source)))
            submissions.append(
                Submission(
                    code=row.code,
                    title=row.title,
                    agency=row.agency,
                    group=row.group,
                    cluster=row.cluster,
                    category=row.category,
                    video_url=row.video_url,
                    files=tuple(entries),
                )
            )
        manifest = Manifest(
            package_id=package_id,
            created=created,
            title=title,
            secretariat=Secretariat(request.secretariat_name, request.key.public_key),
            competition=definition.competition,
            round=definition.round,
            rubric=definition.rubric,
            checklist=definition.checklist,
            jurors=tuple(jurors),
            submissions=tuple(submissions),
            assignments={j: tuple(c) for j, c in assignments.items()},
        )
        manifest_sha256 = writer.sign(manifest, request.key)
    return BuildReport(
        request.output,
        manifest,
        manifest_sha256,
        sum(len(s.files) for s in manifest.submissions),
        writer.written,
        sum(len(codes) for codes in assignments.values()),
        inputs.warnings + tuple(assignment_warnings(manifest)),
    )


class PackageWriter:
    """A package being written: files stored one by one (hashed as they go), then the
    manifest, signed. Used as a context manager around an atomic write, so a failure or a
    cancel leaves nothing behind — and every maker of packages (build, amend, next) writes
    the same layout, which the reader checks (docs/formats.md §5)."""

    def __init__(self, output: Path, created: str) -> None:
        self._output = output
        self._timestamp = _zip_time(created)
        self.written = 0  # bytes of files stored so far

    def __enter__(self) -> PackageWriter:
        self._stack = contextlib.ExitStack()
        with self._stack:
            handle = self._stack.enter_context(atomic_writer(self._output))
            self._archive = self._stack.enter_context(zipfile.ZipFile(handle, "w", allowZip64=True))
            self._stack = self._stack.pop_all()
        return self

    def __exit__(self, *exc_info: Any) -> bool | None:
        return self._stack.__exit__(*exc_info)

    def add(
        self,
        member: str,
        chunks: Iterable[bytes | memoryview],
        size: int,
        advance: Callable[[int], None],
    ) -> tuple[str, int]:
        """Store one file uncompressed (PDFs and videos are compressed already) while hashing
        it; ``size`` is what it should have (a file over 2 GB needs zip64 from the start).
        Returns its SHA-256 and the bytes stored."""
        digest = hashlib.sha256()
        stored = 0
        with self._archive.open(
            _info(member, self._timestamp, zipfile.ZIP_STORED), "w", force_zip64=size > 2**31
        ) as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
                stored += len(chunk)
                advance(len(chunk))
        self.written += stored
        return digest.hexdigest(), stored

    def sign(self, manifest: Manifest, key: KeyPair) -> str:
        """Write the manifest and the secretariat's signature of it; its SHA-256."""
        manifest_bytes = canonical_bytes(manifest_to_json(manifest, f"Juri {__version__}"))
        signature = canonical_bytes(signature_object(manifest_bytes, key))
        self._archive.writestr(
            _info(MANIFEST_NAME, self._timestamp, zipfile.ZIP_DEFLATED), manifest_bytes
        )
        self._archive.writestr(
            _info(SIGNATURE_NAME, self._timestamp, zipfile.ZIP_STORED), signature
        )
        return hashlib.sha256(manifest_bytes).hexdigest()


def writing_progress(
    total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Callable[[int], None]:
    """Count bytes written towards ``total``, report progress and serve a cancel."""
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Build", "Building the package was cancelled."))
        if progress is not None:
            progress(done, total)

    return advance


def _file_chunks(source: Path) -> Iterator[bytes]:
    with source.open("rb") as reader:
        while chunk := reader.read(CHUNK):
            yield chunk


def _read_inputs(request: BuildRequest) -> _Inputs:
    """Every input read and checked before one is refused, so that a missing PDF and a bad
    roster key show in the same message; the warnings of all of them."""
    warnings: list[str] = []
    inputs = Refusals()
    definition = inputs.attempt(lambda: read_rubric_file(request.rubric, request.round_id))
    rows = inputs.attempt(
        lambda: read_submissions(request.submissions, request.files_dir, warnings)
    )
    jurors = inputs.attempt(lambda: read_roster(request.roster, warnings))
    codes = [row.code for row in rows] if rows is not None else None
    pairs_file = request.assignments
    assignments: dict[str, list[str]] | None
    if pairs_file is not None:
        assignments = inputs.attempt(lambda: read_assignments(pairs_file, jurors, codes, warnings))
    else:
        assignments = {juror.id: list(codes or ()) for juror in jurors or ()}
    if rows is not None:
        inputs.attempt(lambda: _check_member_names(rows))
        inputs.attempt(lambda: _check_shared_files(rows))
    if jurors is not None:
        inputs.attempt(lambda: check_juror_keys(jurors, request.key))
    inputs.check()
    assert definition is not None and rows is not None and jurors is not None
    assert assignments is not None
    return _Inputs(definition, rows, jurors, assignments, tuple(warnings))


class Refusals:
    """Inputs read one after another, each refusal kept until all were read (:meth:`check`),
    so a secretariat officer fixes every problem in one go."""

    def __init__(self) -> None:
        self.found: list[InputError] = []

    def attempt(self, read: Callable[[], T]) -> T | None:
        try:
            return read()
        except InputError as refusal:
            self.found.append(refusal)
            return None

    def check(self) -> None:
        if self.found:
            raise _refused(self.found)


def _refused(refusals: list[InputError]) -> InputError:
    if len(refusals) == 1:
        return refusals[0]
    count = len(refusals)
    head = translate(
        "Build",
        "Nothing was written: %n input file(s) have problems. Fix them all, then build again.",
        None,
        count,
    )
    return InputError("\n\n".join([head, *(r.message for r in refusals)]), code="invalid_inputs")


def assignment_warnings(manifest: Manifest) -> list[str]:
    """What a package's assignments leave undone, said after every build, amendment and next
    round: submissions nobody scores, submissions with fewer jurors than the round's minimum
    of complete evaluations (they can never be ranked), and jurors with nothing to score."""
    counts = {s.code: 0 for s in manifest.submissions}
    for codes in manifest.assignments.values():
        for code in codes:
            counts[code] += 1
    minimum = manifest.round.min_evaluations
    orphans = [code for code, n in counts.items() if n == 0]
    short = [code for code, n in counts.items() if 0 < n < minimum]
    idle = [juror.id for juror in manifest.jurors if not manifest.assigned(juror.id)]
    warnings = []
    count = len(orphans)
    if orphans:
        warnings.append(
            translate(
                "Build",
                "%n submission(s) have no juror, so nobody will score them: {codes}",
                None,
                count,
            ).format(codes=listed(orphans, 20))
        )
    count = len(short)
    if short:
        warnings.append(
            translate(
                "Build",
                "%n submission(s) have fewer jurors than the round's minimum of {minimum} "
                "complete evaluations, so they can never be ranked: {codes}",
                None,
                count,
            ).format(minimum=minimum, codes=listed(short, 20))
        )
    count = len(idle)
    if idle:
        warnings.append(
            translate(
                "Build", "%n juror(s) have no submission to score: {ids}", None, count
            ).format(ids=listed(idle, 20))
        )
    return warnings


def _member_name(code: str, role: FileRole, source: Path) -> str:
    return f"{FILES_PREFIX}{code}/{role.value}{source.suffix.lower()}"


def _shown_name(source: Path) -> str:
    """The file's name as jurors see it: in the form every disk keeps (macOS hands out
    decomposed accents)."""
    return unicodedata.normalize("NFC", source.name)


def _check_member_names(rows: list[SubmissionRow]) -> None:
    """The names the package will hold pass the rules its reader applies
    (:mod:`app.formats.member_names`), so Juri never writes a package it would refuse; every
    name that does not is listed at once."""
    names = NameRegister()
    problems = []
    for row in rows:
        for role, source in ((FileRole.PROPOSAL, row.proposal), (FileRole.VIDEO, row.video_file)):
            if source is None:
                continue
            member = _member_name(row.code, role, source)
            problem = name_problem(member)
            if problem is None and names.add(member) is not None:
                problem = translate(
                    "Build",
                    "another submission's file has the same name on "
                    "Windows and macOS (names differing only in case)",
                )
            if problem is not None:
                problems.append(
                    translate(
                        "Build",
                        "{name} (submission {code}) cannot go into the package as "
                        "{member}: {problem}.",
                    ).format(
                        name=source.name, code=row.code, member=repr(member)[1:-1], problem=problem
                    )
                )
                continue
            problem = file_name_problem(_shown_name(source), FILE_SUFFIXES[role])
            if problem is not None:
                problems.append(
                    translate(
                        "Build",
                        "The file name {name} (submission {code}) cannot go into the "
                        "package: {problem}. Rename the file.",
                    ).format(name=repr(source.name)[1:-1], code=row.code, problem=problem)
                )
    if problems:
        raise InputError("\n".join(problems))


def _check_shared_files(rows: list[SubmissionRow]) -> None:
    """One file named by two submissions is a slip in the spreadsheet (a copied row): each
    juror would score the same proposal twice under two titles."""
    first: dict[tuple[int, int], str] = {}
    problems = []
    for row in rows:
        for source in (row.proposal, row.video_file):
            if source is None:
                continue
            status = source.stat()
            earlier = first.setdefault((status.st_dev, status.st_ino), row.code)
            if earlier != row.code:
                problems.append(
                    translate(
                        "Build",
                        "Submissions {first} and {second} name the same file {name}: "
                        "give each submission its own file.",
                    ).format(first=earlier, second=row.code, name=source.name)
                )
    if problems:
        raise InputError("\n".join(problems))


def check_juror_keys(jurors: Iterable[Juror], key: KeyPair) -> None:
    """A juror signing with the secretariat's key could not be told from the secretariat."""
    same = [juror.id for juror in jurors if juror.public_key == key.public_key]
    if same:
        raise InputError(
            translate(
                "Build",
                "The roster gives juror {ids} the secretariat's own public key: each "
                "juror needs a key of their own (juri keys export in the juror's workspace).",
            ).format(ids=", ".join(same))
        )


def _sizes(row: SubmissionRow) -> int:
    return row.proposal.stat().st_size + (row.video_file.stat().st_size if row.video_file else 0)


def _new_package_id(competition_id: str, round_id: str) -> str:
    return f"{competition_id}-{round_id}-{secrets.token_hex(4)}"[:64]


ZipTime = tuple[int, int, int, int, int, int]  # a zip member's date and time


def _zip_time(created: str) -> ZipTime:
    moment = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    return (
        max(moment.year, 1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


def _info(name: str, timestamp: ZipTime, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=timestamp)
    info.compress_type = compression
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    return info
