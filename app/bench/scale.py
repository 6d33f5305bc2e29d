"""How big a synthetic competition the bench makes.

The default is KIPP well beyond its real size (about 3,500 proposals a year); ``--quick`` is a
round small enough for a smoke test, still exercising every step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    submissions: int = 5000
    criteria: int = 10
    jurors: int = 300
    per_submission: int = 3  # jurors scoring each submission
    proposal_kb: int = 64  # size of each synthetic proposal file
    saves: int = 1000  # score changes timed one by one
    sheets: int = 1000  # blank evaluation sheets rendered
    switches: int = 200  # submission switches timed in the juror's window
    seed: int = 2023

    def check(self) -> None:
        """Refuse impossible shapes before anything is made (a programming error in tests,
        a usage error on the command line: the CLI checks the same bounds)."""
        if min(self.submissions, self.criteria, self.jurors, self.per_submission) < 1:
            raise ValueError("every count must be at least 1")
        if self.per_submission > self.jurors:
            raise ValueError("more jurors per submission than jurors")


QUICK = Scale(
    submissions=60,
    criteria=5,
    jurors=12,
    per_submission=3,
    proposal_kb=8,
    saves=60,
    sheets=10,
    switches=20,
)
