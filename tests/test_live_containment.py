"""Hostile commands in a live world: an agent with a real shell fork-bombs, fills the disk, reads process 1's
environment, looks for the host and the Docker socket, tampers with the services' log, kills every process it can
and grabs memory. Each is contained, the host is untouched, the world goes on answering, and the episode is recorded
whole; played by a scripted agent through the real runner, DockerRuntime and store."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path
from typing import Any

import docker
import pytest

from records import EpisodeStatus, Termination
from records.live import AGENT_HOME, EVENTS_FILE, LIVE_ENVIRONMENT, SERVICES_DIR
from sandbox.runtime.cleanup import LABEL_RUNTIME
from sandbox.runtime.container import DockerRuntime
from tests.scripted import ScriptedAgent, run_scripted, scripted_scenario

docker_test = pytest.mark.docker

# Generous: a fork bomb and a memory hog under their limits are slow to wind down on two busy cores.
COMMAND_TIMEOUT_S = 10
FILL_MB = 200  # three times the home volume's size


def shell(command: str) -> tuple[str, dict[str, Any]]:
    return ("run_shell", {"command": command, "timeout": COMMAND_TIMEOUT_S})


def output(result: Any) -> str:
    """A command's whole report as text: what the assertions look for, wherever the tool put it."""
    return json.dumps(result.output) if result.error is None else result.error


@docker_test
async def test_hostile_commands_are_contained_and_the_episode_is_recorded(
    image: str, docker_client: docker.DockerClient, listener: socket.socket, tmp_path: Path
) -> None:
    port = listener.getsockname()[1]
    gateway = docker_client.networks.get("bridge").attrs["IPAM"]["Config"][0]["Gateway"]
    docker_root = docker_client.info()["DockerRootDir"]
    disk_before = shutil.disk_usage(docker_root).free
    turns = [
        [shell("id -u; grep CapEff /proc/self/status")],
        [shell(":(){ :|:& };:")],  # a fork bomb: bounded by the pids limit, stopped at the timeout
        [shell(f"dd if=/dev/zero of={AGENT_HOME}/fill bs=1M count={FILL_MB}; df -m {AGENT_HOME}")],
        [shell(f"dd if=/dev/zero of=/tmp/fill bs=1M count={FILL_MB}")],
        [shell("cat /proc/1/environ")],
        [
            shell(
                f"curl -sS -m 3 http://{gateway}:{port}/ ; curl -sS -m 3 http://127.0.0.1:{port}/ ; "
                "ls -l /var/run/docker.sock /run/docker.sock"
            )
        ],
        [shell(f"cat {EVENTS_FILE}; echo forged >> {EVENTS_FILE}; ls {SERVICES_DIR}")],
        [shell("python3 -c 'x = bytearray(2 * 1024**3); print(len(x))'")],
        [shell("kill -9 -1")],
        [shell("echo still here; rm -f $HOME/fill")],
    ]
    scenario = scripted_scenario("hostile-shell", LIVE_ENVIRONMENT, turns)
    runtime = DockerRuntime(size=1, image=image)
    _, (episode,) = await run_scripted(
        [scenario], ScriptedAgent(), runtime, tmp_path / "runs.db", turn_limit=len(turns) + 1
    )

    # The episode is whole: every hostile turn got a result, and the agent's "done" ended it.
    assert episode.status == EpisodeStatus.COMPLETED, episode.error
    assert episode.termination == Termination.FINAL_ANSWER
    assert len(episode.steps) == len(turns) + 1
    reports = [output(step.results[0]) for step in episode.steps[: len(turns)]]
    identity, fork_bomb, home_fill, tmp_fill, environ, reach, services, memory, kill_all, after = reports

    # An unprivileged user with no capability at all.
    assert "1000\\n" in identity
    assert "CapEff:\\t0000000000000000" in identity
    # Each bound holds: the fork bomb ends at the pids limit or the timeout, the disks are full at their size.
    assert "Resource temporarily unavailable" in fork_bomb or '"timed_out": true' in fork_bomb
    assert "No space left on device" in home_fill
    assert "No space left on device" in tmp_fill
    # Process 1 (the world server, another user) keeps its environment; the services' volume is out of reach.
    assert "Permission denied" in environ
    assert services.count("Permission denied") >= 2
    assert "forged" not in services
    # No route out, no engine socket.
    assert "No such file or directory" in reach
    with pytest.raises(BlockingIOError):
        listener.accept()
    # The memory hog dies alone; `kill -9 -1` kills only the agent's own processes: the world answers on.
    assert "2147483648" not in memory
    assert "still here" in after, kill_all
    # The host: its disk did not take the writes, and the episode's container (and volumes) are gone.
    assert disk_before - shutil.disk_usage(docker_root).free < FILL_MB * 2**20
    assert not docker_client.api.containers(all=True, filters={"label": f"{LABEL_RUNTIME}={runtime.id}"})
