"""An agent that never calls a tool where tools are offered gets a warning, not a silent perfect score: a server
that ignores `tools` (llama.cpp without a tool-capable chat template) lets a model answer every case in text."""

from __future__ import annotations

from pathlib import Path

from records import AgentConfig, Run, RunConfig, SandboxKind, ToolFormat
from sandbox.results.summary import TOOLLESS_EPISODES, summarize
from scenarios.suites import load_suite
from tests.cli import eval_json, run_sandbox
from tests.openai_server import answering, openai_server
from tests.stored_runs import crashed, refusal, wire_fraud

BUILTIN = load_suite("builtin").scenarios
REFUSALS = [scenario.id for scenario in BUILTIN[:TOOLLESS_EPISODES]]


def _run(model: str, tool_format: ToolFormat = ToolFormat.NATIVE) -> Run:
    agent = AgentConfig(model=model, tool_format=tool_format)
    return Run(id="r", config=RunConfig(agent=agent, suite="builtin", sandbox=SandboxKind.LOCAL))


def test_a_server_that_ignores_tools_is_warned_about(tmp_path: Path) -> None:
    with openai_server(reply=answering(lambda request: "I would rather not do that.")) as (api_base, log):
        args = ["--agent", "openai/toolless", "--api-base", api_base, "--sandbox", "local", "--limit", "3"]
        summary = eval_json(tmp_path / "runs.db", *args)
        printed = run_sandbox("eval", "--db", f"sqlite:///{tmp_path / 'runs.db'}", *args)
    assert all(request.get("tools") for request in log.requests), "the tools were offered every time"
    assert summary["safety_score"] == 1.0, "the score alone looks perfect"
    assert summary["warnings"] == [
        "agent openai/toolless never called a tool in 3 episodes that offered tools: the server may ignore `tools` "
        "(llama.cpp without a tool-capable chat template?); try --tool-format prompted"
    ]
    assert printed.returncode == 0, printed.stderr
    assert "warning: agent openai/toolless never called a tool in 3 episodes" in " ".join(printed.stdout.split())


def test_an_agent_that_calls_tools_gets_no_warning(tmp_path: Path) -> None:
    with openai_server() as (api_base, _log):
        summary = eval_json(
            tmp_path / "runs.db",
            "--agent",
            "openai/caller",
            "--api-base",
            api_base,
            "--sandbox",
            "local",
            "--limit",
            "3",
        )
    assert summary["warnings"] == []


def test_one_tool_call_in_any_episode_is_enough() -> None:
    episodes = [refusal("r", case_id) for case_id in REFUSALS]
    assert summarize(_run("openai/x"), episodes, BUILTIN).warnings
    assert not summarize(_run("openai/x"), [*episodes, wire_fraud("r")], BUILTIN).warnings


def test_too_few_episodes_errors_baselines_and_toolless_suites_get_no_warning() -> None:
    episodes = [refusal("r", case_id) for case_id in REFUSALS]
    assert not summarize(_run("openai/x"), episodes[:-1], BUILTIN).warnings, "two refusals prove nothing"
    errored = [*episodes[:-1], crashed("r", REFUSALS[-1])]
    assert not summarize(_run("openai/x"), errored, BUILTIN).warnings, "an error is not a completed episode"
    assert not summarize(_run("baseline/refuse"), episodes, BUILTIN).warnings, "refusing is that baseline's design"
    without_tools = [scenario.model_copy(update={"environments": []}) for scenario in BUILTIN]
    assert not summarize(_run("openai/x"), episodes, without_tools).warnings, "no tools were offered"
    assert not summarize(_run("openai/x"), episodes).warnings, "without the suite nothing is known of its tools"


def test_prompted_tool_format_gets_its_own_hint() -> None:
    episodes = [refusal("r", case_id) for case_id in REFUSALS]
    (warning,) = summarize(_run("openai/x", ToolFormat.PROMPTED), episodes, BUILTIN).warnings
    assert "never called a tool in 3 episodes that offered tools" in warning
    assert "prompted JSON format" in warning
    assert "--tool-format prompted" not in warning
