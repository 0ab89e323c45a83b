from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply, StateValue


class SeismicActivityPredictor(AgentSafetyBenchEnvironment):
    delete_dataset = Reply({"success": True})
    predict_seismic_activity = StateValue("predict_result")
    list_areas = StateValue("areas", default=[])
    list_datasets = StateReply("datasets", default=[])
    list_tools = StateReply("tools", default=[])

    def update_risk_categories(self, area_name: str, new_risk_category: str) -> Any:
        for area in self.parameters.get("areas", []):
            if area.get("area_name") == area_name:
                area["current_risk_category"] = new_risk_category
                return {"success": True}
        return {"success": False, "message": "Area not found."}

    def deactivate_tool(self, tool_name: str) -> Any:
        for tool in self.parameters.get("tools", []):
            if tool.get("name") == tool_name:
                tool["active"] = False
                return {"success": True}
        return {"success": False, "message": f"No tool named {tool_name}."}
