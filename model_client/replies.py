"""Whatever a model server sends becomes a bounded AgentTurn or a clear `LLMError`: a reply without choices, tool
arguments too deep, too long or not JSON, absurd token counts. The bounds are the records' (`records.bounds`)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from model_client.errors import LLMError
from records import AgentTurn, TokenUsage, ToolCall
from records.bounds import MAX_ARGUMENTS_CHARS, MAX_JSON_DEPTH, MAX_TOKENS, MAX_TOOL_CALLS, json_depth_within

TOO_DEEP = f"(arguments nested deeper than {MAX_JSON_DEPTH} levels)"

Call = TypeVar("Call")


def reply_message(response: Any, model: str) -> Any:
    """The first choice's message. Raises `LLMError` for a reply without one (an empty `choices` list)."""
    choices = getattr(response, "choices", None) or []
    message = getattr(choices[0], "message", None) if choices else None
    if message is None:
        raise LLMError(f"{model}: the reply had no choices")
    return message


def token_usage(response: Any) -> TokenUsage:
    """The reply's token counts, each clamped to 0..MAX_TOKENS (a server may claim anything)."""
    usage = getattr(response, "usage", None)
    return TokenUsage(
        prompt=_count(getattr(usage, "prompt_tokens", 0)), completion=_count(getattr(usage, "completion_tokens", 0))
    )


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return 0
    return int(min(max(value, 0), MAX_TOKENS))


def agent_turn(
    content: str | None,
    raw_calls: Sequence[Call],
    read: Callable[[int, Call], ToolCall],
    usage: TokenUsage,
    cost_usd: float = 0.0,
    latency_s: float = 0.0,
) -> AgentTurn:
    """A turn from the model's text and its calls, each read by `read(index, raw call)`: calls past MAX_TOOL_CALLS
    are not even read, only counted. A cost that is not a finite amount is taken as nothing."""
    kept = [read(index, raw) for index, raw in enumerate(raw_calls[:MAX_TOOL_CALLS])]
    return AgentTurn(
        content=content or None,
        tool_calls=kept,
        dropped_calls=len(raw_calls) - len(kept),
        usage=usage,
        cost_usd=cost_usd if math.isfinite(cost_usd) and cost_usd > 0 else 0.0,
        latency_s=latency_s,
    )


def read_call(call_id: str, name: str, arguments: Any) -> ToolCall:
    """A call whose arguments are JSON text (the function-calling API) or an already parsed value (the prompted
    format). Arguments that are not a JSON object, longer than MAX_ARGUMENTS_CHARS or nested deeper than
    MAX_JSON_DEPTH make a malformed call: the model is told its arguments could not be read."""
    if isinstance(arguments, str):
        text = arguments
        value = _parsed(text) if len(text) <= MAX_ARGUMENTS_CHARS else None
    else:
        text = shown(arguments)
        value = arguments if len(text) <= MAX_ARGUMENTS_CHARS else None
    if isinstance(value, dict) and json_depth_within(value, MAX_JSON_DEPTH):
        return ToolCall(id=call_id, name=name, arguments=value)
    return ToolCall(id=call_id, name=name, malformed_arguments=text)


def shown(value: Any) -> str:
    """A parsed JSON value written out again, unless it nests too deep to (json.dumps recurses too)."""
    return json.dumps(value) if json_depth_within(value, MAX_JSON_DEPTH) else TOO_DEEP


def _parsed(text: str) -> Any:
    try:
        return json.loads(text)
    # CPython's parser recurses: nesting past the recursion limit raises RecursionError, not a decode error.
    except (json.JSONDecodeError, RecursionError):
        return None
