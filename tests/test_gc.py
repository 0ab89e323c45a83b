"""`sandbox gc` against a real engine: what a SIGKILLed run left is removed and named, a live run's containers are
not; stale images are untagged, the current and those in use are kept."""

from __future__ import annotations

import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator

import docker
import pytest

from sandbox.runtime.cleanup import remove_stale_images
from sandbox.runtime.container import DockerRuntime, DockerSandbox
from sandbox.runtime.image import PROJECT_ROOT
from tests.cli import run_sandbox
from tests.test_docker_runtime import CALLS, SETUP, gone

pytestmark = pytest.mark.docker

# A run that holds two containers and never ends; the test kills it with SIGKILL, so it cannot clean up.
DOOMED_RUN = """
import asyncio, sys
from records import WorldSetup
from sandbox.runtime.container import DockerRuntime

async def main():
    setup = WorldSetup(environments=[])
    async with DockerRuntime(size=2, image=sys.argv[1]) as runtime:
        async with runtime.episode(setup) as first, runtime.episode(setup) as second:
            print(first.container_id, second.container_id, flush=True)
            await asyncio.sleep(3600)

asyncio.run(main())
"""


def killed_run_leftovers(image: str) -> tuple[int, list[str]]:
    """The pid of a run killed with SIGKILL, and the ids of the containers it held."""
    doomed = subprocess.Popen(
        [sys.executable, "-c", DOOMED_RUN, image], stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT
    )
    assert doomed.stdout is not None
    with doomed.stdout:
        left = doomed.stdout.readline().split()
        doomed.send_signal(signal.SIGKILL)
        doomed.wait()
    return doomed.pid, left


async def test_gc_removes_what_a_killed_run_left_and_spares_live_runs(
    image: str, docker_client: docker.DockerClient
) -> None:
    # Started first: a runtime's start sweeps leftovers too, and this test wants `sandbox gc` to find them.
    async with DockerRuntime(size=1, image=image) as live, live.episode(SETUP) as sandbox:
        assert isinstance(sandbox, DockerSandbox)
        pid, left = killed_run_leftovers(image)
        assert len(left) == 2
        assert not any(gone(docker_client, container) for container in left), "nothing left to collect"

        done = run_sandbox("gc")
        assert done.returncode == 0, done.stderr
        for container in left:
            assert f"removed container {container[:12]} " in done.stdout
            assert f"pid {pid} " in done.stdout
            assert gone(docker_client, container)
        assert sandbox.container_id[:12] not in done.stdout
        assert not gone(docker_client, sandbox.container_id)
        assert (await sandbox.call(CALLS[1], 0)).result.ok


@pytest.fixture
def scratch_repository(docker_client: docker.DockerClient, image: str) -> Iterator[str]:
    """A repository of our own for this test's tags, so it untags nothing another run might be using."""
    repository = f"agent-safety-sandbox-gc-test-{uuid.uuid4().hex[:8]}"
    yield repository
    for listed in docker_client.api.images(name=repository):
        for tag in listed.get("RepoTags") or []:
            docker_client.api.remove_image(tag, force=True)


def test_stale_images_are_untagged_but_not_the_current_or_one_in_use(
    docker_client: docker.DockerClient, image: str, scratch_repository: str
) -> None:
    for tag in ("old", "current"):
        docker_client.api.tag(image, scratch_repository, tag)
    # An image of its own (the engine lets a tag go while another names the same image) that a container uses.
    source = docker_client.api.create_container(image, command=["true"])
    docker_client.api.commit(source["Id"], scratch_repository, "in-use")
    docker_client.api.remove_container(source["Id"])
    user = docker_client.api.create_container(f"{scratch_repository}:in-use", command=["true"])
    try:
        removed, in_use = remove_stale_images(docker_client, f"{scratch_repository}:current", scratch_repository)
    finally:
        docker_client.api.remove_container(user["Id"], force=True)
    assert removed == [f"{scratch_repository}:old"]
    assert in_use == [f"{scratch_repository}:in-use"]
    remaining = {tag for listed in docker_client.api.images(name=scratch_repository) for tag in listed["RepoTags"]}
    assert remaining == {f"{scratch_repository}:current", f"{scratch_repository}:in-use"}
    docker_client.images.get(image)  # untagging a copy leaves the image itself
