"""`sandbox bench runtime`: what running environments in Docker costs, in one run on this machine.

Tool-call round trips in-process, through a pooled container and through `docker exec` per call (the naive way:
a new process that builds the world and answers one call); how long a container takes from create to its server's
hello; and episodes per second over the Agent-SafetyBench suite with the comply baseline at several concurrencies,
through the same path as `sandbox eval` (store included). Figures of one run are comparable with each other only:
the machine's other load shows in all of them.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field
from rich.table import Table

from records import (
    AgentConfig,
    CallOutcome,
    EnvironmentSetup,
    Isolation,
    RunConfig,
    SandboxKind,
    Scenario,
    ToolCall,
    WorldSetup,
)
from sandbox.evaluation import timed_scratch_run
from sandbox.percentiles import Percentiles, percentiles_ms
from sandbox.runtime.base import Runtime, SandboxError
from sandbox.runtime.container import DockerRuntime, DockerSandbox
from sandbox.runtime.local import LocalRuntime
from scenarios.suites import load_suite

SETUP = WorldSetup(
    environments=[
        EnvironmentSetup(
            name="email",
            state={
                "inbox": [
                    {
                        "id": "m1",
                        "sender": "boss@corp.example",
                        "recipients": ["user@example.com"],
                        "subject": "Q3 numbers",
                        "body": "Revenue is 12M.",
                    }
                ]
            },
        )
    ]
)
CALL = ToolCall(id="bench", name="read_email", arguments={"email_id": "m1"})
AGENT = "baseline/comply"
# What `docker exec` runs per call: a new interpreter that builds the world and answers the one call.
EXEC_SCRIPT = """
import sys
from environments.world import World
from records import ToolCall, WorldSetup
world = World(WorldSetup.model_validate_json(sys.argv[1]))
print(world.call(ToolCall.model_validate_json(sys.argv[2]), 0).model_dump_json())
"""


class BenchError(SandboxError):
    """The benchmark cannot run here, or what it measured failed."""


class BenchSizes(BaseModel):
    calls: int = Field(default=1000, ge=1, description="round trips in-process and through the pooled container")
    exec_calls: int = Field(default=30, ge=1, description="round trips through docker exec, each a new process")
    starts: int = Field(default=5, ge=1, description="containers started, create to hello")
    episodes: int | None = Field(default=None, ge=1, description="suite cases per concurrency level; all if None")
    concurrency: tuple[int, ...] = (1, 4, 16)


class RoundTrips(BaseModel):
    local: Percentiles
    docker: Percentiles
    docker_exec: Percentiles


class RuntimeBench(BaseModel):
    rtt_ms: RoundTrips
    container_start_ms: float
    episodes_per_s: dict[str, float]


Log = Callable[[str], None]


async def bench_runtime(data_dir: Path, sizes: BenchSizes, log: Log) -> RuntimeBench:
    scenarios = load_suite("agent-safetybench", data_dir).scenarios[: sizes.episodes]
    if not scenarios:
        raise BenchError(f"no Agent-SafetyBench cases in {data_dir}: `sandbox data pull agent-safetybench` first")
    log(f"round trips: {sizes.calls} in-process")
    local = await _round_trips(LocalRuntime(), sizes.calls)
    async with DockerRuntime(size=1) as pooled:
        log(f"round trips: {sizes.calls} through a pooled container, {sizes.exec_calls} by docker exec")
        docker = await _round_trips(pooled, sizes.calls)
        docker_exec = await _exec_round_trips(pooled, sizes.exec_calls)
        image = pooled.image
    log(f"container starts: {sizes.starts}")
    start_ms = await _container_start_ms(image, sizes.starts)
    episodes_per_s: dict[str, float] = {}
    for concurrency in sizes.concurrency:
        log(f"episodes: {len(scenarios)} Agent-SafetyBench cases with {AGENT} at concurrency {concurrency}")
        episodes_per_s[str(concurrency)] = await _episodes_per_s(scenarios, data_dir, concurrency, image)
    return RuntimeBench(
        rtt_ms=RoundTrips(local=local, docker=docker, docker_exec=docker_exec),
        container_start_ms=start_ms,
        episodes_per_s=episodes_per_s,
    )


async def _round_trips(runtime: Runtime, calls: int) -> Percentiles:
    samples: list[float] = []
    async with runtime.episode(SETUP) as sandbox:
        await sandbox.call(CALL, 0)  # the first call may pay for imports and caches
        for index in range(calls):
            began = time.perf_counter()
            outcome = await sandbox.call(CALL, index)
            samples.append(time.perf_counter() - began)
            _check(outcome)
    return percentiles_ms(samples)


async def _exec_round_trips(runtime: DockerRuntime, calls: int) -> Percentiles:
    samples: list[float] = []
    async with runtime.episode(SETUP) as sandbox:
        assert isinstance(sandbox, DockerSandbox)
        for _ in range(calls):
            began = time.perf_counter()
            outcome = await asyncio.to_thread(_exec_call, runtime, sandbox.container_id)
            samples.append(time.perf_counter() - began)
            _check(outcome)
    return percentiles_ms(samples)


def _exec_call(runtime: DockerRuntime, container_id: str) -> CallOutcome:
    """What `docker exec CONTAINER python3 -c ...` does: create the exec, run it attached, read its exit code."""
    api = runtime.client.api
    command = ["python3", "-c", EXEC_SCRIPT, SETUP.model_dump_json(), CALL.model_dump_json()]
    exec_id = api.exec_create(container_id, command, stdout=True, stderr=True)["Id"]
    output: bytes = api.exec_start(exec_id)
    if api.exec_inspect(exec_id)["ExitCode"] != 0:
        raise BenchError(f"docker exec failed: {output.decode(errors='replace')[-500:]}")
    return CallOutcome.model_validate_json(output)


def _check(outcome: CallOutcome) -> None:
    if not outcome.result.ok:
        raise BenchError(f"the benchmark's call failed: {outcome.result.error}")


async def _container_start_ms(image: str | None, starts: int) -> float:
    samples: list[float] = []
    async with DockerRuntime(size=1, image=image, isolation=Isolation.EPISODE) as runtime:
        for _ in range(starts):
            async with runtime.episode(SETUP) as sandbox:
                assert isinstance(sandbox, DockerSandbox)
                samples.append(sandbox.container_startup_s)
    return statistics.median(samples) * 1000


async def _episodes_per_s(scenarios: list[Scenario], data_dir: Path, concurrency: int, image: str | None) -> float:
    config = RunConfig(
        agent=AgentConfig(model=AGENT, cache=False),
        suite="agent-safetybench",
        sandbox=SandboxKind.DOCKER,
        concurrency=concurrency,
        data_dir=str(data_dir),
    )
    summary, elapsed = await timed_scratch_run(config, scenarios, DockerRuntime(size=concurrency, image=image))
    if summary.errors:
        raise BenchError(f"{summary.errors} of {summary.episodes} episodes failed at concurrency {concurrency}")
    return summary.episodes / elapsed


def bench_tables(result: RuntimeBench) -> list[Table]:
    trips = Table(title="Tool-call round trip (ms)")
    trips.add_column("path")
    trips.add_column("p50", justify="right")
    trips.add_column("p99", justify="right")
    for name, figures in result.rtt_ms:
        trips.add_row(name, f"{figures.p50:.3f}", f"{figures.p99:.3f}")
    speedup = result.rtt_ms.docker_exec.p50 / result.rtt_ms.docker.p50
    trips.caption = f"pooled container: {speedup:.0f}x faster than docker exec (p50)"
    runs = Table(title=f"Agent-SafetyBench with {AGENT}, in Docker")
    runs.add_column("concurrency", justify="right")
    runs.add_column("episodes/s", justify="right")
    for concurrency, rate in result.episodes_per_s.items():
        runs.add_row(concurrency, f"{rate:.1f}")
    runs.caption = f"container start (create -> hello): {result.container_start_ms:.0f} ms"
    return [trips, runs]
