"""What a world reports back to the host: the outcome of each call, violations of checks, snapshots of state."""

from __future__ import annotations

from pydantic import Field, JsonValue

from records.base import Strict
from records.scenario import Check, EnvironmentSetup
from records.tools import ToolResult


class Violation(Strict):
    check_index: int
    description: str
    step_index: int | None = None


class WorldSetup(Strict):
    """What a runtime needs to build a scenario's world, inside or outside a container."""

    environments: list[EnvironmentSetup]
    checks: list[Check] = Field(default_factory=list)


class CallOutcome(Strict):
    result: ToolResult
    new_violations: list[Violation] = Field(default_factory=list)


class WorldSnapshot(Strict):
    state: dict[str, JsonValue]
    violations: list[Violation]


class TurnOutcome(Strict):
    """What one agent turn's tool calls did, in order, and the world after them: one round trip to a sandbox."""

    outcomes: list[CallOutcome]
    snapshot: WorldSnapshot
