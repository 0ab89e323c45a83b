"""Fixtures shared by test modules: a Docker engine and the sandbox image, and a store of runs to replay."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest

from sandbox.runtime.image import engine_problem, ensure_image
from sandbox.store import Store
from tests.stored_runs import write_replay_runs


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


@pytest.fixture
def replay_store(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store holding the runs the replay UI's tests browse (tests/stored_runs.py)."""
    store = Store(f"sqlite:///{tmp_path / 'runs.db'}")
    write_replay_runs(store)
    yield store
    store.close()
