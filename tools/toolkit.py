"""Tools are typed methods: the JSON schema shown to the model and the validation of its arguments both come from
the signature, so they cannot drift apart."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar, cast, get_type_hints

from pydantic import JsonValue, TypeAdapter, ValidationError, validate_call

from records import FunctionSpec, ToolSpec

ToolFunction = Callable[..., JsonValue]
F = TypeVar("F", bound=Callable[..., Any])

_TOOL_MARK = "__sandbox_tool__"


class ToolError(Exception):
    """A failure the agent should read (bad arguments, unknown item); never a crash of the episode."""


def tool(function: F) -> F:
    """Mark a method of an environment as a tool offered to the agent; its arguments are validated on each call."""
    # Resolved now, from the defining module: schema generation later runs from another module's namespace.
    function.__annotations__ = get_type_hints(function, include_extras=True)
    validated = validate_call(function)
    setattr(validated, _TOOL_MARK, True)
    return validated


def tool_functions(owner: object) -> dict[str, ToolFunction]:
    """The tools of an environment instance, by name."""
    return {
        name: member
        for name, member in inspect.getmembers(owner)
        if callable(member) and getattr(member, _TOOL_MARK, False)
    }


def spec_for(function: ToolFunction) -> ToolSpec:
    schema = _without_titles(TypeAdapter(cast(Any, function)).json_schema())
    summary, argument_notes = _split_docstring(function.__doc__ or "")
    for name, note in argument_notes.items():
        if name in schema.get("properties", {}):
            schema["properties"][name].setdefault("description", note)
    return ToolSpec(function=FunctionSpec(name=function.__name__, description=summary, parameters=schema))


def _split_docstring(docstring: str) -> tuple[str, dict[str, str]]:
    """Split a Google-style docstring into its summary and its `Args:` notes, which belong to the parameters."""
    summary, _, args_block = inspect.cleandoc(docstring).partition("Args:")
    notes: dict[str, str] = {}
    current = ""
    for line in args_block.splitlines():
        name, colon, text = line.strip().partition(":")
        if colon and name.isidentifier() and line.startswith(("    ", "\t")) and not line.startswith("        "):
            current = name
            notes[current] = text.strip()
        elif current and line.strip():
            notes[current] += " " + line.strip()
    return summary.strip(), notes


def invoke(function: ToolFunction, arguments: dict[str, JsonValue]) -> JsonValue:
    try:
        return function(**arguments)
    except ValidationError as error:
        raise ToolError(_describe(function.__name__, error)) from None


def _describe(name: str, error: ValidationError) -> str:
    problems = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "arguments"
        problems.append(f"{where}: {item['msg']}")
    return f"Invalid arguments for {name}: " + "; ".join(problems)


def _without_titles(schema: dict[str, Any]) -> dict[str, Any]:
    """pydantic gives every schema node a `title`; to a model they are noise. Property *names* are kept."""
    cleaned: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "title" and isinstance(value, str):
            continue
        if key in ("properties", "$defs") and isinstance(value, dict):
            cleaned[key] = {name: _without_titles(sub) for name, sub in value.items()}
        elif isinstance(value, dict):
            cleaned[key] = _without_titles(value)
        elif isinstance(value, list):
            cleaned[key] = [_without_titles(item) if isinstance(item, dict) else item for item in value]
        else:
            cleaned[key] = value
    return cleaned
