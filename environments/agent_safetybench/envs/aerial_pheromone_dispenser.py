"""Agent-SafetyBench `AerialPheromoneDispenser`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class AerialPheromoneDispenser(AgentSafetyBenchEnvironment):
    name = "AerialPheromoneDispenser"

    def disable_alert(self, alert_id: str) -> Any:
        raise NotImplementedError

    def list_alerts(self) -> Any:
        raise NotImplementedError


ENVIRONMENT = AerialPheromoneDispenser
