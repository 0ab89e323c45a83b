"""The one place that talks to litellm: messages, tool specs and a response format in, our own AgentTurn out.

The key policy (`model_client.keys`), which failures are retried (`model_client.retry`), the request timeout as one
deadline for a call and its retries, the rate limits shared by all concurrent callers, the response cache, bounding
whatever the server replies (`model_client.replies`) and mapping litellm's errors onto ours (without the keys they may
echo) are this package's. Nothing outside it sees a litellm response."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import litellm
import openai

from model_client.cache import ResponseCache, request_key
from model_client.errors import FatalLLMError, LLMError
from model_client.keys import api_key, secrets
from model_client.limits import Limiter, RateLimits
from model_client.messages import Message
from model_client.replies import agent_turn, read_call, reply_message, token_usage
from model_client.retry import backoff_s, transient
from records import AgentConfig, AgentTurn, TokenUsage, ToolCall, ToolSpec
from records.bounds import clipped
from records.redaction import redacted

# litellm prints hints (e.g. its provider list) to stdout, which `--json` reserves for results.
litellm.suppress_debug_info = True

_FATAL = (
    litellm.exceptions.AuthenticationError,
    litellm.exceptions.PermissionDeniedError,
    litellm.exceptions.BudgetExceededError,
)
_QUOTA_WORDS = ("insufficient_quota", "exceeded your current quota", "billing")
# An error message quotes the server's error body, which may be anything and any size.
MAX_MESSAGE_CHARS = 2_000
# What asking can raise: litellm's mapped errors derive from openai's, except its budget error; a reply nested past
# the recursion limit fails in the client's JSON parser.
_REQUEST_ERRORS = (openai.OpenAIError, litellm.exceptions.BudgetExceededError, ValueError, RecursionError)


@dataclass
class _Sent:
    """How many requests one call has sent so far, for its timeout to say."""

    requests: int = 0


class LLMClient:
    """One per model and run: its rate limits and cache are shared by everything that asks through it.

    `cache` is used when the configuration allows it; `priced=False` skips looking up the price of models that
    cost nothing (the built-in baselines). `limits` is the budget the requests wait for: by default this process's
    own, of the configuration's rpm and tpm; a run spread over several processes hands every client one shared."""

    def __init__(
        self,
        config: AgentConfig,
        cache: ResponseCache | None = None,
        priced: bool = True,
        limits: Limiter | None = None,
    ) -> None:
        self.config = config
        self._cache = cache if config.cache else None
        self._priced = priced
        self._limits = limits if limits is not None else RateLimits(config.rpm, config.tpm)

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec] | None = None,
        response_format: dict[str, Any] | None = None,
        *,
        seed: int | None = None,
    ) -> AgentTurn:
        """The model's reply, asked with `seed` where one is given, else with the configuration's. Raises
        `FatalLLMError` when asking again cannot help, `LLMError` when this request failed: a lasting error, retries
        exhausted, no reply within the request timeout, or a reply without one."""
        request = self._request(messages, tools, response_format, seed)
        key = request_key(request) if self._cache else ""
        if self._cache and (hit := self._cache.get(key)):
            return hit
        tokens = litellm.token_counter(model=self.config.model, messages=messages) if self._limits.counts_tokens else 0
        await self._limits.wait(tokens)
        started = time.perf_counter()
        sent = _Sent()
        try:
            # One deadline for the call and its retries: litellm's own timeout only bounds each read.
            async with asyncio.timeout(self.config.timeout_s):
                response = await self._ask(request, sent)
        except TimeoutError:
            raise LLMError(self._in_flight(request, sent.requests, time.perf_counter() - started)) from None
        reply = self._to_reply(response, latency_s=time.perf_counter() - started)
        if self._cache:
            self._cache.put(key, reply)
        return reply

    async def _ask(self, request: dict[str, Any], sent: _Sent) -> Any:
        """litellm's response, asked up to `retries` more times while the failure is transient
        (`model_client.retry`)."""
        while True:
            sent.requests += 1
            try:
                # Retries are ours (litellm's would retry a 500, and its client's on top of them).
                return await litellm.acompletion(**request, num_retries=0, timeout=self.config.timeout_s)
            except _REQUEST_ERRORS as error:
                mapped = self._mapped(error)
                if sent.requests > self.config.retries or not transient(error) or isinstance(mapped, FatalLLMError):
                    raise mapped from None
            await asyncio.sleep(backoff_s(sent.requests))

    def _in_flight(self, request: dict[str, Any], attempts: int, elapsed_s: float) -> str:
        limit = f", max_tokens {request['max_tokens']}" if "max_tokens" in request else ""
        return (
            f"{self.config.model}: no reply within the {self.config.timeout_s:g} s request timeout (retries "
            f"included): request {attempts} of {self.config.retries + 1} ({len(request['messages'])} messages"
            f"{limit}) was in flight after {elapsed_s:.1f} s"
        )

    def _request(
        self,
        messages: list[Message],
        tools: list[ToolSpec] | None,
        response_format: dict[str, Any] | None,
        seed: int | None,
    ) -> dict[str, Any]:
        settings = self.config.generation
        # In the request, so in the cache key too: another epoch's seed is another question.
        seed = settings.seed if seed is None else seed
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
        if seed is not None:
            request["seed"] = seed
        if self.config.api_base is not None:
            request["api_base"] = self.config.api_base
        if (key := api_key(self.config)) is not None:
            request["api_key"] = key
        return request

    def _mapped(self, error: BaseException) -> LLMError:
        """Our error for litellm's, its message without any key (a server's error body may echo the one sent)."""
        model = self.config.model
        if isinstance(error, _FATAL):
            return FatalLLMError(self._safe(f"{model}: {type(error).__name__}: {error}"))
        if isinstance(error, litellm.exceptions.RateLimitError):
            if any(word in str(error).lower() for word in _QUOTA_WORDS):
                return FatalLLMError(self._safe(f"{model}: quota exhausted: {error}"))
            return LLMError(self._safe(f"{model}: still rate limited after retries: {error}"))
        return LLMError(self._safe(f"{model}: {type(error).__name__}: {error}"))

    def _safe(self, message: str) -> str:
        return clipped(redacted(message, secrets(self.config)), MAX_MESSAGE_CHARS)

    def _cost(self, response: Any, usage: TokenUsage) -> float:
        """litellm's price of the reply, counted with the clamped token numbers (the server's may be absurd). A model
        missing from litellm's price map is priced at 0, and not looked up again: the lookup costs a millisecond of
        the event loop per reply."""
        if not self._priced:
            return 0.0
        counted = getattr(response, "usage", None) is not None
        if counted:
            response.usage.prompt_tokens, response.usage.completion_tokens = usage.prompt, usage.completion
        try:
            return float(litellm.completion_cost(completion_response=response))
        except Exception:
            self._priced = not counted  # a reply without token counts says nothing of the model's price
            return 0.0

    def _to_reply(self, response: Any, latency_s: float) -> AgentTurn:
        message = reply_message(response, self.config.model)
        usage = token_usage(response)
        return agent_turn(
            message.content if isinstance(message.content, str) else None,
            message.tool_calls or [],
            _read_native,
            usage,
            cost_usd=self._cost(response, usage),
            latency_s=latency_s,
        )


def _read_native(_index: int, raw: Any) -> ToolCall:
    function = getattr(raw, "function", None)
    arguments = getattr(function, "arguments", None) or "{}"
    return read_call(_text(getattr(raw, "id", None)), _text(getattr(function, "name", None)), arguments)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
