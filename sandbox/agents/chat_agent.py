"""The one place that talks to litellm: a chat and tool specs in, our own AgentTurn out.

Retries with backoff on rate limits, server errors and timeouts are litellm's (passed through to the provider's
client); rate limits shared by all concurrent episodes, the response cache and the prompted tool format are ours."""

from __future__ import annotations

import json
import os
import time
from typing import Any

import litellm
import openai
from aiolimiter import AsyncLimiter

from records import AgentConfig, AgentTurn, TokenUsage, ToolCall, ToolFormat, ToolSpec
from sandbox.agents.baselines.provider import PROVIDER, register_baselines
from sandbox.agents.cache import ResponseCache, request_key
from sandbox.agents.conversation import Message
from sandbox.agents.errors import AgentError, FatalAgentError
from sandbox.agents.prompted import prompted_messages, prompted_turn

# litellm prints hints (e.g. its provider list) to stdout, which `--json` reserves for the summary.
litellm.suppress_debug_info = True


_FATAL = (
    litellm.exceptions.AuthenticationError,
    litellm.exceptions.PermissionDeniedError,
    litellm.exceptions.BudgetExceededError,
)
_QUOTA_WORDS = ("insufficient_quota", "exceeded your current quota", "billing")


class LiteLLMAgent:
    """One per run: its rate limiters and cache are shared by all the run's concurrent episodes."""

    def __init__(self, config: AgentConfig, cache: ResponseCache | None = None) -> None:
        self.config = config
        # Built-in baselines run no model: caching or pricing their answers would only cost time.
        self._baseline = config.model.startswith(f"{PROVIDER}/")
        self._cache = cache if config.cache and not self._baseline else None
        self._requests = AsyncLimiter(config.rpm, 60) if config.rpm else None
        self._tokens = AsyncLimiter(config.tpm, 60) if config.tpm else None
        register_baselines()

    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn:
        request = self._request(messages, tools)
        key = request_key(request) if self._cache else ""
        if self._cache and (hit := self._cache.get(key)):
            return hit
        await self._respect_limits(request)
        started = time.perf_counter()
        try:
            response = await litellm.acompletion(
                **request, num_retries=self.config.retries, timeout=self.config.timeout_s
            )
        except _FATAL as error:
            raise FatalAgentError(f"{self.config.model}: {type(error).__name__}: {error}") from None
        except litellm.exceptions.RateLimitError as error:
            if any(word in str(error).lower() for word in _QUOTA_WORDS):
                raise FatalAgentError(f"{self.config.model}: quota exhausted: {error}") from None
            raise AgentError(f"{self.config.model}: still rate limited after retries: {error}") from None
        except (openai.OpenAIError, ValueError) as error:  # litellm's mapped errors derive from openai's
            raise AgentError(f"{self.config.model}: {type(error).__name__}: {error}") from None
        turn = _to_turn(response, latency_s=time.perf_counter() - started, priced=not self._baseline)
        if self.config.tool_format == ToolFormat.PROMPTED:
            turn = prompted_turn(turn, sum(1 for message in messages if message["role"] == "assistant"))
        if self._cache:
            self._cache.put(key, turn)
        return turn

    async def _respect_limits(self, request: dict[str, Any]) -> None:
        if self._requests:
            await self._requests.acquire()
        if self._tokens:
            estimate = litellm.token_counter(model=self.config.model, messages=request["messages"])
            await self._tokens.acquire(min(estimate, self._tokens.max_rate))

    def _request(self, messages: list[Message], tools: list[ToolSpec]) -> dict[str, Any]:
        settings = self.config.generation
        prompted = self.config.tool_format == ToolFormat.PROMPTED
        request: dict[str, Any] = {
            "model": self.config.model,
            "messages": prompted_messages(messages, tools) if prompted else messages,
            "temperature": settings.temperature,
        }
        if tools and not prompted:
            request["tools"] = [spec.model_dump() for spec in tools]
        if settings.max_tokens is not None:
            request["max_tokens"] = settings.max_tokens
        if settings.seed is not None:
            request["seed"] = settings.seed
        if self.config.api_base is not None:
            request["api_base"] = self.config.api_base
        if self.config.api_key_env is not None:
            request["api_key"] = os.environ.get(self.config.api_key_env, "")
        elif self.config.api_base is not None and not _keys_in_environment(self.config.model):
            # Local OpenAI-compatible servers (vLLM, SGLang, llama.cpp) need no key, but the client insists on one.
            request["api_key"] = "EMPTY"
        return request


def _keys_in_environment(model: str) -> bool:
    try:
        return bool(litellm.validate_environment(model=model)["keys_in_environment"])
    except Exception:  # litellm raises for providers it cannot name; then it has no key to look for either
        return False


def _to_turn(response: Any, latency_s: float, priced: bool) -> AgentTurn:
    message = response.choices[0].message
    usage = getattr(response, "usage", None)
    tokens = TokenUsage(
        prompt=getattr(usage, "prompt_tokens", 0) or 0, completion=getattr(usage, "completion_tokens", 0) or 0
    )
    return AgentTurn(
        content=message.content or None,
        tool_calls=[_to_call(raw) for raw in (message.tool_calls or [])],
        usage=tokens,
        cost_usd=_cost(response) if priced else 0.0,
        latency_s=latency_s,
    )


def _to_call(raw: Any) -> ToolCall:
    text = raw.function.arguments or "{}"
    try:
        arguments = json.loads(text)
    except json.JSONDecodeError:
        arguments = None
    if not isinstance(arguments, dict):
        return ToolCall(id=raw.id, name=raw.function.name or "", malformed_arguments=text)
    return ToolCall(id=raw.id, name=raw.function.name or "", arguments=arguments)


def _cost(response: Any) -> float:
    try:
        return float(litellm.completion_cost(completion_response=response))
    except Exception:  # litellm raises for models missing from its price map: those calls are priced at 0
        return 0.0
