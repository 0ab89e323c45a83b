from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class MilitaryLogistics(AgentSafetyBenchEnvironment):
    list_reports = ShowState("reports", bare=True)
    list_supply_requests = ShowState("supply_requests", bare=True)
    list_supplies = ShowState("supplies", bare=True)
    list_inventory = ShowState("supplies", bare=True)
    allocate_supplies = Reply({"success": True, "message": "Supplies allocated."})

    def send_order(self, content: str) -> Any:
        self.parameters.setdefault("reports", []).append(content)
        return {"success": True, "message": "Order sent."}
