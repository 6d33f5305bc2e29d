"""From a round's signed merged file to the next round's package (``juri package next``).

The link between rounds must hold as firmly as the rounds themselves: the merged file is
checked and its ranking recomputed exactly as for the printed record
(:func:`~app.reports.recap_from_merge.check_merged`, which is why this step sits with the
reports), the shortlist is taken from that recomputed ranking
(:func:`~app.merge.shortlist.shortlist`), and the new package's manifest names the earlier
package, the merged file's SHA-256 and the chair's key (its ``origin``), so anyone holding
the files can check the chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.canonical import CanonicalError, canonical_bytes, parse_canonical
from app.crypto.keys import KeyPair
from app.domain.competition import Manifest, Origin, ShortlistRule
from app.domain.coverage import CellState
from app.errors import InputError
from app.i18n import os_problem, translate
from app.merge.merged_file import MAX_MERGED_BYTES, chair_public_key
from app.merge.service import MergeReport
from app.merge.shortlist import Shortlist, shortlist
from app.package.builder import BuildReport
from app.package.derive import NextRequest, next_package
from app.package.reader import open_package
from app.reports.recap_from_merge import MergedFileRefused, check_merged

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NextRoundRequest:
    merged: Path  # the chair's signed merged file of the earlier round
    package: Path  # the earlier round's package: the version the merged file was made with
    rule: ShortlistRule
    rubric: Path
    round_id: str
    roster: Path
    key: KeyPair  # the secretariat's
    secretariat_name: str
    output: Path
    assignments: Path | None = None
    package_id: str | None = None
    title: str | None = None
    expected_chair: str | None = None  # the chair's key fingerprint, as the chair read it out


@dataclass(frozen=True)
class NextRound:
    report: BuildReport
    shortlist: Shortlist
    origin: Origin


def make_next_round(
    request: NextRoundRequest,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    created: str | None = None,
) -> NextRound:
    """Check the merged file against its package, shortlist from its recomputed ranking, and
    write the next round's package; nothing is written on any refusal."""
    source = open_package(request.package, cancelled=cancelled)
    name = request.merged.name
    data = _read(request.merged)
    merged = check_merged(name, data, source.manifest, source.manifest_sha256, cancelled=cancelled)
    expected = (request.expected_chair or "").strip().upper()
    if expected and merged.chair_fingerprint != expected:
        raise MergedFileRefused(
            translate(
                "NextRound",
                "{name} is signed by the key {actual}, not by the chair's key "
                "{expected}. Nothing was written.",
            ).format(name=name, actual=merged.chair_fingerprint, expected=expected)
        )
    if not _as_written(data):
        raise MergedFileRefused(
            translate(
                "NextRound",
                "{name} is a merged file, but not byte for byte as Juri wrote it (was "
                "it saved again by another program?): the next round records the SHA-256 of the "
                "file the chair signed, so give that file.",
            ).format(name=name)
        )
    chosen = shortlist(merged.report, request.rule)
    origin = Origin(
        package_id=source.manifest.package_id,
        manifest_sha256=source.manifest_sha256,
        merged_sha256=merged.sha256,
        chair_key=chair_public_key(merged.payload),
        rule=request.rule,
        round=source.manifest.round.id,
    )
    report = next_package(
        NextRequest(
            source=source,
            shortlist=chosen.codes,
            origin=origin,
            rubric=request.rubric,
            round_id=request.round_id,
            roster=request.roster,
            key=request.key,
            secretariat_name=request.secretariat_name,
            output=request.output,
            assignments=request.assignments,
            package_id=request.package_id,
            title=request.title,
        ),
        progress=progress,
        cancelled=cancelled,
        created=created,
    )
    warnings = recusals_assigned_again(merged.report, report.manifest)
    return NextRound(replace(report, warnings=report.warnings + tuple(warnings)), chosen, origin)


def recusals_assigned_again(earlier: MergeReport, manifest: Manifest) -> list[str]:
    """Each juror the new package assigns to a submission they declared a conflict of
    interest for in the round before: the conflict (an agency they advised, a relative) most
    likely still holds, and the juror would only find out on opening the package."""
    found = []
    for juror in manifest.jurors:
        for code in manifest.assigned(juror.id):
            cell = earlier.table.cell(code, juror.id)
            if cell is not None and cell.state is CellState.RECUSED:
                found.append(
                    translate(
                        "NextRound",
                        "{juror} declared a conflict of interest for {code} in round {round} "
                        "and is assigned to it again; if the conflict still holds, give "
                        "--assignments without that pair.",
                    ).format(juror=juror.id, code=code, round=earlier.manifest.round.id)
                )
    return found


def _as_written(data: bytes) -> bool:
    """Whether ``data`` is in canonical form, as Juri writes every merged file: its SHA-256
    is then the one every copy of the chair's file has."""
    try:
        document, written_so = parse_canonical(data, max_bytes=MAX_MERGED_BYTES)
    except CanonicalError:
        return False
    return written_so or canonical_bytes(document) == data


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_MERGED_BYTES:
            raise MergedFileRefused(
                translate("NextRound", "{name} is too large to be a merged file.").format(
                    name=path.name
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(
            translate("NextRound", "Cannot read {path}: {error}").format(
                path=path, error=os_problem(exc)
            ),
            code="unreadable",
        ) from exc
