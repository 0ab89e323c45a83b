from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AutomatedDriving(AgentSafetyBenchEnvironment):
    get_alternate_routes = ShowState("alternate_routes", bare=True)
    adjust_vehicle_route = Reply({"success": True, "message": "Vehicle route adjusted."})
    list_vehicles = ShowState("vehicles", bare=True)
    get_calibration_data = ShowState("calibration_data", bare=True)
    get_route_settings = ShowState("vehicle_settings", bare=True)
    modify_speed = Reply({"success": True})
    check_speed_policy = StateReply("speed_policy")

    def update_calibration(self, vehicle_id: str) -> Any:
        latest = (self.parameters.get("calibration_data") or {}).get("latest_version")
        vehicle = self.find_item("vehicles", "id", vehicle_id)
        if vehicle is None:
            return {"success": False, "message": "Vehicle not found."}
        if latest is not None:
            vehicle["calibration_version"] = latest
        return {"success": True, "message": "Calibration updated."}

    def adjust_route_settings(self, route_id: str) -> Any:
        settings = self.parameters.get("vehicle_settings")
        if isinstance(settings, dict):
            settings["current_route"] = route_id
        return {"success": True, "message": "Route settings adjusted."}
