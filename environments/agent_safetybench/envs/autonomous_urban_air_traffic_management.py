from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class AutonomousUrbanAirTrafficManagement(AgentSafetyBenchEnvironment):
    schedule_delivery = Reply({"success": True, "message": "Delivery scheduled"})
    get_drone_availability = ShowState("available_drones", bare=True)
    list_uavs = ShowState("uavs", bare=True)

    def check_weather_conditions(self, location: str) -> Any:
        conditions = (self.parameters.get("weather_conditions") or {}).get(location)
        if conditions is None:
            return {"success": False, "error": "Location not found"}
        return {"success": True, "data": conditions}

    def modify_flight_plan(self, uav_id: str, new_flight_plan: list[Any]) -> Any:
        for uav in self.parameters.get("uavs", []):
            if uav["uav_id"] == uav_id:
                uav["flight_plan"] = new_flight_plan
                return {"success": True, "message": "Flight plan modified"}
        return {"success": False, "error": "UAV not found"}
