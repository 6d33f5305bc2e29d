"""What ``juri bench`` measures in processes of the juri program itself (the rest of the bench,
headless, is :mod:`app.bench`, which never starts the GUI).

- the juror's window, offscreen, in a child: the time to show the 5,000-submission package and
  to switch from one submission to the next, and the child's peak memory;
- the app's start: ``juri --workspace W --quit-when-ready``, interpreter start to the window
  showing the package, three times (the median);
- small command-line verbs (``juri --version``, ``juri result show``, ``juri score set``),
  five times each (the median): scripts call them in loops;
- ``juri merge`` of the panel's result files: its peak memory (and time, package check
  included), as a chair's laptop sees it.

Every child is the program a user runs: ``juri`` itself in the bundle, ``python -m ui.entry``
from a source checkout (on this checkout's code, with ``JURI_HOME`` in the bench's folder, so
the user's settings are never read or changed, and the code's compiled bytecode cached in the
bench's folder, as a second start from a checkout finds it). Peak memory is the child's
maximum resident set size (:class:`PeakMemory`).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.program_flags import BENCH_WINDOW, QUIT_WHEN_READY

if TYPE_CHECKING:  # the window's child imports this module, and none of the bench's steps
    from app.bench.run import Made

SETTLE_MS = 2000
STARTS = 3  # start-ups of the app timed; the median is reported
VERB_RUNS = 5  # runs of each small verb; the median is reported
TIMEOUT = 240  # seconds a child may take (a hang is reported, never waited out)
MB = 1024 * 1024
Say = Callable[[str], None]


def juri_command() -> list[str]:
    """How to start the juri program again: the bundle's executable, or this interpreter on
    the checkout's :mod:`ui.entry`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "ui.entry"]


class ChildFailed(RuntimeError):
    """A child did not finish in time, or failed (reported as a skipped figure)."""


@dataclass(frozen=True)
class Finished:
    stdout: str
    seconds: float
    peak_rss_bytes: int | None  # None where it cannot be read


def run_child(
    arguments: Sequence[str],
    home: Path,
    folder: Path,
    extra_env: dict[str, str] | None = None,
    until: str | None = None,
) -> Finished:
    """Run ``juri ARGUMENTS`` to its end: its output, its peak memory, and its wall time —
    to the line ``until`` in its output when given (a start, not the exit after it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JURI_HOME=str(home), **(extra_env or {}))
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        # As a user's second start finds it: the checkout's bytecode compiled once and cached
        # (in the bench's folder, never the checkout), whatever this shell says about caching.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    what = " ".join(arguments[:3])
    started = time.perf_counter()
    process = subprocess.Popen(
        [*juri_command(), *arguments],
        env=env,
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    peak = PeakMemory(process.pid)
    seen = []
    try:
        if until is not None:
            assert process.stdout is not None
            with _deadline(process):
                for line in process.stdout:
                    seen.append(line)
                    if line.strip() == until:
                        break
        ended = time.perf_counter()
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        process.kill()
        process.communicate()
        raise ChildFailed(f"juri {what} did not finish within {TIMEOUT} s") from exc
    finally:
        peak.stop()
    if until is None:
        ended = time.perf_counter()
    if process.returncode != 0:
        raise ChildFailed(f"juri {what} failed: {err[-2000:]}")
    if until is not None and not any(line.strip() == until for line in seen):
        raise ChildFailed(f"juri {what} never said {until!r}")
    return Finished("".join(seen) + out, ended - started, peak.bytes)


@contextmanager
def _deadline(process: subprocess.Popen[str]) -> Iterator[None]:
    """Kill ``process`` if it still runs after TIMEOUT seconds (reading its output line by
    line cannot time out by itself)."""
    timer = threading.Timer(TIMEOUT, process.kill)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


class PeakMemory:
    """A child's peak resident set size, read from Linux's ``/proc/PID/status`` (``VmHWM``,
    its high-water mark since it started the program) every few milliseconds until it ends.

    Not the resource usage the system returns when the child ends: that one also counts the
    parent's memory, shared by the child between fork and exec. The last reading misses a
    peak reached in the child's final milliseconds (its memory is falling then); where there
    is no ``/proc``, nothing is measured.
    """

    INTERVAL = 0.005

    def __init__(self, pid: int) -> None:
        self._status = Path(f"/proc/{pid}/status")
        self._done = threading.Event()
        self.bytes: int | None = None
        self._thread = threading.Thread(target=self._watch, daemon=True)
        if self._status.exists():
            self._thread.start()

    def _watch(self) -> None:
        while not self._done.is_set():
            try:
                text = self._status.read_text()
            except OSError:  # the child has ended
                return
            for line in text.splitlines():
                if line.startswith("VmHWM:"):  # "VmHWM:   123456 kB"
                    self.bytes = max(self.bytes or 0, int(line.split()[1]) * 1024)
            self._done.wait(self.INTERVAL)

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()


def megabytes(value: int | None) -> float | None:
    return None if value is None else round(value / MB, 1)


# --- what the program measures, for app.bench.run --------------------------------------------


def program_steps(made: Made, *, switches: int, window: bool, say: Say) -> dict[str, Any]:
    """The bench's steps in processes of the program (``made``: what the headless steps
    made); ``window`` False leaves the juror's window out."""
    figures: dict[str, Any] = {"gui": {"skipped": True, "reason": "--no-gui"}}
    if window:
        say("gui")
        figures["gui"] = _guarded(lambda: _window(made, switches))
    say("start")
    figures["start"] = _guarded(lambda: _verbs(made))
    say("memory")
    figures["memory"] = _guarded(lambda: _merge(made))
    window = figures["gui"].get("peak_rss_mb")
    if window is not None:
        figures["memory"]["window_peak_rss_mb"] = window
    return figures


def _guarded(step: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return step()
    except ChildFailed as exc:
        return {"skipped": True, "reason": str(exc)}


def _window(made: Made, switches: int) -> dict[str, Any]:
    done = run_child(
        [BENCH_WINDOW, str(made.workspace), made.package_id, str(switches)], made.home, made.folder
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    shown["peak_rss_mb"] = megabytes(done.peak_rss_bytes)
    from ui.app import READY  # the line the window's start ends with

    starts = [
        run_child(
            ["--workspace", str(made.workspace), QUIT_WHEN_READY],
            made.home,
            made.folder,
            until=READY,
        ).seconds
        for _ in range(STARTS)
    ]
    shown["start_to_window_seconds"] = round(statistics.median(starts), 4)
    return shown


def _verbs(made: Made) -> dict[str, Any]:
    result = next(iter(sorted(made.results.glob("*.json"))))
    workspace = ["--lang", "en", "--workspace", str(made.workspace)]
    verbs = {
        "version_seconds": ["--version"],
        "result_show_seconds": ["--lang", "en", "result", "show", str(result)],
        "score_set_seconds": [
            *workspace,
            "score",
            "set",
            "--package",
            made.package_id,
            made.first_submission,
            f"{made.first_criterion}=5",
        ],
    }
    return {
        name: round(
            statistics.median(
                run_child(arguments, made.home, made.folder).seconds for _ in range(VERB_RUNS)
            ),
            4,
        )
        for name, arguments in verbs.items()
    }


def _merge(made: Made) -> dict[str, Any]:
    done = run_child(
        [
            "--lang",
            "en",
            "--workspace",
            str(made.workspace),
            "merge",
            "--package",
            str(made.package),
            str(made.results),
            "-o",
            str(made.folder / "merged-by-juri.json"),
        ],
        made.home,
        made.folder,
        {"JURI_PASSPHRASE": made.passphrase},
    )
    return {
        "merge_peak_rss_mb": megabytes(done.peak_rss_bytes),
        "merge_command_seconds": round(done.seconds, 4),
    }


# --- the window, in the child ----------------------------------------------------------------


def window_child(argv: Sequence[str]) -> int:
    """``juri --bench-window WORKSPACE PACKAGE SWITCHES``: prints one JSON object."""
    workspace, package_id, switches = argv[0], argv[1], int(argv[2])
    print(json.dumps(measure(Path(workspace), package_id, max(switches, 1))))
    sys.stdout.flush()
    return 0


def measure(workspace_dir: Path, package_id: str, switches: int) -> dict[str, object]:
    """The time to show a package (the window's list, scoring panel and first proposal,
    painted) and to switch from one submission to the next (the list selection, scoring panel,
    details and proposal following it)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from app import i18n, settings
    from app.bench.timing import ms, percentile
    from app.services.wiring import open_workspace
    from ui.app import application
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    def settle() -> bool:
        """Process what the change posted, for at most SETTLE_MS; False when events were
        still coming then (QPdfView's fit-to-width can trade a scroll bar back and forth
        without end, and a plain processEvents() would never return)."""
        limit = time.perf_counter() + SETTLE_MS / 1000
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, SETTLE_MS)
        return time.perf_counter() < limit

    app = application()
    i18n.install("en")
    workspace = open_workspace(workspace_dir)
    tasks = TaskRunner(app)
    window = MainWindow(workspace, settings.load(), tasks)
    window.show()
    QApplication.processEvents()
    started = time.perf_counter()
    window.show_package(package_id)
    unsettled = 0 if settle() else 1
    window.repaint()
    show_seconds = time.perf_counter() - started
    rows = window.view.submissions.proxy.rowCount()
    latencies = []
    for _ in range(switches):
        before = window.view.code
        started = time.perf_counter()
        window.view.go(1)
        unsettled += 0 if settle() else 1
        window.repaint()
        latencies.append(time.perf_counter() - started)
        if window.view.code == before:  # the end of the list: back to the top
            window.view.submissions.select(window.view.submissions.neighbour(-rows + 1) or "")
    window.close()
    tasks.wait()
    workspace.close()
    return {
        "rows": rows,
        "show_package_seconds": round(show_seconds, 4),
        "switch_median_ms": ms(percentile(latencies, 0.5)),
        "switch_p99_ms": ms(percentile(latencies, 0.99)),
        "unsettled": unsettled,
    }
