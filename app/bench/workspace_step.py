"""The juror's side: opening a package into a workspace, reopening the workspace, saving score
changes one at a time, exporting the signed result and verifying it.

The juror here is assigned every submission (the worst case for lists and exports); the
package is built from the same inputs as the panel's, with a roster of this juror alone.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.bench.package_step import build
from app.bench.scenario import Scenario
from app.bench.timing import ms, percentile, secs, stopwatch, timed
from app.crypto.keys import encode_public_key
from app.package.reader import open_package
from app.paths import PACKAGE_SUFFIX
from app.results.verify import check_result
from app.services.scoring import Source
from app.services.wiring import open_workspace

PASSPHRASE = "juri bench passphrase"
JUROR = "J000"


@dataclass(frozen=True)
class JurorSetup:
    folder: Path  # the workspace
    package: Path
    package_id: str


def prepare(scenario: Scenario) -> tuple[JurorSetup, dict[str, Any]]:
    """Make the juror's workspace and package, then open the package (timed)."""
    folder = scenario.folder / "juror"
    with open_workspace(folder) as ws:
        info = ws.identity.create(JUROR, "Juri Bench", PASSPHRASE)
        ws.identity.accept_pact()
        roster = scenario.folder / "juror-roster.csv"
        with roster.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(
                [
                    ["id", "name", "public_key"],
                    [JUROR, "Juri Bench", encode_public_key(info.public_key)],
                ]
            )
        package = build(
            scenario,
            scenario.folder / f"juror{PACKAGE_SUFFIX}",
            package_id="bench-juror",
            roster=roster,
        ).path
        opened, seconds = timed(lambda: ws.packages.import_package(package))
    return JurorSetup(folder, package, opened.id), {"import_package_seconds": secs(seconds)}


def reopen(setup: JurorSetup) -> dict[str, Any]:
    """What the app does at start: open the workspace, list the package's submissions."""
    with stopwatch() as took:
        ws = open_workspace(setup.folder)
        ws.packages.list()
        rows = ws.scoring.submissions(setup.package_id)
        ws.scoring.progress(setup.package_id)
    ws.close()
    return {"open_workspace_seconds": secs(took[0]), "submissions_listed": len(rows)}


def saves(setup: JurorSetup, scenario: Scenario) -> dict[str, Any]:
    """Score changes as a juror types them: criterion after criterion, submission after
    submission, each saved (and fsynced) on its own."""
    rng = random.Random(scenario.scale.seed)
    latencies: list[float] = []
    with open_workspace(setup.folder) as ws:
        manifest = ws.packages.manifest(setup.package_id)
        criteria = manifest.rubric.codes
        codes = manifest.assigned(JUROR)
        ws.scoring.set_score(setup.package_id, codes[0], criteria[0], Decimal(5))  # warm up
        for index in range(scenario.scale.saves):
            code = codes[(index // len(criteria)) % len(codes)]
            criterion = criteria[index % len(criteria)]
            value = Decimal(rng.randint(1, 10))
            with stopwatch() as took:
                ws.scoring.set_score(setup.package_id, code, criterion, value, source=Source.APP)
            latencies.append(took[0])
    return {
        "count": len(latencies),
        "median_ms": ms(percentile(latencies, 0.5)),
        "p99_ms": ms(percentile(latencies, 0.99)),
        "max_ms": ms(max(latencies)),
    }


def export_and_verify(setup: JurorSetup) -> dict[str, Any]:
    """Sign and write the result file (the passphrase unlock included, as for the juror),
    then verify it as the chair would."""
    with open_workspace(setup.folder) as ws:
        out = setup.folder.parent / "juror-results"
        out.mkdir(exist_ok=True)
        exported, export_seconds = timed(
            lambda: ws.results.export(setup.package_id, PASSPHRASE, out)
        )
    verified = open_package(setup.package)
    data = exported.path.read_bytes()
    check, verify_seconds = timed(
        lambda: check_result(data, verified.manifest, verified.manifest_sha256)
    )
    if not check.valid:
        raise RuntimeError(f"the bench's own result file failed: {check.reason}")
    return {
        "evaluations": exported.evaluations,
        "result_bytes": len(data),
        "export_seconds": secs(export_seconds),
        "verify_seconds": secs(verify_seconds),
    }


def commit_floor(folder: Path, count: int) -> dict[str, Any]:
    """The disk's share of a save: a bare SQLite commit of one small row with the workspace's
    pragmas (WAL, synchronous=FULL), measured in the same run next to the same files."""
    import sqlite3

    path = folder / "commit-floor.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        latencies = []
        for index in range(count):
            with stopwatch() as took:
                connection.execute("BEGIN")
                connection.execute("INSERT INTO t (v) VALUES (?)", (f"{index:064d}",))
                connection.execute("COMMIT")
            latencies.append(took[0])
    finally:
        connection.close()
    return {
        "commit_median_ms": ms(percentile(latencies, 0.5)),
        "commit_p99_ms": ms(percentile(latencies, 0.99)),
    }
