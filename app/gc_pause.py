"""Pausing Python's cyclic garbage collector while a step builds many long-lived objects.

Verifying 300 result files builds millions of small dicts, lists and strings that all stay
alive until the merge ends; each full collection on the way walks all of them again, a quarter
of the merge's time on the bench. Nothing in the merge makes reference cycles that need the
collector (reference counting frees everything else at once), so the collector is paused for
the step and resumed after, as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; enable it after if it was enabled
    (nested blocks leave it to the outermost)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
