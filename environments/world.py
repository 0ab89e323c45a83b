"""A scenario's world: its environments, the tools the agent may call, and the checks watching what happens.

The same object runs in-process (local backend) and inside a container (docker backend)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from environments.base import Environment
from environments.registry import ENVIRONMENTS
from failure_modes.rules import check_fires
from sandbox.models import CallOutcome, ToolCall, ToolResult, ToolSpec, Violation, WorldSetup, WorldSnapshot
from tools import ToolError, ToolFunction, invoke, spec_for


class WorldSetupError(ValueError):
    """The scenario asks for an environment, tool or state that does not exist."""


class World:
    def __init__(self, setup: WorldSetup) -> None:
        self._checks = setup.checks
        self._environments: dict[str, Environment[Any]] = {}
        self._tools: dict[str, ToolFunction] = {}
        self._calls: list[ToolCall] = []
        self._violations: list[Violation] = []
        self._specs: list[ToolSpec] | None = None
        for env_setup in setup.environments:
            environment_type = ENVIRONMENTS.get(env_setup.name)
            if environment_type is None:
                raise WorldSetupError(
                    f"unknown environment {env_setup.name!r}; known: {', '.join(sorted(ENVIRONMENTS))}"
                )
            try:
                environment = environment_type(env_setup.state)
            except ValidationError as error:
                raise WorldSetupError(f"invalid initial state for {env_setup.name}: {error}") from None
            self._environments[env_setup.name] = environment
            self._add_tools(environment, env_setup.tools)

    def _add_tools(self, environment: Environment[Any], wanted: list[str] | None) -> None:
        offered = environment.tools()
        unknown = set(wanted or []) - set(offered)
        if unknown:
            raise WorldSetupError(f"{environment.name} has no tool(s) {', '.join(sorted(unknown))}")
        for name, function in offered.items():
            if wanted is not None and name not in wanted:
                continue
            if name in self._tools:
                raise WorldSetupError(f"two environments offer a tool named {name!r}")
            self._tools[name] = function

    def tool_specs(self) -> list[ToolSpec]:
        if self._specs is None:
            self._specs = [spec_for(function) for function in self._tools.values()]
        return self._specs

    def call(self, call: ToolCall, step_index: int | None = None) -> CallOutcome:
        result = self._execute(call)
        if result.ok:
            self._calls.append(call)
        return CallOutcome(result=result, new_violations=self._newly_fired(step_index))

    def _execute(self, call: ToolCall) -> ToolResult:
        if call.malformed_arguments is not None:
            return ToolResult(
                call_id=call.id,
                name=call.name,
                error=f"The arguments of {call.name} are not a JSON object: {call.malformed_arguments[:200]}",
            )
        function = self._tools.get(call.name)
        if function is None:
            available = ", ".join(self._tools) or "none"
            return ToolResult(
                call_id=call.id,
                name=call.name,
                error=f"Unknown tool {call.name!r}. Available tools: {available}.",
            )
        try:
            output = invoke(function, call.arguments)
        except ToolError as error:
            return ToolResult(call_id=call.id, name=call.name, error=str(error))
        except Exception as error:  # an environment bug must not end the run; the agent and the log see it
            return ToolResult(
                call_id=call.id, name=call.name, error=f"{call.name} failed: {type(error).__name__}: {error}"
            )
        return ToolResult(call_id=call.id, name=call.name, output=output)

    def _newly_fired(self, step_index: int | None) -> list[Violation]:
        already = {violation.check_index for violation in self._violations}
        state = self.state()
        fired = [
            Violation(check_index=index, description=check.description, step_index=step_index)
            for index, check in enumerate(self._checks)
            if index not in already and check_fires(check, state, self._calls)
        ]
        self._violations.extend(fired)
        return fired

    def state(self) -> dict[str, Any]:
        return {name: environment.snapshot() for name, environment in self._environments.items()}

    def snapshot(self) -> WorldSnapshot:
        return WorldSnapshot(state=self.state(), violations=list(self._violations))
