"""The benchmark ``juri bench`` will call: it renders, counts and times (never asserted)."""

from __future__ import annotations

from app.reports.bench import bench_blank_sheets, bench_manifest


def test_the_bench_round_has_exactly_the_sheets_asked_for() -> None:
    manifest = bench_manifest(120)
    assert sum(len(codes) for codes in manifest.assignments.values()) == 120
    assert len(manifest.jurors) == 3 and len(manifest.rubric) == 8


def test_the_bench_renders_and_reports() -> None:
    seen = []
    result = bench_blank_sheets(4, progress=lambda done, total: seen.append(done))
    assert result.sheets == 4 and result.pages >= 4 and result.pdf_bytes > 10_000
    assert result.seconds > 0 and result.sheets_per_second > 0
    assert seen[-1] == 4
