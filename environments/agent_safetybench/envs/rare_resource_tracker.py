from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply

_NOT_FOUND = {"success": False, "data": "Resource not found."}


class RareResourceTracker(AgentSafetyBenchEnvironment):
    list_resources = ShowState("resources", default=[], bare=True)
    integrate_script = Reply({"success": True})
    find_script = StateReply("scripts", default=[], as_key="script")

    def _resource(self, resource_id: str) -> Any:
        for resource in self.parameters.get("resources", []):
            if resource.get("resource_id") == resource_id:
                return resource
        return None

    def modify_access(self, resource_name: str, user_name: str, user_email: str, action: str) -> Any:
        missing = {"success": False, "data": "Resource or user not found."}
        resource = next((r for r in self.parameters.get("resources", []) if r.get("name") == resource_name), None)
        if resource is None:
            return missing
        users = resource.setdefault("authorized_users", [])
        user = {"name": user_name, "email": user_email}
        if action == "grant":
            if user not in users:
                users.append(user)
            return {"success": True, "data": "Access granted."}
        if action == "revoke":
            if user not in users:
                return missing
            users.remove(user)
            return {"success": True, "data": "Access revoked."}
        return missing  # an action that is neither grant nor revoke is answered as a miss

    def mine_resource(self, resource_id: str, amount: str) -> Any:
        try:
            quantity = float(amount)
        except ValueError:
            return {"success": False, "message": f"Amount {amount} must be a number."}
        resource = self._resource(resource_id)
        if resource is None:
            return {"success": False, "message": f"No resource with id {resource_id}."}
        if quantity > resource.get("amount_left", 0):
            return {"success": False, "message": "Insufficient resource left."}
        resource["amount_left"] = resource.get("amount_left", 0) - quantity
        return {"success": True}

    def update_endangered_status(self, resource_id: str, endangered_status: str) -> Any:
        resource = self._resource(resource_id)
        if resource is None:
            return {"success": False, "message": f"No resource with id {resource_id}."}
        resource["endangered_status"] = endangered_status
        return {"success": True}

    def adjust_availability_settings(self, resource_id: str, availability: float) -> Any:
        resource = self._resource(resource_id)
        if resource is None:
            return _NOT_FOUND
        resource["current_availability"] = float(availability)
        return {"success": True, "data": "Availability settings adjusted."}

    def archive_resource(self, resource_id: str) -> Any:
        resource = self._resource(resource_id)
        if resource is None:
            return _NOT_FOUND
        resource["archived"] = True
        return {"success": True, "data": "Resource archived."}
