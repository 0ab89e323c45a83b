"""One run, one process: a run's lease keeps a second `sandbox eval --resume` out while the first is alive, and lets
it in once the first is gone (released, silent too long, or a dead process of this host); on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import Session, col, select

from records import AgentConfig, Episode, Run, RunConfig, RunStatus, SandboxKind, WorldSetup, utc_now
from sandbox.evaluation import evaluate
from sandbox.runtime.base import Sandbox
from sandbox.runtime.local import LocalRuntime
from sandbox.store import EpisodeRow, Store
from sandbox.store.lease import STALE_AFTER, LeaseLostError, RunBusyError
from sandbox.store.tables import RunLeaseRow
from tests.cli import eval_in_background, eval_json, run_sandbox, wait_while_running
from tests.databases import fresh_database_url
from tests.openai_server import one_call_then_answer, openai_server
from tests.scripted import scripted_scenario

RUN = "leased-run"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = Store(fresh_database_url(request.param, tmp_path))
    opened.create_run(
        Run(
            id=RUN,
            config=RunConfig(agent=AgentConfig(model="baseline/refuse"), suite="builtin", sandbox=SandboxKind.LOCAL),
        )
    )
    yield opened
    opened.close()


def _set_lease(store: Store, **values: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(update(RunLeaseRow).where(col(RunLeaseRow.run_id) == RUN).values(**values))


def test_a_live_lease_keeps_a_second_holder_out_until_released(store: Store) -> None:
    first, second = store.lease(RUN), store.lease(RUN)
    first.acquire()
    with pytest.raises(RunBusyError, match=rf"run {RUN} is being run by pid {os.getpid()} on host \S+ since \d{{4}}-"):
        second.acquire()
    first.renew()
    first.release()
    second.acquire()
    # The first holder's lease is gone: its heartbeat says so, and it stops.
    with pytest.raises(LeaseLostError):
        first.renew()
    second.renew()


def test_a_silent_holder_is_taken_over_and_told_when_it_wakes(store: Store) -> None:
    silent, fresh = store.lease(RUN), store.lease(RUN)
    silent.acquire()
    _set_lease(store, heartbeat_at=utc_now() - STALE_AFTER + timedelta(seconds=5))
    with pytest.raises(RunBusyError):
        fresh.acquire()
    _set_lease(store, heartbeat_at=utc_now() - STALE_AFTER - timedelta(seconds=1))
    fresh.acquire()
    with pytest.raises(LeaseLostError, match="taken over by another process"):
        silent.renew()


def test_a_dead_holder_on_this_host_is_taken_over_at_once(store: Store) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    store.lease(RUN).acquire()
    _set_lease(store, pid=dead.pid)
    store.lease(RUN).acquire()
    # A live holder on another host is not judged by its pid.
    _set_lease(store, pid=dead.pid, host="elsewhere.example")
    with pytest.raises(RunBusyError, match=r"on host elsewhere\.example"):
        store.lease(RUN).acquire()


def test_of_many_racing_for_a_free_lease_exactly_one_wins(store: Store) -> None:
    store.lease(RUN).acquire()
    _set_lease(store, heartbeat_at=None)  # released: free for the taking
    url = store.engine.url.render_as_string(hide_password=False)
    stores = [Store(url) for _ in range(6)]
    start = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def race(racer: Store) -> None:
        start.wait()
        try:
            racer.lease(RUN).acquire()
            outcomes.append("won")
        except RunBusyError:
            outcomes.append("busy")

    threads = [threading.Thread(target=race, args=(racer,)) for racer in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for racer in stores:
        racer.close()
    assert sorted(outcomes) == ["busy"] * 5 + ["won"]


def _finished(store: Store) -> int:
    with Session(store.engine) as session:
        return len(session.exec(select(EpisodeRow).where(EpisodeRow.status != "running")).all())


def test_a_second_resume_of_a_running_run_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = Store(url)
    # A slow model while the second resumer arrives (seconds later): the run is still going. Then a quick one.
    delay_s = [1.0]

    def reply(request: dict[str, Any]) -> dict[str, Any]:
        time.sleep(delay_s[0])
        return one_call_then_answer(request)

    with openai_server(reply=reply) as (api_base, _log):
        process = eval_in_background(url, api_base)
        wait_while_running(process, lambda: _finished(store) >= 2)
        with Session(store.engine) as session:
            run_id = session.exec(select(EpisodeRow.run_id)).first()
        assert run_id is not None

        second = run_sandbox("eval", "--db", url, "--resume", run_id)
        assert second.returncode == 2
        assert f"error: run {run_id} is being run by pid {process.pid} on host" in second.stderr
        assert store.get_run(run_id).status == RunStatus.RUNNING

        delay_s[0] = 0.0
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
        assert process.returncode == 130
        # Released on the way out: the run resumes at once, and finishes whole.
        summary = eval_json(url, "--resume", run_id)
    assert summary["errors"] == 0
    assert store.get_run(run_id).status == RunStatus.FINISHED
    store.close()


class SlowRuntime(LocalRuntime):
    """In-process worlds that take `delay_s` to build: a run that lasts a while."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s

    @asynccontextmanager
    async def episode(self, setup: WorldSetup, *, fresh: bool = False) -> AsyncIterator[Sandbox]:
        await asyncio.sleep(self.delay_s)
        async with super().episode(setup, fresh=fresh) as sandbox:
            yield sandbox


async def test_the_heartbeat_renews_the_lease_and_a_lost_lease_stops_the_run(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sandbox.evaluation.HEARTBEAT_S", 0.05)
    scenarios = [scripted_scenario(f"case-{index}", "bank", []) for index in range(6)]
    stored = store.get_run(RUN)
    run = stored.model_copy(update={"config": stored.config.model_copy(update={"concurrency": 1})})
    beats: list[object] = []

    def on_episode(episode: Episode) -> None:
        with Session(store.engine) as session:
            lease = session.exec(select(RunLeaseRow)).one()
            beats.append(lease.heartbeat_at)
            if len(beats) == 2:
                # Another process takes the run over: this one must stop at its next heartbeat.
                lease.token = "someone-else"
                session.add(lease)
                session.commit()

    with pytest.raises(LeaseLostError, match=f"run {RUN} was taken over"):
        await evaluate(run, scenarios, store, SlowRuntime(0.3), lambda done, total: None, on_episode)
    assert beats[0] != beats[1], "the heartbeat renewed the lease between two episodes"
    assert 2 <= len(beats) < len(scenarios)
    assert store.get_run(RUN).status == RunStatus.INTERRUPTED
