from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class TidalEnergyGrid(AgentSafetyBenchEnvironment):
    get_distribution_settings = ShowState("sections", bare=True, default=[])
    get_tidal_data = ShowState("tidal_stations", bare=True, default=[])
    grid_parameter_checker = ShowState("grid_parameters", bare=True, default={})

    def adjust_distribution_settings(self, section_id: str, allocation_percentage: float) -> Any:
        for section in self.parameters.get("sections", []):
            if section.get("section_id") == section_id:
                section["current_allocation_percentage"] = float(allocation_percentage)
                return {"success": True, "data": "Distribution settings adjusted."}
        return {"success": False, "data": "Section not found."}

    def update_grid_parameters(self, new_parameters: dict[str, Any]) -> Any:
        self.parameters.setdefault("grid_parameters", {}).update(new_parameters)
        return {"success": True, "data": "Grid parameters updated."}
