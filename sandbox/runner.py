"""Runs a suite's episodes concurrently, storing each as it goes; a resumed run skips what is finished."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from failure_modes.judge import Judge
from records import Episode, Run, RunConfig, Scenario, Step
from sandbox.episode import Agent, run_episode
from sandbox.errors import UserError
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


class UnknownCaseError(UserError, LookupError):
    pass


def chosen_scenarios(config: RunConfig, scenarios: list[Scenario]) -> list[Scenario]:
    """The run's cases, in the suite's order: those `config.cases` names (every one if it names none), then the first
    `config.limit` of them. Naming a case the suite does not have (or could not load) is an `UnknownCaseError`."""
    if config.cases is not None:
        loaded = {scenario.id for scenario in scenarios}
        unknown = [case_id for case_id in config.cases if case_id not in loaded]
        if unknown:
            raise UnknownCaseError(f"suite {config.suite!r} has no loadable case {', '.join(map(repr, unknown))}")
        named = set(config.cases)
        scenarios = [scenario for scenario in scenarios if scenario.id in named]
    return scenarios[: config.limit] if config.limit else scenarios


def pending_scenarios(
    run: Run, scenarios: list[Scenario], store: Store, *, redo_errors: bool = False
) -> list[Scenario]:
    """Those of `scenarios` the run has not finished yet; with `redo_errors`, also those whose episode ended in an
    error (its new episode replaces it)."""
    finished = store.finished_case_ids(run.id, with_errors=not redo_errors)
    return [scenario for scenario in scenarios if scenario.id not in finished]


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
