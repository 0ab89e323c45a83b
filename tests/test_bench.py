"""`sandbox bench runtime` and `sandbox bench live` end to end with tiny sizes: the JSON has exactly the documented
shape, every figure is positive, the pooled container beats `docker exec`, a live world is ready after its hello."""

from __future__ import annotations

import json

import pytest

from tests.cli import run_sandbox
from tests.data import DATA_DIR


@pytest.mark.docker
def test_bench_runtime_reports_every_figure() -> None:
    sizes = ("--episodes", "2", "--calls", "20", "--exec-calls", "2", "--starts", "1")
    done = run_sandbox("bench", "runtime", "--json", "--data-dir", str(DATA_DIR), *sizes)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"rtt_ms", "container_start_ms", "episodes_per_s"}
    assert set(result["rtt_ms"]) == {"local", "docker", "docker_exec"}
    for figures in result["rtt_ms"].values():
        assert set(figures) == {"p50", "p99"}
        assert 0 < figures["p50"] <= figures["p99"]
    assert result["container_start_ms"] > 0
    assert set(result["episodes_per_s"]) == {"1", "4", "16"}
    assert all(rate > 0 for rate in result["episodes_per_s"].values())
    assert result["rtt_ms"]["docker"]["p50"] < result["rtt_ms"]["docker_exec"]["p50"]


@pytest.mark.docker
def test_bench_live_reports_every_figure() -> None:
    done = run_sandbox("bench", "live", "--json", "--episodes", "2", "--concurrency", "1,2", "--starts", "2")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"agent", "container_start_ms", "world_ready_ms", "episodes", "episodes_per_s"}
    assert result["agent"] == "baseline/comply"
    assert result["episodes"] == 2
    # The world is ready only after the server's hello: its files laid out and its services answering.
    assert 0 < result["container_start_ms"] < result["world_ready_ms"]
    assert set(result["episodes_per_s"]) == {"1", "2"}
    assert all(rate > 0 for rate in result["episodes_per_s"].values())
