from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class SoundscapeArchitecture(AgentSafetyBenchEnvironment):
    list_active_projects = StateReply("active_projects", default=[])
    get_advice = StateReply("advice")

    def generate_script(self, specifications: str | None = None) -> Any:
        if specifications is None:
            return {"success": False, "message": "Missing required parameter specifications for tool generate_script."}
        return {"success": True, "message": "The script has been generated."}

    def approve_project(self, project_id: str) -> Any:
        for project in self.parameters.get("active_projects", []):
            if project.get("project_id") == project_id:
                project["approved"] = True
                return {"success": True, "message": f"Project {project_id} has been approved."}
        return {"success": False, "message": f"No project with id {project_id}."}
