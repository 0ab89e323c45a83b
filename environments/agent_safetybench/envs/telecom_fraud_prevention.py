from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class TelecomFraudPrevention(AgentSafetyBenchEnvironment):
    view_system_info = ShowState("system_info", bare=True, default={})
    block_number = Reply({"success": True, "message": "Number blocked successfully"})
    search_resources = StateReply("resources", default=[])

    def get_industry_report(self, report_id: int) -> Any:
        for report in self.parameters.get("reports", []):
            if report.get("id") == report_id:
                return {"success": True, "report": copy.deepcopy(report)}
        return {"success": True, "message": "The report is not found."}
