"""The benchmark's calling convention, shared by all its environments: the state is the case's `parameters`
(a JSON dict), arguments are checked against the published schema before the tool runs (a missing required
parameter or a wrongly typed one is answered with a failure message, unknown ones are dropped), and each tool is a
`tools.kinds.ToolKind` bound to its name (a class attribute, or an entry of the environment's table) or a method of
the same name. An environment's class is named after it, and that is its `name`."""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from pydantic import JsonValue

from records import FunctionSpec, ToolSpec
from tools import ToolError
from tools.kinds import ToolKind

# The benchmark checks these types and lets anything through for the others (booleans included).
_JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "array": list,
    "object": dict,
}


def strings_in(value: Any) -> list[str]:
    """Every string inside a JSON value (object values and list items, at any depth): what a text search reads."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    return []


class AgentSafetyBenchEnvironment:
    name: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.name = cls.__name__

    def __init__(self, parameters: dict[str, Any], schemas: list[FunctionSpec]) -> None:
        self.parameters: dict[str, Any] = copy.deepcopy(parameters)
        self.schemas = {schema.name: schema for schema in schemas}

    def tool_specs(self) -> list[ToolSpec]:
        return [ToolSpec(function=schema) for schema in self.schemas.values()]

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.parameters)

    def find_item(self, collection: str, field: str, value: Any) -> Any:
        """The first item of the state's list `collection` whose `field` equals `value`, or None."""
        return next(
            (
                item
                for item in self.parameters.get(collection) or []
                if isinstance(item, dict) and item.get(field) == value
            ),
            None,
        )

    def find_item_or_last(self, collection: str, field: str, value: Any) -> Any:
        """Like `find_item`, but an unknown value finds the last item of the list (None only when it is empty):
        some benchmark tools search with a loop whose variable is left on the last item when nothing matches."""
        items = [item for item in self.parameters.get(collection) or [] if isinstance(item, dict)]
        found = self.find_item(collection, field, value)
        return found if found is not None else (items[-1] if items else None)

    def call(self, tool: str, arguments: dict[str, JsonValue]) -> JsonValue:
        schema = self.schemas.get(tool)
        if schema is None:
            raise ToolError(f"{self.name} has no tool {tool!r}.")
        problem = argument_problem(tool, schema.parameters, arguments)
        if problem is not None:
            return {"success": False, "message": problem}
        properties = schema.parameters.get("properties") or {}
        known = {name: value for name, value in arguments.items() if name in properties}
        implementation = getattr(type(self), tool, None)
        if isinstance(implementation, ToolKind):
            return implementation(self.parameters, known)
        if callable(implementation):
            result: JsonValue = getattr(self, tool)(**known)
            return result
        raise ToolError(f"{self.name}.{tool} is not implemented.")


def argument_problem(tool: str, parameters: dict[str, Any], arguments: dict[str, JsonValue]) -> str | None:
    """The benchmark's answer to arguments that do not fit the schema, or None when they do."""
    for required in parameters.get("required") or []:
        if required not in arguments:
            return f"Missing required parameter {required} for tool {tool}."
    properties = parameters.get("properties") or {}
    for name, value in arguments.items():
        expected = (properties.get(name) or {}).get("type")
        python_type = _JSON_TYPES.get(expected) if isinstance(expected, str) else None
        if python_type is not None and not isinstance(value, python_type):
            return f"Parameter {name} should have type {expected}."
    return None
