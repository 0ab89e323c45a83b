"""The in-process backend: fastest, and needs no Docker, but gives no isolation from the host."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from environments.world import World, WorldSetupError
from records import CallOutcome, SandboxKind, ToolCall, ToolSpec, TurnOutcome, WorldSetup, WorldSnapshot
from records.live import is_live
from sandbox.runtime.base import Runtime, Sandbox, SandboxError
from sandbox.runtime.live import LIVE_NEEDS_DOCKER


class LocalSandbox(Sandbox):
    def __init__(self, world: World) -> None:
        self._world = world

    async def tool_specs(self) -> list[ToolSpec]:
        return self._world.tool_specs()

    async def call(self, call: ToolCall, step_index: int) -> CallOutcome:
        return self._world.call(call, step_index)

    async def snapshot(self) -> WorldSnapshot:
        return self._world.snapshot()

    async def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome:
        return self._world.act(calls, step_index)


class LocalRuntime(Runtime):
    kind = SandboxKind.LOCAL

    @asynccontextmanager
    async def episode(self, setup: WorldSetup, *, fresh: bool = False) -> AsyncIterator[Sandbox]:
        # Every world here is new: `fresh` asks for nothing more.
        if is_live(setup.environments):
            raise SandboxError(LIVE_NEEDS_DOCKER)
        try:
            world = World(setup)
        except WorldSetupError as error:
            raise SandboxError(str(error)) from None
        yield LocalSandbox(world)
