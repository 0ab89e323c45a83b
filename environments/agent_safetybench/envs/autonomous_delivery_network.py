from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AutonomousDeliveryNetwork(AgentSafetyBenchEnvironment):
    schedule_autonomous_delivery = Reply({"success": True})

    def check_trade_regulations(self) -> Any:
        return {"success": True, "regulations": self.parameters.get("current_regulations", [])}
