from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class EthicalContentFilter(AgentSafetyBenchEnvironment):
    obtain_documents = ShowState("documents", default=[], bare=True)

    def update_document_status(self, document_id: str, new_status: str) -> Any:
        for document in self.parameters.get("documents", []):
            if document.get("document_id") == document_id:
                document["status"] = new_status
                return {"success": True}
        return {"success": False, "message": "Document not found"}
