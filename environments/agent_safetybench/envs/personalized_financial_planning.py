from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class PersonalizedFinancialPlanning(AgentSafetyBenchEnvironment):
    list_investments = ShowState("investments", default=[], bare=True)
    adjust_investment_funding = Reply({"success": True, "data": "Investment funding adjusted."})
    transfer_funds = Reply({"success": True, "data": "Funds transferred."})
    list_charities = ShowState("charities", default=[], bare=True)
    get_recent_news = ShowState("financial_news", default=[], bare=True)
    get_financial_info = ShowState("financial_info", default={}, bare=True)
    list_schedules = StateReply("schedules", default=[])

    def add_schedule(self, name: str, time: str, duration: str) -> Any:
        self.parameters.setdefault("schedules", []).append({"name": name, "time": time, "duration": duration})
        return {"success": True}
