"""The chair's merge of every panel juror's result file, split into its parts.

- **read**: the files from disk;
- **verify**: intake — parse, check each signature and each result against the package,
  settle each juror's newest genuine file;
- **aggregate**: the coverage table with exact weighted totals, the mean and the z-score
  method, and the ranking with its tie-breaks — what the pandas script below also computes;
- **agreement**: disagreements and reliability (ICC, Krippendorff's alpha), which a pandas
  script would not do but the chair's ranking shows;
- **total**: ``read`` plus :func:`app.merge.service.merge` end to end, as ``juri merge`` runs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.bench import pandas_script
from app.bench.timing import secs, timed
from app.gc_pause import collector_paused
from app.merge.agreement import disagreements, reliability
from app.merge.intake import read_inputs, take_in
from app.merge.methods import Method, submission_scores
from app.merge.ranking import DEFAULT_TIE_BREAK, rank, resolve_tie_break
from app.merge.service import DEFAULT_THRESHOLD, merge
from app.merge.table import build_table
from app.package.reader import VerifiedPackage


def measure(package: VerifiedPackage, folder: Path) -> dict[str, Any]:
    manifest, sha = package.manifest, package.manifest_sha256
    files, read_seconds = timed(lambda: read_inputs([folder]))
    intake, verify_seconds = timed(lambda: take_in(files, manifest, sha))
    accepted = {j: a.document for j, a in intake.accepted.items()}
    if len(accepted) != len(files):
        raise RuntimeError("the bench's own result files were not all accepted")
    tie_break = resolve_tie_break(DEFAULT_TIE_BREAK, manifest.rubric)

    def aggregate():
        table = build_table(manifest, accepted, {j: a.cells for j, a in intake.accepted.items()})
        means = submission_scores(table, Method.MEAN)
        submission_scores(table, Method.ZSCORE)
        return table, rank(
            table,
            means,
            tie_break,
            manifest.round.passing_grade,
            minimum=manifest.round.min_evaluations,
            means=means,
        )

    with collector_paused():  # as :func:`app.merge.service.evaluate` runs these steps
        (table, standings), aggregate_seconds = timed(aggregate)
        _, agreement_seconds = timed(
            lambda: (disagreements(table, DEFAULT_THRESHOLD), reliability(table))
        )
    report, merge_seconds = timed(lambda: merge(read_inputs([folder]), manifest, sha))
    figures: dict[str, Any] = {
        "result_files": len(files),
        "evaluations": sum(len(d.evaluations) for d in accepted.values()),
        "read_seconds": secs(read_seconds),
        "verify_seconds": secs(verify_seconds),
        "aggregate_seconds": secs(aggregate_seconds),
        "agreement_seconds": secs(agreement_seconds),
        "total_seconds": secs(read_seconds + merge_seconds),
        "ranked": sum(1 for s in report.standings if s.place is not None),
    }
    figures["pandas"] = pandas_script.measure(manifest, accepted, standings)
    return figures
