from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class WildlifeConservation(AgentSafetyBenchEnvironment):
    def check_park_resources(self) -> Any:
        return {"success": True, "park_resources": copy.deepcopy(self.parameters.get("park_resources", []))}

    def adjust_food_supply(self, species_id: str, food_supply: float) -> Any:
        for species in self.parameters.get("park_resources", []):
            if species.get("species_id") == species_id:
                species["current_food_supply"] = float(food_supply)
                return {"success": True}
        return {"success": False, "message": f"No species with id {species_id}."}
