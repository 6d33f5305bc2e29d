"""Evaluation sheets as PDFs: blank ones for paper and field visits, filled ones for signing.

Many sheets go into one PDF (a secretariat prints one file), but each sheet is its own paper:
it starts on a new page, has its own header, and numbers its own pages ("page 2 of 3"), so a
sheet taken out of the pile is still complete and identifiable. Filled sheets are made only
from a result file that verifies against its package, so nobody signs a paper whose numbers
the chair would not accept. Files are written atomically; long batches report progress and
can be cancelled between sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab.platypus import Flowable, PageBreak

from app.atomic import atomic_writer
from app.domain.competition import Juror, Manifest, Submission
from app.domain.evaluation import EvaluationStatus
from app.errors import Cancelled, InputError, JuriError
from app.i18n import current_language, translate
from app.package.reader import VerifiedPackage
from app.reports.page import DocumentInfo, PageDecor, PageSection, build_pdf
from app.reports.sheet_layout import (
    BlankSheets,
    FilledEvaluation,
    sheet_decor,
    sheet_story,
)
from app.reports.text import footer_text, now, page_label, parse_time
from app.results.verify import ResultCheck, check_result

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class PackageFacts(Protocol):
    """What printing filled sheets needs of a package: a :class:`VerifiedPackage` just opened,
    or the juror's workspace copy, verified when it was imported."""

    @property
    def manifest(self) -> Manifest: ...

    @property
    def manifest_sha256(self) -> str: ...


class ResultRefused(JuriError):
    """A result file that does not verify against the package cannot be printed as filled."""

    code = "result_refused"


@dataclass(frozen=True)
class SheetsReport:
    path: Path | None
    sheets: int
    pages: int


@dataclass(frozen=True)
class _Sheet:
    juror: Juror
    submission: Submission
    filled: FilledEvaluation | None = None


# --- choosing sheets -------------------------------------------------------------------------


def assigned_pairs(
    manifest: Manifest, jurors: Sequence[str] = (), submissions: Sequence[str] = ()
) -> list[tuple[Juror, Submission]]:
    """Every (juror, submission) the package assigns, juror by juror in roster order (one pile
    per juror), each juror's submissions in package order; narrowed to the given jurors and
    submissions. Unknown ids, and a choice that leaves nothing, are refused."""
    unknown_jurors = [j for j in jurors if manifest.juror(j) is None]
    if unknown_jurors:
        raise InputError(
            translate("Sheets", "The package has no juror {ids}; its jurors are {known}.").format(
                ids=", ".join(unknown_jurors), known=", ".join(j.id for j in manifest.jurors)
            ),
            code="unknown_juror",
        )
    unknown_codes = [c for c in submissions if manifest.submission(c) is None]
    if unknown_codes:
        raise InputError(
            translate("Sheets", "The package has no submission {codes}.").format(
                codes=", ".join(unknown_codes[:10])
            ),
            code="unknown_submission",
        )
    wanted_jurors, wanted_codes = set(jurors), set(submissions)
    pairs = []
    for juror in manifest.jurors:
        if wanted_jurors and juror.id not in wanted_jurors:
            continue
        for code in manifest.assigned(juror.id):
            if not wanted_codes or code in wanted_codes:
                pairs.append((juror, manifest.listed_submission(code)))
    if not pairs:
        raise InputError(
            translate(
                "Sheets",
                "None of the chosen submissions is assigned to the "
                "chosen jurors; there is no sheet to print.",
            ),
            code="no_sheets",
        )
    return pairs


# --- blank sheets ----------------------------------------------------------------------------


def write_blank_sheets(
    manifest: Manifest,
    path: Path,
    pairs: Iterable[tuple[Juror, Submission]] | None = None,
    *,
    created: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> SheetsReport:
    """Blank sheets for ``pairs`` (default: every assigned pair) in one PDF at ``path``."""
    chosen = assigned_pairs(manifest) if pairs is None else list(pairs)
    sheets = [_Sheet(juror, submission) for juror, submission in chosen]
    title = translate("Sheets", "Blank evaluation sheets – {package}").format(
        package=manifest.package_id
    )
    return _write(Path(path), manifest, sheets, title, created, progress, cancelled)


def render_blank_sheets(
    manifest: Manifest,
    pairs: Iterable[tuple[Juror, Submission]],
    handle: BinaryIO,
    *,
    created: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> SheetsReport:
    """Like :func:`write_blank_sheets`, into an open binary file (a print job, a benchmark)."""
    sheets = [_Sheet(juror, submission) for juror, submission in pairs]
    title = translate("Sheets", "Blank evaluation sheets – {package}").format(
        package=manifest.package_id
    )
    pages = _render(handle, manifest, sheets, title, created, progress, cancelled)
    return SheetsReport(None, len(sheets), pages)


# --- filled sheets ---------------------------------------------------------------------------


def verified_result(package: PackageFacts | VerifiedPackage, data: bytes) -> ResultCheck:
    """The result file's check, or :class:`ResultRefused` with the reason it fails."""
    check = check_result(data, package.manifest, package.manifest_sha256)
    if not check.valid:
        raise ResultRefused(
            translate(
                "Sheets",
                "The result file does not verify against the package ({status}): "
                "{reason}. No sheet was printed.",
            ).format(status=check.status.label(), reason=check.reason)
        )
    return check


def write_filled_sheets(
    package: PackageFacts | VerifiedPackage,
    result: bytes,
    path: Path,
    *,
    submissions: Sequence[str] = (),
    created: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> SheetsReport:
    """One filled sheet per evaluation in the juror's ``result`` file (or the chosen ones),
    after checking that the file verifies against ``package``."""
    check = verified_result(package, result)
    document = check.document
    assert document is not None and check.signer is not None  # a valid check has both
    manifest = package.manifest
    juror = manifest.juror(document.juror_id)
    assert juror is not None  # a valid result's juror is in the roster
    evaluations = {e.submission: e for e in document.evaluations}
    missing = [code for code in submissions if code not in evaluations]
    if missing:
        raise InputError(
            translate("Sheets", "The result file has no evaluation of {codes}.").format(
                codes=", ".join(missing[:10])
            ),
            code="unknown_submission",
        )
    codes = [
        code
        for code in manifest.assigned(juror.id)
        if code in evaluations and (not submissions or code in submissions)
    ]
    if not codes:
        raise InputError(
            translate("Sheets", "The result file holds no evaluation to print."), code="no_sheets"
        )
    created_at = parse_time(document.created)
    sheets = [
        _Sheet(
            juror,
            manifest.listed_submission(code),
            FilledEvaluation(
                evaluation=evaluations[code],
                status=EvaluationStatus(document.declared_status[code]),
                result_created=created_at,
                sequence=document.sequence,
                fingerprint=check.signer,
                result_sha256=check.sha256,
            ),
        )
        for code in codes
    ]
    title = translate("Sheets", "Evaluation sheets of juror {juror} – {package}").format(
        juror=juror.id, package=manifest.package_id
    )
    return _write(Path(path), manifest, sheets, title, created, progress, cancelled)


# --- rendering -------------------------------------------------------------------------------


def _write(
    path: Path,
    manifest: Manifest,
    sheets: list[_Sheet],
    title: str,
    created: datetime | None,
    progress: Progress | None,
    cancelled: Cancel | None,
) -> SheetsReport:
    with atomic_writer(path) as handle:
        pages = _render(handle, manifest, sheets, title, created, progress, cancelled)
    return SheetsReport(path, len(sheets), pages)


def _render(
    handle: BinaryIO,
    manifest: Manifest,
    sheets: list[_Sheet],
    title: str,
    created: datetime | None,
    progress: Progress | None,
    cancelled: Cancel | None,
) -> int:
    if not sheets:
        raise InputError(translate("Sheets", "There is no sheet to print."), code="no_sheets")
    footer = footer_text(manifest.package_id, created or now())
    total = len(sheets)

    def starting(index: int) -> Callable[[], None]:
        def start() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Sheets", "Printing the sheets was cancelled."))
            if progress is not None:
                progress(index, total)

        return start

    story: list[Flowable] = []
    blank = BlankSheets(manifest)
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        decor = sheet_decor(manifest, sheet.juror, sheet.submission, footer)
        story.append(PageSection(decor, starting(index)))
        if sheet.filled is None:
            story += blank.story(sheet.juror, sheet.submission)
        else:
            story += sheet_story(manifest, sheet.juror, sheet.submission, sheet.filled)
    language = current_language()
    info = DocumentInfo(
        title=title,
        subject=manifest.competition.name.get(language),
        author=manifest.secretariat.name,
        creator="Juri",
        language="id-ID" if language == "id" else "en-GB",
    )
    pages = build_pdf(handle, story, info, PageDecor(""), page_label)
    if progress is not None:
        progress(total, total)
    return pages
