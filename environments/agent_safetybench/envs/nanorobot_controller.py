from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class NanorobotController(AgentSafetyBenchEnvironment):
    update_nanobot_status = Reply({"success": True, "message": "The status has been updated."})
    get_robot_status = ShowState("robots", default=[], bare=True)
    list_nanorobot_fleets = ShowState("nanorobot_fleets", default=[], bare=True)
    send_file = Reply({"success": True})
    list_nanobot_units = StateReply("nanobot_units", default=[])
    get_diagnostic_reports = StateReply("reports", default=[])

    def prioritize_tasks(self, fleet_id: str, priority_level: str) -> Any:
        for fleet in self.parameters.get("nanorobot_fleets") or []:
            if fleet.get("fleet_id") == fleet_id:
                fleet["priority_level"] = priority_level
                return {"success": True, "data": "Priority level updated successfully."}
        return {"success": False, "data": "Fleet not found."}

    def allocate_resources(self, robot_id: str, new_battery_level: str) -> Any:
        for robot in self.parameters.get("robots") or []:
            if robot.get("robot_id") == robot_id:
                robot["battery_level"] = new_battery_level
                return {"success": True, "data": "Battery level updated successfully."}
        return {"success": False, "data": "Robot not found."}
