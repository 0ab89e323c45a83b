"""Hostile tool code in sandbox containers: contained, the host untouched, each episode recorded with a clear error,
and the run going on after each. The tools are environments/containment_probe.py's, played by a scripted agent
through the real runner, DockerRuntime and store; the reused container's verified reset is tested on them too."""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from pathlib import Path

import docker
import pytest

from records import EnvironmentSetup, EpisodeStatus, ToolCall, ToolResult, WorldSetup
from sandbox.runtime.base import SandboxLostError
from sandbox.runtime.cleanup import LABEL_RUNTIME
from sandbox.runtime.container import ContainerLimits, DockerRuntime, DockerSandbox
from tests.scripted import ScriptedAgent, run_scripted, scripted_scenario
from tests.test_docker_runtime import gone

docker_test = pytest.mark.docker

PROBE = "containment_probe"
TIMEOUT_S = 2


def running(client: docker.DockerClient, runtime: DockerRuntime) -> list[str]:
    filters = {"label": f"{LABEL_RUNTIME}={runtime.id}", "status": "running"}
    return [str(item["Id"]) for item in client.api.containers(filters=filters)]


def on_host(*paths: str) -> list[str]:
    return [path for path in paths if os.path.exists(path)]


def results(episode_steps: list[list[ToolResult]]) -> list[ToolResult]:
    return [result for step in episode_steps for result in step]


@docker_test
async def test_hostile_tools_are_contained_and_the_run_goes_on(
    image: str, docker_client: docker.DockerClient, listener: socket.socket, tmp_path: Path
) -> None:
    marker = f"sandbox-probe-{uuid.uuid4().hex[:8]}"
    etc, site, tmp = f"/etc/{marker}", f"/opt/sandbox/site/{marker}", f"/tmp/{marker}"
    port = listener.getsockname()[1]
    fork = scripted_scenario("fork-bomb", PROBE, [[("fork_bomb", {})], [("list_processes", {})]])
    after_fork = scripted_scenario("after-fork-bomb", PROBE, [[("list_processes", {})]])
    files = scripted_scenario(
        "writes",
        PROBE,
        [
            [("write_path", {"path": path, "text": marker}) for path in (etc, site, tmp)]
            + [("read_path", {"path": tmp})]
        ],
    )
    after_files = scripted_scenario("after-writes", PROBE, [[("read_path", {"path": tmp})]])
    network = scripted_scenario(
        "network",
        PROBE,
        [
            [
                ("open_connection", {"host": "1.1.1.1", "port": 53}),
                ("open_connection", {"host": "127.0.0.1", "port": port}),
            ]
        ],
    )
    hog = scripted_scenario("memory-hog", PROBE, [[("hog_memory", {"mebibytes": 2048})]])
    sleeper = scripted_scenario("sleeper", PROBE, [[("sleep_forever", {})]])
    killer = scripted_scenario("server-killer", PROBE, [[("kill_server", {})]])
    last = scripted_scenario("last", PROBE, [[("list_processes", {})]])
    scenarios = [fork, after_fork, files, after_files, network, hog, sleeper, killer, last]

    runtime = DockerRuntime(size=1, image=image, request_timeout_s=TIMEOUT_S)
    served_by: dict[str, str] = {}
    bombed: list[int] = []

    def watch(instruction: str, turn: int) -> None:
        [container] = running(docker_client, runtime)
        served_by.setdefault(instruction, container)
        if instruction == fork.instruction and turn == 1:
            # Seen from the host, the bomb is every process the container may have, and not one more ...
            bombed.append(len(docker_client.api.top(container)["Processes"]))
            # ... and the host itself still starts processes.
            assert subprocess.run(["true"], check=False).returncode == 0

    agent = ScriptedAgent(before_turn=watch)
    store, episodes = await run_scripted(scenarios, agent, runtime, tmp_path / "runs.db")
    by_case = {episode.case_id: episode for episode in episodes}
    store.close()

    # Every episode is stored, the hostile ones that took their container down as errors; the run went on.
    assert [episode.status for episode in episodes] == [
        EpisodeStatus.COMPLETED,  # fork bomb
        EpisodeStatus.COMPLETED,
        EpisodeStatus.COMPLETED,  # writes
        EpisodeStatus.COMPLETED,
        EpisodeStatus.COMPLETED,  # network
        EpisodeStatus.ERROR,  # memory hog
        EpisodeStatus.ERROR,  # sleeper
        EpisodeStatus.ERROR,  # server killer
        EpisodeStatus.COMPLETED,
    ]

    # The pids limit stopped the fork bomb; the container's next reset killed what it left.
    limit = ContainerLimits().pids_limit
    [refused, listed] = results([step.results for step in by_case["fork-bomb"].steps])
    assert refused.error is not None
    assert refused.error.startswith("fork refused after")
    assert "Resource temporarily unavailable" in refused.error
    assert isinstance(listed.output, list)
    assert 0 < len(listed.output) < limit
    [seen_from_host] = bombed
    assert seen_from_host <= limit
    assert served_by[after_fork.instruction] == served_by[fork.instruction]
    assert by_case["after-fork-bomb"].steps[0].results[0].output == []

    # Read-only root: nothing written outside /tmp, in the container or on the host; /tmp emptied between episodes.
    etc_write, site_write, tmp_write, tmp_read = by_case["writes"].steps[0].results
    assert "Read-only file system" in str(etc_write.error)
    assert "Read-only file system" in str(site_write.error)
    assert tmp_write.ok
    assert tmp_read.output == marker
    assert on_host(etc, site, tmp) == [], "a file appeared on the host"
    assert served_by[after_files.instruction] == served_by[files.instruction]
    assert "No such file or directory" in str(by_case["after-writes"].steps[0].results[0].error)

    # No network: not the internet, not the host's loopback.
    internet, loopback = by_case["network"].steps[0].results
    assert "Network is unreachable" in str(internet.error)
    assert "Connection refused" in str(loopback.error)
    with pytest.raises(BlockingIOError):
        listener.accept()

    # The memory limit killed the hog, the per-call timeout gave up on the sleeper, a server that ended itself
    # ended its container only; each was retried once from scratch on a fresh container, and lost again.
    errors = {case: str(by_case[case].error) for case in ("memory-hog", "sleeper", "server-killer")}
    assert errors["memory-hog"].count("killed for exceeding its memory limit") == 2
    assert errors["sleeper"].count(f"did not answer 'act' within {TIMEOUT_S}s") == 2
    assert errors["server-killer"].count("exit code 137") == 2
    for case in errors:
        assert "lost again" in errors[case]
        assert agent.openings.count(next(s.instruction for s in scenarios if s.id == case)) == 2
    assert by_case["last"].steps[0].results[0].output == []
    assert not running(docker_client, runtime)


PROBE_SETUP = WorldSetup(environments=[EnvironmentSetup(name=PROBE)])
LEAK = ToolCall(id="leak", name="leak_into_next_world", arguments={"note": "from an earlier episode"})


@docker_test
async def test_a_reused_container_whose_reset_fails_is_replaced(image: str, docker_client: docker.DockerClient) -> None:
    async with DockerRuntime(size=1, image=image) as runtime:
        async with runtime.episode(PROBE_SETUP) as sandbox:
            assert isinstance(sandbox, DockerSandbox)
            assert (await sandbox.act([LEAK], 0)).outcomes[0].result.ok
            tainted = sandbox.container_id
        # The leak is in the server's memory, where only the digest of the next world's initial state shows it.
        with pytest.raises(SandboxLostError, match=r"failed its reset: its world's initial state .* differs"):
            async with runtime.episode(PROBE_SETUP):
                pass
        assert gone(docker_client, tainted)
        async with runtime.episode(PROBE_SETUP) as sandbox:
            assert isinstance(sandbox, DockerSandbox)
            assert sandbox.container_id != tainted
            assert (await sandbox.snapshot()).state[PROBE] == {"notes": []}


@docker_test
async def test_a_failed_reset_costs_the_episode_a_retry_not_its_result(
    image: str, docker_client: docker.DockerClient, tmp_path: Path
) -> None:
    leak = scripted_scenario("leak", PROBE, [[(LEAK.name, LEAK.arguments)]])
    after = scripted_scenario("after-leak", PROBE, [[("list_processes", {})]])
    agent = ScriptedAgent()
    runtime = DockerRuntime(size=1, image=image)
    store, [leaked, clean] = await run_scripted([leak, after], agent, runtime, tmp_path / "runs.db")
    store.close()
    assert leaked.status == clean.status == EpisodeStatus.COMPLETED
    assert clean.steps[0].state[PROBE] == {"notes": []}
    assert agent.openings.count(after.instruction) == 1  # lost before the agent's first turn: nothing to restart


def test_the_probe_refuses_to_misbehave_outside_a_container() -> None:
    from environments.world import World

    world = World(PROBE_SETUP)
    for name in ("fork_bomb", "hog_memory", "sleep_forever", "kill_server", "leak_into_next_world"):
        arguments = {"note": "x"} if name == LEAK.name else {}
        result = world.call(ToolCall(id=name, name=name, arguments=arguments)).result
        assert "refusing to run here" in str(result.error), name
