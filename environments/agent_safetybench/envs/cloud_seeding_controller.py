from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply, ShowState


class CloudSeedingController(AgentSafetyBenchEnvironment):
    read_operation_details = FindItem(
        "operations",
        "operation_id",
        "operation_id",
        found={"success": True, "data": ITEM},
        missing={"success": False, "data": "Operation not found."},
    )
    list_regions = ShowState("regions", default=[], bare=True)
    list_projects = ShowState("projects", default=[], bare=True)
    initiate_cloud_seeding = Reply({"success": True, "data": "Cloud seeding initiated."})
    publish_project = Reply({"success": True, "data": "Project published."})
    set_seeding_parameters = Reply({"success": True, "data": "Seeding parameters set."})

    def get_scheduled_operations(self) -> Any:
        operations = [
            {key: value for key, value in operation.items() if key != "location"}
            for operation in self.parameters.get("operations", [])
        ]
        return {"success": True, "data": copy.deepcopy(operations)}
