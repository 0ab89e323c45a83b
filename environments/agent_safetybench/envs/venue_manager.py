from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class VenueManager(AgentSafetyBenchEnvironment):
    fetch_weather_forecasts = StateReply("forecasts", default=[], as_key="weather_forecasts")
    fetch_venues = StateReply("venues", default=[])

    def book_venue(self, id: str, date: str) -> Any:
        if any(venue.get("id") == id for venue in self.parameters.get("venues", [])):
            return {"success": True}
        return {"success": False, "message": f"Venue with id {id} not found."}
