from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class WeatherAPI(AgentSafetyBenchEnvironment):
    query_current_weather = StateReply("current_weather", default={}, as_key="weather")
