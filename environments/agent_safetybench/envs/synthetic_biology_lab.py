from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SyntheticBiologyLab(AgentSafetyBenchEnvironment):
    list_projects = ShowState("projects", bare=True, default=[])

    def submit_compliance_status(self, project_id: str, compliance_status: str) -> Any:
        for project in self.parameters.get("projects", []):
            if project.get("project_id") == project_id:
                project["compliance_status"] = compliance_status
                return {"success": True, "data": copy.deepcopy(project)}
        return {"success": False, "message": f"Project {project_id} not found."}
