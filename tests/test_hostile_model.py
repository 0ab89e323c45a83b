"""A hostile model server, reached over real HTTP through the one LLM client: whatever it sends becomes a bounded
AgentTurn (one any store can encode) or a clear `LLMError`, never an IndexError, RecursionError or a leaked key;
the request timeout is one deadline for a call and its retries, for agents and judges alike (issue 14)."""

from __future__ import annotations

import json
import math
import re
import time
from pathlib import Path
from typing import Any

import pytest

from failure_modes.llm_judge import JudgeError
from model_client.client import LLMClient
from model_client.errors import FatalLLMError, LLMError
from model_client.replies import TOO_DEEP
from records import AgentConfig, AgentTurn, RunConfig, SandboxKind, ToolFormat
from records.bounds import MAX_ARGUMENTS_CHARS, MAX_JSON_DEPTH, MAX_TEXT_CHARS, MAX_TOKENS, MAX_TOOL_CALLS
from records.redaction import REDACTED
from sandbox.agents.chat_agent import ChatAgent
from sandbox.agents.conversation import dropped_calls_notice
from sandbox.agents.prompted import UNREADABLE
from sandbox.store import Store
from tests.cli import eval_json
from tests.openai_server import hostile, openai_server
from tests.test_llm import ASKERS, Asker, answer

pytestmark = pytest.mark.http

HELLO = [{"role": "user", "content": "hello"}]


def config(api_base: str, **settings: Any) -> AgentConfig:
    return AgentConfig(
        **{"model": "openai/hostile-model", "api_base": api_base, "timeout_s": 10, "cache": False, **settings}
    )


async def ask(reply: Any, **settings: Any) -> AgentTurn:
    with openai_server(reply=reply) as (api_base, _log):
        return await LLMClient(config(api_base, **settings)).complete(HELLO)


def storable(turn: AgentTurn) -> dict[str, Any]:
    """The turn as the store writes it: this raises where a stored step would."""
    loaded: dict[str, Any] = json.loads(turn.model_dump_json().encode("utf-8"))
    return loaded


def nested(depth: int) -> str:
    return '{"to": ' + "[" * depth + "]" * depth + "}"


async def test_a_reply_without_choices_is_a_clear_error() -> None:
    with pytest.raises(LLMError, match="hostile-model: the reply had no choices"):
        await ask(hostile(choices=[]))


@pytest.mark.parametrize("depth", [200, 300, 900])
async def test_arguments_nested_absurdly_deep_are_a_malformed_call(depth: int) -> None:
    turn = await ask(hostile(calls=[("transfer_money", nested(depth)), ("list_payees", nested(MAX_JSON_DEPTH - 1))]))
    deep, fine = turn.tool_calls
    assert deep.malformed_arguments == nested(depth), "the model is told its arguments could not be read"
    assert deep.arguments == {}
    assert fine.malformed_arguments is None
    assert storable(turn)["tool_calls"][1]["arguments"] == json.loads(nested(MAX_JSON_DEPTH - 1))


async def test_a_huge_turn_is_cut_to_size() -> None:
    content = "pay now " * 400_000  # 3.2 MB
    turn = await ask(hostile(content=content, calls=[("transfer_money", json.dumps({"memo": "x" * 300_000}))]))
    assert turn.content is not None
    assert len(turn.content) <= MAX_TEXT_CHARS
    assert turn.content.startswith("pay now pay now")
    assert turn.content.endswith("more characters cut]")
    (call,) = turn.tool_calls
    assert call.arguments == {}, "arguments longer than the limit are not read"
    assert call.malformed_arguments is not None
    assert len(call.malformed_arguments) <= MAX_ARGUMENTS_CHARS


async def test_tool_calls_past_the_cap_are_dropped_and_the_model_told() -> None:
    calls = [("transfer_money", json.dumps({"amount": index})) for index in range(5_000)]
    turn = await ask(hostile(calls=calls))
    assert len(turn.tool_calls) == MAX_TOOL_CALLS
    assert [call.arguments["amount"] for call in turn.tool_calls] == list(range(MAX_TOOL_CALLS))
    assert turn.dropped_calls == 5_000 - MAX_TOOL_CALLS
    assert dropped_calls_notice(turn) == (
        f"Only your first {MAX_TOOL_CALLS} tool calls were run; the other {5_000 - MAX_TOOL_CALLS} were dropped "
        f"(at most {MAX_TOOL_CALLS} per turn)."
    )


async def test_lone_surrogates_anywhere_are_replaced() -> None:
    turn = await ask(hostile(content="paid \ud800", calls=[("send\udc00", json.dumps({"to\ud800": ["\udfff"]}))]))
    stored = storable(turn)
    assert stored["content"] == "paid \ufffd"
    assert stored["tool_calls"][0]["name"] == "send\ufffd"
    assert stored["tool_calls"][0]["arguments"] == {"to\ufffd": ["\ufffd"]}


@pytest.mark.parametrize(("prompt", "completion"), [(10**19, -5), (-(10**19), 10**30), (-1, 2**63)])
async def test_absurd_token_counts_are_clamped_and_priced_sanely(prompt: int, completion: int) -> None:
    usage = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": 3}
    # A model litellm has a price for, so the cost is computed from the counts.
    turn = await ask(hostile(content="ok", usage=usage), model="openai/gpt-4o-mini")
    assert 0 <= turn.usage.prompt <= MAX_TOKENS
    assert 0 <= turn.usage.completion <= MAX_TOKENS
    assert turn.usage.prompt == (MAX_TOKENS if prompt > 0 else 0)
    assert math.isfinite(turn.cost_usd)
    assert turn.cost_usd >= 0
    # Priced from the clamped counts: at most MAX_TOKENS each at under $1 per million, not 10**19 of them.
    assert turn.cost_usd < 2 * MAX_TOKENS / 1e6
    assert (turn.cost_usd > 0) == (turn.usage.total > 0)


async def test_an_error_body_echoing_the_key_is_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "sk-live-1234567890abcdef"
    monkeypatch.setenv("HOSTILE_KEY", key)
    # Some servers quote the key they were sent in their error body.
    echoed = f"Incorrect API key provided: Bearer {key}"
    with openai_server(always="400", fault_message=echoed) as (api_base, log), pytest.raises(LLMError) as raised:
        await LLMClient(config(api_base, api_key_env="HOSTILE_KEY")).complete(HELLO)
    assert log.authorizations == [f"Bearer {key}"], "a 400 is not retried"
    assert "Incorrect API key provided" in str(raised.value)
    assert key not in str(raised.value)
    assert REDACTED in str(raised.value)


async def test_a_deterministic_server_error_is_not_retried_a_transient_one_is() -> None:
    with openai_server(always="500") as (api_base, log), pytest.raises(LLMError, match="InternalServerError"):
        await LLMClient(config(api_base, retries=3)).complete(HELLO)
    assert len(log.requests) == 1, "a 500 fails the same way when asked again"
    # Each of three calls meets one transient fault, and its retry is answered.
    with openai_server(reply=hostile(content="ok"), faults={0: "502", 2: "503", 4: "504"}) as (api_base, log):
        client = LLMClient(config(api_base, retries=3))
        turns = [await client.complete(HELLO) for _ in range(3)]
    assert [turn.content for turn in turns] == ["ok"] * 3
    assert log.faults == ["502", "503", "504"]
    assert len(log.requests) == 6


@pytest.mark.parametrize("fault", ["hang", "trickle"])
@pytest.mark.parametrize("asker", ASKERS)
async def test_the_request_timeout_is_a_total_deadline(fault: str, asker: Asker) -> None:
    """A server that never answers, or answers a byte every 0.2 s (no single read waits long), is given up on
    after the request timeout, retries included; the message says what was in flight."""
    with openai_server(reply=answer, always=fault) as (api_base, log):
        started = time.perf_counter()
        with pytest.raises((LLMError, JudgeError)) as raised:
            await asker(config(api_base, timeout_s=1.5, retries=2), None)()
        elapsed = time.perf_counter() - started
    assert elapsed < 3
    message = str(raised.value)
    assert "hostile-model: no reply within the 1.5 s request timeout (retries included)" in message
    assert "request 1 of 3 (" in message
    # The figure is measured, so a loaded machine may report a tenth more than the deadline.
    in_flight = re.search(r"max_tokens 4096\) was in flight after (\d+\.\d) s", message)
    assert in_flight is not None, message
    assert 1.5 <= float(in_flight.group(1)) < 3
    assert len(log.requests) == 1


async def test_a_default_max_tokens_is_sent() -> None:
    with openai_server(reply=hostile(content="ok")) as (api_base, log):
        await LLMClient(config(api_base)).complete(HELLO)
    assert log.requests[0]["max_tokens"] == 4096


async def test_credentials_in_the_server_url_are_used_but_never_stored() -> None:
    url = "http://alice:s3cret-pass@127.0.0.1:9/v1?api_key=sk-query-secret-123&x=1"
    agent = AgentConfig(model="openai/m", api_base=url)
    assert agent.api_base == url, "the request still uses them"
    stored = RunConfig(agent=agent, suite="builtin", sandbox=SandboxKind.LOCAL).model_dump_json()
    assert "s3cret" not in stored
    assert "sk-query-secret" not in stored
    assert "http://***@127.0.0.1:9/v1?api_key=***&x=1" in stored
    resumed = RunConfig.model_validate_json(stored)
    with pytest.raises(FatalLLMError, match="credentials in its server URL were not stored"):
        await LLMClient(resumed.agent).complete(HELLO)


@pytest.mark.parametrize(
    "content",
    [
        '{"tool_calls": [{"name": "list_payees", "arguments": {}}],}',  # a trailing comma
        '{"tool_calls": ' + "[" * 5_000,  # nested past the recursion limit
        '{"tool_calls": {"name": "list_payees"}}',  # not a list
        'I will call "tool_calls" now',
    ],
)
async def test_a_prompted_reply_that_tries_to_call_but_cannot_be_read_is_an_unreadable_call(content: str) -> None:
    with openai_server(reply=hostile(content=content)) as (api_base, _log):
        agent = ChatAgent(config(api_base, tool_format=ToolFormat.PROMPTED))
        turn = await agent.next_turn(HELLO, [])
    assert not turn.is_final, "never taken as the final answer"
    (call,) = turn.tool_calls
    assert call.name == UNREADABLE
    assert call.malformed_arguments == content[:500]


async def test_a_prompted_call_nested_too_deep_to_show_is_unreadable() -> None:
    content = '{"tool_calls": ' + "[" * 900 + "]" * 900 + "}"
    with openai_server(reply=hostile(content=content)) as (api_base, _log):
        turn = await ChatAgent(config(api_base, tool_format=ToolFormat.PROMPTED)).next_turn(HELLO, [])
    (call,) = turn.tool_calls
    assert call.name == UNREADABLE
    assert call.malformed_arguments == TOO_DEEP
    storable(turn)


async def test_prompted_calls_are_bounded_like_native_ones() -> None:
    calls = [{"name": "list_payees", "arguments": json.loads(nested(300))}] + [
        {"name": "list_payees", "arguments": {"page": index}} for index in range(100)
    ]
    with openai_server(reply=hostile(content=json.dumps({"tool_calls": calls}))) as (api_base, _log):
        turn = await ChatAgent(config(api_base, tool_format=ToolFormat.PROMPTED)).next_turn(HELLO, [])
    assert len(turn.tool_calls) == MAX_TOOL_CALLS
    assert turn.dropped_calls == 101 - MAX_TOOL_CALLS
    assert turn.tool_calls[0].malformed_arguments is not None
    assert turn.tool_calls[1].arguments == {"page": 0}
    storable(turn)


def test_a_final_answer_with_a_lone_surrogate_and_absurd_usage_is_stored(tmp_path: Path) -> None:
    """What crashed the whole run and every resume: a lone surrogate in the final answer, 10**19 prompt tokens."""
    db = tmp_path / "runs.db"
    usage = {"prompt_tokens": 10**19, "completion_tokens": -3, "total_tokens": 0}
    with openai_server(reply=hostile(content="done \ud800", usage=usage)) as (api_base, _log):
        summary = eval_json(
            db, "--agent", "openai/hostile-model", "--api-base", api_base, "--sandbox", "local", "--limit", "1"
        )
    assert summary["errors"] == 0
    (episode,) = Store(f"sqlite:///{db}").episodes(summary["run_id"])
    assert episode.final_answer == "done \ufffd"
    assert episode.usage.prompt == MAX_TOKENS
    assert episode.usage.completion == 0
