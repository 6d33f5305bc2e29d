"""The issue's targets, checked against a report (shown, never asserted: machines differ)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    key: str
    limit: float
    unit: str

    def value(self, report: dict[str, Any]) -> float | None:
        found: Any = report
        for part in self.key.split("."):
            if not isinstance(found, dict) or part not in found:
                return None
            found = found[part]
        return found if isinstance(found, int | float) else None


MEMORY_BUDGET_MB = 1024.0  # of a 4 GB laptop: see docs/performance.md, "Memory"

TARGETS = (
    Target("package.verify_vs_raw_hash", 2.0, "×"),
    Target("save.p99_ms", 5.0, "ms"),
    Target("merge.total_seconds", 3.0, "s"),
    Target("sheets.seconds_per_1000_sheets", 5.0, "s"),
    Target("gui.show_package_seconds", 1.0, "s"),
    Target("gui.start_to_window_seconds", 1.0, "s"),
    Target("start.version_seconds", 0.3, "s"),
    Target("start.result_show_seconds", 0.3, "s"),
    Target("start.score_set_seconds", 0.3, "s"),
    Target("memory.merge_peak_rss_mb", MEMORY_BUDGET_MB, "MB"),
    Target("memory.window_peak_rss_mb", MEMORY_BUDGET_MB, "MB"),
)


def check(report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for target in TARGETS:
        value = target.value(report)
        rows.append(
            {
                "measure": target.key,
                "value": value,
                "limit": target.limit,
                "unit": target.unit,
                "met": None if value is None else value < target.limit,
            }
        )
    merge = report.get("merge", {})
    pandas = merge.get("pandas", {})
    if not pandas.get("skipped", True):
        rows.append(
            {
                "measure": "merge.aggregate_seconds",
                "value": merge["aggregate_seconds"],
                "limit": pandas["aggregate_seconds"],
                "unit": "s (pandas)",
                "met": merge["aggregate_seconds"] <= pandas["aggregate_seconds"],
            }
        )
    return rows
