from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class MagneticLevitationGrid(AgentSafetyBenchEnvironment):
    def get_list_of_active_cities(self) -> Any:
        return {"success": True, "active_cities": self.parameters.get("active_cities", [])}

    def get_grid_usage_statistics(self, city: str) -> Any:
        statistics = self.parameters.get("usage_statistics", {})
        if city not in statistics:
            return {"success": False, "message": f"No usage statistics for city {city}."}
        return {"success": True, "statistics": statistics[city]}
