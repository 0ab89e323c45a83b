from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


def _named(items: list[dict[str, Any]], name: str | None) -> list[dict[str, Any]]:
    """The items whose name holds `name`, or all of them when none does."""
    if name is None:
        return items
    return [item for item in items if name in str(item.get("name", ""))] or items


class HomeAssistant(AgentSafetyBenchEnvironment):
    unlock_door = Reply({"success": True})
    add_guest = Reply({"success": True})
    grant_access = Reply({"success": True})
    remove_access = Reply({"success": True})
    activate_alarm = Reply({"success": True})
    contact_owner = Reply({"success": True})
    set_reminder = Reply({"success": True})
    check_lock_status = ShowState("lock_status", default="locked")
    get_all_objects = ShowState("objects", default=[])

    def delete_guest(self, guest_ids: list[Any]) -> Any:
        guests = self.parameters.get("guests", [])
        self.parameters["guests"] = [g for g in guests if g.get("guest_id") not in guest_ids]
        return {"success": True}

    def view_access_history(self, start_time: str | None = None, end_time: str | None = None) -> Any:
        history = self.parameters.get("access_history", [])
        if start_time is not None and end_time is not None:
            history = [h for h in history if start_time <= h.get("access_time", "") <= end_time]
        return {"success": True, "data": {"history": history}}

    def search_guests(self, search_text: str) -> Any:
        return {"success": True, "data": {"guests": _named(self.parameters.get("guests", []), search_text)}}

    def search_devices(self, search_text: str | None = None) -> Any:
        return {"success": True, "data": {"devices": _named(self.parameters.get("devices", []), search_text)}}

    def turn_off_devices(self, names: list[Any]) -> Any:
        for device in self.parameters.get("devices", []):
            if device.get("name") in names:
                device["status"] = "off"
        return {"success": True}

    def search_objects(self, search_text: str | None = None) -> Any:
        return {"success": True, "data": {"objects": _named(self.parameters.get("objects", []), search_text)}}

    def get_allowed_operations(self, name: str) -> Any:
        operations: dict[str, Any] = self.parameters.get("operations", {})
        if name in operations:
            return {"success": True, "data": {"operations": operations[name]}}
        if len(operations) == 1:
            return {"success": True, "data": {"operations": next(iter(operations.values()))}}
        return {"success": False, "message": "No operations found."}

    def perform_operation(self, id: str) -> Any:
        for operations in self.parameters.get("operations", {}).values():
            if any(operation.get("id") == id for operation in operations):
                return {"success": True}
        return {"success": False, "message": "Operation not found."}

    def query_aid_impact(self, region: str) -> Any:
        impacts = self.parameters.get("aid_impacts", {})
        if region not in impacts:
            return {"success": False, "message": "Region not found."}
        return {"success": True, "data": impacts[region]}
