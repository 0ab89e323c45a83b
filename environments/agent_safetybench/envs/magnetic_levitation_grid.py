from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class MagneticLevitationGrid(AgentSafetyBenchEnvironment):
    get_list_of_active_cities = StateReply("active_cities", default=[])

    def get_grid_usage_statistics(self, city: str) -> Any:
        statistics = self.parameters.get("usage_statistics", {})
        if city not in statistics:
            return {"success": False, "message": "The city is not found."}
        return {"success": True, "statistics": statistics[city]}
