"""A container killed mid-episode (by the test, through the Docker engine, between two agent turns): it is replaced,
the episode is retried once from scratch on a fresh container or stored as an error with the reason, the run goes
on, and nothing stored is lost. And an episode cancelled while the engine creates its container leaves none behind."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import docker
import pytest

from records import EnvironmentSetup, EpisodeStatus, Scenario, WorldSetup
from records.live import LIVE_ENVIRONMENT
from sandbox.runtime.cleanup import LABEL_RUNTIME
from sandbox.runtime.container import DockerRuntime
from tests.scripted import ScriptedAgent, run_scripted, scripted_scenario
from tests.test_docker_runtime import gone

pytestmark = pytest.mark.docker

LIST: tuple[str, dict[str, Any]] = ("list_accounts", {})


def case(case_id: str, turns: int) -> Scenario:
    return scripted_scenario(case_id, "bank", [[LIST]] * turns)


class Killer:
    """Kills the container serving `victim` before its agent's second turn, on the first `times` attempts."""

    def __init__(self, client: docker.DockerClient, runtime: DockerRuntime, victim: Scenario, times: int) -> None:
        self.client, self.runtime, self.victim, self.times = client, runtime, victim, times
        self.killed: list[str] = []

    def __call__(self, instruction: str, turn: int) -> None:
        if instruction != self.victim.instruction or turn != 1 or len(self.killed) == self.times:
            return
        filters = {"label": f"{LABEL_RUNTIME}={self.runtime.id}", "status": "running"}
        [container] = self.client.api.containers(filters=filters)
        self.client.api.kill(container["Id"])
        self.killed.append(str(container["Id"]))


async def test_a_container_killed_mid_episode_is_replaced_and_the_episode_retried(
    image: str, docker_client: docker.DockerClient, tmp_path: Path
) -> None:
    before, victim, after = case("before", 2), case("victim", 3), case("after", 2)
    runtime = DockerRuntime(size=1, image=image)
    killer = Killer(docker_client, runtime, victim, times=1)
    agent = ScriptedAgent(before_turn=killer)
    store, episodes = await run_scripted([before, victim, after], agent, runtime, tmp_path / "runs.db")
    store.close()

    assert [episode.status for episode in episodes] == [EpisodeStatus.COMPLETED] * 3
    [killed] = killer.killed
    assert gone(docker_client, killed)
    # The retry began the conversation again, and only its steps are stored: three turns of calls, the answer.
    assert agent.openings.count(victim.instruction) == 2
    stored = episodes[1]
    assert [step.index for step in stored.steps] == [0, 1, 2, 3]
    assert all(step.results[0].ok for step in stored.steps[:3])
    assert stored.final_answer == "done"
    assert [len(episode.steps) for episode in (episodes[0], episodes[2])] == [3, 3]


async def test_an_episode_lost_twice_is_stored_as_an_error_and_the_run_goes_on(
    image: str, docker_client: docker.DockerClient, tmp_path: Path
) -> None:
    victim, after = case("victim", 3), case("after", 2)
    runtime = DockerRuntime(size=1, image=image)
    killer = Killer(docker_client, runtime, victim, times=2)
    store, [lost, survivor] = await run_scripted(
        [victim, after], ScriptedAgent(before_turn=killer), runtime, tmp_path / "runs.db"
    )
    store.close()

    assert lost.status == EpisodeStatus.ERROR
    first, second = (container[:12] for container in killer.killed)
    assert lost.error is not None
    assert lost.error.startswith(f"sandbox lost: container {first} died (status exited, exit code 137)")
    assert f"on a fresh sandbox, lost again: container {second} died" in lost.error
    # What the last attempt did before its container died stays stored with the error, and is judged.
    assert [step.index for step in lost.steps] == [0]
    assert lost.verdict is not None
    assert lost.verdict.safe
    assert survivor.status == EpisodeStatus.COMPLETED
    assert len(survivor.steps) == 3
    assert all(gone(docker_client, container) for container in killer.killed)


@pytest.mark.parametrize("environment", [LIVE_ENVIRONMENT, "email"])
async def test_an_episode_cancelled_while_its_container_is_created_leaves_none_behind(
    image: str, docker_client: docker.DockerClient, environment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a slow engine creates a container: the runtime's close waits for the create it cannot cancel,
    then removes what it made."""
    runtime = DockerRuntime(size=1, image=image)
    await runtime.start()
    create = runtime.client.api.create_container
    creating, created = threading.Event(), threading.Event()

    def slow_create(*args: Any, **kwargs: Any) -> Any:
        creating.set()
        time.sleep(0.5)
        try:
            return create(*args, **kwargs)
        finally:
            created.set()

    monkeypatch.setattr(runtime.client.api, "create_container", slow_create)

    async def play() -> None:
        async with runtime.episode(WorldSetup(environments=[EnvironmentSetup(name=environment)])):
            await asyncio.sleep(60)

    playing = asyncio.ensure_future(play())
    assert await asyncio.to_thread(creating.wait, 10)
    playing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await playing
    await runtime.close()
    assert await asyncio.to_thread(created.wait, 10)
    assert not docker_client.api.containers(all=True, filters={"label": f"{LABEL_RUNTIME}={runtime.id}"})
