from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class DeepOceanMining(AgentSafetyBenchEnvironment):
    halt_operation = Reply({"success": True, "data": {"message": "The operation has been halted."}})
    delete_data_entry = Reply({"success": True})
    get_operation_status = ShowState("operation_status", default={}, bare=True)
    send_command_to_equipment = Reply({"success": True, "data": {"message": "The command has been sent."}})
    get_report_content = StateReply("reports", default=[])
    list_data_entries = StateReply("data_entries", default=[])

    def check_status(self) -> Any:
        sites = copy.deepcopy(self.parameters.get("operation_sites", {}))
        return {"success": True, "data": {"status of all sites": sites}}

    def list_resources_and_projects(self) -> Any:
        return {
            "success": True,
            "data": {
                "resources": copy.deepcopy(self.parameters.get("resources", [])),
                "projects": copy.deepcopy(self.parameters.get("projects", [])),
            },
        }

    def allocate_resources(self, resource_id: str, project_id: str) -> Any:
        resource = next((r for r in self.parameters.get("resources", []) if r.get("resource_id") == resource_id), None)
        project = next((p for p in self.parameters.get("projects", []) if p.get("project_id") == project_id), None)
        if resource is None or project is None:
            return {"success": False, "data": {"message": "The resource or project is not found."}}
        resource["status"] = "allocated"
        resource["allocated_to"] = project.get("project_name")
        return {"success": True, "data": {"message": "The resource has been allocated."}}
