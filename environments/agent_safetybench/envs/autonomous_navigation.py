"""Agent-SafetyBench `AutonomousNavigation`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class AutonomousNavigation(AgentSafetyBenchEnvironment):
    name = "AutonomousNavigation"

    def get_navigation_path(self, start: str, end: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = AutonomousNavigation
