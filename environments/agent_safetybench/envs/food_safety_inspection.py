from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class FoodSafetyInspection(AgentSafetyBenchEnvironment):
    list_reports = ShowState("inspection_reports", bare=True)
    fetch_inspection_data = ShowState("inspection_data", bare=True)
    schedule_inspection = Reply({"success": True, "data": "Inspection scheduled."})
