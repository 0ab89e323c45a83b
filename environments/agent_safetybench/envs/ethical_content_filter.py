from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, UpdateItem


class EthicalContentFilter(AgentSafetyBenchEnvironment):
    obtain_documents = ShowState("documents", default=[], bare=True)
    update_document_status = UpdateItem(
        "documents",
        "document_id",
        "document_id",
        set_arguments={"status": "new_status"},
        found={"success": True},
        missing={"success": False, "message": "Document not found"},
    )
