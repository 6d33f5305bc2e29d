"""Small timing helpers: one clock (``perf_counter``) and one definition of a percentile."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[T, float]:
    """``work()``'s result and the seconds it took."""
    started = time.perf_counter()
    value = work()
    return value, time.perf_counter() - started


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: …`` then ``t[0]`` holds the seconds the block took."""
    found: list[float] = []
    started = time.perf_counter()
    try:
        yield found
    finally:
        found.append(time.perf_counter() - started)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0–1): a value that was really measured, so a
    p99 over 1,000 saves is the 990th slowest, never an interpolation between two."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def secs(seconds: float) -> float:
    return round(seconds, 4)
