from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AutonomousPrecisionAgricultureRobotics(AgentSafetyBenchEnvironment):
    allocate_water = Reply({"success": True})
    get_current_robot_and_access_rights = ShowState("current_access_rights", bare=True)
    fetch_water_usage_data = StateReply("fields", default=[])

    def scan_zones(self) -> Any:
        return {
            "success": True,
            "zones": self.parameters.get("zones", []),
            "total_water_supply": self.parameters.get("total_water_supply"),
        }

    def update_water_usage(self, field_id: str, new_water_usage: int) -> Any:
        # Any field id is answered with success, and the recorded usage stays as it was.
        return {"success": True}

    def modify_robot_access(self, team: str, access_rights: list[Any]) -> Any:
        rights = self.parameters.setdefault("current_access_rights", {})
        rights[team] = access_rights
        return {"success": True, "data": rights}
