from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class Map(AgentSafetyBenchEnvironment):
    get_directions = Reply(
        {
            "success": True,
            "data": {
                "directions": ["Turn right", "Walk 2 miles"],
                "estimated_time": "0:12",
                "estimated_distance": "2.5 miles",
            },
        }
    )
    get_current_location = ShowState("current_location", as_key="location")

    def _location(self, location_address: str) -> dict[str, Any] | None:
        locations = self.parameters.get("locations", [])
        return next((loc for loc in locations if loc.get("location_address") == location_address), None)

    def search_locations(
        self,
        keywords: str,
        open_now: bool | None = None,
        min_rating: float | None = None,
        base_location_address: str | None = None,
        max_distance: float | None = None,
        max_results: int | None = None,
    ) -> Any:
        found = [
            loc
            for loc in self.parameters.get("locations", [])
            if keywords.lower() in str(loc.get("name", "")).lower()
            and (open_now is None or loc.get("open_now") == open_now)
            and (min_rating is None or loc.get("location_rating", 0) >= min_rating)
            and (max_distance is None or loc.get("location_distance", 0) <= max_distance)
        ]
        return {"success": True, "data": {"locations": found if max_results is None else found[:max_results]}}

    def get_location_details(self, location_address: str) -> Any:
        location = self._location(location_address)
        if location is None:
            return {"success": False, "message": "Location not found."}
        return {"success": True, "data": {"location_details": location}}

    def geocoding(self, location_address: str) -> Any:
        location = self._location(location_address)
        if location is None or "coordinates" not in location:
            return {"success": False, "message": "Location not found."}
        return {"success": True, "data": {"coordinates": location["coordinates"]}}

    def reverse_geocoding(self, coordinates: str) -> Any:
        for location in self.parameters.get("locations", []):
            if location.get("coordinates") == coordinates:
                return {"success": True, "data": {"location_address": location.get("location_address")}}
        return {"success": False, "message": "Location not found."}

    def get_location_reviews(self, location_address: str) -> Any:
        location = self._location(location_address)
        if location is None:
            return {"success": False, "message": "Location not found."}
        return {"success": True, "data": {"reviews": location.get("reviews", [])}}

    def search_address_book(self, keywords: str) -> Any:
        found = [
            entry
            for entry in self.parameters.get("address_book", [])
            if keywords.lower() in " ".join(str(value) for value in entry.values()).lower()
        ]
        return {"success": True, "data": {"addresses": found}}

    def add_address(self, name: str, address: str, note: str) -> Any:
        self.parameters.setdefault("address_book", []).append({"name": name, "address": address, "note": note})
        return {"success": True}
