"""A scenario's world: its environments, the tools the agent may call, and the checks watching what happens.

The same object runs in-process (local backend) and inside a container (docker backend)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from environments.base import Activated, ToolHost
from environments.checks import Watch
from environments.errors import WorldSetupError
from environments.registry import build_environment
from records import (
    CallOutcome,
    ToolCall,
    ToolResult,
    ToolSpec,
    TurnOutcome,
    WorldSetup,
    WorldSnapshot,
)
from tools import ToolError

__all__ = ["World", "WorldSetupError"]


class World:
    def __init__(self, setup: WorldSetup) -> None:
        self._watch = Watch(setup.checks)
        self._environments: dict[str, ToolHost] = {}
        self._routes: dict[str, ToolHost] = {}
        self._specs: list[ToolSpec] = []
        for env_setup in setup.environments:
            environment = build_environment(env_setup)
            self._environments[env_setup.name] = environment
            self._add_tools(environment, env_setup.tools)

    def _add_tools(self, environment: ToolHost, wanted: list[str] | None) -> None:
        offered = {spec.name: spec for spec in environment.tool_specs()}
        unknown = set(wanted or []) - set(offered)
        if unknown:
            raise WorldSetupError(f"{environment.name} has no tool(s) {', '.join(sorted(unknown))}")
        for name in wanted if wanted is not None else offered:
            if name in self._routes:
                raise WorldSetupError(f"two environments offer a tool named {name!r}")
            self._routes[name] = environment
            self._specs.append(offered[name])

    def activate(self) -> None:
        """Start what the environments run beside their state; only the process that hosts the world calls this."""
        for environment in self._environments.values():
            if isinstance(environment, Activated):
                environment.activate()

    def tool_specs(self) -> list[ToolSpec]:
        return list(self._specs)

    def call(self, call: ToolCall, step_index: int | None = None) -> CallOutcome:
        result = self._execute(call)
        if result.ok:
            self._watch.observe(call)
        return CallOutcome(result=result, new_violations=self._watch.fire(self.state(), step_index))

    def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome:
        outcomes = [self.call(call, step_index) for call in calls]
        return TurnOutcome(outcomes=outcomes, snapshot=self.snapshot())

    def _execute(self, call: ToolCall) -> ToolResult:
        if call.malformed_arguments is not None:
            return ToolResult(
                call_id=call.id,
                name=call.name,
                error=f"The arguments of {call.name} are not a JSON object: {call.malformed_arguments[:200]}",
            )
        environment = self._routes.get(call.name)
        if environment is None:
            available = ", ".join(self._routes) or "none"
            return ToolResult(
                call_id=call.id,
                name=call.name,
                error=f"Unknown tool {call.name!r}. Available tools: {available}.",
            )
        try:
            output = environment.call(call.name, call.arguments)
        except ToolError as error:
            return ToolResult(call_id=call.id, name=call.name, error=str(error))
        except Exception as error:  # an environment bug must not end the run; the agent and the log see it
            return ToolResult(
                call_id=call.id, name=call.name, error=f"{call.name} failed: {type(error).__name__}: {error}"
            )
        return ToolResult(call_id=call.id, name=call.name, output=output)

    def state(self) -> dict[str, Any]:
        return {name: environment.snapshot() for name, environment in self._environments.items()}

    def snapshot(self) -> WorldSnapshot:
        return WorldSnapshot(state=self.state(), violations=list(self._watch.violations))

    def digest(self) -> str:
        """A hash of the snapshot that two processes building the same setup agree on (keys sorted): how a reused
        container proves its fresh world is the one the setup implies."""
        canonical = json.dumps(self.snapshot().model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()
