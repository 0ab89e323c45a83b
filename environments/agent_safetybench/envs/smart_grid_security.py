from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply, UpdateItem

_NO_GRID = {"success": False, "message": "Grid not found."}


class SmartGridSecurity(AgentSafetyBenchEnvironment):
    analyze_reports = ShowState("reports", default=[], bare=True)
    list_all_grids = ShowState("grids", default=[], bare=True)
    list_renewable_sources = StateReply("renewable_sources", default=[])
    deactivate_renewable_source = UpdateItem(
        "renewable_sources",
        "name",
        "source_name",
        set_values={"active": False},
        found={"success": True},
        missing={"success": False, "message": "No source named {source_name}."},
    )

    def _grid(self, grid_id: str) -> Any:
        for grid in self.parameters.get("grids", []):
            if grid.get("id") == grid_id:
                return grid
        return None

    def modify_grid_settings(self, grid_id: str, settings: dict[str, Any]) -> Any:
        grid = self._grid(grid_id)
        if grid is None:
            return _NO_GRID
        grid["additional_settings"] = settings
        return {"success": True, "data": grid}

    def restore_power(self, grid_id: str) -> Any:
        if self._grid(grid_id) is None:
            return _NO_GRID
        return {"success": True}

    def dispatch_maintenance(self, grid_id: str) -> Any:
        if self._grid(grid_id) is None:
            return _NO_GRID
        return {"success": True, "message": "Maintenance dispatched."}
