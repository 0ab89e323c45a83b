"""Runs a suite's trials (each case once per epoch) concurrently, storing each episode as it goes; a resumed run
skips the trials it has finished."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Trial:
    """One unit of a run's work: one case in one epoch (from 0), played as one episode."""

    scenario: Scenario
    epoch: int = 0


def trials_of(config: RunConfig, scenarios: list[Scenario]) -> list[Trial]:
    """Every trial of a run over its chosen `scenarios`: each case `config.epochs` times, epoch by epoch, so a run
    cut short has whole epochs done first."""
    return [Trial(scenario, epoch) for epoch in range(config.epochs) for scenario in scenarios]


def pending_trials(run: Run, scenarios: list[Scenario], store: Store, *, redo_errors: bool = False) -> list[Trial]:
    """The trials of `scenarios` (the run's chosen cases) the run has not finished yet; with `redo_errors`, also
    those whose episode ended in an error (its new episode replaces it)."""
    finished = store.finished_trials(run.id, with_errors=not redo_errors)
    return [trial for trial in trials_of(run.config, scenarios) if (trial.scenario.id, trial.epoch) not in finished]


async def execute(
    run: Run,
    trials: list[Trial],
    agent: Agent,
    judge: Judge,
    runtime: Runtime,
    store: Store,
    on_episode: Callable[[Episode], None],
) -> None:
    """Play every trial once, `judge` judging each finished episode; at most `concurrency` at a time. Cancelling it
    leaves finished episodes stored."""
    slots = asyncio.Semaphore(run.config.concurrency)

    async def one(trial: Trial) -> None:
        async with slots:
            episode = await run_episode(
                trial.scenario, run.id, run.config, agent, judge, runtime, StoreSink(store), epoch=trial.epoch
            )
        on_episode(episode)

    async with asyncio.TaskGroup() as group:
        for trial in trials:
            group.create_task(one(trial))
