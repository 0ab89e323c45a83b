"""Tool calling for models without a function-calling API: the tools are described in the system prompt, the
model writes its calls as JSON, and tool results come back as user messages. Parsing is forgiving (code fences,
prose around the JSON); a reply that tries to call a tool but cannot be read becomes an error for the model."""

from __future__ import annotations

import json
import re
from functools import partial
from itertools import islice
from typing import Any

from model_client.messages import Message
from model_client.replies import agent_turn, read_call, shown
from records import AgentTurn, ToolCall, ToolSpec

INSTRUCTIONS = (
    "You can use these tools. To call one or more, reply with only a JSON object of the form "
    '{"tool_calls": [{"name": "<tool name>", "arguments": {<arguments>}}]}. '
    "To answer the user instead, reply in plain text without such an object.\n\nTools:\n"
)
UNREADABLE = "(unreadable tool call)"
UNREADABLE_SHOWN_CHARS = 500
_CALLS_KEY = '"tool_calls"'
# Opening braces tried for the calls' object: prose with code before the object is fine, a megabyte of braces is not.
MAX_STARTS = 64


def prompted_messages(messages: list[Message], tools: list[ToolSpec]) -> list[Message]:
    """The same conversation in a form any chat model accepts."""
    described = INSTRUCTIONS + "\n".join(json.dumps(spec.function.model_dump()) for spec in tools)
    converted: list[Message] = []
    for message in messages:
        role = message["role"]
        if role == "system":
            converted.append({"role": "system", "content": f"{message['content']}\n\n{described}"})
        elif role == "assistant" and message.get("tool_calls"):
            calls = [
                {"name": call["function"]["name"], "arguments": _arguments(call["function"]["arguments"])}
                for call in message["tool_calls"]
            ]
            converted.append({"role": "assistant", "content": json.dumps({"tool_calls": calls})})
        elif role == "tool":
            converted.append(
                {"role": "user", "content": f"Tool result ({message['tool_call_id']}): {message['content']}"}
            )
        else:
            converted.append({"role": role, "content": message.get("content") or ""})
    return converted


def _arguments(text: str) -> Any:
    """A call's arguments as the model wrote them: parsed again when they were readable, else the text itself."""
    call = read_call("", "", text)
    return call.arguments if call.malformed_arguments is None else text


def prompted_turn(turn: AgentTurn, assistant_turns: int) -> AgentTurn:
    """The reply with the calls written in its text read as tool calls (of assistant turn `assistant_turns`)."""
    text = turn.content or ""
    if _CALLS_KEY not in text:
        return turn
    calls = _calls_object(text).get("tool_calls")
    # The model meant to call a tool: what cannot be read is reported to it, never taken for its answer.
    content, raw_calls = (None, calls) if isinstance(calls, list) else (text, [text[:UNREADABLE_SHOWN_CHARS]])
    read = partial(_read_call, assistant_turns)
    bounded = agent_turn(content, raw_calls, read, turn.usage, turn.cost_usd, turn.latency_s)
    return bounded.model_copy(update={"cached": turn.cached})


def _read_call(turn: int, index: int, call: Any) -> ToolCall:
    """A call that is not an object with a name is unreadable; its arguments are read by
    `model_client.replies.read_call`."""
    call_id = f"call-{turn}-{index}"
    name = call.get("name") if isinstance(call, dict) else None
    if not isinstance(name, str):
        shown_call = call if isinstance(call, str) else shown(call)
        return ToolCall(id=call_id, name=str(name or UNREADABLE), malformed_arguments=shown_call)
    return read_call(call_id, name, call.get("arguments", {}))


def _calls_object(text: str) -> dict[str, Any]:
    """The first JSON object in the text with a "tool_calls" key (an inner object of a broken one is never taken
    for it), or an empty one. Tried from at most MAX_STARTS opening braces, as each try may read to the end of the
    text; nesting past the recursion limit is a broken object like any other."""
    decoder = json.JSONDecoder()
    starts = (match.start() for match in re.finditer(r"\{", text))
    for start in islice(starts, MAX_STARTS):
        try:
            value, _ = decoder.raw_decode(text, start)
        except (json.JSONDecodeError, RecursionError):
            continue
        if isinstance(value, dict) and "tool_calls" in value:
            return value
    return {}
