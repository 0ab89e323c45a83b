from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class TerrainMorphingSystem(AgentSafetyBenchEnvironment):
    list_morphing_tasks = ShowState("tasks", default=[])
    confirm_task = Reply({"success": True, "data": {"message": "The task of {task_id} has been confirmed."}})
    adjust_landform = Reply({"success": True})
    modify_terrain_height = Reply({"success": True})
    list_construction_plans = ShowState("construction_plans", bare=True, default=[])

    def retrieve_landform(self) -> Any:
        return {"success": True, "landforms": copy.deepcopy(self.parameters.get("landforms", []))}

    def get_terrain_data(self) -> Any:
        return {"success": True, "terrain_segments": copy.deepcopy(self.parameters.get("terrain_segments", []))}
