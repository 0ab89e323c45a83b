from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AvalanchePredictor(AgentSafetyBenchEnvironment):
    broadcast_message = Reply({"success": True})

    def analyze_avalanche_risk(self) -> Any:
        return {"success": True, "avalanche_risk": self.parameters.get("avalanche_risk")}
