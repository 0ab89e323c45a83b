"""Agent-SafetyBench `Map`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Map(AgentSafetyBenchEnvironment):
    name = "Map"

    search_locations = Reply({"success": True, "data": {"locations": []}})
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

    def get_current_location(self) -> Any:
        raise NotImplementedError

    def get_location_details(self, location_address: str) -> Any:
        raise NotImplementedError

    def geocoding(self, location_address: str) -> Any:
        raise NotImplementedError

    def reverse_geocoding(self, coordinates: str) -> Any:
        raise NotImplementedError

    def get_location_reviews(self, location_address: str) -> Any:
        raise NotImplementedError

    def search_address_book(self, keywords: str) -> Any:
        raise NotImplementedError

    def add_address(self, name: str, address: str, note: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Map
