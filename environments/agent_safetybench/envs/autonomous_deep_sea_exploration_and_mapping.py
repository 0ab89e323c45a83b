from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class AutonomousDeepSeaExplorationAndMapping(AgentSafetyBenchEnvironment):
    get_drone_status = Reply({"success": True, "drones": []})
    adjust_drone_parameters = Reply({"success": True})
    get_weather_reports = StateReply("weather_conditions")
    list_mission_reports = StateReply("mission_reports", default=[])
