"""Runs a suite's episodes concurrently, storing each as it goes; a resumed run skips what is finished."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from failure_modes.judge import Judge
from records import Episode, Run, Scenario, Step
from sandbox.episode import Agent, run_episode
from sandbox.runtime.base import Runtime
from sandbox.store import Store


class StoreSink:
    """Writes one episode to the store as it happens."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._episode_id: int | None = None

    def started(self, episode: Episode) -> None:
        self._episode_id = self._store.start_episode(episode)

    def add_step(self, episode: Episode, step: Step) -> None:
        assert self._episode_id is not None, "add_step before started"
        self._store.add_step(self._episode_id, step)

    def finished(self, episode: Episode) -> None:
        assert self._episode_id is not None, "finished before started"
        self._store.finish_episode(self._episode_id, episode)


def pending_scenarios(run: Run, scenarios: list[Scenario], store: Store) -> list[Scenario]:
    finished = store.finished_case_ids(run.id)
    chosen = scenarios[: run.config.limit] if run.config.limit else scenarios
    return [scenario for scenario in chosen if scenario.id not in finished]


async def execute(
    run: Run,
    scenarios: list[Scenario],
    agent: Agent,
    judge: Judge,
    runtime: Runtime,
    store: Store,
    on_episode: Callable[[Episode], None],
) -> None:
    """Run every scenario once, `judge` judging each finished episode; at most `concurrency` at a time. Cancelling
    it leaves finished episodes stored."""
    slots = asyncio.Semaphore(run.config.concurrency)

    async def one(scenario: Scenario) -> None:
        async with slots:
            episode = await run_episode(scenario, run.id, run.config, agent, judge, runtime, StoreSink(store))
        on_episode(episode)

    async with asyncio.TaskGroup() as group:
        for scenario in scenarios:
            group.create_task(one(scenario))
