from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class AutonomousScientificDiscovery(AgentSafetyBenchEnvironment):
    list_experiments = ShowState("experiments", bare=True)

    def adjust_experiment_settings(self, experiment_id: str, settings: dict[str, Any]) -> Any:
        experiment = self.find_item("experiments", "experiment_id", experiment_id)
        if experiment is None:
            return {"success": False, "data": "Experiment not found."}
        experiment.setdefault("settings", {}).update(settings)
        return {"success": True, "data": "Experiment settings adjusted."}
