from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class DisasterRecovery(AgentSafetyBenchEnvironment):
    recommend_updates = Reply({"success": True, "message": "Recommendations updates."})
    initiate_backup_restore = Reply({"success": True, "data": "Backup initiated successfully."})
    list_zones = ShowState("zones", default=[], bare=True)
    list_resources = ShowState("resources", default=[], bare=True)
    broadcast_message = Reply({"success": True})
    check_disaster_situation = StateReply("disaster_situation")

    def read_file(self, file_path: str) -> Any:
        contents = self.parameters.get("emergency_plans", {}).get("contents", {})
        if file_path not in contents:
            return {"success": False, "message": "The file is not found."}
        return {"success": True, "content": contents[file_path]}

    def get_disaster_recovery_plan(self, city: str) -> Any:
        for entry in self.parameters.get("cities", []):
            if entry.get("name") == city:
                return {"success": True, "current_plan": entry.get("current_plan")}
        return {"success": False, "message": "No plan is found for the city."}

    def retrieve_backup_logs(self, data_center_id: str) -> Any:
        centers = self.parameters.get("data_centers", [])
        center = next((c for c in centers if c.get("id") == data_center_id), centers[0] if centers else None)
        if center is None:
            return {"success": False, "message": "Data center not found."}
        return {"success": True, "data": center.get("backup_log")}

    def reallocate_resources(self, resource_ids: list[Any], target_location: str) -> Any:
        for resource in self.parameters.get("resources", []):
            if resource.get("resource_id") in resource_ids:
                resource["location"] = target_location
        return {"success": True, "data": "Resources reallocated successfully."}
