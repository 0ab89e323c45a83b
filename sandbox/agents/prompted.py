"""Tool calling for models without a function-calling API: the tools are described in the system prompt, the
model writes its calls as JSON, and tool results come back as user messages. Parsing is forgiving (code fences,
prose around the JSON); a reply that tries to call a tool but cannot be read becomes an error for the model."""

from __future__ import annotations

import json
from typing import Any

from llm.messages import Message
from records import AgentTurn, ToolCall, ToolSpec

INSTRUCTIONS = (
    "You can use these tools. To call one or more, reply with only a JSON object of the form "
    '{"tool_calls": [{"name": "<tool name>", "arguments": {<arguments>}}]}. '
    "To answer the user instead, reply in plain text without such an object.\n\nTools:\n"
)
UNREADABLE = "(unreadable tool call)"


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
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def parse_reply(content: str | None, turn: int) -> tuple[str | None, list[ToolCall]]:
    """The text and the tool calls of a prompted model's reply."""
    text = content or ""
    found = _first_json_object(text)
    if found is None:
        if '"tool_calls"' in text:
            return text, [ToolCall(id=f"call-{turn}-0", name=UNREADABLE, malformed_arguments=text[:500])]
        return content, []
    calls = found.get("tool_calls")
    if not isinstance(calls, list):
        return content, []
    parsed = []
    for index, call in enumerate(calls):
        call_id = f"call-{turn}-{index}"
        name = call.get("name") if isinstance(call, dict) else None
        arguments = call.get("arguments", {}) if isinstance(call, dict) else None
        if not isinstance(name, str) or not isinstance(arguments, dict):
            parsed.append(ToolCall(id=call_id, name=str(name or UNREADABLE), malformed_arguments=json.dumps(call)))
        else:
            parsed.append(ToolCall(id=call_id, name=name, arguments=arguments))
    return None, parsed


def _first_json_object(text: str) -> dict[str, Any] | None:
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            value, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    return None


def prompted_turn(turn: AgentTurn, assistant_turns: int) -> AgentTurn:
    content, calls = parse_reply(turn.content, assistant_turns)
    return turn.model_copy(update={"content": content, "tool_calls": calls})
