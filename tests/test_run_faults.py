"""A run survives what one episode's agent does to it, and stops (resumable) when what every episode stands on fails.

A failed episode is still judged on its steps; values the store refuses end their episode only; a full disk or a
lost container engine stops the run as interrupted, and resuming it finishes it without a single errored episode;
`--resume --redo-errors` runs errored episodes again."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import docker
import pytest
from sqlmodel import Session, select

from failure_modes.judge import JudgeCase, Judgement
from failure_modes.registry import DEFAULT, build_judge
from model_client.errors import FatalLLMError
from model_client.messages import Message
from records import (
    AgentConfig,
    AgentTurn,
    Episode,
    EpisodeStatus,
    Run,
    RunConfig,
    RunStatus,
    SandboxKind,
    Termination,
    TokenUsage,
    ToolSpec,
)
from sandbox.episode import REASON_CHARS, describe
from sandbox.errors import InfrastructureError
from sandbox.evaluation import evaluate
from sandbox.runner import Trial, execute
from sandbox.runtime.base import EngineError
from sandbox.runtime.container import DockerRuntime
from sandbox.runtime.local import LocalRuntime
from sandbox.store import EpisodeRow, Store
from sandbox.store.faults import DatabaseFaultError, RefusedValueError
from tests.cli import eval_in_background, eval_json, run_sandbox, wait_while_running
from tests.databases import fresh_database_url
from tests.openai_server import openai_server
from tests.scripted import ScriptedAgent, run_scripted, scripted_scenario

SCAM_BILL = "bank-pay-fake-tax-bill"
HEATER = "smart-home-nursery-heater-38c"
SUITE_SIZE_AT_LEAST = 24


def _completion(message: dict[str, Any], choices: bool = True) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "hostile",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}] if choices else [],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def pays_then_breaks(request: dict[str, Any]) -> dict[str, Any]:
    """Pays the scam tax bill where there is one, then sends a reply with no choices at all; elsewhere, refuses."""
    tools = [tool["function"]["name"] for tool in request.get("tools") or []]
    paid = any(message.get("role") == "tool" for message in request["messages"])
    if "pay_bill" not in tools:
        return _completion({"role": "assistant", "content": "I will not do that."})
    if paid:
        return _completion({"role": "assistant", "content": None}, choices=False)
    call = {"id": "c1", "type": "function", "function": {"name": "pay_bill", "arguments": '{"bill_id": "B-102"}'}}
    return _completion({"role": "assistant", "content": None, "tool_calls": [call]})


def refuses(request: dict[str, Any]) -> dict[str, Any]:
    return _completion({"role": "assistant", "content": "I will not do that."})


def _stored(url: str, run_id: str) -> dict[str, Any]:
    store = Store(url)
    try:
        return {episode.case_id: episode for episode in store.episodes(run_id)}
    finally:
        store.close()


def test_an_unsafe_action_then_a_malformed_reply_is_judged_unsafe_and_redone_on_request(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    url = f"sqlite:///{db}"
    replies = [pays_then_breaks]
    model = ("--agent", "openai/hostile", "--retries", "0", "--no-cache", "--sandbox", "local")
    with openai_server(reply=lambda request: replies[-1](request)) as (api_base, _log):
        first = run_sandbox(
            "eval", "--db", url, "--json", *model, "--api-base", api_base, "--cases", f"{HEATER},{SCAM_BILL}"
        )
        assert first.returncode == 0, first.stderr
        summary = json.loads(first.stdout)
        redo = f"to run them again: sandbox eval --resume {summary['run_id']} --redo-errors"
        assert f"1 episode(s) ended in an error; {redo}" in first.stderr

        # The error after the payment leaves the payment's verdict: the episode counts, unsafe, in the score.
        assert summary["episodes"] == 2
        assert summary["errors"] == 1
        assert summary["safety_score"] == 0.5
        paid = _stored(url, summary["run_id"])[SCAM_BILL]
        assert paid.status == EpisodeStatus.ERROR
        assert paid.termination == Termination.ERROR
        assert paid.error
        assert len(paid.steps) == 1
        assert paid.verdict is not None
        assert not paid.verdict.safe
        assert paid.verdict.step_index == 0
        # Re-scoring judges it too.
        rescored = run_sandbox("judge", summary["run_id"], "--db", url, "--classifier", "rules", "--json")
        assert rescored.returncode == 0, rescored.stderr
        assert json.loads(rescored.stdout)["unsafe"] == 1
        assert _stored(url, summary["run_id"])[SCAM_BILL].verdict.classifier == "rules"

        # Resumed with --redo-errors, the errored case is played again (the case selection is the run's own).
        replies.append(refuses)
        again = eval_json(db, "--resume", summary["run_id"], "--redo-errors")
    assert again["run_id"] == summary["run_id"]
    assert (again["episodes"], again["errors"], again["safety_score"]) == (2, 0, 1.0)
    redone = _stored(url, summary["run_id"])[SCAM_BILL]
    assert redone.status == EpisodeStatus.COMPLETED
    assert redone.final_answer == "I will not do that."


def test_redo_errors_needs_a_resumed_run(tmp_path: Path) -> None:
    done = run_sandbox("eval", "--db", f"sqlite:///{tmp_path / 'runs.db'}", "--redo-errors")
    assert done.returncode == 2
    assert "--redo-errors only applies to a resumed run" in done.stderr


class StoreBreaker(ScriptedAgent):
    """The scripted agent, but its final answer in case `surrogate` is a lone surrogate, and its turns in case `huge`
    claim more prompt tokens than a 64-bit integer holds. The records clean such values at the agent boundary
    (tests/test_hostile_model.py); built unvalidated here, they stand for any value that slips past it, which the
    episode must still contain."""

    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn:
        turn = await super().next_turn(messages, tools)
        case = next(message["content"] for message in messages if message["role"] == "user")
        if case == SURROGATE.instruction and turn.is_final:
            return AgentTurn.model_construct(**{**dict(turn), "content": "paid \ud800"})
        if case == HUGE.instruction:
            return AgentTurn.model_construct(**{**dict(turn), "usage": TokenUsage.model_construct(prompt=10**19)})
        return turn


LIST: tuple[str, dict[str, Any]] = ("list_accounts", {})
SURROGATE = scripted_scenario("surrogate", "bank", [[LIST]])
HUGE = scripted_scenario("huge", "bank", [[LIST], [("list_bills", {})]])
PLAIN = scripted_scenario("plain", "bank", [[("list_payees", {})]])


async def test_values_the_store_refuses_end_their_episode_not_the_run(tmp_path: Path) -> None:
    store, (surrogate, huge, plain) = await run_scripted(
        [SURROGATE, HUGE, PLAIN], StoreBreaker(), LocalRuntime(), tmp_path / "runs.db"
    )
    store.close()

    for broken, refused in ((surrogate, "UnicodeEncodeError"), (huge, "OverflowError")):
        assert broken.status == EpisodeStatus.ERROR
        assert broken.error is not None
        assert f"the store refused the finished episode: {refused}" in broken.error
        # Stored without the agent's values, but with its steps.
        assert broken.final_answer is None
        assert broken.usage == TokenUsage()
        assert broken.steps
    # (The offline judge's tokenizer cannot read a lone surrogate: that episode's judging failed, contained too.)
    assert (
        huge.error
        == "the store refused the finished episode: OverflowError: Python int too large to convert to "
        + ("SQLite INTEGER")
    )
    assert huge.verdict is not None
    assert len(huge.steps) == 3
    assert huge.steps[0].turn.usage.prompt == 10**19  # a step's JSON holds it
    assert plain.status == EpisodeStatus.COMPLETED
    assert plain.final_answer == "done"


class DeadEngineRuntime(DockerRuntime):
    """A Docker runtime whose engine is gone: its client talks to a socket nobody listens on."""

    async def start(self) -> None:
        self._client = docker.DockerClient(base_url="unix:///tmp/no-docker-engine-here.sock", version="1.41")


async def test_a_lost_container_engine_stops_the_run_as_interrupted(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'runs.db'}")
    run = Run(
        id="dead-engine",
        config=RunConfig(agent=AgentConfig(model="baseline/refuse"), suite="scripted", sandbox=SandboxKind.DOCKER),
    )
    store.create_run(run)
    finished: list[str] = []
    with pytest.raises(EngineError, match="could not create a sandbox container") as raised:
        await evaluate(
            run,
            [PLAIN, SURROGATE],
            store,
            DeadEngineRuntime(size=1, image="unused"),
            lambda done, total: None,
            lambda episode: finished.append(episode.case_id),
        )
    assert isinstance(raised.value, InfrastructureError)
    # No episode is blamed for it: none finished, and the run is resumable.
    assert finished == []
    assert store.finished_trials(run.id) == set()
    assert store.get_run(run.id).status == RunStatus.INTERRUPTED
    store.close()


@contextlib.contextmanager
def tiny_disk(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted at `path` (needs root)."""
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def fill(disk: Path) -> Path:
    """Write to `disk` until it is full, down to the byte; the filler file."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as out:
        for block in (65536, 1):
            with contextlib.suppress(OSError):
                while True:
                    out.write(b"\0" * block)
    return filler


def _finished_count(url: str) -> int:
    store = Store(url)
    try:
        with Session(store.engine) as session:
            return len(session.exec(select(EpisodeRow).where(EpisodeRow.status != "running")).all())
    finally:
        store.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_a_full_disk_stops_the_run_and_resume_finishes_it_without_errors(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "16m") as disk, openai_server(delay_s=0.2) as (api_base, _log):
        url = f"sqlite:///{disk / 'runs.db'}"
        process = eval_in_background(url, api_base)
        wait_while_running(process, lambda: _finished_count(url) >= 3)
        filler = fill(disk)
        _, stderr = process.communicate(timeout=120)

        assert process.returncode == 3, stderr
        assert "stopped: the database failed: database or disk is full" in stderr
        assert "Traceback" not in stderr
        store = Store(url)
        with Session(store.engine) as session:
            rows = session.exec(select(EpisodeRow)).all()
            (run_id,) = {row.run_id for row in rows}
        assert f"sandbox eval --resume {run_id}" in stderr
        # Not one episode was blamed for the disk.
        assert [row.case_id for row in rows if row.status == EpisodeStatus.ERROR] == []
        finished = len([row for row in rows if row.status != EpisodeStatus.RUNNING])
        assert 3 <= finished < SUITE_SIZE_AT_LEAST

        filler.unlink()
        summary = eval_json(url, "--resume", run_id)
        assert summary["errors"] == 0
        assert summary["episodes"] >= SUITE_SIZE_AT_LEAST
        assert store.get_run(run_id).status == RunStatus.FINISHED
        store.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_store_tells_a_refused_value_from_a_failed_database(kind: str, tmp_path: Path) -> None:
    url = fresh_database_url(kind, tmp_path)
    store = Store(url)
    run = Run(id="values", config=RunConfig(agent=AgentConfig(model="m"), suite="s", sandbox=SandboxKind.LOCAL))
    store.create_run(run)
    episode = Episode(run_id=run.id, case_id="c", status=EpisodeStatus.COMPLETED, final_answer="x" * 100_000)
    episode_id = store.start_episode(episode)
    huge = episode.model_copy(update={"usage": TokenUsage(prompt=10**19)})
    with pytest.raises((RefusedValueError, OverflowError)) as refused:
        store.finish_episode(episode_id, huge)
    assert not isinstance(refused.value, InfrastructureError)
    assert len(str(refused.value)) < 200, "the statement and its parameters are not quoted"
    store.finish_episode(episode_id, episode)  # the next write goes through
    store.close()
    if kind == "sqlite":
        read_only = Store(f"sqlite:///file:{tmp_path / 'runs.db'}?mode=ro&uri=true")
        with pytest.raises(DatabaseFaultError, match="the database failed: attempt to write a readonly database"):
            read_only.set_run_status(run.id, RunStatus.FINISHED)
        read_only.close()


def test_an_error_is_stored_escaped_and_clipped() -> None:
    assert describe(ValueError("a\ud800b\x00c")) == "ValueError: a\\ud800b\\x00c"
    clipped = describe(ValueError("y" * 10_000))
    assert clipped.startswith("ValueError: yyy")
    assert clipped.endswith(f"... ({10_000 + len('ValueError: ') - REASON_CHARS} more characters)")
    assert len(clipped) < REASON_CHARS + 40


class BrokenJudge:
    """Judges as the default judge does, except that it raises `failure` on the case `victim` (a judge's bug, a hostile
    trajectory it cannot read, a refused key)."""

    name = "broken"

    def __init__(self, failure: Exception) -> None:
        self.inner = build_judge(DEFAULT)
        self.failure = failure

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        if any(case.episode is not None and case.episode.case_id == "victim" for case in cases):
            raise self.failure
        return await self.inner.judge(cases)


async def test_a_judge_that_fails_ends_its_episode_only_and_a_fatal_one_stops_the_run(tmp_path: Path) -> None:
    victim = scripted_scenario("victim", "bank", [[LIST]])
    store = Store(f"sqlite:///{tmp_path / 'runs.db'}")
    run = Run(id="judged", config=RunConfig(agent=AgentConfig(model="s"), suite="s", sandbox=SandboxKind.LOCAL))
    store.create_run(run)
    judge = BrokenJudge(RecursionError("maximum recursion depth exceeded"))
    async with LocalRuntime() as runtime:
        await execute(run, [Trial(victim), Trial(PLAIN)], ScriptedAgent(), judge, runtime, store, lambda episode: None)
    failed, fine = sorted(store.episodes(run.id), key=lambda episode: episode.case_id != "victim")
    assert failed.status == EpisodeStatus.ERROR
    assert failed.termination == Termination.FINAL_ANSWER  # how the agent's part ended stays
    assert failed.error == "judging failed: RecursionError: maximum recursion depth exceeded"
    assert failed.final_answer == "done"
    assert failed.verdict is None
    assert fine.status == EpisodeStatus.COMPLETED
    assert fine.verdict is not None

    # A judge whose model key is refused stops the run; the episode stays unfinished, to be judged on resume.
    again = Run(id="fatal", config=run.config)
    store.create_run(again)
    async with LocalRuntime() as runtime:
        with pytest.raises(ExceptionGroup) as stopped:
            await execute(
                again,
                [Trial(victim)],
                ScriptedAgent(),
                BrokenJudge(FatalLLMError("key refused")),
                runtime,
                store,
                lambda episode: None,
            )
    assert stopped.group_contains(FatalLLMError)
    assert store.finished_trials(again.id) == set()
    store.close()
