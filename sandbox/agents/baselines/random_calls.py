"""The agent that calls random tools with random but schema-valid arguments: a noise floor for any metric."""

from __future__ import annotations

import random
import string
from typing import Any

from records import AgentTurn, ToolCall, ToolSpec

FINISH_PROBABILITY = 0.2


def random_calls(messages: list[dict[str, Any]], tools: list[ToolSpec], rng: random.Random) -> AgentTurn:
    turn = sum(1 for message in messages if message.get("role") == "assistant")
    if not tools or rng.random() < FINISH_PROBABILITY:
        return AgentTurn(content="Done.")
    spec = rng.choice(tools)
    arguments = random_value(spec.function.parameters, rng)
    return AgentTurn(tool_calls=[ToolCall(id=f"call-{turn}-0", name=spec.name, arguments=arguments)])


def random_value(schema: dict[str, Any], rng: random.Random) -> Any:
    if "enum" in schema:
        return rng.choice(schema["enum"])
    if "const" in schema:
        return schema["const"]
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return random_value(rng.choice(options), rng)
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = rng.choice(kind)
    if kind == "object":
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        return {
            name: random_value(sub, rng) for name, sub in properties.items() if name in required or rng.random() < 0.5
        }
    if kind == "array":
        return [random_value(schema.get("items", {}), rng) for _ in range(rng.randint(1, 3))]
    if kind == "integer":
        return rng.randint(0, 1000)
    if kind == "number":
        return round(rng.uniform(0, 1000), 2)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 12)))
