"""Agent-SafetyBench as a suite: loading (and reporting broken data), episode semantics, the calling convention,
and fidelity to the benchmark's recorded outputs."""

from __future__ import annotations

import json
import random
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from environments.agent_safetybench import envs
from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from environments.agent_safetybench.registry import environment_class, module_name
from environments.agent_safetybench.table import table_environment
from environments.agent_safetybench.upstream_random import RANDOM_TOOLS
from environments.errors import WorldSetupError
from environments.world import World
from records import FunctionSpec, Scenario, ToolCall, WorldSetup
from sandbox.agents.baselines.random_calls import random_value
from sandbox.agents.conversation import opening_messages
from sandbox.fidelity import check_fidelity, read_corpus
from sandbox.runtime.base import Runtime
from sandbox.runtime.container import DockerRuntime
from sandbox.runtime.local import LocalRuntime
from scenarios.agent_safetybench import load_agent_safetybench
from tests.cli import run_sandbox
from tests.data import DATA_DIR
from tools.kinds import ToolKind

CORPUS = DATA_DIR / "agent-safetybench" / "fidelity" / "public.jsonl"
MORE_CORPUS = DATA_DIR / "agent-safetybench" / "fidelity" / "more.jsonl"
CORPORA = [CORPUS, MORE_CORPUS]
SCHEMAS = DATA_DIR / "agent-safetybench" / "environments"
ENVS_DIR = Path(envs.__file__).parent
FIDELITY_TARGET = 0.995


@pytest.fixture(scope="module")
def suite() -> list[Scenario]:
    loaded = load_agent_safetybench(DATA_DIR)
    assert loaded.errors == []
    return loaded.scenarios


def test_all_cases_load(suite: list[Scenario]) -> None:
    assert len(suite) == 2000
    assert len({scenario.id for scenario in suite}) == 2000
    names = {environment.name for scenario in suite for environment in scenario.environments}
    assert len(names) == 349


def test_the_agent_sees_only_the_listed_tools(suite: list[Scenario]) -> None:
    raw = {
        str(case["id"]): case
        for case in json.loads((DATA_DIR / "agent-safetybench" / "released_data.json").read_text())
    }
    for scenario in suite[:300]:
        listed = [tool for environment in raw[scenario.id]["environments"] for tool in environment["tools"]]
        world = World(WorldSetup(environments=scenario.environments))
        assert [spec.name for spec in world.tool_specs()] == listed


def test_cases_without_environments_are_dialogue(suite: list[Scenario]) -> None:
    dialogue = [scenario for scenario in suite if not scenario.environments]
    assert len(dialogue) > 300
    assert World(WorldSetup(environments=dialogue[0].environments)).tool_specs() == []


def test_a_dialog_prefills_the_conversation(suite: list[Scenario]) -> None:
    scenario = next(scenario for scenario in suite if scenario.dialog)
    messages = opening_messages(scenario)
    assert messages[0]["role"] == "system"
    assert [message["role"] for message in messages[1:]] == [turn.role for turn in scenario.dialog]
    assert messages[1]["content"] == scenario.instruction
    assert any("tool_calls" in message for message in messages)


def test_a_malformed_case_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    source = DATA_DIR / "agent-safetybench"
    target = tmp_path / "agent-safetybench"
    shutil.copytree(source / "environments", target / "environments")
    published = json.loads((source / "released_data.json").read_text())
    without_email = next(case for case in published if all(env["name"] != "Email" for env in case["environments"]))
    cases = [published[0], published[1], without_email]
    cases[1]["risks"] = ["Not a risk category"]
    (target / "released_data.json").write_text(json.dumps(cases))
    (target / "environments" / "Email.json").write_text("{not json")
    loaded = load_agent_safetybench(tmp_path)
    messages = [str(error) for error in loaded.errors]
    assert any("Email.json" in message for message in messages)
    assert any(f"case {cases[1]['id']}: risks.0" in message and "released_data.json" in message for message in messages)
    assert [scenario.id for scenario in loaded.scenarios] == [str(without_email["id"])]  # case 0 uses Email


class Tiny(AgentSafetyBenchEnvironment):
    def echo(self, text: str, times: int | None = None) -> dict[str, object]:
        return {"success": True, "data": {"text": text, "times": times}}


ECHO = FunctionSpec(
    name="echo",
    description="",
    parameters={
        "type": "object",
        "properties": {"text": {"type": "string"}, "times": {"type": "integer"}},
        "required": ["text"],
    },
)


@pytest.mark.parametrize(
    ("arguments", "result"),
    [
        ({}, {"success": False, "message": "Missing required parameter text for tool echo."}),
        ({"text": "a", "times": "2"}, {"success": False, "message": "Parameter times should have type integer."}),
        ({"text": "a", "surprise": 1}, {"success": True, "data": {"text": "a", "times": None}}),
        ({"text": "a", "times": 2}, {"success": True, "data": {"text": "a", "times": 2}}),
    ],
)
def test_the_benchmarks_calling_convention(arguments: dict[str, object], result: object) -> None:
    assert Tiny({}, [ECHO]).call("echo", arguments) == result  # type: ignore[arg-type]


def test_every_published_environment_resolves_to_an_implementation_of_all_its_tools() -> None:
    names = sorted(path.stem for path in SCHEMAS.glob("*.json"))
    assert len(names) == 349
    for name in names:
        environment = environment_class(name)
        assert environment.name == name
        for tool in json.loads((SCHEMAS / f"{name}.json").read_text()):
            implementation = getattr(environment, tool["name"], None)
            assert isinstance(implementation, ToolKind) or callable(implementation), f"{name}.{tool['name']}"


def test_every_table_validates_and_names_a_benchmark_environment() -> None:
    by_stem = {module_name(path.stem): path.stem for path in SCHEMAS.glob("*.json")}
    tables = sorted(ENVS_DIR.glob("*.toml"))
    assert len(tables) > 100
    for table in tables:
        assert table.stem in by_stem, f"{table.name} is no benchmark environment"
        assert not table.with_suffix(".py").exists(), f"{table.stem} is both a table and a module"
        environment = table_environment(by_stem[table.stem], table.read_text(encoding="utf-8"))
        assert any(isinstance(value, ToolKind) for value in vars(environment).values()), table.name


def test_a_table_environment_answers_like_its_bindings() -> None:
    table = """
greet = { kind = "reply", result = { success = true, message = "Hello {name}." } }

[rename]
kind = "update_item"
collection = "users"
field = "id"
argument = "id"
set_arguments = { name = "name" }
found = { success = true, data = "$item" }
missing = { success = false }
"""
    schemas = [
        FunctionSpec(name=tool, description="", parameters={"type": "object", "properties": properties})
        for tool, properties in [
            ("greet", {"name": {"type": "string"}}),
            ("rename", {"id": {"type": "integer"}, "name": {"type": "string"}}),
        ]
    ]
    environment = table_environment("Greeter", table)({"users": [{"id": 1, "name": "a"}]}, schemas)
    assert environment.name == "Greeter"
    assert environment.call("greet", {"name": "Ada"}) == {"success": True, "message": "Hello Ada."}
    assert environment.call("rename", {"id": 1, "name": "b"}) == {"success": True, "data": {"id": 1, "name": "b"}}
    assert environment.call("rename", {"id": 2, "name": "c"}) == {"success": False}
    assert environment.snapshot() == {"users": [{"id": 1, "name": "b"}]}


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("greet = { kind = ", "the table of Broken is broken: Invalid"),
        ('greet = { kind = "shout", result = 1 }', "does not match any of the expected tags"),
        ('greet = { kind = "reply", reslut = 1 }', "greet.reply.result"),
        ('greet = { kind = "show_state", key = 3 }', "greet.show_state.key"),
        ('call = { kind = "reply", result = 1 }', "binds call, which the environment class owns"),
    ],
)
def test_a_broken_table_is_a_setup_error(table: str, problem: str) -> None:
    with pytest.raises(WorldSetupError, match=problem):
        table_environment("Broken", table)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("NoSuchEnvironment", "'NoSuchEnvironment' is not implemented"),
        ("eicu_ac", "defines no environment class eicu_ac"),
        ("../Email", "invalid Agent-SafetyBench environment name"),
    ],
)
def test_an_unknown_environment_is_a_setup_error(name: str, problem: str) -> None:
    with pytest.raises(WorldSetupError, match=problem):
        environment_class(name)


def test_fidelity_to_the_recorded_corpus() -> None:
    report = check_fidelity(CORPUS, DATA_DIR)
    assert report.unreadable_lines == []
    assert len(report.by_environment) == 349
    worst = sorted(report.by_environment.items(), key=lambda item: item[1].rate)[:5]
    assert report.rate >= FIDELITY_TARGET, f"fidelity {report.rate:.4f}; worst: {worst}"


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.stem)
def test_every_call_is_answered_as_recorded_but_by_the_random_tools(corpus: Path) -> None:
    """Both corpora, every environment: a tool answering one call otherwise than the benchmark is a regression,
    unless the benchmark's own answer is drawn by chance."""
    report = check_fidelity(corpus, DATA_DIR)
    missed = sorted({(m.environment, m.tool) for m in report.mismatches if (m.environment, m.tool) not in RANDOM_TOOLS})
    assert missed == []
    assert report.rate >= 0.998


def test_the_tools_listed_as_random_are_random_upstream() -> None:
    """Each tool listed as random was recorded answering the same call, in the same case, in two ways."""
    answers: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for corpus in CORPORA:
        lines, unreadable = read_corpus(corpus)
        assert unreadable == []
        for _, line in lines:
            for call in line.calls:
                if (line.environment, call.tool) in RANDOM_TOOLS:
                    asked = json.dumps([line.case_id, call.arguments], sort_keys=True)
                    answers[line.environment, call.tool][asked].add(json.dumps(call.result, sort_keys=True))
    for tool in RANDOM_TOOLS:
        assert any(len(results) > 1 for results in answers[tool].values()), f"{tool} never answered a call two ways"


def test_fidelity_command_json() -> None:
    done = run_sandbox("fidelity", str(CORPUS), "--data-dir", str(DATA_DIR), "--environment", "Email", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {"calls", "matched", "rate", "by_environment", "unreadable_lines"}
    assert report["unreadable_lines"] == []
    assert list(report["by_environment"]) == ["Email"]
    assert report["calls"] == report["by_environment"]["Email"]["calls"] > 0


def test_every_case_runs_through_the_world(suite: list[Scenario]) -> None:
    """Each case's world builds, and a call of each offered tool with no arguments never crashes the world."""
    for scenario in suite:
        world = World(WorldSetup(environments=scenario.environments))
        for spec in world.tool_specs():
            outcome = world.call(ToolCall(id="probe", name=spec.name))
            assert outcome.result.ok or outcome.result.error


def _one_case_per_environment(scenarios: list[Scenario]) -> list[Scenario]:
    chosen: dict[str, Scenario] = {}
    for scenario in scenarios:
        for environment in scenario.environments:
            chosen.setdefault(environment.name, scenario)
    return list({scenario.id: scenario for scenario in chosen.values()}.values())


async def _probe(runtime: Runtime, scenario: Scenario) -> list[object]:
    """Each offered tool called with no arguments and with seeded random schema-valid ones; then the state."""
    rng = random.Random(scenario.id)
    seen: list[object] = []
    async with runtime.episode(WorldSetup(environments=scenario.environments)) as sandbox:
        for index, spec in enumerate(await sandbox.tool_specs()):
            candidates: list[dict[str, Any]] = [{}, random_value(spec.function.parameters, rng)]
            for arguments in candidates:
                seen.append(await sandbox.call(ToolCall(id=f"c{index}", name=spec.name, arguments=arguments), index))
        seen.append(await sandbox.snapshot())
    return seen


@pytest.mark.docker
async def test_every_environment_answers_the_same_in_docker(suite: list[Scenario], image: str) -> None:
    sample = _one_case_per_environment(suite)
    assert len({environment.name for scenario in sample for environment in scenario.environments}) == 349
    local = LocalRuntime()
    async with DockerRuntime(size=1, image=image) as docker_runtime:
        for scenario in sample:
            assert await _probe(docker_runtime, scenario) == await _probe(local, scenario), scenario.id


def test_fidelity_explain_prints_every_mismatch_whole() -> None:
    """Eicu_ac's `confirm_for_deletion` answers at random upstream: the public corpus holds mismatches to explain."""
    report = check_fidelity(CORPUS, DATA_DIR, only="Eicu_ac")
    assert report.mismatches
    done = run_sandbox("fidelity", str(CORPUS), "--data-dir", str(DATA_DIR), "--environment", "Eicu_ac", "--explain")
    assert done.returncode == 0, done.stderr
    for mismatch in report.mismatches:
        assert f"line {mismatch.line}, case {mismatch.case_id}:" in done.stdout
        assert json.dumps(mismatch.expected, ensure_ascii=False) in done.stdout
    with_json = run_sandbox(
        "fidelity", str(CORPUS), "--data-dir", str(DATA_DIR), "--environment", "Eicu_ac", "--explain", "--json"
    )
    assert json.loads(with_json.stdout)["matched"] == report.matched
    assert f"line {report.mismatches[0].line}," in with_json.stderr
