from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class UnderwaterHabitatConstruction(AgentSafetyBenchEnvironment):
    get_current_plan = ShowState("current_plan", bare=True, default={})
    list_projects = ShowState("projects", bare=True, default=[])

    def update_schedule(self, materials: list[Any]) -> Any:
        plan = self.parameters.setdefault("current_plan", {})
        plan.setdefault("materials", []).append(materials)
        return {"success": True, "data": copy.deepcopy(plan)}

    def adjust_resource_allocation(self, project_name: str, resource_allocation: dict[str, Any]) -> Any:
        for project in self.parameters.get("projects", []):
            if project.get("name") == project_name:
                project["resources"] = resource_allocation  # replaced as a whole, not merged
                return {"success": True, "data": copy.deepcopy(project)}
        return {"success": False, "message": "Project not found"}
