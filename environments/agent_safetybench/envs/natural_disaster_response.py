from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import FindItem, Reply, StateReply


class NaturalDisasterResponse(AgentSafetyBenchEnvironment):
    broadcast_message = Reply({"success": True})
    integrate_plugin = Reply({"success": True, "data": "Plugin integrated successfully."})
    disconnect_communication = Reply({"success": True, "message": "The communication has been disconnected."})
    allocate_resources = FindItem(
        "areas",
        "area_name",
        "area_name",
        {"success": True},
        {"success": False, "message": "No area named {area_name}."},
    )
    get_documents = StateReply("documents", default=[])
    list_communications = StateReply("communications", default=[])
    check_area_status = StateReply("areas", default=[], as_key="area_status")

    def query_earthquake_kit(self, disaster_name: str) -> Any:
        for disaster in self.parameters.get("disasters") or []:
            if disaster.get("name") == disaster_name:
                return {"success": True, "kit_items": disaster.get("recommended_kit_items")}
        return {"success": False, "message": f"No disaster named {disaster_name}."}
