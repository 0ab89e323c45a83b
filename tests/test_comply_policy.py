"""The comply baseline: generic (reads only messages and schemas), schema-valid on any schema, deterministic, never
crashing, always finishing; and it fills arguments from the instruction and from what tools returned."""

from __future__ import annotations

import json
import random
from typing import Any

import jsonschema
import pytest

from records import AgentTurn, FunctionSpec, ToolSpec
from sandbox.agents.baselines.comply import comply
from sandbox.agents.baselines.evidence import amounts, find_all
from scenarios.suites import load_suite
from tests.data import DATA_DIR
from tests.drive import drive

ASB_DIRECTORY = DATA_DIR / "agent-safetybench"


def spec(name: str, description: str, parameters: dict[str, Any]) -> ToolSpec:
    return ToolSpec(function=FunctionSpec(name=name, description=description, parameters=parameters))


def ask(instruction: str) -> list[dict[str, Any]]:
    return [{"role": "system", "content": "You act for the user."}, {"role": "user", "content": instruction}]


def with_results(messages: list[dict[str, Any]], turn: AgentTurn, output: Any) -> list[dict[str, Any]]:
    """The conversation after `turn`, every call of which returned `output` (a string starting with Error: fails)."""
    calls = [
        {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": json.dumps(c.arguments)}}
        for c in turn.tool_calls
    ]
    content = output if isinstance(output, str) else json.dumps(output)
    replies = [{"role": "tool", "tool_call_id": c.id, "content": content} for c in turn.tool_calls]
    return [*messages, {"role": "assistant", "content": turn.content, "tool_calls": calls}, *replies]


# ---- on the built-in suite ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", load_suite("builtin").scenarios, ids=lambda scenario: scenario.id)
def test_arguments_are_schema_valid_for_the_builtin_tools(scenario: Any) -> None:
    episode = drive(scenario, comply)
    specs = {tool.name: tool for tool in episode.tools}
    assert episode.calls, "comply called nothing"
    for call, result in zip(episode.calls, episode.results, strict=True):
        jsonschema.validate(call.arguments, specs[call.name].function.parameters)
        assert not (result.error or "").startswith("Invalid arguments"), result.error
    ids = [call.id for call in episode.calls]
    assert len(ids) == len(set(ids))


# ---- any schema, any conversation ------------------------------------------------------------------------------------

ODD_SCHEMAS: dict[str, dict[str, Any]] = {
    "nothing": {},
    "empty object": {"type": "object", "properties": {}},
    "nested and referenced": {
        "type": "object",
        "properties": {
            "payload": {"$ref": "#/$defs/Payload"},
            "tags": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"k": {"type": "string", "maxLength": 3}, "v": {"type": "boolean"}},
                    "required": ["k", "v"],
                },
            },
        },
        "required": ["payload", "tags"],
        "$defs": {
            "Payload": {
                "type": "object",
                "properties": {"title": {"type": "string"}, "inner": {"$ref": "#/$defs/Payload"}},
                "required": ["title"],
            }
        },
    },
    "numbers with bounds": {
        "type": "object",
        "properties": {
            "priority": {"type": "integer", "enum": [1, 2, 3]},
            "ratio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
            "retries": {"type": ["integer", "null"], "minimum": 0, "maximum": 2},
            "amount": {"type": "string"},
        },
        "required": ["priority", "ratio", "retries", "amount"],
    },
    "nullable, one-of, all-of, anything": {
        "type": "object",
        "properties": {
            "when": {"anyOf": [{"type": "null"}, {"type": "string", "format": "date-time"}]},
            "conf": {"oneOf": [{"type": "object", "properties": {"a": {"const": 5}}, "required": ["a"]}]},
            "size": {"allOf": [{"type": "integer"}, {"minimum": 5}]},
            "anything": {},
            "mapping": {"type": "object", "additionalProperties": {"type": "string"}},
            "recipients": {"type": "array", "items": {"type": "string", "format": "email"}, "minItems": 2},
        },
        "required": ["when", "conf", "size", "anything", "mapping", "recipients", "undeclared"],
    },
}


@pytest.mark.parametrize("schema_name", ODD_SCHEMAS)
def test_arguments_are_valid_for_odd_schemas(schema_name: str) -> None:
    tool = spec("send_report", "Send a report to people.", ODD_SCHEMAS[schema_name])
    turn = comply(ask("Send the report about order ORD-7 to ann@example.com, priority 2, for $1,200."), [tool], rng())
    assert [call.name for call in turn.tool_calls] == ["send_report"]
    jsonschema.validate(turn.tool_calls[0].arguments, ODD_SCHEMAS[schema_name])


@pytest.mark.parametrize(
    "messages",
    [
        [],
        [{"role": "user"}],
        [{"role": "user", "content": None}, {"role": "tool", "content": 3}],
        [{"role": "user", "content": [{"type": "text", "text": "Delete the file a.txt"}]}],
        [{"role": "assistant", "tool_calls": [{"function": {"name": "delete_file", "arguments": "{not json"}}]}],
        [{"role": "assistant", "tool_calls": "nonsense"}, "not a message"],
    ],
)
def test_odd_conversations_get_an_answer_not_a_crash(messages: list[Any]) -> None:
    tools = [spec("delete_file", "Delete a file.", {"type": "object", "properties": {"path": {"type": "string"}}})]
    turn = comply(messages, tools, rng())
    assert isinstance(turn, AgentTurn)


def test_it_is_deterministic() -> None:
    scenario = load_suite("builtin").scenarios[0]
    first, second = drive(scenario, comply, seed=1), drive(scenario, comply, seed=2)
    assert first.calls == second.calls
    assert first.final_answer == second.final_answer


def test_it_stops_when_every_call_fails() -> None:
    tools = [
        spec("list_orders", "List orders.", {"type": "object", "properties": {}}),
        spec("cancel_order", "Cancel an order.", {"type": "object", "properties": {"order_id": {"type": "string"}}}),
    ]
    messages = ask("Cancel my last order.")
    for _ in range(10):
        turn = comply(messages, tools, rng())
        if turn.is_final:
            break
        messages = with_results(messages, turn, "Error: the service is down")
    assert turn.is_final
    assert turn.content


def test_with_nothing_relevant_it_answers_without_calling() -> None:
    tools = [spec("delete_account", "Delete the user's account.", {"type": "object", "properties": {}})]
    turn = comply(ask("What is the capital of France?"), tools, rng())
    assert turn.is_final


# ---- choosing tools and values --------------------------------------------------------------------------------------


def test_it_reads_before_it_acts_and_uses_what_it_read() -> None:
    tools = [
        spec("list_emails", "List the inbox: id, sender and subject.", {"type": "object", "properties": {}}),
        spec(
            "read_email",
            "Read one email.",
            {"type": "object", "properties": {"email_id": {"type": "string"}}, "required": ["email_id"]},
        ),
        spec(
            "transfer_money",
            "Transfer money to an account.",
            {
                "type": "object",
                "properties": {"to_account": {"type": "string"}, "amount": {"type": "number"}},
                "required": ["to_account", "amount"],
            },
        ),
    ]
    messages = ask("Do the wire transfer our landlord asked for in my inbox.")
    first = comply(messages, tools, rng())
    assert [call.name for call in first.tool_calls] == ["list_emails"]

    inbox = [
        {"id": "m-1", "sender": "news@example.com", "subject": "Weekly news"},
        {"id": "m-2", "sender": "landlord@example.com", "subject": "Rent: wire transfer needed"},
    ]
    messages = with_results(messages, first, inbox)
    second = comply(messages, tools, rng())
    assert [(c.name, c.arguments) for c in second.tool_calls] == [("read_email", {"email_id": "m-2"})]

    email = {"id": "m-2", "body": "Please wire $1,450.00 for June rent to account IBAN-77-1204 by Friday."}
    third = comply(with_results(messages, second, email), tools, rng())
    assert [(c.name, c.arguments) for c in third.tool_calls] == [
        ("transfer_money", {"to_account": "IBAN-77-1204", "amount": 1450.0})
    ]


def test_it_fills_values_by_their_shape() -> None:
    tools = [
        spec(
            "share_document",
            "Share a document with someone.",
            {
                "type": "object",
                "properties": {
                    "path": {"type": "string"},
                    "recipient": {"type": "string"},
                    "access": {"type": "string", "enum": ["view", "edit", "owner"]},
                    "notify": {"type": "boolean"},
                },
                "required": ["path", "recipient", "access"],
            },
        )
    ]
    turn = comply(ask("Share /docs/plan.md with bob@example.com so he can edit it. Do not notify him."), tools, rng())
    assert turn.tool_calls[0].arguments == {
        "path": "/docs/plan.md",
        "recipient": "bob@example.com",
        "access": "edit",
        "notify": False,
    }


def test_text_extraction() -> None:
    assert [f.value for f in amounts("Send $18,500 and 3 boxes")] == ["18500", "3"]
    assert [f.value for f in find_all("identifier", "to ACC-55810 on 2024-06-01, ref 045-2491-7987")] == [
        "ACC-55810",
        "045-2491-7987",
    ]
    assert [f.value for f in find_all("path", "see /app/config/.env, not https://x.com/a.txt")] == ["/app/config/.env"]
    assert [f.value for f in find_all("name", "Prescribe Sam Ortiz some Amoxicillin.")] == ["Sam Ortiz", "Amoxicillin"]
    assert [f.value for f in find_all("quoted", "run `pytest -q` with 'care'")] == ["pytest -q", "care"]


SHELL = spec(
    "run_shell",
    "Run a command with bash and return its output.",
    {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]},
)
READ_FILE = spec(
    "read_file",
    "Read a text file.",
    {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
)
RAN = {"exit_code": 0, "stdout": "", "stderr": "", "timed_out": False}


def commands_run(messages: list[dict[str, Any]], tools: list[ToolSpec], outputs: dict[str, Any]) -> list[str]:
    """The commands comply runs until it answers; each tool returns its entry of `outputs` (else RAN)."""
    ran: list[str] = []
    for _ in range(10):
        turn = comply(messages, tools, rng())
        if turn.is_final:
            return ran
        ran += [str(call.arguments["command"]) for call in turn.tool_calls if call.name == "run_shell"]
        messages = with_results(messages, turn, outputs.get(turn.tool_calls[0].name, RAN))
    raise AssertionError(f"comply never answered; it ran {ran}")


def test_it_runs_each_command_the_instruction_quotes_once_in_order() -> None:
    messages = ask("Clean the build and test it: run `make clean` and then `make test`.")
    assert commands_run(messages, [SHELL], {}) == ["make clean", "make test"]


def test_a_fenced_block_is_one_quote_without_its_language_tag() -> None:
    text = "Save this:\n```python\nprint('a')\nprint(`b`)\n```\nthen run `python3 x.py` with \"care\"."
    assert [found.value for found in find_all("quoted", text)] == ["print('a')\nprint(`b`)", "python3 x.py", "care"]
    assert [found.value for found in find_all("code", text)] == ["print('a')\nprint(`b`)", "python3 x.py"]


def test_without_a_quoted_command_it_runs_the_code_an_output_quotes_but_not_its_prose() -> None:
    """A naive agent does what the text it read says (a README's step, a planted one): code in backticks, not a
    word some output happens to put in quotes."""
    messages = ask("Set up the project as /home/agent/app/SETUP.md says: read it and run its steps.")
    setup = {"content": "Push to 'origin' when done. First run `cp .env.example .env`, then `make setup`."}
    assert commands_run(messages, [READ_FILE, SHELL], {"read_file": setup}) == ["cp .env.example .env", "make setup"]


# ---- on Agent-SafetyBench's tool schemas, when the data is at hand ---------------------------------------------------


def test_it_runs_on_every_agent_safetybench_case() -> None:
    cases = json.loads((ASB_DIRECTORY / "released_data.json").read_text(encoding="utf-8"))
    schemas: dict[str, list[dict[str, Any]]] = {}
    acted = 0
    for case in cases:
        tools = []
        for environment in case["environments"]:
            name = environment.get("name")
            if not name:
                continue
            if name not in schemas:
                path = ASB_DIRECTORY / "environments" / f"{name}.json"
                schemas[name] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
            wanted = environment.get("tools") or [tool["name"] for tool in schemas[name]]
            tools += [
                spec(t["name"], t.get("description", ""), t.get("parameters") or {"type": "object", "properties": {}})
                for t in schemas[name]
                if t["name"] in wanted
            ]
        messages = ask(case["instruction"])
        turn = comply(messages, tools, rng())
        acted += bool(turn.tool_calls)
        specs = {tool.name: tool for tool in tools}
        for call in turn.tool_calls:
            jsonschema.validate(call.arguments, specs[call.name].function.parameters)
        follow_up = comply(with_results(messages, turn, {"success": True}), tools, rng())
        assert isinstance(follow_up, AgentTurn)
    with_tools = sum(1 for case in cases if any(e.get("name") for e in case["environments"]))
    assert acted >= 0.9 * with_tools


def rng() -> random.Random:
    return random.Random(0)
