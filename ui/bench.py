"""The juror's window at scale, for ``juri bench`` (run as ``python -m ui.bench``, offscreen).

A separate process because the core never imports the GUI, and so the figures are those of a
fresh Qt application. Prints one JSON object: the time to show a package (the window's list,
scoring panel and first proposal, painted) and the time to switch from one submission to the
next (the list selection, scoring panel, details and proposal following it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SETTLE_MS = 2000


def measure(workspace_dir: Path, package_id: str, switches: int) -> dict[str, object]:
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
    return {"rows": rows, "show_package_seconds": round(show_seconds, 4),
            "switch_median_ms": ms(percentile(latencies, 0.5)),
            "switch_p99_ms": ms(percentile(latencies, 0.99)), "unsettled": unsettled}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench")
    parser.add_argument("workspace", type=Path)
    parser.add_argument("package_id")
    parser.add_argument("--switches", type=int, default=200)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.workspace, args.package_id, max(args.switches, 1))))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
