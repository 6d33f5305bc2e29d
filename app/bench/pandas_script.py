"""The same aggregation as a data-savvy secretariat would script it in pandas: weighted totals,
the mean per submission, per-juror z-scores, and a ranking — in floating point, without
Juri's tie-breaks, checks or exact arithmetic. It is the yardstick for Juri's aggregation step.

pandas is optional (``pip install -e '.[bench]'``); without it the figure is skipped with the
reason, and everything else is still measured.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from typing import Any

from app.bench.timing import secs, timed
from app.domain.competition import Manifest
from app.formats.result import ResultDocument
from app.merge.ranking import Standing


def available() -> bool:
    return importlib.util.find_spec("pandas") is not None


def records(accepted: Mapping[str, ResultDocument]) -> list[tuple[str, str, str, float]]:
    """(juror, submission, criterion, score) for every complete evaluation: the long table a
    secretariat exports from the jurors' sheets."""
    rows: list[tuple[str, str, str, float]] = []
    for juror, document in accepted.items():
        for evaluation in document.evaluations:
            if document.declared_status[evaluation.submission] != "complete":
                continue
            rows.extend(
                (juror, evaluation.submission, criterion, float(value))
                for criterion, value in evaluation.scores.items()
            )
    return rows


def aggregate(rows: Sequence[tuple[str, str, str, float]], manifest: Manifest) -> Any:
    import pandas as pd

    rubric = pd.DataFrame(
        [
            (c.code, float(c.weight), float(c.scale.minimum), float(c.scale.maximum))
            for c in manifest.rubric
        ],
        columns=["criterion", "weight", "min", "max"],
    )
    scores = pd.DataFrame(rows, columns=["juror", "submission", "criterion", "score"])
    scores = scores.merge(rubric, on="criterion")
    scores["points"] = (
        scores["weight"] * (scores["score"] - scores["min"]) / (scores["max"] - scores["min"])
    )
    totals = scores.groupby(["submission", "juror"], sort=False)["points"].sum().reset_index()
    by_juror = totals.groupby("juror")["points"]
    totals["z"] = (totals["points"] - by_juror.transform("mean")) / by_juror.transform("std")
    result = totals.groupby("submission").agg(mean=("points", "mean"), z=("z", "mean"))
    result["zscore"] = totals["points"].mean() + totals["points"].std() * result["z"]
    result["rank"] = result["mean"].rank(ascending=False, method="min")
    return result.sort_values("rank")


def measure(
    manifest: Manifest, accepted: Mapping[str, ResultDocument], standings: Sequence[Standing]
) -> dict[str, Any]:
    if not available():
        return {"skipped": True, "reason": "pandas is not installed (pip install -e '.[bench]')"}
    import pandas  # noqa: F401 - imported before the clock starts: a script imports it once

    rows = records(accepted)
    result, seconds = timed(lambda: aggregate(rows, manifest))
    ours = {s.code: float(s.score) for s in standings if s.score is not None}
    worst = max(abs(ours[code] - mean) for code, mean in result["mean"].items())
    return {
        "skipped": False,
        "aggregate_seconds": secs(seconds),
        "rows": len(rows),
        "max_difference_from_exact_mean": worst,
    }
