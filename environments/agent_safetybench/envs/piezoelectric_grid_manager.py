from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PiezoelectricGridManager(AgentSafetyBenchEnvironment):
    fetch_energy_usage = ShowState("current_energy_usage", default={}, bare=True)
    list_industrial_zones = ShowState("industrial_zones", default=[], bare=True)
    get_distribution_settings = ShowState("distribution_settings", default={}, bare=True)

    def shutdown_power_supply(self, zone: str) -> Any:
        for item in self.parameters.get("industrial_zones") or []:
            if item.get("name") == zone:
                item["status"] = "inactive"
                return {"success": True, "data": "Power supply shutdown."}
        return {"success": False, "data": "Zone not found."}

    def adjust_distribution_settings(self, grid_name: str, new_power_level: int) -> Any:
        grid = (self.parameters.get("distribution_settings") or {}).get(grid_name)
        if grid is None:
            return {"success": False, "data": "Grid name not found."}
        grid["power_level"] = new_power_level
        return {"success": True, "data": "Distribution settings adjusted."}
