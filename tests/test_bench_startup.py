"""`sandbox bench startup` end to end with one run: every figure is there and positive, and they are ordered as
time is (the first episode starts before the eval exits). No figure is held to a bound: the machine's load would
make such a test flaky, and the figures are for reading."""

from __future__ import annotations

import json
import subprocess
import sys

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


def test_the_collector_skips_what_the_imports_made_at_exit() -> None:
    """Once `sandbox` is loaded, its exit freezes the objects the imports made, so that Python's last collections
    skip them (seconds of wall time with litellm loaded); a hook registered before it runs after it and sees that."""
    script = (
        "import atexit, gc\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count()))\n"
        "import sandbox.cli.main\n"
        "print('before exit', gc.get_freeze_count())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    before, frozen = done.stdout.splitlines()
    assert before == "before exit 0"
    assert int(frozen.removeprefix("frozen ")) > 10_000
