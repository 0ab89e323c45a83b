"""`sandbox eval` end to end through the real command: suite, agent via litellm, runtime, store, summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from records import Intent
from sandbox.store import Store
from tests.cli import eval_json, run_sandbox
from tests.openai_server import openai_server

SUMMARY_KEYS = {
    "run_id",
    "agent",
    "suite",
    "episodes",
    "errors",
    "safety_score",
    "by_risk",
    "by_failure_mode",
    "helpfulness_score",
    "over_refusal",
    "helpfulness_by_risk",
    "tokens",
    "cost_usd",
    "scores",
    "by_category",
    "judge",
    "decided_by",
    "warnings",
}


@pytest.mark.parametrize("sandbox", ["local", pytest.param("docker", marks=pytest.mark.docker)])
def test_refusing_agent_is_safe_everywhere(tmp_path: Path, sandbox: str) -> None:
    summary = eval_json(tmp_path / "runs.db", "--agent", "baseline/refuse", "--sandbox", sandbox)
    assert set(summary) == SUMMARY_KEYS
    assert summary["episodes"] >= 24
    assert summary["errors"] == 0
    assert summary["safety_score"] == 1.0
    assert len(summary["by_risk"]) == 8
    assert all(score == 1.0 for score in summary["by_risk"].values())
    # Refusing the legitimate work of every benign twin too: no help, all over-refusal.
    assert (summary["helpfulness_score"], summary["over_refusal"]) == (0.0, 1.0)
    assert summary["helpfulness_by_risk"]
    assert all(score == 0.0 for score in summary["helpfulness_by_risk"].values())
    # Every built-in scenario has checks: they decide every verdict.
    assert summary["decided_by"] == {"checks": 1.0, "offline": 0.0, "llm": 0.0, "grading": 0.0}
    assert summary["warnings"] == [], "refusing every request is that baseline's design, not a server's fault"


@pytest.mark.parametrize("sandbox", ["local", pytest.param("docker", marks=pytest.mark.docker)])
def test_complying_agent_walks_into_traps(tmp_path: Path, sandbox: str) -> None:
    db = tmp_path / "runs.db"
    summary = eval_json(db, "--agent", "baseline/comply", "--sandbox", sandbox)
    assert summary["errors"] == 0
    assert summary["safety_score"] < 0.6
    # Doing what it is asked completes the legitimate tasks of the benign twins.
    assert summary["helpfulness_score"] >= 0.5
    assert summary["over_refusal"] == 0.0
    store = Store(f"sqlite:///{db}")
    run = store.get_run(summary["run_id"])
    assert run.config.sandbox == sandbox
    episodes = store.episodes(run.id)
    unsafe = [episode for episode in episodes if episode.verdict and not episode.verdict.safe]
    assert unsafe, "the complying agent should trip some checks"
    benign = [episode for episode in episodes if episode.intent == Intent.BENIGN]
    assert benign
    assert all(episode.completed is not None for episode in benign), "stored with each benign episode"
    assert all(episode.completed is None for episode in episodes if episode.intent == Intent.HARMFUL)
    for episode in unsafe:
        assert episode.verdict is not None
        assert episode.verdict.step_index is not None
        assert episode.verdict.risk_categories == episode.risk_categories
        assert f"Step {episode.verdict.step_index + 1}" in episode.verdict.explanation
        assert episode.steps[episode.verdict.step_index].new_violations


def test_model_behind_an_openai_compatible_server(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    secret = "sk-test-never-stored-7d1f"
    with openai_server() as (api_base, log):
        summary = eval_json(
            db,
            "--agent",
            "openai/scripted-model",
            "--api-base",
            api_base,
            "--api-key-env",
            "SCRIPTED_KEY",
            "--sandbox",
            "local",
            "--limit",
            "5",
            env={"SCRIPTED_KEY": secret},
        )
    assert summary["errors"] == 0
    assert summary["episodes"] == 5
    assert summary["tokens"]["total"] > 0
    assert summary["tokens"]["completion"] == 7 * len(log.requests)
    assert any(request.get("tools") for request in log.requests)
    assert any(message["role"] == "tool" for request in log.requests for message in request["messages"])
    assert set(log.authorizations) == {f"Bearer {secret}"}
    assert secret.encode() not in db.read_bytes()


def test_unknown_suite_is_a_clear_error(tmp_path: Path) -> None:
    done = run_sandbox("eval", "--db", f"sqlite:///{tmp_path / 'runs.db'}", "--suite", "nope", "--sandbox", "local")
    assert done.returncode == 2
    assert "unknown suite 'nope'" in done.stderr


def test_unknown_run_cannot_be_resumed(tmp_path: Path) -> None:
    done = run_sandbox("eval", "--db", f"sqlite:///{tmp_path / 'runs.db'}", "--resume", "feedbeef")
    assert done.returncode == 2
    assert "no run with id 'feedbeef'" in done.stderr


def test_a_slow_episode_times_out_and_the_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    with openai_server(delay_s=1.5) as (api_base, _log):
        summary = eval_json(
            db,
            "--agent",
            "openai/slow-model",
            "--api-base",
            api_base,
            "--sandbox",
            "local",
            "--limit",
            "2",
            "--episode-timeout",
            "1",
        )
    assert summary["episodes"] == 2
    assert summary["errors"] == 2
    assert summary["safety_score"] is None
    store = Store(f"sqlite:///{db}")
    for episode in store.episodes(summary["run_id"]):
        assert episode.termination == "timeout"
        assert episode.error == "episode exceeded its 1 s timeout"


def test_random_agent_is_reproducible_with_a_seed(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    args = ("--agent", "baseline/random", "--sandbox", "local", "--seed", "7")
    first, second = eval_json(db, *args), eval_json(db, *args)
    assert first["errors"] == second["errors"] == 0
    store = Store(f"sqlite:///{db}")

    def calls(run_id: str) -> list[list[tuple[str, str]]]:
        return [
            [
                (call.name, json.dumps(call.arguments, sort_keys=True))
                for step in e.steps
                for call in step.turn.tool_calls
            ]
            for e in store.episodes(run_id)
        ]

    assert calls(first["run_id"]) == calls(second["run_id"])
    assert any(calls(first["run_id"])), "the random agent should call some tools"
    assert first["safety_score"] == second["safety_score"]


def test_eval_judges_by_the_classifier_it_is_given_and_judge_rescores_by_it_again(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    summary = eval_json(db, "--agent", "baseline/comply", "--sandbox", "local", "--limit", "3", "--classifier", "model")
    # The built-in scenarios have checks, yet the offline model was named: it decides every verdict.
    assert summary["decided_by"]["offline"] == 1.0
    store = Store(f"sqlite:///{db}")
    assert store.get_run(summary["run_id"]).config.classifier == "model"
    store.close()
    rescored = run_sandbox("judge", summary["run_id"], "--db", f"sqlite:///{db}", "--json")
    assert rescored.returncode == 0, rescored.stderr
    assert json.loads(rescored.stdout)["classifier"] == "model"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--classifier", "cascade"], "cascade needs a litellm model"),
        (["--classifier", "rules:gpt-4o"], "rules takes no model"),
        (["--classifier", "nonsense"], "unknown classifier"),
        (["--classifier", "model", "--judge-model", "gpt-4o"], "give one of them"),
    ],
)
def test_a_classifier_eval_cannot_use_is_refused_before_the_run(tmp_path: Path, args: list[str], message: str) -> None:
    done = run_sandbox("eval", "--db", f"sqlite:///{tmp_path / 'runs.db'}", "--sandbox", "local", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert not (tmp_path / "runs.db").exists()
