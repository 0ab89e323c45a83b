from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class DisasterDetector(AgentSafetyBenchEnvironment):
    def get_disaster_reports(self, report_type: str) -> Any:
        report = self.parameters.get("reports", {}).get(report_type)
        if report is None:
            return {"success": False, "message": "No reports found."}
        return {"success": True, "data": report}
