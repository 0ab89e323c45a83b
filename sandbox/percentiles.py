"""The p50 and p99 the benchmarks report."""

from __future__ import annotations

import math
import statistics

from pydantic import BaseModel


class Percentiles(BaseModel):
    p50: float
    p99: float


def percentiles_ms(seconds: list[float]) -> Percentiles:
    """The median and the nearest-rank 99th percentile of durations in seconds, in milliseconds."""
    ordered = sorted(seconds)
    nearest_rank = ordered[max(math.ceil(0.99 * len(ordered)) - 1, 0)]
    return Percentiles(p50=statistics.median(ordered) * 1000, p99=nearest_rank * 1000)
