"""``juri bench --quick --json`` runs every step and reports every figure (never how fast:
speed is what the bench measures, not what a test asserts)."""

from __future__ import annotations

import json
import sys

import pytest

from app.bench.timing import percentile
from app.cli.main import main as cli_main
from ui.bench import juri_command
from ui.entry import main

pytestmark = pytest.mark.slow

FIGURES = (
    "package.build_seconds",
    "package.verify_seconds",
    "package.raw_sha256_seconds",
    "package.raw_sha256_mib_per_second",
    "package.verify_vs_raw_hash",
    "workspace.import_package_seconds",
    "workspace.open_workspace_seconds",
    "save.median_ms",
    "save.p99_ms",
    "save.disk.commit_median_ms",
    "result.export_seconds",
    "result.verify_seconds",
    "merge.read_seconds",
    "merge.verify_seconds",
    "merge.aggregate_seconds",
    "merge.agreement_seconds",
    "merge.total_seconds",
    "sheets.seconds",
    "sheets.sheets_per_second",
    "sheets.bytes_per_sheet",
    "sheets.seconds_per_1000_sheets",
    "gui.show_package_seconds",
    "gui.switch_median_ms",
    "gui.switch_p99_ms",
    "gui.start_to_window_seconds",
    "start.version_seconds",
    "start.result_show_seconds",
    "start.score_set_seconds",
    "memory.merge_peak_rss_mb",
    "memory.window_peak_rss_mb",
    "memory.merge_command_seconds",
)


def figure(report: dict, key: str):
    for part in key.split("."):
        report = report[part]
    return report


def test_quick_bench_reports_every_figure(capsys) -> None:
    assert main(["bench", "--quick", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    for key in FIGURES:
        value = figure(report, key)
        assert isinstance(value, int | float) and value > 0, (key, value)
    assert report["scale"]["submissions"] == 60
    assert report["workspace"]["submissions_listed"] == 60
    assert report["gui"]["rows"] == 60
    assert report["merge"]["result_files"] == 12 and report["merge"]["ranked"] == 60
    pandas = report["merge"]["pandas"]
    assert pandas["skipped"] or pandas["aggregate_seconds"] > 0
    assert pandas.get("reason") or pandas["max_difference_from_exact_mean"] < 1e-9
    measures = {row["measure"]: row for row in report["targets"]}
    assert {
        "save.p99_ms",
        "merge.total_seconds",
        "sheets.seconds_per_1000_sheets",
        "start.score_set_seconds",
        "memory.merge_peak_rss_mb",
    } <= set(measures)
    assert all(row["met"] is not None for row in measures.values())  # every figure was there


def test_the_command_line_module_alone_leaves_the_programs_steps_out(capsys) -> None:
    """``python -m app.cli.main bench`` (no juri program) cannot start the window: it says
    so instead of reaching up into the GUI layer."""
    assert cli_main(["bench", "--quick", "--json", "--sheets", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    for section in ("gui", "start", "memory"):
        assert report[section]["skipped"] and "juri bench" in report[section]["reason"]
    assert report["sheets"]["sheets"] == 2


def test_children_are_the_program_a_user_runs(monkeypatch) -> None:
    assert juri_command() == [sys.executable, "-m", "ui.entry"]  # from a source checkout
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert juri_command() == [sys.executable]  # the bundle's juri itself


def test_bench_refuses_impossible_shapes(capsys) -> None:
    assert main(["--lang", "en", "bench", "--quick", "--jurors", "2", "--per-submission", "3"]) == 1
    assert "--per-submission" in capsys.readouterr().err


def test_percentile_is_a_measured_value() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 0.5) == 50.0
    assert percentile([3.0], 0.99) == 3.0
