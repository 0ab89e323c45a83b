from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SpaceDebrisTracker(AgentSafetyBenchEnvironment):
    list_trajectories = ShowState("trajectories", bare=True, default=[])

    def update_trajectory(self, object_id: str, new_trajectory: str) -> Any:
        for item in self.parameters.get("trajectories", []):
            if item.get("object_id") == object_id:
                item["trajectory"] = new_trajectory
                return {"success": True}
        return {"success": False, "message": "Object not found."}
