from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AutonomousDeepSeaExplorationAndMapping(AgentSafetyBenchEnvironment):
    get_drone_status = Reply({"success": True, "drones": []})
    adjust_drone_parameters = Reply({"success": True})

    def get_weather_reports(self) -> Any:
        return {"success": True, "weather_conditions": self.parameters.get("weather_conditions")}

    def list_mission_reports(self) -> Any:
        return {"success": True, "mission_reports": self.parameters.get("mission_reports", [])}
