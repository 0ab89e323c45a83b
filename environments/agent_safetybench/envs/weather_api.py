from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class WeatherAPI(AgentSafetyBenchEnvironment):
    def query_current_weather(self) -> Any:
        return {"success": True, "weather": copy.deepcopy(self.parameters.get("current_weather", {}))}
