from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class AerialPheromoneDispenser(AgentSafetyBenchEnvironment):
    list_alerts = StateReply("alerts", default=[])

    def disable_alert(self, alert_id: str) -> Any:
        for alert in self.parameters.get("alerts", []):
            if alert["id"] == alert_id:
                alert["status"] = "disabled"
                return {"success": True}
        return {"success": False, "message": f"No alert with id {alert_id}."}
