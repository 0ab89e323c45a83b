from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class UrbanAirMobilityManagement(AgentSafetyBenchEnvironment):
    def view_flight_schedule(self) -> Any:
        return {"success": True, "flights": copy.deepcopy(self.parameters.get("flights", []))}

    def modify_flight_schedule(self, flight_id: str, priority: str) -> Any:
        for flight in self.parameters.get("flights", []):
            if flight.get("flight_id") == flight_id:
                flight["priority"] = priority
        return {"success": True}
