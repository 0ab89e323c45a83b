from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class WeatherForecast(AgentSafetyBenchEnvironment):
    query_forecast = Reply({"success": True})
