"""Building and verifying the panel's package, against raw SHA-256 of the same bytes.

Verification must read and hash every byte, so hashing is its floor: the figure that matters
is the ratio of the two, measured in one run on one machine with the file in the page cache
for both (the build has just written it). The written file is flushed to disk first, so that
neither measurement competes with the kernel writing it back, and the two alternate
:data:`ROUNDS` times (medians): a single pair on a shared machine varied by a third.
"""

from __future__ import annotations

import hashlib
import os
import statistics
from pathlib import Path
from typing import Any

from app.bench.scenario import Scenario
from app.bench.timing import secs, timed
from app.package.builder import BuildReport, BuildRequest, build_package
from app.package.reader import VerifiedPackage, open_package

CHUNK = 1024 * 1024
ROUNDS = 3


def raw_sha256(path: Path) -> int:
    """Hash the file in the reader's chunk size; the bytes hashed."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size


def build(
    scenario: Scenario,
    output: Path,
    *,
    package_id: str,
    roster: Path | None = None,
    assignments: Path | None = None,
) -> BuildReport:
    return build_package(
        BuildRequest(
            submissions=scenario.submissions,
            files_dir=scenario.files,
            rubric=scenario.rubric,
            roster=roster or scenario.roster,
            key=scenario.secretariat,
            secretariat_name="Sekretariat Bench",
            output=output,
            round_id="desk",
            assignments=assignments,
            package_id=package_id,
            title="Juri bench",
        ),
        created="2026-11-23T08:00:00Z",
    )


def measure(scenario: Scenario, output: Path) -> tuple[VerifiedPackage, dict[str, Any]]:
    report, build_seconds = timed(
        lambda: build(scenario, output, package_id="bench-panel", assignments=scenario.assignments)
    )
    if hasattr(os, "sync"):  # not on Windows
        os.sync()
    hashed = raw_sha256(output)  # warm the page cache the same way for both measurements below
    raws, verifies = [], []
    for _ in range(ROUNDS):
        raws.append(timed(lambda: raw_sha256(output))[1])
        verified, seconds = timed(lambda: open_package(output))
        verifies.append(seconds)
    raw_seconds, verify_seconds = statistics.median(raws), statistics.median(verifies)
    mib = hashed / 2**20
    return verified, {
        "files": report.file_count,
        "package_bytes": hashed,
        "build_seconds": secs(build_seconds),
        "verify_seconds": secs(verify_seconds),
        "raw_sha256_seconds": secs(raw_seconds),
        "raw_sha256_mib_per_second": round(mib / raw_seconds, 1),
        "verify_mib_per_second": round(mib / verify_seconds, 1),
        "verify_vs_raw_hash": round(verify_seconds / raw_seconds, 3),
    }
