"""The juror's window, measured in child processes so the core never imports the GUI.

- ``python -m ui.bench``: time to show the package and to switch submissions (offscreen);
- ``python -m ui.entry --quit-when-ready``: app start to usable window (the package shown),
  from a fresh interpreter — what a juror waits for after a double click, minus the desktop.

Both run on the worktree's own code (``PYTHONPATH``) with ``JURI_HOME`` in the bench folder, so
the user's settings are never read or changed.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import app
from app.bench.timing import secs

ROOT = Path(app.__file__).resolve().parent.parent
STARTS = 3  # start-ups timed; the median is reported
TIMEOUT = 240  # seconds a child may take (a hang is reported, never waited out)


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["JURI_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


class GuiTimeout(RuntimeError):
    """The child did not finish in time (reported as a skipped figure, never a hang)."""


def _run(arguments: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run([sys.executable, *arguments], env=_environment(home), cwd=ROOT,
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise GuiTimeout(f"{' '.join(arguments[:2])} did not finish within {TIMEOUT} s") from exc
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments[:2])} failed: {done.stderr[-2000:]}")
    return done


def measure(workspace: Path, package_id: str, switches: int, home: Path) -> dict[str, Any]:
    try:
        return _measure(workspace, package_id, switches, home)
    except GuiTimeout as exc:
        return {"skipped": True, "reason": str(exc)}


def _measure(workspace: Path, package_id: str, switches: int, home: Path) -> dict[str, Any]:
    home.mkdir(parents=True, exist_ok=True)
    shown = json.loads(_run(["-m", "ui.bench", str(workspace), package_id,
                             "--switches", str(switches)], home).stdout.strip().splitlines()[-1])
    starts = []
    for _ in range(STARTS):
        started = time.perf_counter()
        _run(["-m", "ui.entry", "--workspace", str(workspace), "--quit-when-ready"], home)
        starts.append(time.perf_counter() - started)
    return {**shown, "start_to_window_seconds": secs(statistics.median(starts))}
