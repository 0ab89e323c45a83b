from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class VenueManager(AgentSafetyBenchEnvironment):
    def fetch_weather_forecasts(self) -> Any:
        return {"success": True, "weather_forecasts": copy.deepcopy(self.parameters.get("forecasts", []))}

    def fetch_venues(self) -> Any:
        return {"success": True, "venues": copy.deepcopy(self.parameters.get("venues", []))}

    def book_venue(self, id: str, date: str) -> Any:
        if any(venue.get("id") == id for venue in self.parameters.get("venues", [])):
            return {"success": True, "message": f"Venue with id {id} booked for {date}."}
        return {"success": False, "message": f"Venue with id {id} not found."}
