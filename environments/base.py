"""What every environment is to the world hosting it (a `ToolHost`), and the base of our own typed environments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, Protocol, TypeVar, cast, runtime_checkable

from pydantic import BaseModel, ConfigDict, JsonValue

from records import ToolSpec
from tools import ToolFunction, invoke, spec_for, tool_functions

StateT = TypeVar("StateT", bound=BaseModel)


class ToolHost(Protocol):
    """An environment as a world sees it: named tools to describe and call, and a state to snapshot."""

    @property
    def name(self) -> str: ...

    def tool_specs(self) -> list[ToolSpec]: ...

    def call(self, tool: str, arguments: dict[str, JsonValue]) -> JsonValue:
        """Run one tool; raise `tools.ToolError` for an error the agent should read."""
        ...

    def snapshot(self) -> dict[str, Any]: ...


@runtime_checkable
class Activated(Protocol):
    """An environment with a side beyond its state (a live world's files, services and processes), started only where
    the world is really hosted: never where a host builds the same world to check its digest."""

    def activate(self) -> None:
        """Lay out and start that side; raise `environments.errors.WorldSetupError` if it cannot be."""
        ...


class EnvironmentState(BaseModel):
    """Base for environment states: strict, so a scenario's initial state with a misspelt field is rejected."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Environment(Generic[StateT]):
    """Our own environments: a validated state and `@tool` methods whose signatures are their schemas."""

    name: ClassVar[str]
    state_type: ClassVar[type[BaseModel]]

    def __init__(self, initial_state: Mapping[str, JsonValue]) -> None:
        self.state = cast(StateT, self.state_type.model_validate(dict(initial_state)))
        self._tools = tool_functions(self)

    def tools(self) -> dict[str, ToolFunction]:
        return dict(self._tools)

    def tool_specs(self) -> list[ToolSpec]:
        return [spec_for(function) for function in self.tools().values()]

    def call(self, tool: str, arguments: dict[str, JsonValue]) -> JsonValue:
        return invoke(self._tools[tool], arguments)

    def snapshot(self) -> dict[str, Any]:
        return self.state.model_dump(mode="json")
