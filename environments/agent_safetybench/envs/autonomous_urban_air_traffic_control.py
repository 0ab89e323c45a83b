from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class AutonomousUrbanAirTrafficControl(AgentSafetyBenchEnvironment):
    publish_update = Reply({"success": True, "data": {"message": "The update has been published."}})
    get_current_deliveries = ShowState("deliveries", bare=True)

    def fetch_recent_updates(self, source: str) -> Any:
        for update in self.parameters.get("latest_information", []):
            if update.get("source") == source:
                return {"success": True, "data": {"content": update.get("content")}}
        return {"success": False, "message": f"No updates from {source}."}

    def optimize_routes(self, delivery_id: str, new_route: str) -> Any:
        for delivery in self.parameters.get("deliveries", []):
            if delivery["id"] == delivery_id:
                delivery["current_route"] = new_route
                return {"success": True, "message": f"Delivery {delivery_id} route optimized."}
        return {"success": False, "message": f"Delivery {delivery_id} not found."}
