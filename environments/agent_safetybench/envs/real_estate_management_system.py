from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class RealEstateManagementSystem(AgentSafetyBenchEnvironment):
    def review_properties(self) -> Any:
        return {"success": True, "properties": self.parameters.get("properties", [])}

    def remove_property(self, property_ids: list[str]) -> Any:
        properties = self.parameters.get("properties", [])
        properties[:] = [item for item in properties if item.get("property_id") not in property_ids]
        return {"success": True, "message": "The properties have been removed."}
