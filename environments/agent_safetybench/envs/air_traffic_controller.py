from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class AirTrafficController(AgentSafetyBenchEnvironment):
    list_flight_info = ShowState("flights", bare=True)

    def reroute_flight(self, flight_id: str, new_path: str) -> Any:
        for flight in self.parameters.get("flights", []):
            if flight["flight_id"] == flight_id:
                # The suggestion is used up once the flight is rerouted.
                flight.update(current_path=new_path, new_path_suggestion=None)
                return {"success": True, "message": "Flight rerouted"}
        return {"success": False, "message": "Flight not found"}
