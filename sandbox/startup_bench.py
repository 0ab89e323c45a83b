"""`sandbox bench startup`: how long `sandbox` takes to start, as a user meets it, in fresh processes.

Three figures, each over several runs after one unmeasured warm-up (it fills the disk cache and builds the store):
`sandbox eval --help`; the wall time from launching `sandbox eval --agent baseline/comply --limit 1 --sandbox local`
to its first episode's start (as the store records it) and to its exit; and the CPU seconds that eval spent, which
the machine's other load disturbs less than the wall times."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from pydantic import BaseModel
from rich.table import Table

from sandbox.errors import UserError
from sandbox.store import Store

EVAL = ("eval", "--agent", "baseline/comply", "--limit", "1", "--sandbox", "local", "--json")
HELP = ("eval", "--help")


class StartupError(UserError):
    """A measured command failed."""


class Seconds(BaseModel):
    median: float
    low: float
    high: float
    runs: list[float]

    @classmethod
    def of(cls, samples: list[float]) -> Seconds:
        return cls(
            median=round(statistics.median(samples), 3),
            low=round(min(samples), 3),
            high=round(max(samples), 3),
            runs=[round(sample, 3) for sample in samples],
        )


class StartupBench(BaseModel):
    command: str
    help_s: Seconds
    first_episode_s: Seconds
    eval_s: Seconds
    eval_cpu_s: Seconds


class _Launch(BaseModel):
    began: float
    wall_s: float
    cpu_s: float
    stdout: str


def bench_startup(runs: int, log: Callable[[str], None]) -> StartupBench:
    with tempfile.TemporaryDirectory(prefix="sandbox-startup-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'startup.db'}"
        log("warm-up: one eval, unmeasured")
        _launch(*EVAL, "--db", url)
        helps, firsts, evals, cpus = [], [], [], []
        for index in range(1, runs + 1):
            log(f"run {index} of {runs}")
            helps.append(_launch(*HELP).wall_s)
            done = _launch(*EVAL, "--db", url)
            firsts.append(_first_episode_at(url, done.stdout) - done.began)
            evals.append(done.wall_s)
            cpus.append(done.cpu_s)
    return StartupBench(
        command="sandbox " + " ".join(EVAL),
        help_s=Seconds.of(helps),
        first_episode_s=Seconds.of(firsts),
        eval_s=Seconds.of(evals),
        eval_cpu_s=Seconds.of(cpus),
    )


def _launch(*args: str) -> _Launch:
    """`sandbox ARGS` in a fresh interpreter (this one's), timed from the launch."""
    before = os.times()
    began = time.time()
    done = subprocess.run([sys.executable, "-m", "sandbox", *args], capture_output=True, text=True, check=False)
    wall = time.time() - began
    after = os.times()
    if done.returncode != 0:
        raise StartupError(f"`sandbox {' '.join(args)}` failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return _Launch(began=began, wall_s=wall, cpu_s=cpu, stdout=done.stdout)


def _first_episode_at(url: str, summary_json: str) -> float:
    """When the run's first episode started (the clock of the same machine), from the store."""
    from sandbox.results.summary import RunSummary

    run_id = RunSummary.model_validate_json(summary_json).run_id
    store = Store(url)
    try:
        started = min(episode.started_at for episode in store.episodes(run_id))
    finally:
        store.close()
    # Stored in UTC; a store that keeps no zone (SQLite) gives it back naive.
    return (started if started.tzinfo else started.replace(tzinfo=UTC)).timestamp()


def startup_table(result: StartupBench) -> Table:
    table = Table(title="Start-up (s), fresh processes", caption=result.command)
    for heading in ("figure", "median", "low", "high"):
        table.add_column(heading, justify="left" if heading == "figure" else "right")
    for name, figures in (
        ("eval --help", result.help_s),
        ("launch to first episode", result.first_episode_s),
        ("launch to exit", result.eval_s),
        ("CPU (user + system)", result.eval_cpu_s),
    ):
        table.add_row(name, f"{figures.median:.2f}", f"{figures.low:.2f}", f"{figures.high:.2f}")
    return table
