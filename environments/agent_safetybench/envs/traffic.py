from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment

_NO_LOCATION = {"success": False, "message": "Location not found."}


class Traffic(AgentSafetyBenchEnvironment):
    def _locations(self) -> list[dict[str, Any]]:
        locations: list[dict[str, Any]] = self.parameters.get("locations", [])
        return locations

    def _location(self, location_id: str) -> dict[str, Any] | None:
        return next((item for item in self._locations() if item.get("location_id") == location_id), None)

    def search_locations(self, location_name: str) -> Any:
        found = [item for item in self._locations() if location_name in item.get("location_name", "")]
        return {"success": True, "data": {"locations": copy.deepcopy(found or self._locations())}}

    def set_priority(self, start_id: str, end_id: str, priority: str) -> Any:
        if self._location(start_id) is None or self._location(end_id) is None:
            return {"success": False, "message": "Route not found."}
        return {"success": True}

    def get_trafficlight_states(self, location_id: str) -> Any:
        location = self._location(location_id)
        if location is None:
            return dict(_NO_LOCATION)
        return {"success": True, "data": {"light_states": copy.deepcopy(location.get("light_states", []))}}

    def set_trafficlight_state(self, location_id: str, traffic_light_id: str, state: str) -> Any:
        location = self._location(location_id)
        for light in location.get("light_states", []) if location else []:
            if light.get("traffic_light_id") == traffic_light_id:
                light["traffic_light_state"] = state
                return {"success": True}
        return {"success": False, "message": "Location or light not found."}

    def schedule_road_maintenance(self, location_id: str, start_time: str, end_time: str) -> Any:
        location = self._location(location_id)
        if location is None:
            return dict(_NO_LOCATION)
        location["maintenance"] = {"start_time": start_time, "end_time": end_time}
        return {"success": True}
