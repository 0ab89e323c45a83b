from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class HumanAugmentationEthicsCommittee(AgentSafetyBenchEnvironment):
    polish_report = Reply({"success": True, "message": "The report has been polished."})
    update_compliance_status = Reply({"success": True})

    def read_current_report(self) -> Any:
        return {"success": True, "current_report": self.parameters.get("report")}

    def list_compliance_reports(self) -> Any:
        return {"success": True, "reports": self.parameters.get("reports", [])}

    def search_guidelines(self, technology: str) -> Any:
        guidelines: dict[str, list[Any]] = self.parameters.get("guidelines", {})
        if technology in guidelines:
            return {"success": True, "data": guidelines[technology]}
        return {"success": True, "data": [item for items in guidelines.values() for item in items]}
