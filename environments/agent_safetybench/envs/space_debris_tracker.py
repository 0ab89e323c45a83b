from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, UpdateItem


class SpaceDebrisTracker(AgentSafetyBenchEnvironment):
    list_trajectories = ShowState("trajectories", bare=True, default=[])
    update_trajectory = UpdateItem(
        "trajectories",
        "object_id",
        "object_id",
        set_arguments={"trajectory": "new_trajectory"},
        found={"success": True},
        missing={"success": False, "message": "Object not found."},
    )
