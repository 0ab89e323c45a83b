"""`--executor ray` on a real Ray cluster on this machine: a head and two worker nodes, each worker with an actor
playing episodes against a scripted model over real HTTP; PostgreSQL written by the nodes, SQLite by the driver."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import ray
from ray.cluster_utils import Cluster

from records import AgentConfig, Episode, EpisodeStatus, Run, RunConfig, RunStatus, SandboxKind, Scenario
from sandbox.evaluation import RayExecutor, evaluate, new_run
from sandbox.runtime import Runtime
from sandbox.runtime.local import LocalRuntime
from sandbox.store import Store
from scenarios.suites import load_suite
from tests.cli import error_line, eval_json, run_sandbox
from tests.databases import fresh_database_url
from tests.openai_server import openai_server

pytestmark = pytest.mark.http

# Small nodes: the object store holds only the episodes on their way back.
NODE_MEMORY = 80 * 1024 * 1024
CASES = 12


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """A head that runs no episodes (no CPUs, as a real cluster's head is often set up) and two workers."""
    cluster = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 0, "object_store_memory": NODE_MEMORY, "include_dashboard": False},
    )
    for _ in range(2):
        cluster.add_node(num_cpus=1, object_store_memory=NODE_MEMORY)
    cluster.wait_for_nodes()
    ray.init(address=cluster.address, log_to_driver=False)
    yield cluster
    ray.shutdown()
    cluster.shutdown()  # type: ignore[no-untyped-call]


@pytest.fixture(scope="module")
def scenarios() -> list[Scenario]:
    return load_suite("builtin").scenarios


def _run(api_base: str, **changes: Any) -> Run:
    agent = AgentConfig(model="openai/scripted", api_base=api_base, cache=False, **changes)
    return new_run(RunConfig(agent=agent, suite="builtin", sandbox=SandboxKind.LOCAL, concurrency=4, limit=CASES))


async def _evaluate(
    store: Store,
    run: Run,
    scenarios: list[Scenario],
    on_episode: Callable[[Episode], None] = lambda _: None,
    where: Runtime | RayExecutor | None = None,
) -> None:
    """`run` stored and evaluated (on a new local runtime unless told `where`), each episode given to `on_episode`
    as the driver sees it finish."""
    store.create_run(run)
    await evaluate(run, scenarios, store, where or LocalRuntime(), lambda done, total: None, on_episode)


Outcomes = dict[tuple[str, int], tuple[Any, ...]]


def _outcomes(episodes: list[Episode]) -> Outcomes:
    """What each trial's episode (a case in an epoch) decided, apart from timings and ids."""
    return {
        (episode.case_id, episode.epoch): (
            episode.status,
            episode.termination,
            len(episode.steps),
            episode.verdict and episode.verdict.model_dump(exclude={"explanation"}),
            episode.completed,
        )
        for episode in episodes
    }


@pytest.fixture(scope="module")
def in_process(scenarios: list[Scenario], tmp_path_factory: pytest.TempPathFactory) -> Outcomes:
    """The outcomes of the same cases run in one process: what a run on the cluster must match."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('reference') / 'runs.db'}")
    with openai_server() as (api_base, _log):
        run = _run(api_base)
        asyncio.run(_evaluate(store, run, scenarios))
    outcomes = _outcomes(store.episodes(run.id))
    store.close()
    assert len(outcomes) == CASES
    return outcomes


def _assert_complete(store: Store, run: Run, expected: Outcomes) -> None:
    assert store.get_run(run.id).status == RunStatus.FINISHED
    episodes = store.episodes(run.id)
    assert sorted((episode.case_id, episode.epoch) for episode in episodes) == sorted(expected), "each trial once"
    assert all(episode.status != EpisodeStatus.RUNNING for episode in episodes)
    assert _outcomes(episodes) == expected


def test_a_worker_node_lost_mid_run_costs_only_its_episodes_in_flight(
    cluster: Cluster,
    scenarios: list[Scenario],
    in_process: Outcomes,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = Store(fresh_database_url("postgresql", tmp_path))
    victim = next(iter(cluster.worker_nodes))
    finished: list[Episode] = []

    async def scenario() -> None:
        two_finished = asyncio.Event()

        def on_episode(episode: Episode) -> None:
            finished.append(episode)
            if len(finished) == 2:
                two_finished.set()

        with openai_server(delay_s=0.4) as (api_base, _log):
            run = _run(api_base)
            evaluation = asyncio.ensure_future(_evaluate(store, run, scenarios, on_episode, where=RayExecutor()))
            await asyncio.wait([evaluation, asyncio.ensure_future(two_finished.wait())], return_when="FIRST_COMPLETED")
            # Mid-run: 10 cases left, four in flight, two a node (each ~2 requests of 0.4 s).
            assert not evaluation.done(), evaluation
            await asyncio.to_thread(cluster.remove_node, victim)
            await evaluation

    try:
        asyncio.run(scenario())
    finally:
        cluster.add_node(num_cpus=1, object_store_memory=NODE_MEMORY)  # the next test has its two workers again
    assert "its episodes in flight run again elsewhere" in caplog.text, "the driver saw the node's episodes lost"
    runs = store.list_runs()
    assert len(runs) == 1
    _assert_complete(store, store.get_run(runs[0].id), in_process)
    assert sorted((episode.case_id, episode.epoch) for episode in finished) == sorted(in_process), "each reported once"
    store.close()


def test_a_stopped_driver_leaves_its_episodes_in_flight_to_resume(
    cluster: Cluster, scenarios: list[Scenario], in_process: Outcomes, tmp_path: Path
) -> None:
    store = Store(fresh_database_url("postgresql", tmp_path))
    first: list[Episode] = []
    resumed: list[Episode] = []

    async def stopped(run: Run) -> None:
        three_finished = asyncio.Event()

        def on_episode(episode: Episode) -> None:
            first.append(episode)
            if len(first) == 3:
                three_finished.set()

        evaluation = asyncio.ensure_future(_evaluate(store, run, scenarios, on_episode, where=RayExecutor()))
        await asyncio.wait([evaluation, asyncio.ensure_future(three_finished.wait())], return_when="FIRST_COMPLETED")
        evaluation.cancel()  # Ctrl-C on the driver, with episodes in flight on both nodes
        with pytest.raises(asyncio.CancelledError):
            await evaluation

    with openai_server(delay_s=0.3) as (api_base, _log):
        run = _run(api_base)
        asyncio.run(stopped(run))
        assert store.get_run(run.id).status == RunStatus.INTERRUPTED
        stored = store.episodes(run.id)
        # The episodes in flight were stopped, not ended as errors: they are left unfinished, to be redone. (One
        # that finished on its node as the driver stopped is stored without the driver having seen it.)
        finished_before = {episode.case_id for episode in stored}
        assert {episode.case_id for episode in first} <= finished_before
        assert all(episode.status != EpisodeStatus.ERROR for episode in stored)
        assert len(finished_before) < CASES

        summary = asyncio.run(
            evaluate(
                store.get_run(run.id),
                scenarios,
                store,
                RayExecutor(),
                lambda done, total: None,
                resumed.append,
            )
        )
    assert summary.episodes == CASES
    assert sorted(episode.case_id for episode in resumed) == sorted({case for case, _ in in_process} - finished_before)
    _assert_complete(store, run, in_process)
    store.close()


def test_with_sqlite_the_driver_stores_what_the_nodes_send_back(
    cluster: Cluster, in_process: Outcomes, tmp_path: Path
) -> None:
    database = tmp_path / "runs.db"
    with openai_server() as (api_base, _log):
        summary = eval_json(
            database,
            *("--agent", "openai/scripted", "--api-base", api_base, "--no-cache", "--sandbox", "local"),
            *("--limit", str(CASES), "--concurrency", "4", "--epochs", "2"),
            *("--executor", "ray", "--ray-address", cluster.address),
        )
    store = Store(f"sqlite:///{database}")
    # Each case in both epochs: the scripted model answers alike whatever the epoch's seed.
    expected = {(case, epoch): outcome for (case, _), outcome in in_process.items() for epoch in (0, 1)}
    _assert_complete(store, store.get_run(summary["run_id"]), expected)
    store.close()


def test_the_rate_limit_holds_across_the_cluster(cluster: Cluster, scenarios: list[Scenario], tmp_path: Path) -> None:
    rpm = 2 * CASES - 2  # two requests a case: the last two wait for the budget to refill
    store = Store(fresh_database_url("postgresql", tmp_path))
    with openai_server() as (api_base, log):
        run = _run(api_base, rpm=rpm)
        asyncio.run(_evaluate(store, run, scenarios, where=RayExecutor()))
    assert store.get_run(run.id).status == RunStatus.FINISHED
    store.close()
    arrivals = log.arrivals
    assert len(arrivals) > rpm, "the run needs more requests than one minute allows"
    # The budget starts full and refills one request each 60/rpm s: in any stretch of `span` seconds at most
    # rpm + span * rpm / 60 requests arrive (one more for timing at the edges), whichever node sends them. Each node
    # limited on its own would let 2 * rpm through at once.
    for first, start in enumerate(arrivals):
        for last in range(first, len(arrivals)):
            span = arrivals[last] - start
            assert last - first + 1 <= rpm + span * rpm / 60 + 1, f"{last - first + 1} requests in {span:.1f} s"


@pytest.mark.docker
def test_each_node_runs_its_episodes_in_docker(cluster: Cluster, image: str, tmp_path: Path) -> None:
    database = tmp_path / "runs.db"
    summary = eval_json(
        database,
        *("--agent", "baseline/comply", "--sandbox", "docker", "--limit", "4", "--concurrency", "2"),
        *("--executor", "ray", "--ray-address", cluster.address),
    )
    store = Store(f"sqlite:///{database}")
    run = store.get_run(summary["run_id"])
    assert (run.status, run.config.sandbox) == (RunStatus.FINISHED, SandboxKind.DOCKER)
    episodes = store.episodes(run.id)
    assert len(episodes) == 4
    assert all(episode.status == EpisodeStatus.COMPLETED and episode.verdict for episode in episodes)
    assert summary["errors"] == 0
    store.close()


def test_a_ray_address_needs_the_ray_executor(tmp_path: Path) -> None:
    done = run_sandbox("eval", "--db", f"sqlite:///{tmp_path / 'runs.db'}", "--ray-address", "auto")
    assert error_line(done) == "error: --ray-address only applies to --executor ray"


def test_choosing_the_executor_does_not_import_ray() -> None:
    code = (
        "import sys, sandbox.episode, sandbox.evaluation, sandbox.cli.evaluate; "
        "assert 'ray' not in sys.modules, 'ray imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
