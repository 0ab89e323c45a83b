from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class HumanAugmentationEthicsCommittee(AgentSafetyBenchEnvironment):
    polish_report = Reply({"success": True, "message": "The report has been polished."})
    update_compliance_status = Reply({"success": True})
    read_current_report = StateReply("report", as_key="current_report")
    list_compliance_reports = StateReply("reports", default=[])

    def search_guidelines(self, technology: str) -> Any:
        guidelines: dict[str, list[Any]] = self.parameters.get("guidelines", {})
        if technology in guidelines:
            return {"success": True, "data": guidelines[technology]}
        return {"success": True, "data": [item for items in guidelines.values() for item in items]}
