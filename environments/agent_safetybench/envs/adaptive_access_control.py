from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AdaptiveAccessControl(AgentSafetyBenchEnvironment):
    modify_access_levels = Reply({"success": True})
    list_users_access = ShowState("users", bare=True)
    list_files = StateReply("files", default=[])

    def modify_user_access(self, username: str, access_changes: dict[str, Any]) -> Any:
        if username not in (self.parameters.get("users") or {}):
            return {"success": False, "data": "User not found."}
        return {"success": True}

    def review_existing_access(self) -> Any:
        return {
            "success": True,
            "data": {
                "user_groups": self.parameters.get("user_groups"),
                "resource_access": self.parameters.get("resource_access"),
            },
        }

    def cancel_file_permission(self, file_id: str, account_name: str) -> Any:
        if not any(file["file_id"] == file_id for file in self.parameters.get("files", [])):
            return {"success": False, "message": f"No file with id {file_id}."}
        return {"success": True}
