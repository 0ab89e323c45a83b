"""The one place that talks to litellm: messages, tool specs and a response format in, our own AgentTurn out.

Retries with backoff on rate limits, server errors and timeouts are litellm's (passed through to the provider's
client); the key policy (`llm.keys`), the rate limits shared by all concurrent callers, the response cache and the
mapping of litellm's errors onto ours are this package's. Nothing outside it sees a litellm response."""

from __future__ import annotations

import json
import time
from typing import Any

import litellm
import openai

from llm.cache import ResponseCache, request_key
from llm.errors import FatalLLMError, LLMError
from llm.keys import api_key
from llm.limits import RateLimits
from llm.messages import Message
from records import AgentConfig, AgentTurn, TokenUsage, ToolCall, ToolSpec

# litellm prints hints (e.g. its provider list) to stdout, which `--json` reserves for results.
litellm.suppress_debug_info = True

_FATAL = (
    litellm.exceptions.AuthenticationError,
    litellm.exceptions.PermissionDeniedError,
    litellm.exceptions.BudgetExceededError,
)
_QUOTA_WORDS = ("insufficient_quota", "exceeded your current quota", "billing")


class LLMClient:
    """One per model and run: its rate limits and cache are shared by everything that asks through it.

    `cache` is used when the configuration allows it; `priced=False` skips looking up the price of models that
    cost nothing (the built-in baselines)."""

    def __init__(self, config: AgentConfig, cache: ResponseCache | None = None, priced: bool = True) -> None:
        self.config = config
        self._cache = cache if config.cache else None
        self._priced = priced
        self._limits = RateLimits(config.rpm, config.tpm)

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec] | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> AgentTurn:
        """The model's reply. Raises `FatalLLMError` when asking again cannot help, `LLMError` when this request
        failed after litellm's retries."""
        request = self._request(messages, tools, response_format)
        key = request_key(request) if self._cache else ""
        if self._cache and (hit := self._cache.get(key)):
            return hit
        tokens = litellm.token_counter(model=self.config.model, messages=messages) if self._limits.counts_tokens else 0
        await self._limits.wait(tokens)
        started = time.perf_counter()
        try:
            response = await litellm.acompletion(
                **request, num_retries=self.config.retries, timeout=self.config.timeout_s
            )
        # litellm's mapped errors derive from openai's, except its budget error.
        except (openai.OpenAIError, litellm.exceptions.BudgetExceededError, ValueError) as error:
            raise self._mapped(error) from None
        reply = _to_reply(response, latency_s=time.perf_counter() - started, priced=self._priced)
        if self._cache:
            self._cache.put(key, reply)
        return reply

    def _request(
        self, messages: list[Message], tools: list[ToolSpec] | None, response_format: dict[str, Any] | None
    ) -> dict[str, Any]:
        settings = self.config.generation
        request: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "temperature": settings.temperature,
        }
        if tools:
            request["tools"] = [spec.model_dump() for spec in tools]
        if response_format is not None:
            request["response_format"] = response_format
        if settings.max_tokens is not None:
            request["max_tokens"] = settings.max_tokens
        if settings.seed is not None:
            request["seed"] = settings.seed
        if self.config.api_base is not None:
            request["api_base"] = self.config.api_base
        if (key := api_key(self.config)) is not None:
            request["api_key"] = key
        return request

    def _mapped(self, error: Exception) -> LLMError:
        model = self.config.model
        if isinstance(error, _FATAL):
            return FatalLLMError(f"{model}: {type(error).__name__}: {error}")
        if isinstance(error, litellm.exceptions.RateLimitError):
            if any(word in str(error).lower() for word in _QUOTA_WORDS):
                return FatalLLMError(f"{model}: quota exhausted: {error}")
            return LLMError(f"{model}: still rate limited after retries: {error}")
        return LLMError(f"{model}: {type(error).__name__}: {error}")


def _to_reply(response: Any, latency_s: float, priced: bool) -> AgentTurn:
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
