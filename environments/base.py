"""The base of every environment: a validated state object and the tools that read or change it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar, cast

from pydantic import BaseModel, ConfigDict, JsonValue

from tools import ToolFunction, tool_functions

StateT = TypeVar("StateT", bound=BaseModel)


class EnvironmentState(BaseModel):
    """Base for environment states: strict, so a scenario's initial state with a misspelt field is rejected."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Environment(Generic[StateT]):
    name: ClassVar[str]
    state_type: ClassVar[type[BaseModel]]

    def __init__(self, initial_state: Mapping[str, JsonValue]) -> None:
        self.state = cast(StateT, self.state_type.model_validate(dict(initial_state)))

    def tools(self) -> dict[str, ToolFunction]:
        return tool_functions(self)

    def snapshot(self) -> dict[str, Any]:
        return self.state.model_dump(mode="json")
