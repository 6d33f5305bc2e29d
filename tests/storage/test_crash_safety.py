"""Killing Juri (SIGKILL) at random moments while a juror scores loses no change it reported
as saved, leaves a database that passes integrity_check and an audit chain that verifies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app import settings
from app.services.wiring import Services, open_workspace
from app.services.workspace import DATABASE_NAME
from app.storage import backup
from app.storage.audit import verify_chain
from tests.storage.crash_child import CODES, PACKAGE, step

ROUNDS = 6
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def state_after(steps: int) -> dict[tuple[str, str, str], object]:
    """What the workspace must hold after the first ``steps`` changes."""
    state: dict[tuple[str, str, str], object] = {}
    for n in range(steps):
        kind, code, criterion, value = step(n)
        state[(kind, code, criterion)] = value
    return state


def state_in(ws: Services) -> dict[tuple[str, str, str], object]:
    state: dict[tuple[str, str, str], object] = {}
    for code in CODES:
        evaluation = ws.scoring.evaluation(PACKAGE, code).evaluation
        for criterion, value in evaluation.scores.items():
            state[("score", code, criterion)] = value
        for criterion, text in evaluation.comments.items():
            if text:
                state[("comment", code, criterion)] = text
    return state


def run_until_killed(
    folder: Path, start: int, rng: random.Random, child_module: str = "tests.storage.crash_child"
) -> int:
    """Start the child at ``start``, kill it after a random number of saves plus a random
    moment (so the kill lands inside a commit, a backup, or between); the last step it
    reported as saved, or ``start - 1``."""
    child = subprocess.Popen(
        [sys.executable, "-m", child_module, str(folder), str(start)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(120, child.kill)  # a hung child fails the test, never hangs it
    watchdog.start()
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        wanted = rng.randint(1, 25)
        last = start - 1
        for _ in range(wanted):
            line = child.stdout.readline()
            assert line.startswith("saved "), line + child.stderr.read()
            last = int(line.split()[1])
        time.sleep(rng.uniform(0, 0.05))  # not an assertion: only moves the kill point
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines():  # reports already in the pipe count too
            if line.startswith("saved "):
                last = int(line.split()[1])
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return last


def test_sigkill_while_scoring_loses_no_saved_change(competition) -> None:
    setup = competition(submissions=2, jurors=1)
    folder = setup.workspaces["J01"]
    with open_workspace(folder) as ws:
        ws.packages.import_package(setup.package)
    preferences = settings.load()
    preferences.backup_every_changes = 5  # kills land inside backups too
    settings.save(preferences)
    kill_repeatedly(folder, ROUNDS, "tests.storage.crash_child")


def kill_repeatedly(folder: Path, rounds: int, child_module: str) -> None:
    """Kill ``child_module`` ``rounds`` times while it saves; after each kill the database
    passes integrity_check without a restore, every change reported as saved is there (the
    one after it may have committed unreported) and the audit chain verifies."""
    rng = random.Random(20261123)
    reported = -1
    for _ in range(rounds):
        reported = run_until_killed(folder, reported + 1, rng, child_module)
        assert backup.integrity_problem(folder / DATABASE_NAME) is None
        with open_workspace(folder) as ws:
            assert ws.notices == []  # nothing was damaged, nothing restored
            held = state_in(ws)
            with ws.workspace.reading() as session:
                chain = verify_chain(session)
        assert held in (state_after(reported + 1), state_after(reported + 2))
        assert chain.ok, f"audit chain broken at {chain.broken_at}"
        if held == state_after(reported + 2):
            reported += 1  # the child's next start re-applies nothing it already saved
    assert reported >= rounds
