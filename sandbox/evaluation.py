"""`sandbox eval` as a library call: open the store, the runtime, the agent and the run's judge, run, summarize.

The agent's class (litellm, seconds to import) is imported in a thread while the runtime starts (a Docker engine's
round trips), unless a caller began it sooner (`sandbox.agents.loading.preload`).

Where the episodes run is the executor's choice: in this process (the default), or on a Ray cluster's nodes
(`RayExecutor`, `sandbox.distributed`: Ray is imported only then)."""

from __future__ import annotations

import asyncio
import signal
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from failure_modes.batching import Batched
from failure_modes.registry import build_judge
from model_client.cache import ResponseCache
from model_client.errors import FatalLLMError
from records import Episode, Run, RunConfig, RunStatus, Scenario
from sandbox.agents.loading import chat_agent_class
from sandbox.errors import InfrastructureError
from sandbox.paths import default_cache_dir
from sandbox.results.summary import RunSummary, summarize
from sandbox.runner import Trial, chosen_scenarios, execute, pending_trials
from sandbox.runtime.base import Runtime
from sandbox.store import Store
from sandbox.store.lease import HEARTBEAT_S, RunLease


def _stopping_cause(error: BaseException) -> FatalLLMError | InfrastructureError | None:
    """What stopped the run behind a failure of the episodes' task group: a fatal model error or an infrastructure
    failure, if it was one of those."""
    if isinstance(error, FatalLLMError | InfrastructureError):
        return error
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            if (found := _stopping_cause(inner)) is not None:
                return found
    return None


@dataclass(frozen=True)
class RayExecutor:
    """Where a run's episodes run, in place of a runtime: on the Ray cluster at `address` (`ray://HOST:PORT`, `auto`;
    None: the one `ray.init` finds or starts), each node with a runtime of its own of the run's kind
    (`sandbox.distributed.driver`)."""

    address: str | None = None


def new_run(config: RunConfig) -> Run:
    return Run(id=uuid.uuid4().hex[:12], config=config)


async def timed_scratch_run(config: RunConfig, scenarios: list[Scenario], runtime: Runtime) -> tuple[RunSummary, float]:
    """A new run of `scenarios`, stored in a database removed afterwards, and its wall time in seconds: what the
    benchmarks time, through the same path as `sandbox eval`."""
    with tempfile.TemporaryDirectory(prefix="sandbox-bench-") as scratch:
        store = Store(f"sqlite:///{scratch}/bench.db")
        try:
            run = new_run(config)
            store.create_run(run)
            began = time.perf_counter()
            summary = await evaluate(run, scenarios, store, runtime, lambda done, total: None, lambda episode: None)
            return summary, time.perf_counter() - began
        finally:
            store.close()


async def evaluate(
    run: Run,
    scenarios: list[Scenario],
    store: Store,
    runtime: Runtime | RayExecutor,
    on_start: Callable[[int, int], None],
    on_episode: Callable[[Episode], None],
    *,
    redo_errors: bool = False,
) -> RunSummary:
    """Run what is left of `run` over the suite's `scenarios` (those its config chooses, each once per epoch): the
    trials (`sandbox.runner.Trial`) not finished yet, `on_start` told how many are done and how many there are in
    all; with `redo_errors`, the episodes that ended in an error are run again too. They run on `runtime` in this
    process, or on the nodes of a Ray cluster (`RayExecutor`), each node on a runtime of its own of the run's kind
    (`run.config.sandbox`).

    The run's lease is taken first: a run another live process is running raises `RunBusyError` and changes nothing.
    On cancellation (Ctrl-C, SIGTERM), a fatal model error or an infrastructure failure (`InfrastructureError`: the
    database, the container engine, a lost lease) the run is marked interrupted, as far as the database still takes
    writes, and resumable; the last two are raised as themselves, not inside the task group's exception group."""
    lease = store.lease(run.id)
    lease.acquire()
    try:
        return await _evaluate(run, scenarios, store, runtime, on_start, on_episode, lease, redo_errors)
    finally:
        # A database that fails here has already stopped the run with an error of its own.
        with suppress(InfrastructureError):
            lease.release()


async def _evaluate(
    run: Run,
    scenarios: list[Scenario],
    store: Store,
    runtime: Runtime | RayExecutor,
    on_start: Callable[[int, int], None],
    on_episode: Callable[[Episode], None],
    lease: RunLease,
    redo_errors: bool,
) -> RunSummary:
    chosen = chosen_scenarios(run.config, scenarios)
    todo = pending_trials(run, chosen, store, redo_errors=redo_errors)
    total = len(chosen) * run.config.epochs
    on_start(total - len(todo), total)
    store.set_run_status(run.id, RunStatus.RUNNING)
    current = asyncio.current_task()
    if current is not None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, current.cancel)
    if isinstance(runtime, RayExecutor):
        await _on_ray(run, todo, store, on_episode, lease, runtime)
    else:
        await _in_process(run, todo, store, runtime, on_episode, lease)
    store.set_run_status(run.id, RunStatus.FINISHED)
    return summarize(run, store.episodes(run.id), chosen)


async def _in_process(
    run: Run,
    todo: list[Trial],
    store: Store,
    runtime: Runtime,
    on_episode: Callable[[Episode], None],
    lease: RunLease,
) -> None:
    judge = Batched(build_judge(run.config.classifier, run.config.judge))
    cache = ResponseCache(default_cache_dir()) if run.config.agent.cache else None
    agent_class = asyncio.ensure_future(asyncio.to_thread(chat_agent_class))
    try:
        async with runtime, asyncio.TaskGroup() as group:
            heartbeat = group.create_task(_keep_alive(lease))
            agent = (await agent_class)(run.config.agent, cache)
            await execute(run, todo, agent, judge, runtime, store, on_episode)
            heartbeat.cancel()
    except BaseException as error:
        _interrupted(run, store, error)
        raise
    finally:
        agent_class.cancel()  # where the runtime failed to start: the import thread is left to finish unawaited
        if cache is not None:
            cache.close()


async def _on_ray(
    run: Run,
    todo: list[Trial],
    store: Store,
    on_episode: Callable[[Episode], None],
    lease: RunLease,
    cluster: RayExecutor,
) -> None:
    from sandbox.distributed.driver import execute_on_ray

    try:
        async with asyncio.TaskGroup() as group:
            heartbeat = group.create_task(_keep_alive(lease))
            await execute_on_ray(run, todo, store, on_episode, cluster.address)
            heartbeat.cancel()
    except BaseException as error:
        _interrupted(run, store, error)
        raise


def _interrupted(run: Run, store: Store, error: BaseException) -> None:
    """Mark the run stopped by `error` interrupted, as far as the database still takes writes; a fatal model error
    or an infrastructure failure is raised as itself, not inside the task group's exception group."""
    with suppress(InfrastructureError):
        store.set_run_status(run.id, RunStatus.INTERRUPTED)
    cause = _stopping_cause(error)
    if cause is not None:
        raise cause from None


async def _keep_alive(lease: RunLease) -> None:
    """Renew the lease until cancelled; a lease lost or a database failing ends the run through the task group."""
    while True:
        await asyncio.sleep(HEARTBEAT_S)
        lease.renew()
