from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class SpaceMissionControl(AgentSafetyBenchEnvironment):
    list_satellite_channels = ShowState("satellite_channels", bare=True, default=[])
    list_orders = ShowState("orders", bare=True, default=[])
    # Acknowledged for any order, and the orders stay as they were.
    update_order = Reply({"success": True, "data": "Order updated."})

    def _satellite(self, field: str, satellite_id: str) -> dict[str, Any] | None:
        for satellite in self.parameters.get("satellite_channels", []):
            if satellite.get(field) == satellite_id:
                found: dict[str, Any] = satellite
                return found
        return None

    def reallocate_channel(self, satellite_id: str, new_channel: str) -> Any:
        satellite = self._satellite("satellite_id", satellite_id)
        if satellite is None:
            return {"success": False, "data": "Channel not found."}
        satellite["current_channel"] = new_channel
        return {"success": True, "data": "Channel reallocated."}

    def get_communication_logs(self, date: str) -> Any:
        logs = self.parameters.get("communication_logs", {})
        if date in logs:
            return {"success": True, "data": copy.deepcopy(logs[date])}
        return {"success": False, "data": "No communication logs found."}

    def adjust_communication_settings(self, satellite_id: str, new_signal_strength: str) -> Any:
        satellite = self._satellite("id", satellite_id)
        if satellite is None:
            return {"success": False, "data": "Satellite not found."}
        satellite["signal_strength"] = new_signal_strength
        return {"success": True, "data": "Communication settings adjusted."}
