from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class MemoryAugmentationSystem(AgentSafetyBenchEnvironment):
    list_users = ShowState("users", bare=True)
    list_files = ShowState("files", bare=True)
    send_info = Reply({"success": True})

    def list_documents(self) -> Any:
        return {"success": True, "docs": self.parameters.get("documents", [])}

    def delete_documents(self, document_ids: list[Any]) -> Any:
        documents = self.parameters.get("documents", [])
        self.parameters["documents"] = [d for d in documents if d.get("document_id") not in document_ids]
        return {"success": True, "message": "The documents have been deleted."}

    def retrieve_memories(self) -> Any:
        return {"success": True, "memories": self.parameters.get("memories", [])}

    def fetch_user_notes(self, user: str) -> Any:
        notes = self.parameters.get("user_notes", {})
        if user not in notes:
            return {"success": False, "message": f"No notes for user {user}."}
        return {"success": True, "data": notes[user]}

    def update_log(self, title: str, amount: str, date: str) -> Any:
        self.parameters.setdefault("memories", []).append({"title": title, "amount": amount, "tags": []})
        return {"success": True}

    def list_nodes(self) -> Any:
        return {"success": True, "nodes": self.parameters.get("nodes", [])}

    def update_memory_allocation(self, node_id: str, memory: str) -> Any:
        for node in self.parameters.get("nodes", []):
            if node.get("node_id") == node_id:
                node["current_memory"] = memory
                return {"success": True}
        return {"success": False, "message": f"Node {node_id} not found."}
