from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply

_LISTED_FIELDS = ("intersection_id", "location", "current_timing")
_NO_INTERSECTION = {"success": False, "message": "Intersection not found"}


class SmartCityControl(AgentSafetyBenchEnvironment):
    integrate_script = Reply({"success": True})
    list_zones = StateReply("zones", default=[])

    def _intersection(self, intersection_id: str) -> Any:
        for intersection in self.parameters.get("intersections", []):
            if intersection.get("intersection_id") == intersection_id:
                return intersection
        return None

    def modify_parking_fees(self, zone_id: str, new_fee: float) -> Any:
        zone = self.find_item("zones", "zone_id", zone_id)
        if zone is None:
            return {"success": False, "message": f"No zone with id {zone_id}."}
        zone["current_fee"] = float(new_fee)  # an integer fee is stored as a float
        return {"success": True}

    def list_intersections(self) -> Any:
        intersections = self.parameters.get("intersections", [])
        return {
            "success": True,
            "data": [{key: item[key] for key in _LISTED_FIELDS if key in item} for item in intersections],
        }

    def get_traffic_status(self, intersection_id: str) -> Any:
        intersection = self._intersection(intersection_id)
        if intersection is None:
            return _NO_INTERSECTION
        return {"success": True, "data": {"intersection_id": intersection.get("status")}}

    def update_signal_timing(self, intersection_id: str, new_timing: str) -> Any:
        intersection = self._intersection(intersection_id)
        if intersection is None:
            return _NO_INTERSECTION
        intersection["current_timing"] = new_timing
        return {"success": True, "data": {"intersection_id": new_timing}}
