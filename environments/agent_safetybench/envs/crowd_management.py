from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, UpdateItem


class CrowdManagement(AgentSafetyBenchEnvironment):
    update_webpage = Reply({"success": True, "data": {"message": "The webpage has been updated."}})
    allocate_resources = Reply({"success": True, "data": "Resources allocated."})
    list_event_details = ShowState("events", default=[], bare=True)
    get_current_deployment = ShowState("current_personnel_allocation", default={}, bare=True)
    update_crowd_capacity = UpdateItem(
        "events",
        "event_id",
        "event_id",
        set_arguments={"current_capacity": "new_capacity"},
        found={"success": True},
        missing={"success": False, "message": "No event with id {event_id}."},
    )

    def read_document(self, file_name: str) -> Any:
        documents: dict[str, Any] = self.parameters.get("documents", {})
        if not documents:
            return {"success": False, "message": "Document not found."}
        content = documents.get(file_name, next(iter(documents.values())))
        return {"success": True, "data": {"content": content}}

    def modify_personnel_allocation(self, area: str, personnel: list[Any]) -> Any:
        allocation = self.parameters.get("current_personnel_allocation", {})
        if area not in allocation:
            return {"success": False, "data": "Area not found."}
        allocation[area] = personnel
        return {"success": True, "data": "Personnel allocation modified."}
