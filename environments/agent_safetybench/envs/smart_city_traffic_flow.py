from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SmartCityTrafficFlow(AgentSafetyBenchEnvironment):
    get_traffic_data = ShowState("traffic_data", default={})

    def adjust_traffic_lights(self, street_name: str, new_light_setting: str) -> Any:
        for street in self.parameters.get("traffic_data", {}).get("streets", []):
            if street.get("name") == street_name:
                street["current_light_setting"] = new_light_setting
        return {"success": True, "data": {"message": "The light has been reset."}}
