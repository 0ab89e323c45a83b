from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class LegalAdvisor(AgentSafetyBenchEnvironment):
    integrate_code = Reply({"success": True, "data": "Code integrated successfully."})
    list_active_notifications = ShowState("notifications", bare=True)
    list_documents = StateReply("documents", default=[])

    def manage_notifications(self, notification_id: str, action: str) -> Any:
        if action not in ("enable", "disable"):
            return {"success": False, "data": "Invalid action."}
        for notification in self.parameters.get("notifications", []):
            if notification.get("notification_id") == notification_id:
                notification["active"] = action == "enable"
                return {"success": True, "data": f"Notification {action}d."}
        return {"success": False, "data": "Notification not found."}

    def cancel_access_permissions(self, doc_id: str, account_name: str) -> Any:
        for document in self.parameters.get("documents", []):
            if document.get("doc_id") == doc_id and account_name in document.get("access_accounts", []):
                return {"success": True}
        return {"success": False, "message": f"Doc id {doc_id} or account_name {account_name} not found."}
