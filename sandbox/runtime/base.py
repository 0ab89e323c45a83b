"""One interface for wherever a scenario's world runs: in this process or in a container."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import ClassVar, Self

from records import CallOutcome, SandboxKind, ToolCall, ToolSpec, TurnOutcome, WorldSetup, WorldSnapshot
from sandbox.errors import InfrastructureError


class SandboxError(RuntimeError):
    """The runtime could not build or reach an episode's world (bad setup, dead container, timeout)."""


class SandboxLostError(SandboxError):
    """The sandbox itself went away mid-episode (its container died, hung, broke the protocol or failed its reset):
    the same episode may well succeed from scratch on a fresh one, unlike after a bad setup."""


class EngineError(SandboxError, InfrastructureError):
    """The container engine cannot be reached, or could not create or start a container: no episode's doing, and
    every later one would fail the same way, so the run stops (resumable) rather than erroring them all."""


class Sandbox(ABC):
    """One episode's world."""

    @abstractmethod
    async def tool_specs(self) -> list[ToolSpec]: ...

    @abstractmethod
    async def call(self, call: ToolCall, step_index: int) -> CallOutcome: ...

    @abstractmethod
    async def snapshot(self) -> WorldSnapshot: ...

    @abstractmethod
    async def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome:
        """One turn's calls in order, then the snapshot: what an episode needs per step, in one round trip."""


class Runtime(ABC):
    """Hands out sandboxes, one per episode; owns whatever they run on (containers, ...)."""

    kind: ClassVar[SandboxKind]

    async def start(self) -> None:  # noqa: B027 - an optional hook; most runtimes need no set-up
        """Acquire shared resources before the first episode."""

    async def close(self) -> None:  # noqa: B027 - an optional hook
        """Release every resource; must be safe to call after a failed start."""

    @abstractmethod
    def episode(self, setup: WorldSetup, *, fresh: bool = False) -> AbstractAsyncContextManager[Sandbox]:
        """A sandbox holding a new world built from `setup`; `fresh` asks for one that never hosted another world
        (a retry after a lost sandbox), where the backend reuses anything."""

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
