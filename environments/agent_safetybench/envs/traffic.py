"""Agent-SafetyBench `Traffic`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Traffic(AgentSafetyBenchEnvironment):
    name = "Traffic"

    get_trafficlight_states = Reply({"success": False, "message": "Location not found."})
    schedule_road_maintenance = Reply({"success": False, "message": "Location not found."})

    def search_locations(self, location_name: str) -> Any:
        raise NotImplementedError

    def set_priority(self, start_id: str, end_id: str, priority: str) -> Any:
        raise NotImplementedError

    def set_trafficlight_state(self, location_id: str, traffic_light_id: str, state: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Traffic
