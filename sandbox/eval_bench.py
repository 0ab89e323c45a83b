"""`sandbox bench eval`: how much of a latency-bound evaluation the harness itself costs, at several concurrencies.

Each level is a real run (`sandbox.evaluation.evaluate`, a fresh SQLite store, the chosen sandbox) of the first
Agent-SafetyBench cases against a simulated agent served over HTTP by `sandbox.latency_server` in a process of its
own, answering every request after the same latency. The agent's client is imported before the first level, so no
level pays for it; each still starts its runtime within its wall time, made as `sandbox eval` makes it (a Docker
pool of containers hosting `worlds_per_container` worlds each, the run config's default).

Ideal time is `requests x latency / min(concurrency, episodes)`: what the run would take if the harness cost
nothing, ignoring that the longest episode's chain of turns bounds it from below. Per-turn overhead is the time
outside the model call, measured at the server: between sending a conversation's reply and receiving its next
request, and for a first turn between the episode's start (as stored) and its first request. Figures of one run
are comparable with each other only: the machine's other load shows in all of them."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel
from rich.table import Table

from records import AgentConfig, Episode, RunConfig, SandboxKind, Scenario
from sandbox.agents.conversation import opening_messages
from sandbox.agents.loading import chat_agent_class
from sandbox.evaluation import evaluate, new_run
from sandbox.latency_server import API_PATH, READY_LINE, STATS_PATH, ServerStats, conversation_key
from sandbox.peak_memory import PeakMemory, PeakMemoryMb
from sandbox.percentiles import Percentiles, percentiles_ms
from sandbox.processes import stop_process
from sandbox.runtime import open_runtime
from sandbox.runtime.base import Runtime, SandboxError
from sandbox.runtime.cleanup import LABEL_RUNTIME
from sandbox.runtime.container import DockerRuntime
from sandbox.store import Store
from scenarios.suites import load_suite

SUITE = "agent-safetybench"
AGENT = "openai/latency-agent"

Log = Callable[[str], None]


class EvalBenchError(SandboxError):
    """The benchmark cannot run here, or a level's run failed."""


class EvalLevel(BaseModel):
    concurrency: int
    episodes: int
    requests: int  # model requests the server answered
    # Agent turns the store holds: equal to requests unless a request failed or an episode that had asked was
    # retried on a fresh sandbox (the lost attempt's turns are discarded).
    turns: int
    # Episodes that ended in an error (e.g. their sandbox lost twice): counted in, so that a level overloaded into
    # failures still reports what it cost rather than nothing.
    errors: int
    wall_s: float
    ideal_s: float
    efficiency: float
    episodes_per_s: float
    overhead_ms: Percentiles
    overhead_samples: int
    peak_rss_mb: float  # host process + containers
    host_peak_rss_mb: float
    containers_peak_rss_mb: float


class EvalBench(BaseModel):
    latency_ms: float
    sandbox: SandboxKind
    levels: list[EvalLevel]


async def bench_eval(
    data_dir: Path,
    latency_ms: float,
    concurrency: list[int],
    sandbox: SandboxKind,
    episodes: int,
    log: Log,
) -> EvalBench:
    scenarios = load_suite(SUITE, data_dir).scenarios[:episodes]
    if not scenarios:
        raise EvalBenchError(f"no Agent-SafetyBench cases in {data_dir}: `sandbox data pull agent-safetybench` first")
    await asyncio.to_thread(chat_agent_class)  # litellm's import, seconds, is not a level's to pay
    levels = []
    for level in concurrency:
        log(f"{len(scenarios)} Agent-SafetyBench cases at concurrency {level}, {latency_ms:g} ms per model call")
        levels.append(await _level(scenarios, data_dir, latency_ms, level, sandbox))
    return EvalBench(latency_ms=latency_ms, sandbox=sandbox, levels=levels)


async def _level(
    scenarios: list[Scenario], data_dir: Path, latency_ms: float, concurrency: int, kind: SandboxKind
) -> EvalLevel:
    with latency_server(latency_ms) as server, tempfile.TemporaryDirectory(prefix="sandbox-bench-") as scratch:
        config = RunConfig(
            # No retries: every request the server counts is one turn the store holds.
            agent=AgentConfig(model=AGENT, api_base=server + API_PATH, cache=False, retries=0),
            suite=SUITE,
            sandbox=kind,
            concurrency=concurrency,
            data_dir=str(data_dir),
        )
        store = Store(f"sqlite:///{scratch}/bench.db")
        try:
            run = new_run(config)
            store.create_run(run)
            runtime, containers = _runtime(config)
            with PeakMemory(containers) as peak:
                began = time.perf_counter()
                summary = await evaluate(run, scenarios, store, runtime, lambda done, total: None, lambda _: None)
                wall_s = time.perf_counter() - began
            stored = store.episodes(run.id)
        finally:
            store.close()
        stats = _stats(server)
    overhead_s = stats.gaps_s + _first_turn_overheads(scenarios, stored, stats)
    ideal_s = stats.requests * latency_ms / 1000 / min(concurrency, len(scenarios))
    memory: PeakMemoryMb = peak.result()
    return EvalLevel(
        concurrency=concurrency,
        episodes=len(stored),
        requests=stats.requests,
        turns=sum(len(episode.steps) for episode in stored),
        errors=summary.errors,
        wall_s=wall_s,
        ideal_s=ideal_s,
        efficiency=ideal_s / wall_s,
        episodes_per_s=len(stored) / wall_s,
        overhead_ms=percentiles_ms(overhead_s) if overhead_s else Percentiles(p50=0, p99=0),
        overhead_samples=len(overhead_s),
        peak_rss_mb=memory.host + memory.containers,
        host_peak_rss_mb=memory.host,
        containers_peak_rss_mb=memory.containers,
    )


def _runtime(config: RunConfig) -> tuple[Runtime, Callable[[], list[str]] | None]:
    """The level's runtime, made as `sandbox eval` makes it (its pool, worlds per container), and what lists its
    containers (None where it has none)."""
    runtime, _ = open_runtime(config.sandbox, config.concurrency, config.isolation, config.worlds_per_container)
    if not isinstance(runtime, DockerRuntime):
        return runtime, None
    runtime_id = runtime.id

    def containers() -> list[str]:
        # The runtime's client belongs to the event loop's threads; the sampling thread asks through its own.
        import docker

        client = docker.from_env()
        try:
            found = client.api.containers(all=True, quiet=True, filters={"label": f"{LABEL_RUNTIME}={runtime_id}"})
        finally:
            client.close()
        return [str(item["Id"]) for item in found]

    return runtime, containers


def _first_turn_overheads(scenarios: list[Scenario], stored: list[Episode], stats: ServerStats) -> list[float]:
    """From each episode's start to its conversation's first request. Conversations that open alike are paired
    with their episodes in order of time; those the server saw fewer of than the store holds are left out."""
    keys = {scenario.id: conversation_key(opening_messages(scenario)) for scenario in scenarios}
    started: dict[str, list[float]] = defaultdict(list)
    for episode in stored:
        if episode.steps:
            started[keys[episode.case_id]].append(episode.started_at.timestamp())
    received: dict[str, list[float]] = defaultdict(list)
    for first in stats.first_requests:
        received[first.conversation].append(first.received_at)
    overheads: list[float] = []
    for key, starts in started.items():
        # An episode retried on a fresh sandbox asked first twice; the stored attempt is the later one.
        asked = sorted(received[key])[-len(starts) :]
        if len(asked) == len(starts):
            overheads.extend(first - start for start, first in zip(sorted(starts), asked, strict=True))
    return overheads


@contextlib.contextmanager
def latency_server(latency_ms: float) -> Iterator[str]:
    """Start `sandbox.latency_server` in a process of its own on a free loopback port; yields its root URL."""
    command = [sys.executable, "-m", "sandbox.latency_server", "--latency-ms", str(latency_ms)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()  # its ready line, or nothing when it exits first
        if not line.startswith(READY_LINE):
            raise EvalBenchError(f"the latency server did not start (exit code {process.poll()}): {line!r}")
        yield f"http://127.0.0.1:{int(line.removeprefix(READY_LINE))}"
    finally:
        stop_process(process, 10)


def _stats(server: str) -> ServerStats:
    with urllib.request.urlopen(server + STATS_PATH, timeout=30) as response:
        return ServerStats.model_validate(json.load(response))


def eval_bench_table(result: EvalBench) -> Table:
    table = Table(title=f"Agent-SafetyBench against a {result.latency_ms:g} ms agent, sandbox {result.sandbox}")
    for column in ("concurrency", "episodes", "errors", "requests", "wall s", "ideal s", "efficiency", "episodes/s"):
        table.add_column(column, justify="right")
    for column in ("overhead p50 ms", "overhead p99 ms", "peak RSS MB (host + containers)"):
        table.add_column(column, justify="right")
    for level in result.levels:
        table.add_row(
            str(level.concurrency),
            str(level.episodes),
            str(level.errors),
            str(level.requests),
            f"{level.wall_s:.1f}",
            f"{level.ideal_s:.1f}",
            f"{level.efficiency:.2f}",
            f"{level.episodes_per_s:.1f}",
            f"{level.overhead_ms.p50:.0f}",
            f"{level.overhead_ms.p99:.0f}",
            f"{level.peak_rss_mb:.0f} ({level.host_peak_rss_mb:.0f} + {level.containers_peak_rss_mb:.0f})",
        )
    table.caption = "ideal = requests x latency / min(concurrency, episodes); efficiency = ideal / wall"
    return table
