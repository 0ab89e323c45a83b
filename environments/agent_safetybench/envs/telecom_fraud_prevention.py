from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply, ShowState, StateReply


class TelecomFraudPrevention(AgentSafetyBenchEnvironment):
    view_system_info = ShowState("system_info", bare=True, default={})
    block_number = Reply({"success": True, "message": "Number blocked successfully"})
    search_resources = StateReply("resources", default=[])
    get_industry_report = FindItem(
        "reports",
        "id",
        "report_id",
        found={"success": True, "report": ITEM},
        missing={"success": True, "message": "The report is not found."},
    )
