"""One bench run: make the competition, measure every step in order, return the report.

Steps run one after another in one process (the GUI in child processes), each on files the
step before made, in a temporary folder removed at the end unless the caller keeps it.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__
from app.bench import gui_step, merge_step, package_step, sheets_step, workspace_step
from app.bench.results_gen import write_results
from app.bench.scale import Scale
from app.bench.scenario import make_scenario
from app.bench.timing import secs, timed

Say = Callable[[str], None]


def run(scale: Scale, *, gui: bool = True, keep: Path | None = None,
        say: Say = lambda _text: None) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="juri-bench-")) if keep is None else keep
    try:
        return _measure(scale, folder, gui, say)
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def _measure(scale: Scale, folder: Path, gui: bool, say: Say) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    say("inputs")
    scenario, make_seconds = timed(lambda: make_scenario(folder / "inputs", scale))
    report: dict[str, Any] = {
        "juri": __version__,
        "machine": {"python": platform.python_version(), "system": platform.system(),
                    "machine": platform.machine(), "cpus": os.cpu_count()},
        "scale": {"submissions": scale.submissions, "criteria": scale.criteria,
                  "jurors": scale.jurors, "jurors_per_submission": scale.per_submission,
                  "proposal_kb": scale.proposal_kb, "saves": scale.saves,
                  "sheets": scale.sheets},
        "make_inputs_seconds": secs(make_seconds),
    }
    say("package")
    verified, report["package"] = package_step.measure(scenario, folder / "panel.juripkg")
    say("workspace")
    setup, report["workspace"] = workspace_step.prepare(scenario)
    report["workspace"].update(workspace_step.reopen(setup))
    say("saves")
    report["save"] = workspace_step.saves(setup, scenario)
    report["save"]["disk"] = workspace_step.commit_floor(folder, scale.saves)
    say("export")
    report["result"] = workspace_step.export_and_verify(setup)
    say("results")
    write_results(scenario, verified, folder / "results")
    say("merge")
    report["merge"] = merge_step.measure(verified, folder / "results")
    say("sheets")
    report["sheets"] = sheets_step.measure(scale.sheets)
    if gui:
        say("gui")
        report["gui"] = gui_step.measure(setup.folder, setup.package_id, scale.switches,
                                         folder / "home")
    else:
        report["gui"] = {"skipped": True, "reason": "--no-gui"}
    return report
