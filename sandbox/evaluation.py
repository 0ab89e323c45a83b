"""`sandbox eval` as a library call: open the store, the runtime, the agent and the run's judge, run, summarize.

The agent's class (litellm, seconds to import) is imported in a thread while the runtime starts (a Docker engine's
round trips), unless a caller began it sooner (`sandbox.agents.loading.preload`)."""

from __future__ import annotations

import asyncio
import signal
import uuid
from collections.abc import Callable

from failure_modes.registry import build_judge
from llm.cache import ResponseCache
from llm.errors import FatalLLMError
from records import Episode, Run, RunConfig, RunStatus, Scenario
from sandbox.agents.loading import chat_agent_class
from sandbox.paths import default_cache_dir
from sandbox.results.summary import RunSummary, summarize
from sandbox.runner import execute, pending_scenarios
from sandbox.runtime.base import Runtime
from sandbox.store import Store


def _fatal_cause(error: BaseException) -> FatalLLMError | None:
    """The FatalLLMError behind a failure of the episodes' task group, if that is what stopped the run."""
    if isinstance(error, FatalLLMError):
        return error
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            if (found := _fatal_cause(inner)) is not None:
                return found
    return None


def new_run(config: RunConfig) -> Run:
    return Run(id=uuid.uuid4().hex[:12], config=config)


async def evaluate(
    run: Run,
    scenarios: list[Scenario],
    store: Store,
    runtime: Runtime,
    on_start: Callable[[int, int], None],
    on_episode: Callable[[Episode], None],
) -> RunSummary:
    """Run what is left of `run`; on cancellation (Ctrl-C, SIGTERM) the run is marked interrupted and resumable."""
    todo = pending_scenarios(run, scenarios, store)
    total = min(len(scenarios), run.config.limit or len(scenarios))
    on_start(total - len(todo), total)
    store.set_run_status(run.id, RunStatus.RUNNING)
    current = asyncio.current_task()
    if current is not None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, current.cancel)
    judge = build_judge(run.config.classifier, run.config.judge)
    cache = ResponseCache(default_cache_dir()) if run.config.agent.cache else None
    agent_class = asyncio.ensure_future(asyncio.to_thread(chat_agent_class))
    try:
        async with runtime:
            agent = (await agent_class)(run.config.agent, cache)
            await execute(run, todo, agent, judge, runtime, store, on_episode)
    except BaseException as error:
        store.set_run_status(run.id, RunStatus.INTERRUPTED)
        fatal = _fatal_cause(error)
        if fatal is not None:
            raise fatal from None
        raise
    finally:
        agent_class.cancel()  # where the runtime failed to start: the import thread is left to finish unawaited
        if cache is not None:
            cache.close()
    store.set_run_status(run.id, RunStatus.FINISHED)
    return summarize(run, store.episodes(run.id), scenarios)
