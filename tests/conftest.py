"""Fixtures shared by the test modules that need a Docker engine and the sandbox image."""

from __future__ import annotations

import os
from collections.abc import Iterator

import docker
import pytest

from sandbox.runtime.image import engine_problem, ensure_image


@pytest.fixture(scope="session")
def docker_client() -> Iterator[docker.DockerClient]:
    problem = engine_problem()
    if problem is not None:
        if os.environ.get("SANDBOX_SKIP_DOCKER") == "1":
            pytest.skip(problem)
        pytest.fail(f"{problem} (set SANDBOX_SKIP_DOCKER=1 to skip the docker tests)", pytrace=False)
    client = docker.from_env()
    yield client
    client.close()


@pytest.fixture(scope="session")
def image(docker_client: docker.DockerClient) -> str:
    return ensure_image(docker_client, base=os.environ.get("SANDBOX_BASE_IMAGE"))
