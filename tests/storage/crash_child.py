"""The juror's side of the crash test: score without pause and report each saved change.

Run as ``python -m tests.storage.crash_child WORKSPACE START``: applies :func:`step` for
``START, START + 1, …`` and prints ``saved N`` only after the change's transaction returned,
exactly what the app's "saved" indicator promises. The test kills it with SIGKILL. The WAL is
checkpointed in the background every third change, so kills also land in those.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

PACKAGE = "test-pkg"
CODES = ("S001", "S002")
CRITERIA = (
    "RINGKASAN",
    "LATAR",
    "KEBARUAN",
    "IMPLEMENTASI",
    "SIGNIFIKANSI",
    "ADAPTABILITAS",
    "SUMBER_DAYA",
    "KEBERLANJUTAN",
)


def step(n: int) -> tuple[str, str, str, object]:
    """The n-th change: (kind, submission, criterion, value); scores and comments alternate."""
    code, criterion = CODES[n % 2], CRITERIA[(n // 2) % len(CRITERIA)]
    if n % 3 == 2:
        return "comment", code, criterion, f"catatan nomor {n}"
    return "score", code, criterion, Decimal(n % 10 + 1)


def main() -> None:
    from app.services.wiring import open_workspace

    folder, start = Path(sys.argv[1]), int(sys.argv[2])
    ws = open_workspace(folder, checkpoint_every=3)  # kills land inside WAL checkpoints too
    print("ready", flush=True)
    n = start
    while True:
        kind, code, criterion, value = step(n)
        if kind == "score":
            ws.scoring.set_score(PACKAGE, code, criterion, value)
        else:
            ws.scoring.set_comment(PACKAGE, code, criterion, value)
        print(f"saved {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
