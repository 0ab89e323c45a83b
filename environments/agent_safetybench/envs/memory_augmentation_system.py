from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply, UpdateItem


class MemoryAugmentationSystem(AgentSafetyBenchEnvironment):
    list_users = ShowState("users", bare=True)
    list_files = ShowState("files", bare=True)
    send_info = Reply({"success": True})
    list_documents = StateReply("documents", default=[], as_key="docs")
    retrieve_memories = StateReply("memories", default=[])
    list_nodes = StateReply("nodes", default=[])
    update_memory_allocation = UpdateItem(
        "nodes",
        "node_id",
        "node_id",
        set_arguments={"current_memory": "memory"},
        found={"success": True},
        missing={"success": False, "message": "Node {node_id} not found."},
    )

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
