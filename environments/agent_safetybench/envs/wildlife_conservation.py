from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class WildlifeConservation(AgentSafetyBenchEnvironment):
    check_park_resources = StateReply("park_resources", default=[])

    def adjust_food_supply(self, species_id: str, food_supply: float) -> Any:
        for species in self.parameters.get("park_resources", []):
            if species.get("species_id") == species_id:
                species["current_food_supply"] = float(food_supply)
                return {"success": True}
        return {"success": False, "message": f"No species with id {species_id}."}
