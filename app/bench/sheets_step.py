"""Blank evaluation sheets for a secretariat's batch (see :mod:`app.reports.bench`)."""

from __future__ import annotations

from typing import Any

from app.bench.timing import secs
from app.reports.bench import bench_blank_sheets


def measure(sheets: int) -> dict[str, Any]:
    result = bench_blank_sheets(sheets)
    return {
        "sheets": result.sheets,
        "pages": result.pages,
        "seconds": secs(result.seconds),
        "seconds_per_1000_sheets": secs(result.seconds * 1000 / result.sheets),
        "sheets_per_second": round(result.sheets_per_second, 1),
        "pdf_bytes": result.pdf_bytes,
        "bytes_per_sheet": round(result.pdf_bytes / result.sheets),
    }
