"""The actor that plays episodes on one node of the cluster, with that node's own runtime, agent and judge."""

from __future__ import annotations

import asyncio

from failure_modes.batching import Batched
from failure_modes.registry import build_judge
from model_client.cache import ResponseCache
from model_client.limits import Limiter
from records import Episode, Run, Step
from sandbox.agents.loading import chat_agent_class
from sandbox.episode import EpisodeSink, run_episode
from sandbox.paths import default_cache_dir
from sandbox.runner import StoreSink, Trial
from sandbox.runtime import open_runtime
from sandbox.store import Store


class _Returned:
    """The sink of an episode the driver stores (a SQLite store, which only the driver's machine reaches): the
    finished episode goes back whole, steps included, so nothing needs writing here."""

    def started(self, episode: Episode) -> None:
        pass

    def add_step(self, episode: Episode, step: Step) -> None:
        pass

    def finished(self, episode: Episode) -> None:
        pass


class EpisodeNode:
    """One per node: plays up to `capacity` episodes of `run` at a time on the node's runtime (its own Docker engine,
    or in-process), as `sandbox.runner.execute` does on one machine.

    With `store_url` (a database every node reaches), each episode is written as it happens, exactly as on one
    machine; without it the driver stores what `play` returns. `limits` is the run's shared rate budget."""

    def __init__(self, run: Run, capacity: int, store_url: str | None, limits: Limiter | None) -> None:
        self._run = run
        self._store = Store(store_url) if store_url is not None else None
        self._runtime, _ = open_runtime(
            run.config.sandbox, capacity, run.config.isolation, run.config.worlds_per_container
        )
        self._judge = Batched(build_judge(run.config.classifier, run.config.judge))
        self._cache = ResponseCache(default_cache_dir()) if run.config.agent.cache else None
        self._agent = chat_agent_class()(run.config.agent, self._cache, limits)
        self._playing: set[asyncio.Task[str]] = set()

    async def start(self) -> None:
        await self._runtime.start()

    async def play(self, trial: Trial) -> str:
        """The finished episode, as JSON (a record the driver reads back whatever Ray's pickling makes of it)."""
        task = asyncio.ensure_future(self._play(trial))
        self._playing.add(task)
        try:
            return await task
        finally:
            self._playing.discard(task)

    async def _play(self, trial: Trial) -> str:
        sink: EpisodeSink = StoreSink(self._store) if self._store is not None else _Returned()
        config = self._run.config
        episode = await run_episode(
            trial.scenario, self._run.id, config, self._agent, self._judge, self._runtime, sink, epoch=trial.epoch
        )
        return episode.model_dump_json()

    async def stop(self) -> None:
        """Episodes still playing (the run was stopped) are cancelled first, as on one machine: they stay unfinished
        in the store, to be redone on resume, rather than ending in errors as their runtime closes under them."""
        for task in self._playing:
            task.cancel()
        await asyncio.gather(*self._playing, return_exceptions=True)
        await self._runtime.close()
        if self._cache is not None:
            self._cache.close()
        if self._store is not None:
            self._store.close()
