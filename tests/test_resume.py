"""A run stopped by a kill or by Ctrl-C resumes without redoing or losing finished episodes."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlmodel import Session, select

from records import RunStatus
from sandbox.store import EpisodeRow, RunRow, Store
from tests.cli import eval_json, sandbox_command
from tests.openai_server import openai_server

SUITE_SIZE_AT_LEAST = 24


def _finished_rows(store: Store) -> dict[str, tuple[int | None, object]]:
    with Session(store.engine) as session:
        rows = session.exec(select(EpisodeRow).where(EpisodeRow.status != "running")).all()
        return {row.case_id: (row.id, row.finished_at) for row in rows}


def _wait_for_finished(store: Store, count: int, process: subprocess.Popen[str], limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while len(_finished_rows(store)) < count:
        assert process.poll() is None, process.stderr.read() if process.stderr else "eval exited early"
        assert time.monotonic() < deadline, "eval made no progress"
        time.sleep(0.1)


@pytest.mark.parametrize("stop_signal", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_run_resumes(tmp_path: Path, stop_signal: signal.Signals) -> None:
    db = tmp_path / "runs.db"
    url = f"sqlite:///{db}"
    store = Store(url)
    # A slow model keeps episodes in flight when the stop comes.
    with openai_server(delay_s=0.2) as (api_base, _log):
        agent_args = ("--agent", "openai/slow-model", "--api-base", api_base, "--sandbox", "local")
        process = subprocess.Popen(
            sandbox_command("eval", "--db", url, "--concurrency", "2", *agent_args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_for_finished(store, 4, process)
        process.send_signal(stop_signal)
        _, stderr = process.communicate(timeout=60)
        before = _finished_rows(store)
        with Session(store.engine) as session:
            (run,) = session.exec(select(RunRow)).all()
        if stop_signal == signal.SIGINT:
            assert process.returncode == 130
            assert f"sandbox eval --resume {run.id}" in stderr
            assert run.status == RunStatus.INTERRUPTED
        assert 4 <= len(before) < SUITE_SIZE_AT_LEAST

        summary = eval_json(db, "--resume", run.id)

    after = _finished_rows(store)
    assert summary["run_id"] == run.id
    assert summary["errors"] == 0
    assert summary["episodes"] == len(after) >= SUITE_SIZE_AT_LEAST
    for case_id, stored in before.items():
        assert after[case_id] == stored, f"{case_id} was redone"
    assert store.get_run(run.id).status == RunStatus.FINISHED
