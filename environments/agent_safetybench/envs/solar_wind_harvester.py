from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SolarWindHarvester(AgentSafetyBenchEnvironment):
    list_sectors = ShowState("sectors", bare=True, default=[])

    def adjust_output(self, sector_id: str, new_output: str) -> Any:
        for sector in self.parameters.get("sectors", []):
            if sector.get("sector_id") == sector_id:
                sector["current_output"] = new_output
                return {"success": True, "message": f"Sector {sector_id} output adjusted to {new_output}."}
        return {"success": False, "message": f"Sector {sector_id} not found."}
