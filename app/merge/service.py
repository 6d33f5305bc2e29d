"""The merge as one service call, the same for ``juri merge`` and the chair's window.

:func:`merge` is a pure function of the input files' contents (as a set), the package and the
chair's options and decisions: it judges every file, lays out the accepted evaluations, scores,
ranks, and measures agreement. :func:`merged_payload` is the signed record; it holds only what
follows from the accepted results, the decisions they rely on and the settings, all in a fixed
order, so the same inputs in any order, or merged in parts and then together, give the same
bytes (Ed25519 signatures are deterministic too).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_bytes
from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, encode_public_key
from app.domain.competition import MAX_MIN_EVALUATIONS, Manifest
from app.domain.numbers import decimal_text, total_text
from app.domain.text import one_line
from app.errors import InputError, JuriError
from app.gc_pause import collector_paused
from app.i18n import os_problem, translate
from app.merge.agreement import Disagreement, Reliability, disagreements, reliability, spread
from app.merge.intake import InputFile, Intake, take_in
from app.merge.keys import AcceptedKey
from app.merge.merged_file import MERGED_FORMAT, MERGED_SCHEMA
from app.merge.methods import Method, submission_scores
from app.merge.ranking import (
    DEFAULT_TIE_BREAK,
    PASSING_QUANTITY,
    TOO_FEW_EVALUATIONS,
    Place,
    Standing,
    not_ranked_text,
    place_words,
    rank,
    resolve_tie_break,
    short_of_jurors,
)
from app.merge.shown import SHOWN_DECIMALS
from app.merge.statuses import shown_name
from app.merge.table import EvaluationTable, build_table

DEFAULT_THRESHOLD = Decimal(20)


MAX_TRIM = 100  # totals dropped at each end: more than any panel's jurors per submission


@dataclass(frozen=True)
class MergeOptions:
    method: Method = Method.MEAN
    trim: int = 1  # totals dropped at each end by the trimmed mean
    threshold: Decimal = DEFAULT_THRESHOLD  # disagreement: spread of totals, in points
    passing_grade: Decimal | None = None  # None: the round's passing grade
    min_evaluations: int | None = None  # None: the round's minimum of complete evaluations
    tie_break: tuple[str, ...] = DEFAULT_TIE_BREAK
    accepted_keys: tuple[AcceptedKey, ...] = ()  # keys the chair accepted, each for one juror

    def check(self) -> None:
        if not 0 <= self.trim <= MAX_TRIM:
            raise InputError(
                translate("Merge", "The trim must lie between 0 and {n}.").format(n=MAX_TRIM),
                code="bad_trim",
            )
        if self.threshold < 0:
            raise InputError(
                translate("Merge", "The disagreement threshold must be 0 or more."),
                code="bad_threshold",
            )
        if self.passing_grade is not None and not 0 <= self.passing_grade <= 100:
            raise InputError(
                translate("Merge", "The passing grade must lie between 0 and 100."),
                code="bad_passing_grade",
            )
        if self.min_evaluations is not None and not (
            1 <= self.min_evaluations <= MAX_MIN_EVALUATIONS
        ):
            raise InputError(
                translate(
                    "Merge",
                    "The minimum number of complete evaluations must lie between 1 and {n}.",
                ).format(n=MAX_MIN_EVALUATIONS),
                code="bad_min_evaluations",
            )


@dataclass
class MergeReport:
    manifest: Manifest
    manifest_sha256: str
    options: MergeOptions
    tie_break: tuple[str, ...]
    passing_grade: Decimal | None
    min_evaluations: int
    intake: Intake
    table: EvaluationTable
    scores: dict[str, Fraction | None]
    standings: list[Standing]
    disagreements: list[Disagreement] = field(default_factory=list)
    reliability: list[Reliability] = field(default_factory=list)

    @property
    def flagged(self) -> set[str]:
        return {d.code for d in self.disagreements}

    @property
    def not_ranked(self) -> list[Standing]:
        return [s for s in self.standings if s.place is None]

    @property
    def needing_a_juror(self) -> list[str]:
        """Submissions another juror would help, in the order to see to them: each
        disagreement, widest first, then each whose jurors left (after a recusal) cannot
        give the minimum of complete evaluations (its note says "assign another juror")."""
        codes = [d.code for d in sorted(self.disagreements, key=lambda d: -d.spread)]
        return codes + [
            s.code
            for s in self.standings
            if short_of_jurors(s, self.min_evaluations) and s.code not in codes
        ]

    def settings_json(self) -> dict[str, Any]:
        return {
            "method": self.options.method.value,
            "trim": self.options.trim,
            "threshold": decimal_text(self.options.threshold),
            "passing_grade": None
            if self.passing_grade is None
            else decimal_text(self.passing_grade),
            "passing_grade_applies_to": PASSING_QUANTITY,
            "min_evaluations": self.min_evaluations,
            "tie_break": list(self.tie_break),
        }

    def ranking_json(self) -> list[dict[str, Any]]:
        rows = []
        flagged = self.flagged
        for standing in self.standings:
            submission = self.manifest.listed_submission(standing.code)
            totals = self.table.totals(standing.code)
            gap = spread(totals)
            rows.append(
                {
                    "submission": standing.code,
                    "group": submission.group,
                    "cluster": submission.cluster,
                    "score": None if standing.score is None else total_text(standing.score),
                    "score_precise": _precise(standing.score, standing.decimals),
                    "mean": None if standing.mean is None else total_text(standing.mean),
                    "mean_precise": _precise(standing.mean, standing.mean_decimals),
                    "rank": standing.place.rank if standing.place else None,
                    "not_ranked": None if standing.place else TOO_FEW_EVALUATIONS,
                    "tie": bool(standing.place and standing.place.tie),
                    "decided_by": standing.place.decided_by if standing.place else None,
                    "group_rank": standing.group_place.rank if standing.group_place else None,
                    "cluster_rank": standing.cluster_place.rank if standing.cluster_place else None,
                    "passes": standing.passes,
                    "complete": standing.complete,
                    "expected": standing.expected,
                    "totals": {juror: total_text(total) for juror, total in totals.items()},
                    "spread": None if gap is None else total_text(gap),
                    "flagged": standing.code in flagged,
                }
            )
        return rows

    def payload(self, chair_name: str, chair_key: bytes) -> dict[str, Any]:
        """The merged file's payload: a function of the accepted results, the decisions they
        rely on, and the settings — never of file names, order or the clock."""
        accepted = self.intake.accepted
        times = [a.document.created for a in accepted.values()]
        return {
            "format": MERGED_FORMAT,
            "schema": MERGED_SCHEMA,
            "package": {"id": self.manifest.package_id, "manifest_sha256": self.manifest_sha256},
            "chair": {"name": chair_name, "public_key": encode_public_key(chair_key)},
            "as_of": max(times) if times else None,
            "settings": self.settings_json(),
            "decisions": [d.to_json() for d in self.intake.decisions],
            "results": [
                {
                    "juror": juror,
                    "sequence": accepted[juror].document.sequence,
                    "sha256": accepted[juror].sha256,
                    "signer": accepted[juror].signer,
                    "result": accepted[juror].envelope,
                }
                for juror in sorted(accepted)
            ],
            "ranking": self.ranking_json(),
        }

    def signed(self, pair: KeyPair) -> bytes:
        return sign_payload(self.payload(one_line(pair.label), pair.public_key), pair)


def place_note(report: MergeReport, standing: Standing, place: Place | None = None) -> str:
    """What a place rests on, in words, for every output that lists the ranking: neighbours
    equal at two decimals, a tie, the tie-break that decided, or why it is not ranked.
    ``place`` is the place in a group's or cluster's line-up (default: overall)."""
    if standing.place is None:
        return not_ranked_text(standing, report.min_evaluations)
    return place_words(place or standing.place, standing.decimals)


def _precise(value: Fraction | None, decimals: int) -> str | None:
    """A figure with the decimals it needs when two would mislead, else ``None``."""
    return None if value is None or decimals <= SHOWN_DECIMALS else total_text(value, decimals)


def merge(
    files: Iterable[InputFile],
    manifest: Manifest,
    manifest_sha256: str,
    options: MergeOptions = MergeOptions(),
    *,
    rivals: Collection[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Judge, lay out, score, rank and measure; ``progress(done, total)`` counts the files
    judged and ``cancelled()`` stops the work with :class:`~app.errors.Cancelled`
    (``rivals``: see :func:`~app.merge.intake.take_in`)."""
    options.check()
    resolve_tie_break(options.tie_break, manifest.rubric)  # refuse a bad order before the work
    intake = take_in(
        files,
        manifest,
        manifest_sha256,
        options.accepted_keys,
        rivals=rivals,
        progress=progress,
        cancelled=cancelled,
    )
    return evaluate(intake, manifest, manifest_sha256, options)


def evaluate(
    intake: Intake, manifest: Manifest, manifest_sha256: str, options: MergeOptions = MergeOptions()
) -> MergeReport:
    """Lay out, score, rank and measure the results an intake accepted. Quick: the chair's
    window calls it again (through :func:`rescore`) whenever a setting other than the accepted
    keys changes, without judging the files again."""
    options.check()
    tie_break = resolve_tie_break(options.tie_break, manifest.rubric)
    with collector_paused():  # tens of thousands of cells and Fractions, all kept
        table = build_table(
            manifest,
            {j: a.document for j, a in intake.accepted.items()},
            {j: a.cells for j, a in intake.accepted.items()},
        )
        scores = submission_scores(table, options.method, options.trim)
        means = scores if options.method is Method.MEAN else submission_scores(table, Method.MEAN)
        passing = (
            options.passing_grade
            if options.passing_grade is not None
            else manifest.round.passing_grade
        )
        minimum = options.min_evaluations or manifest.round.min_evaluations
        standings = rank(table, scores, tie_break, passing, minimum=minimum, means=means)
        return MergeReport(
            manifest,
            manifest_sha256,
            options,
            tie_break,
            passing,
            minimum,
            intake,
            table,
            scores,
            standings,
            disagreements(table, options.threshold),
            reliability(table),
        )


def rescore(report: MergeReport, options: MergeOptions) -> MergeReport:
    """The same accepted results under other settings (method, trim, threshold, passing grade,
    minimum of evaluations, tie-break). The accepted keys decide which files count, so they
    must be unchanged."""
    if tuple(options.accepted_keys) != tuple(report.options.accepted_keys):
        raise ValueError("accepted keys changed: merge the files again")
    return evaluate(report.intake, report.manifest, report.manifest_sha256, options)


def other_versions_problem(report: MergeReport) -> str | None:
    """Why the merge must not be signed when some files were made for a version of the
    package the one in use does not name (most likely a newer one): signing would drop their
    results without anyone deciding so. None when there are none."""
    names = report.intake.other_versions
    if not names:
        return None
    rivals = report.intake.rival_versions
    if rivals:
        count = len(rivals)
        return translate(
            "Merge",
            "%n file(s) were made for another amendment of package {id} that is also version "
            "{version}: {names}. The secretariat signed two different amendments with the same "
            "version: ask it which one is in force",
            None,
            count,
        ).format(
            id=report.manifest.package_id, version=report.manifest.version, names=_listed(rivals)
        )
    count = len(names)
    listed = _listed(names)
    return translate(
        "Merge",
        "%n file(s) were made for another version of package {id} than version {version} "
        "used here, most likely a newer one: {names}",
        None,
        count,
    ).format(id=report.manifest.package_id, version=report.manifest.version, names=listed)


def _listed(names: list[str]) -> str:
    """The first five names, and "…" when there are more."""
    return ", ".join(shown_name(n) for n in names[:5]) + (" …" if len(names) > 5 else "")


def write_merged(report: MergeReport, pair: KeyPair, path: Path) -> bytes:
    """Sign the merged file with the chair's key and write it atomically — never while files
    made for another version of the package are set aside (:func:`other_versions_problem`)."""
    problem = other_versions_problem(report)
    if problem is not None:
        raise JuriError(
            problem
            + ". "
            + (
                translate("Merge", "Nothing was written.")
                if report.intake.rival_versions
                else translate(
                    "Merge",
                    "Use the newest version of the package (results made for its earlier "
                    "versions count under it); nothing was written.",
                )
            ),
            code="rival_amendments" if report.intake.rival_versions else "older_package",
        )
    data = report.signed(pair)
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise JuriError(
            translate("Merge", "The merged file could not be written to {path}: {error}").format(
                path=path, error=os_problem(exc)
            ),
            code="write_failed",
        ) from exc
    return data
