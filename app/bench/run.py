"""One bench run: make the competition, measure every step in order, return the report.

Steps run one after another in one process, each on files the step before made, in a
temporary folder removed at the end unless the caller keeps it. What must be measured in
processes of the juri program itself — its window, its start, its small verbs, the memory of
``juri merge`` — is measured by ``program`` (:func:`ui.bench.program_steps`, given by the
program when it runs ``juri bench``): the core never starts the GUI.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app import __version__
from app.bench import merge_step, package_step, sheets_step, workspace_step
from app.bench.results_gen import write_results
from app.bench.scale import Scale
from app.bench.scenario import make_scenario
from app.bench.timing import secs, timed
from app.paths import PACKAGE_SUFFIX

Say = Callable[[str], None]


@dataclass(frozen=True)
class Made:
    """What the in-process steps made, for the steps measured in the program's processes."""

    folder: Path  # the bench's folder (children start there)
    home: Path  # JURI_HOME of the children
    package: Path  # the panel's package file
    results: Path  # the panel jurors' result files
    workspace: Path  # the bench juror's workspace, with its package imported
    package_id: str
    first_submission: str
    first_criterion: str
    passphrase: str  # of the workspace's key (which signs a merge there too)


class ProgramSteps(Protocol):
    def __call__(self, made: Made, *, switches: int, window: bool, say: Say) -> dict[str, Any]: ...


def run(
    scale: Scale,
    *,
    program: ProgramSteps | None = None,
    window: bool = True,
    keep: Path | None = None,
    say: Say = lambda _text: None,
) -> dict[str, Any]:
    """The report of every step; ``window`` False leaves the juror's window out (no GUI)."""
    folder = Path(tempfile.mkdtemp(prefix="juri-bench-")) if keep is None else keep
    try:
        return _measure(scale, folder, program, window, say)
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def _measure(
    scale: Scale, folder: Path, program: ProgramSteps | None, window: bool, say: Say
) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    say("inputs")
    scenario, make_seconds = timed(lambda: make_scenario(folder / "inputs", scale))
    report: dict[str, Any] = {
        "juri": __version__,
        "machine": {
            "python": platform.python_version(),
            "system": platform.system(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
        },
        "scale": {
            "submissions": scale.submissions,
            "criteria": scale.criteria,
            "jurors": scale.jurors,
            "jurors_per_submission": scale.per_submission,
            "proposal_kb": scale.proposal_kb,
            "saves": scale.saves,
            "sheets": scale.sheets,
        },
        "make_inputs_seconds": secs(make_seconds),
    }
    say("package")
    panel = folder / f"panel{PACKAGE_SUFFIX}"
    verified, report["package"] = package_step.measure(scenario, panel)
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
    if program is None:
        skipped = {"skipped": True, "reason": "measured by the juri program ('juri bench')"}
        report.update(gui=skipped, start=skipped, memory=skipped)
    else:
        made = Made(
            folder=folder,
            home=folder / "home",
            package=panel,
            results=folder / "results",
            workspace=setup.folder,
            package_id=setup.package_id,
            first_submission=scenario.codes[0],
            first_criterion=verified.manifest.rubric.codes[0],
            passphrase=workspace_step.PASSPHRASE,
        )
        made.home.mkdir(exist_ok=True)
        report.update(program(made, switches=scale.switches, window=window, say=say))
    return report
