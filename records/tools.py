"""Tool specifications as sent to a model, the calls a model makes and what the tools answer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, JsonValue, field_validator

from records.base import Strict
from records.bounds import MAX_ARGUMENTS_CHARS, MAX_JSON_DEPTH, MAX_NAME_CHARS, clean_json, clipped, json_depth_within


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
    """A call as the model wrote it, bounded (`records.bounds`): its text clipped and cleaned, its arguments at most
    MAX_JSON_DEPTH deep (deeper ones are refused before anything recursive reads them)."""

    id: str
    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)
    # Set when the model's arguments were not a JSON object; the call is then answered with an error.
    malformed_arguments: str | None = None

    @field_validator("id", "name", mode="before")
    @classmethod
    def _short_text(cls, value: Any) -> Any:
        return clipped(value, MAX_NAME_CHARS) if isinstance(value, str) else value

    @field_validator("malformed_arguments", mode="before")
    @classmethod
    def _arguments_text(cls, value: Any) -> Any:
        return clipped(value, MAX_ARGUMENTS_CHARS) if isinstance(value, str) else value

    @field_validator("arguments", mode="before")
    @classmethod
    def _bounded_arguments(cls, value: Any) -> Any:
        if not json_depth_within(value, MAX_JSON_DEPTH):
            raise ValueError(f"arguments nest deeper than {MAX_JSON_DEPTH} levels")
        return clean_json(value)


class ToolResult(Strict):
    call_id: str
    name: str
    output: JsonValue = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
