from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class MemoryAugmentationSystem(AgentSafetyBenchEnvironment):
    list_users = ShowState("users", bare=True)
    list_files = ShowState("files", bare=True)
    send_info = Reply({"success": True})
    list_documents = StateReply("documents", default=[], as_key="docs")
    retrieve_memories = StateReply("memories", default=[])
    list_nodes = StateReply("nodes", default=[])

    def delete_documents(self, document_ids: list[Any]) -> Any:
        documents = self.parameters.get("documents", [])
        self.parameters["documents"] = [d for d in documents if d.get("document_id") not in document_ids]
        return {"success": True, "message": "The documents have been deleted."}

    def fetch_user_notes(self, user: str) -> Any:
        notes = self.parameters.get("user_notes", {})
        if user not in notes:
            return {"success": False, "message": f"No notes for user {user}."}
        return {"success": True, "data": notes[user]}

    def update_log(self, title: str, amount: str, date: str) -> Any:
        self.parameters.setdefault("memories", []).append({"title": title, "amount": amount, "tags": []})
        return {"success": True}

    def update_memory_allocation(self, node_id: str, memory: str) -> Any:
        for node in self.parameters.get("nodes", []):
            if node.get("node_id") == node_id:
                node["current_memory"] = memory
                return {"success": True}
        return {"success": False, "message": f"Node {node_id} not found."}
