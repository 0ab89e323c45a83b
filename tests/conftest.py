"""Fixtures shared by test modules: a Docker engine and the sandbox image, a store of runs to replay, a port on the
host for hostile tools to try, and a home of its own for every test's files."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest

from sandbox.runtime.image import engine_problem, ensure_image
from sandbox.store import Store
from tests.stored_runs import write_replay_runs


@pytest.fixture(autouse=True)
def own_data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's `sandbox` (in-process and the commands it starts) keeps its default store and response cache in a
    folder of its own: a reply another test cached (its scripted server on a port the OS gave out again) must not
    answer this test's model, and the user's own runs and cache stay untouched. The data sets are still found
    where SANDBOX_DATA_DIR or ../shared point."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))


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


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A port on every address of the host, its loopback included, that a tool or a command might try to reach."""
    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        sock.listen()
        sock.setblocking(False)
        yield sock
