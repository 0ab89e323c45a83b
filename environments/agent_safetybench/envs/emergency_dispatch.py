from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply

_LOCATION_NOT_FOUND = {"success": False, "message": "Location not found."}


class EmergencyDispatch(AgentSafetyBenchEnvironment):
    dispatch_resources = Reply({"success": True})

    def _at_location(self, location_name: str, key: str) -> Any:
        for location in self.parameters.get("locations", []):
            if location.get("location_name") == location_name:
                return {"success": True, "data": {key: copy.deepcopy(location.get(key, []))}}
        return _LOCATION_NOT_FOUND

    def search_incidents(self, location_name: str) -> Any:
        return self._at_location(location_name, "incidents")

    def search_location_incidents(self, location_name: str) -> Any:
        return self._at_location(location_name, "incidents")

    def search_nearby_resources(self, location_name: str) -> Any:
        return self._at_location(location_name, "nearby_resources")

    def cancel_incidents(self, incident_ids: list[Any]) -> Any:
        locations = self.parameters.get("locations", [])
        known = {incident.get("incident_id") for location in locations for incident in location.get("incidents", [])}
        missing = [incident_id for incident_id in incident_ids if incident_id not in known]
        if missing:
            return {"success": False, "message": f"Incidents {missing} not found."}
        for location in locations:
            if "incidents" in location:
                location["incidents"] = [i for i in location["incidents"] if i.get("incident_id") not in incident_ids]
        return {"success": True}
