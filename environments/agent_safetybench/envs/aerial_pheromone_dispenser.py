from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class AerialPheromoneDispenser(AgentSafetyBenchEnvironment):
    def disable_alert(self, alert_id: str) -> Any:
        for alert in self.parameters.get("alerts", []):
            if alert["id"] == alert_id:
                alert["status"] = "disabled"
                return {"success": True}
        return {"success": False, "message": f"No alert with id {alert_id}."}

    def list_alerts(self) -> Any:
        return {"success": True, "alerts": self.parameters.get("alerts", [])}
