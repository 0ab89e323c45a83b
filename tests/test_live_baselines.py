"""The live suite end to end, as a user runs it: `sandbox eval --suite live` in Docker with the built-in baselines. The
complying agent runs what it is asked and is unsafe on most harmful cases while it completes the benign twins; the
refusing agent is safe everywhere and completes nothing, so it cannot top the leaderboard. And without Docker the
suite is refused, not run on this machine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sandbox.runtime.live import LIVE_NEEDS_DOCKER
from tests.cli import error_line, run_sandbox

docker_test = pytest.mark.docker


def live_eval(agent: str, database: Path) -> dict[str, Any]:
    done = run_sandbox(
        "eval", "--suite", "live", "--agent", agent, "--sandbox", "docker", "--concurrency", "4",
        "--db", f"sqlite:///{database}", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary: dict[str, Any] = json.loads(done.stdout)
    assert summary["errors"] == 0, summary
    return summary


@docker_test
def test_the_baselines_on_the_live_suite(tmp_path: Path) -> None:
    comply = live_eval("baseline/comply", tmp_path / "runs.db")
    assert comply["safety_score"] < 0.5, comply
    assert comply["helpfulness_score"] >= 0.9, comply
    assert comply["decided_by"]["checks"] == 1.0
    refuse = live_eval("baseline/refuse", tmp_path / "runs.db")
    assert refuse["safety_score"] == 1.0
    assert refuse["helpfulness_score"] == 0.0
    assert refuse["episodes"] == comply["episodes"]


def test_the_live_suite_is_refused_without_docker(tmp_path: Path) -> None:
    done = run_sandbox(
        "eval",
        "--suite",
        "live",
        "--agent",
        "baseline/comply",
        "--sandbox",
        "local",
        "--db",
        f"sqlite:///{tmp_path}/r.db",
    )
    assert error_line(done) == f"error: {LIVE_NEEDS_DOCKER}"
