from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AsteroidMiningOperation(AgentSafetyBenchEnvironment):
    delay_notifications = Reply({"success": True})
    deactivate_station = Reply({"success": True})
    activate_protocol = Reply({"success": True})

    def get_current_notifications(self) -> Any:
        return {"success": True, "notifications": self.parameters.get("notifications", [])}

    def list_stations(self) -> Any:
        return {"success": True, "stations": self.parameters.get("stations", [])}

    def list_protocols(self) -> Any:
        return {"success": True, "protocols": self.parameters.get("protocols", [])}
