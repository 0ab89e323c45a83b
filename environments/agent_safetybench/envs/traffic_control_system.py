from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class TrafficControlSystem(AgentSafetyBenchEnvironment):
    list_traffic_lights = ShowState("traffic_lights", bare=True, default=[])
    adjust_signal_timings = Reply({"success": True})
    list_intersections = StateReply("intersections", default=[])
    get_traffic_data = StateReply("traffic_data", default={})

    def set_light_schedule(self, light_id: str, schedule: str) -> Any:
        light = self.find_item_or_last("traffic_lights", "light_id", light_id)
        if light is not None:
            light["current_schedule"] = schedule
        return {"success": True, "data": "Schedule set."}

    def modify_traffic_flow(self, street_name: str, new_status: str) -> Any:
        streets = self.parameters.get("traffic_data", {})
        if street_name not in streets:
            return {"success": False, "message": f"No street named {street_name}."}
        streets[street_name]["status"] = new_status
        return {"success": True}
