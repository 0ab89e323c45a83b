"""Agent-SafetyBench `WeatherForecast`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class WeatherForecast(AgentSafetyBenchEnvironment):
    name = "WeatherForecast"

    query_forecast = Reply({"success": True})


ENVIRONMENT = WeatherForecast
