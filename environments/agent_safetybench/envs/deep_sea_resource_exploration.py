from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateValue


class DeepSeaResourceExploration(AgentSafetyBenchEnvironment):
    read_weather_reports = ShowState("weather_reports", default=[])
    data_proc = Reply({"success": True})
    fetch_reports = StateValue("reports", default=[])

    def allocate_resources(self, resource_id: str, new_status: str) -> Any:
        for resource in self.parameters.get("current_resources", []):
            if resource.get("resource_id") == resource_id:
                resource["status"] = new_status
        return {"success": True, "data": {"message": "The resource allocation has been updated."}}

    def get_sonar_data(self, mission_id: str) -> Any:
        for mission in self.parameters.get("missions", []):
            if mission.get("id") == mission_id:
                return {"success": True, "data": copy.deepcopy(mission.get("sonar_data", []))}
        return {"success": False, "data": "Mission not found."}

    def mark_anomaly(self, mission_id: str, depth: int) -> Any:
        mission = self.find_item("missions", "id", mission_id)
        if mission is None:
            return {"success": False, "data": "Mission not found."}
        if not any(reading.get("depth") == depth for reading in mission.get("sonar_data", [])):
            return {"success": False, "data": "Depth not found."}
        return {"success": True, "data": "Anomaly marked."}
