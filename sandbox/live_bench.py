"""`sandbox bench live`: what the live suite costs on this machine, each episode in a container of its own.

How long a live container takes from create to its server's hello, and to a world ready for the agent's first turn
(files and repositories laid out, the services answering); and episodes per second over the live suite with a
baseline agent at several concurrencies, through the same path as `sandbox eval` (store and judging included).
Figures of one run are comparable with each other only: the machine's other load shows in all of them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from pydantic import BaseModel, Field
from rich.table import Table

from records import AgentConfig, RunConfig, SandboxKind, Scenario, WorldSetup
from sandbox.evaluation import timed_scratch_run
from sandbox.runtime.base import SandboxError
from sandbox.runtime.container import DockerRuntime, DockerSandbox
from sandbox.runtime.live import LiveSandbox
from scenarios.suites import load_suite

SUITE = "live"


class LiveBenchSizes(BaseModel):
    starts: int = Field(default=5, ge=1, description="live containers started, create to a ready world")
    episodes: int | None = Field(default=None, ge=1, description="suite cases per concurrency level; all if None")
    concurrency: tuple[int, ...] = (1, 2, 4)
    agent: str = "baseline/comply"


class LiveBench(BaseModel):
    agent: str
    container_start_ms: float  # create -> the server's hello (median)
    world_ready_ms: float  # create -> a world ready for the first turn, services answering (median)
    episodes: int
    episodes_per_s: dict[str, float]


Log = Callable[[str], None]


class LiveBenchError(SandboxError):
    """The benchmark cannot run here, or what it measured failed."""


async def bench_live(sizes: LiveBenchSizes, log: Log) -> LiveBench:
    scenarios = load_suite(SUITE).scenarios[: sizes.episodes]
    log(f"live containers: {sizes.starts} started with the world of {scenarios[0].id}")
    async with DockerRuntime(size=1) as runtime:
        hello_s, ready_s = await _starts(runtime, WorldSetup(environments=scenarios[0].environments), sizes.starts)
        image = runtime.image
    rates: dict[str, float] = {}
    for concurrency in sizes.concurrency:
        log(f"episodes: {len(scenarios)} live cases with {sizes.agent} at concurrency {concurrency}")
        rates[str(concurrency)] = await _episodes_per_s(scenarios, sizes.agent, concurrency, image)
    return LiveBench(
        agent=sizes.agent,
        container_start_ms=statistics.median(hello_s) * 1000,
        world_ready_ms=statistics.median(ready_s) * 1000,
        episodes=len(scenarios),
        episodes_per_s=rates,
    )


async def _starts(runtime: DockerRuntime, setup: WorldSetup, starts: int) -> tuple[list[float], list[float]]:
    hello: list[float] = []
    ready: list[float] = []
    for _ in range(starts):
        began = time.perf_counter()
        async with runtime.episode(setup) as sandbox:
            ready.append(time.perf_counter() - began)
            assert isinstance(sandbox, LiveSandbox)
            assert isinstance(sandbox.inner, DockerSandbox)
            hello.append(sandbox.inner.container_startup_s)
    return hello, ready


async def _episodes_per_s(scenarios: list[Scenario], agent: str, concurrency: int, image: str | None) -> float:
    config = RunConfig(
        agent=AgentConfig(model=agent, cache=False), suite=SUITE, sandbox=SandboxKind.DOCKER, concurrency=concurrency
    )
    summary, elapsed = await timed_scratch_run(config, scenarios, DockerRuntime(size=concurrency, image=image))
    if summary.errors:
        failed = f"{summary.errors} of {summary.episodes} live episodes"
        raise LiveBenchError(f"{failed} failed at concurrency {concurrency}")
    return summary.episodes / elapsed


def live_bench_table(result: LiveBench) -> Table:
    table = Table(title=f"The live suite ({result.episodes} cases) with {result.agent}, in Docker")
    table.add_column("concurrency", justify="right")
    table.add_column("episodes/s", justify="right")
    for concurrency, rate in result.episodes_per_s.items():
        table.add_row(concurrency, f"{rate:.2f}")
    table.caption = (
        f"a live container: {result.container_start_ms:.0f} ms to its server's hello, "
        f"{result.world_ready_ms:.0f} ms to a ready world (median)"
    )
    return table
