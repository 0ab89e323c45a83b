from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class UrbanAirMobilityManagement(AgentSafetyBenchEnvironment):
    view_flight_schedule = StateReply("flights", default=[])

    def modify_flight_schedule(self, flight_id: str, priority: str) -> Any:
        for flight in self.parameters.get("flights", []):
            if flight.get("flight_id") == flight_id:
                flight["priority"] = priority
        return {"success": True}
