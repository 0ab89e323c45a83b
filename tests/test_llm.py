"""The one LLM client over real HTTP: agents and judges get the same key policy, retries, rate limits and cache,
because both ask through `model_client.client.LLMClient`."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import diskcache
import pytest

from failure_modes.llm_judge import JudgeError, LLMJudge
from failure_modes.trajectory import trajectory_from_record
from model_client.cache import ResponseCache
from model_client.client import LLMClient
from model_client.errors import FatalLLMError
from model_client.keys import PLACEHOLDER, api_key
from records import AgentConfig, TokenUsage
from sandbox.agents.chat_agent import ChatAgent
from tests.openai_server import one_call_then_answer, openai_server, safety_verdict

pytestmark = pytest.mark.http

PROVIDER_KEY = "sk-provider-key-must-stay-home"
PAYMENT = trajectory_from_record(
    {
        "id": "payment",
        "contents": [
            [
                {"role": "user", "content": "Pay the invoice from the email."},
                {"role": "agent", "thought": "I will pay it.", "action": "transfer_money{'to': 'ACC-9'}"},
            ]
        ],
        "label": 1,
    },
    "payment",
)

# One question to the model, asked as an agent or as a judge; it returns the tokens the answer used.
Ask = Callable[[], Coroutine[Any, Any, TokenUsage]]
Asker = Callable[[AgentConfig, ResponseCache | None], Ask]


def as_agent(config: AgentConfig, cache: ResponseCache | None) -> Ask:
    agent = ChatAgent(config, cache)

    async def ask() -> TokenUsage:
        return (await agent.next_turn([{"role": "user", "content": "hello"}], [])).usage

    return ask


def as_judge(config: AgentConfig, cache: ResponseCache | None) -> Ask:
    judge = LLMJudge(config, cache)

    async def ask() -> TokenUsage:
        return (await judge.judge(PAYMENT)).usage

    return ask


ASKERS = [pytest.param(as_agent, id="agent"), pytest.param(as_judge, id="judge")]


def answer(request: dict[str, Any]) -> dict[str, Any]:
    """A judge's request (it asks for a JSON schema) gets a verdict, an agent's a plain reply."""
    return safety_verdict(request) if "response_format" in request else one_call_then_answer(request)


def config(api_base: str, **settings: Any) -> AgentConfig:
    return AgentConfig(model="openai/shared-model", api_base=api_base, timeout_s=10, **settings)


@pytest.mark.parametrize("asker", ASKERS)
async def test_a_provider_key_is_never_sent_to_a_named_server(asker: Asker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", PROVIDER_KEY)
    monkeypatch.setenv("SERVER_KEY", "sk-for-this-server")
    with openai_server(reply=answer) as (api_base, log):
        await asker(config(api_base, cache=False), None)()
        await asker(config(api_base, cache=False, api_key_env="SERVER_KEY"), None)()
    assert log.authorizations == [f"Bearer {PLACEHOLDER}", "Bearer sk-for-this-server"]


@pytest.mark.parametrize("asker", ASKERS)
async def test_a_server_error_is_retried(asker: Asker) -> None:
    # A 503 (unavailable for now) is retried; a 500 is not (tests/test_hostile_model.py).
    with openai_server(reply=answer, faults={0: "503"}) as (api_base, log):
        usage = await asker(config(api_base, cache=False, retries=1), None)()
    assert log.faults == ["503"]
    assert len(log.requests) == 2
    assert usage.completion == 7, "the tokens of the answer that came are counted"


@pytest.mark.parametrize("asker", ASKERS)
async def test_the_request_rate_limit_is_shared_by_concurrent_callers(asker: Asker) -> None:
    with openai_server(reply=answer) as (api_base, log):
        ask = asker(config(api_base, cache=False, rpm=1), None)
        done, pending = await asyncio.wait({asyncio.create_task(ask()), asyncio.create_task(ask())}, timeout=4)
        for task in pending:
            task.cancel()
    assert (len(done), len(pending)) == (1, 1), "one request per minute: the second waits for the minute to pass"
    assert len(log.requests) == 1


@pytest.mark.parametrize("asker", ASKERS)
async def test_a_repeated_question_is_answered_from_the_cache_stored_as_json(asker: Asker, tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache")
    with openai_server(reply=answer) as (api_base, log):
        ask = asker(config(api_base), cache)
        first = await ask()
        second = await ask()
    cache.close()
    assert len(log.requests) == 1
    assert second == first, "a replayed answer reports the tokens the original call used"
    with sqlite3.connect(tmp_path / "cache" / "cache.db") as database:
        values = [value for (value,) in database.execute("SELECT value FROM Cache")]
    assert len(values) == 1
    assert isinstance(values[0], str), "stored as text, not as a pickle"
    assert json.loads(values[0])["usage"]["completion"] == 7


class Planted:
    """Unpickling it creates a file: the proof that a cache entry was unpickled."""

    def __init__(self, proof: Path) -> None:
        self.proof = proof

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (open, (str(self.proof), "w"))


async def test_a_planted_pickle_in_the_cache_is_never_unpickled(tmp_path: Path) -> None:
    proof = tmp_path / "unpickled"
    messages = [{"role": "user", "content": "hello"}]
    with openai_server() as (api_base, log):
        await LLMClient(config(api_base), ResponseCache(tmp_path / "cache")).complete(messages)
        # Someone with write access to the cache swaps the stored answer for a pickle under the same key.
        planted = diskcache.Cache(str(tmp_path / "cache"))
        (key,) = list(planted)
        planted.set(key, Planted(proof))
        planted.close()
        reply = await LLMClient(config(api_base), ResponseCache(tmp_path / "cache")).complete(messages)
    assert not proof.exists(), "the planted entry was unpickled"
    assert not reply.cached
    assert len(log.requests) == 2, "a refused entry is a miss: the model is asked again"


async def test_a_cached_reply_costs_nothing_and_says_so(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache")
    with openai_server() as (api_base, _log):
        client = LLMClient(config(api_base), cache)
        messages = [{"role": "user", "content": "hello"}]
        fresh, replayed = await client.complete(messages), await client.complete(messages)
    cache.close()
    assert not fresh.cached
    assert fresh.latency_s > 0
    assert replayed.cached
    assert (replayed.cost_usd, replayed.latency_s) == (0.0, 0.0)
    assert replayed.content == fresh.content


async def test_a_missing_key_variable_stops_before_anything_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", PROVIDER_KEY)
    monkeypatch.delenv("UNSET_KEY", raising=False)
    with openai_server(reply=answer) as (api_base, log):
        with pytest.raises(FatalLLMError, match="UNSET_KEY is not set"):
            await LLMClient(config(api_base, api_key_env="UNSET_KEY", cache=False)).complete([])
        with pytest.raises(JudgeError, match="UNSET_KEY is not set"):
            await LLMJudge(config(api_base, api_key_env="UNSET_KEY", cache=False)).judge(PAYMENT)
    assert log.requests == []


async def test_refused_credentials_are_fatal() -> None:
    with openai_server(always="401") as (api_base, _log), pytest.raises(FatalLLMError, match="AuthenticationError"):
        await LLMClient(config(api_base, cache=False)).complete([{"role": "user", "content": "hello"}])


def test_without_a_server_url_the_provider_reads_its_own_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", PROVIDER_KEY)
    assert api_key(AgentConfig(model="openai/gpt-4o")) is None
