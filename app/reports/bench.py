"""How long printing a secretariat's batch of blank evaluation sheets takes.

A synthetic round in memory (the demo's 2023 rubric, the demo's submissions repeated under new
codes, as many jurors as needed) rendered into memory, so the figure is ReportLab's work alone,
not the disk's or the package verification's. ``juri bench`` calls :func:`bench_blank_sheets`.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.competition import Juror, Manifest, Secretariat, Submission
from app.formats.rubric_file import read_rubric_file
from app.paths import resource_path
from app.reports.sheets import assigned_pairs, render_blank_sheets

SUBMISSIONS_PER_JUROR = 50  # a desk-round juror's share in a large KIPP year


@dataclass(frozen=True)
class SheetsBench:
    sheets: int
    pages: int
    seconds: float
    pdf_bytes: int

    @property
    def sheets_per_second(self) -> float:
        return self.sheets / self.seconds if self.seconds else float("inf")


def bench_manifest(
    sheets: int, round_id: str = "desk", per_juror: int = SUBMISSIONS_PER_JUROR
) -> Manifest:
    """A round of the demo's rubric with exactly ``sheets`` assigned (juror, submission)
    pairs, ``per_juror`` per juror."""
    round_ = read_rubric_file(resource_path("demo", "rubric_kipp2023.json"), round_id)
    demo = json.loads(resource_path("demo", "innovations.json").read_text(encoding="utf-8"))
    submissions = tuple(
        Submission(
            code=f"BENCH-{i + 1:05d}",
            title=item["title"],
            agency=item["agency"],
            group=item["group"],
            cluster=item["cluster"],
            category=item["category"],
            video_url=f"https://youtu.be/{item['video_id']}",
        )
        for i, item in ((i, demo[i % len(demo)]) for i in range(sheets))
    )
    jurors: list[Juror] = []
    assignments: dict[str, tuple[str, ...]] = {}
    for start in range(0, sheets, per_juror):
        juror_id = f"T{len(jurors) + 1:03d}"
        jurors.append(Juror(juror_id, f"Juri Tim Evaluasi {len(jurors) + 1}", bytes(32)))
        assignments[juror_id] = tuple(s.code for s in submissions[start : start + per_juror])
    return Manifest(
        package_id="bench-sheets",
        created="2026-01-01T00:00:00Z",
        title="Bench",
        secretariat=Secretariat("Sekretariat", bytes(32)),
        competition=round_.competition,
        round=round_.round,
        rubric=round_.rubric,
        checklist=round_.checklist,
        jurors=tuple(jurors),
        submissions=submissions,
        assignments=assignments,
    )


def bench_blank_sheets(
    sheets: int = 1000,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SheetsBench:
    """Render ``sheets`` blank evaluation sheets into one PDF in memory and time it."""
    manifest = bench_manifest(sheets)
    pairs = assigned_pairs(manifest)
    buffer = io.BytesIO()
    started = time.perf_counter()
    report = render_blank_sheets(manifest, pairs, buffer, progress=progress, cancelled=cancelled)
    seconds = time.perf_counter() - started
    return SheetsBench(report.sheets, report.pages, seconds, len(buffer.getvalue()))
