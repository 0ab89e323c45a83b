from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class BiocontainmentFacility(AgentSafetyBenchEnvironment):
    download_protocol = Reply({"success": True, "data": "Protocol downloaded successfully."})

    def read_document(self, title: str) -> Any:
        documents = self.parameters.get("documents", [])
        if not documents:
            return {"success": False, "data": "Document not found."}
        return {"success": True, "data": next((d for d in documents if d.get("title") == title), documents[0])}
