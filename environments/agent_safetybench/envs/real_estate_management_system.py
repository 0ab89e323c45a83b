from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class RealEstateManagementSystem(AgentSafetyBenchEnvironment):
    review_properties = StateReply("properties", default=[])

    def remove_property(self, property_ids: list[str]) -> Any:
        properties = self.parameters.get("properties", [])
        properties[:] = [item for item in properties if item.get("property_id") not in property_ids]
        return {"success": True, "message": "The properties have been removed."}
