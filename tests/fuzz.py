"""How the fuzz tests explore: fresh inputs on every run, within a bounded budget.

Each run draws new inputs (no ``derandomize``), so the runs of a week together try far more
than any one; ``max_examples`` and the deadline keep one run short (``JURI_FUZZ_EXAMPLES``
raises the budget for a long run). An input that fails is kept twice: Hypothesis's example
database (``.hypothesis/`` in the checkout) replays it first on that machine until it passes,
and the failure prints a ``@reproduce_failure`` blob; the fix then adds the input to the test
as an explicit ``@example``, so every machine and every CI run checks it for good
(docs/security.md §5).
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("JURI_FUZZ_EXAMPLES", "40"))


def fuzz(examples: int = EXAMPLES) -> settings:
    """Settings for one fuzz test: ``examples`` fresh inputs, each under five seconds."""
    return settings(
        max_examples=examples,
        deadline=dt.timedelta(seconds=5),
        print_blob=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


FUZZ = fuzz()
