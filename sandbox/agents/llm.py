"""The one place that talks to litellm: a chat and tool specs in, our own AgentTurn out."""

from __future__ import annotations

import json
import os
import time
from typing import Any

import litellm

from sandbox.agents.baselines.provider import register_baselines
from sandbox.agents.conversation import Message
from sandbox.models import AgentConfig, AgentTurn, TokenUsage, ToolCall, ToolSpec

# litellm prints hints (e.g. its provider list) to stdout, which `--json` reserves for the summary.
litellm.suppress_debug_info = True


class AgentError(RuntimeError):
    """The model could not be asked (bad key, unreachable server, refused request)."""


class LiteLLMAgent:
    def __init__(self, config: AgentConfig) -> None:
        self.config = config
        register_baselines()

    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn:
        started = time.perf_counter()
        try:
            response = await litellm.acompletion(**self._request(messages, tools))
        except (litellm.exceptions.OpenAIError, ValueError) as error:
            raise AgentError(f"{self.config.model}: {type(error).__name__}: {error}") from None
        return _to_turn(response, latency_s=time.perf_counter() - started)

    def _request(self, messages: list[Message], tools: list[ToolSpec]) -> dict[str, Any]:
        settings = self.config.generation
        request: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "temperature": settings.temperature,
        }
        if tools:
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


def _to_turn(response: Any, latency_s: float) -> AgentTurn:
    message = response.choices[0].message
    usage = getattr(response, "usage", None)
    tokens = TokenUsage(
        prompt=getattr(usage, "prompt_tokens", 0) or 0, completion=getattr(usage, "completion_tokens", 0) or 0
    )
    return AgentTurn(
        content=message.content or None,
        tool_calls=[_to_call(raw) for raw in (message.tool_calls or [])],
        usage=tokens,
        cost_usd=_cost(response),
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
