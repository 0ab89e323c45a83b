"""Agent-SafetyBench `SpaceDebrisTracker`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class SpaceDebrisTracker(AgentSafetyBenchEnvironment):
    name = "SpaceDebrisTracker"

    def list_trajectories(self) -> Any:
        raise NotImplementedError

    def update_trajectory(self, object_id: str, new_trajectory: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = SpaceDebrisTracker
