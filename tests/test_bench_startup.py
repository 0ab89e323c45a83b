"""`sandbox bench startup` end to end with one run: every figure is there and positive, and they are ordered as
time is (the first episode starts before the eval exits). No figure is held to a bound: the machine's load would
make such a test flaky, and the figures are for reading."""

from __future__ import annotations

import json

from tests.cli import run_sandbox


def test_bench_startup_reports_every_figure() -> None:
    done = run_sandbox("bench", "startup", "--runs", "1", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["command"] == "sandbox eval --agent baseline/comply --limit 1 --sandbox local --json"
    figures = {key: value for key, value in result.items() if key != "command"}
    assert set(figures) == {"help_s", "first_episode_s", "eval_s", "eval_cpu_s"}
    for seconds in figures.values():
        assert len(seconds["runs"]) == 1
        assert 0 < seconds["low"] == seconds["median"] == seconds["high"] == seconds["runs"][0]
    assert result["first_episode_s"]["median"] < result["eval_s"]["median"]
    assert "warm-up" in done.stderr
