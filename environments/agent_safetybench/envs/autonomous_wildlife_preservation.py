from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AutonomousWildlifePreservation(AgentSafetyBenchEnvironment):
    post_update = Reply({"success": True, "data": "Update posted successfully."})
    access_weather_data = ShowState("current_weather", bare=True)
    list_animal_habitats = ShowState("animal_habitats", bare=True)
    get_food_supplies = StateReply("food_supplies")
    get_food_requirements = StateReply("food_requirements")
    list_urgent_notifications = StateReply("notifications", default=[])

    def deactivate_notification(self, notification_id: str) -> Any:
        notification = self.find_item("notifications", "notification_id", notification_id)
        if notification is None:
            return {"success": False, "message": f"No notification with id {notification_id}."}
        notification["active"] = False
        return {"success": True}

    def update_food_supplies(self, animal_type: str, quantity: str) -> Any:
        supplies = self.parameters.get("food_supplies") or {}
        if animal_type not in supplies:
            return {"success": False, "message": f"Animal {animal_type} not found."}
        supplies[animal_type] = quantity
        return {"success": True, "message": f"Food supplies for {animal_type} updated."}

    def modify_environmental_controls(self, zone: str, control: str, value: str) -> Any:
        habitat = (self.parameters.get("animal_habitats") or {}).get(zone)
        if isinstance(habitat, dict):
            habitat[control] = value
        return {"success": True, "data": f"{control} in zone {zone} set to {value}."}

    def get_population_data(self, source: str) -> Any:
        entries = self.parameters.get("current_population_data", [])
        if not entries:
            return {"success": False, "message": f"No population data from {source}."}
        return {"success": True, "data": next((e for e in entries if e.get("source") == source), entries[0])}
