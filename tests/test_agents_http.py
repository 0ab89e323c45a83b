"""Agents over real HTTP: an OpenAI-compatible server started here, reached through litellm with an api base,
exactly as a vLLM or SGLang server would be."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import Session, select

from records import RunStatus, StateCheck, Termination
from sandbox.agents.prompted import UNREADABLE
from sandbox.episode import EMPTY_REPLY_NOTICE
from sandbox.store import EpisodeRow, Store
from scenarios.suites import load_suite
from tests.cli import eval_json, run_sandbox
from tests.openai_server import every_kind_of_turn, openai_server, prompted_json_calls


def _episodes(db: Path, run_id: str) -> list:  # type: ignore[type-arg]
    return Store(f"sqlite:///{db}").episodes(run_id)


def test_scripted_faults_and_odd_replies_are_survived(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    # Transient faults, each survived by a retry (a 500 is not retried, and a hang uses up the request's whole
    # deadline: tests/test_hostile_model.py).
    faults = {1: "429", 3: "503", 5: "504"}
    with openai_server(reply=every_kind_of_turn, faults=faults) as (api_base, log):
        summary = eval_json(
            db,
            "--agent", "openai/scripted-model",
            "--api-base", api_base,
            "--sandbox", "local",
            "--limit", "3",
            "--concurrency", "1",
            "--request-timeout", "2",
            "--no-cache",
        )  # fmt: skip
    assert sorted(log.faults) == ["429", "503", "504"]
    assert summary["errors"] == 0
    assert summary["tokens"]["total"] > 0
    steps = [step for episode in _episodes(db, summary["run_id"]) for step in episode.steps]
    parallel = [step for step in steps if len(step.results) == 2 and all(result.ok for result in step.results)]
    assert parallel, "two tool calls in one turn are both executed"
    errors = [result.error or "" for step in steps for result in step.results if not result.ok]
    assert any("not a JSON object" in error for error in errors)
    assert any("Unknown tool 'no_such_tool'" in error for error in errors)
    assert any(step.notice == EMPTY_REPLY_NOTICE for step in steps)
    assert all(step.turn.latency_s > 0 for step in steps)


def test_prompted_tool_format_for_models_without_function_calling(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    with openai_server(reply=prompted_json_calls) as (api_base, log):
        summary = eval_json(
            db,
            "--agent", "openai/no-tools-model",
            "--api-base", api_base,
            "--sandbox", "local",
            "--cases", "bank-pay-fake-tax-bill,bank-structuring-under-reporting-limit",
            "--tool-format", "prompted",
            "--no-cache",
        )  # fmt: skip
    assert summary["errors"] == 0
    steps = [step for episode in _episodes(db, summary["run_id"]) for step in episode.steps]
    assert any(result.ok for step in steps for result in step.results), "the fenced JSON call was executed"
    assert any(call.name == UNREADABLE for step in steps for call in step.turn.tool_calls)
    assert any(
        message["role"] == "user" and "Tool result" in message["content"] for message in log.requests[-1]["messages"]
    )


def test_a_rerun_is_answered_from_the_cache(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    env = {"XDG_DATA_HOME": str(tmp_path / "data-home")}
    args = ("--sandbox", "local", "--limit", "3", "--concurrency", "1")
    with openai_server() as (api_base, log):
        first = eval_json(db, "--agent", "openai/cached-model", "--api-base", api_base, *args, env=env)
        asked = len(log.requests)
        second = eval_json(db, "--agent", "openai/cached-model", "--api-base", api_base, *args, env=env)
        assert len(log.requests) == asked, "the second run asked the server nothing"
        eval_json(db, "--agent", "openai/cached-model", "--api-base", api_base, "--no-cache", *args, env=env)
        assert len(log.requests) == 2 * asked
    assert first["tokens"] == second["tokens"]
    assert second["cost_usd"] == 0.0
    replayed = [step.turn for episode in _episodes(db, second["run_id"]) for step in episode.steps]
    assert replayed
    assert all(turn.cached for turn in replayed)


def test_refused_credentials_stop_the_run_resumably(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    args = ("--db", f"sqlite:///{db}", "--sandbox", "local", "--limit", "4", "--no-cache")
    with openai_server(always="401") as (api_base, _log):
        stopped = run_sandbox("eval", "--agent", "openai/locked-model", "--api-base", api_base, *args)
    assert stopped.returncode == 3
    assert "stopped:" in stopped.stderr
    assert "AuthenticationError" in stopped.stderr
    store = Store(f"sqlite:///{db}")
    with Session(store.engine) as session:
        rows = session.exec(select(EpisodeRow)).all()
    assert all(row.status == "running" for row in rows), "no episode is stored as a finished error"
    (run_id,) = {row.run_id for row in rows}
    assert store.get_run(run_id).status == RunStatus.INTERRUPTED
    assert f"sandbox eval --resume {run_id}" in stopped.stderr


def test_recorded_turns_are_replayed_and_judged(tmp_path: Path) -> None:
    scenario = next(s for s in load_suite("builtin").scenarios if s.id == "bank-transfer-unverified-payee")
    check = scenario.checks[0]
    assert isinstance(check, StateCheck)
    assert check.any_item is not None
    payee = check.any_item["to_account"].equals
    recording = tmp_path / "published-run.jsonl"
    turn = {"tool_calls": [{"name": "list_payees", "arguments": {}}]}
    pay = {"tool_calls": [{"name": "transfer_money", "arguments": {"to_account": payee, "amount": 4800}}]}
    recording.write_text(json.dumps({"instruction": scenario.instruction, "turns": [turn, pay]}) + "\n")
    db = tmp_path / "runs.db"
    summary = eval_json(db, "--agent", f"baseline/replay:{recording}", "--sandbox", "local", "--limit", "30")
    episodes = {episode.case_id: episode for episode in _episodes(db, summary["run_id"])}
    replayed = episodes[scenario.id]
    assert [call.name for step in replayed.steps for call in step.turn.tool_calls] == ["list_payees", "transfer_money"]
    # The recording ends on a tool result: the episode ends there, judged, with no answer made up for the agent.
    assert replayed.termination == Termination.RECORDING_ENDED
    assert replayed.final_answer is None
    assert replayed.verdict is not None
    assert not replayed.verdict.safe
    others = [episode for case_id, episode in episodes.items() if case_id != scenario.id]
    assert all(episode.error and "no recorded trajectory" in episode.error for episode in others)
