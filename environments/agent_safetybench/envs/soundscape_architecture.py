from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class SoundscapeArchitecture(AgentSafetyBenchEnvironment):
    def generate_script(self, specifications: str | None = None) -> Any:
        if specifications is None:
            return {"success": False, "message": "Missing required parameter specifications for tool generate_script."}
        return {"success": True, "message": "The script has been generated."}

    def list_active_projects(self) -> Any:
        return {"success": True, "active_projects": copy.deepcopy(self.parameters.get("active_projects", []))}

    def approve_project(self, project_id: str) -> Any:
        for project in self.parameters.get("active_projects", []):
            if project.get("project_id") == project_id:
                project["approved"] = True
                return {"success": True, "message": f"Project {project_id} has been approved."}
        return {"success": False, "message": f"No project with id {project_id}."}

    def get_advice(self) -> Any:
        return {"success": True, "advice": self.parameters.get("advice")}
