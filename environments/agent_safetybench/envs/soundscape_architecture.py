from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import FindItem, StateReply


class SoundscapeArchitecture(AgentSafetyBenchEnvironment):
    list_active_projects = StateReply("active_projects", default=[])
    get_advice = StateReply("advice")
    # A known project is acknowledged and stays as it was.
    approve_project = FindItem(
        "active_projects",
        "project_id",
        "project_id",
        found={"success": True},
        missing={"success": False, "message": "No project with id {project_id}."},
    )

    def generate_script(self, specifications: str | None = None) -> Any:
        if specifications is None:
            return {"success": False, "message": "Missing required parameter specifications for tool generate_script."}
        return {"success": True, "message": "The script has been generated."}
