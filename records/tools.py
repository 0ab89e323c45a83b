"""Tool specifications as sent to a model, the calls a model makes and what the tools answer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, JsonValue

from records.base import Strict


class FunctionSpec(Strict):
    name: str
    description: str
    parameters: dict[str, Any]


class ToolSpec(Strict):
    """An OpenAI function-calling tool, exactly as it is sent to the model."""

    type: Literal["function"] = "function"
    function: FunctionSpec

    @property
    def name(self) -> str:
        return self.function.name


class ToolCall(Strict):
    id: str
    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)
    # Set when the model's arguments were not a JSON object; the call is then answered with an error.
    malformed_arguments: str | None = None


class ToolResult(Strict):
    call_id: str
    name: str
    output: JsonValue = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
