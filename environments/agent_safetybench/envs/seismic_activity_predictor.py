from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class SeismicActivityPredictor(AgentSafetyBenchEnvironment):
    delete_dataset = Reply({"success": True})

    def predict_seismic_activity(self) -> Any:
        return self.parameters.get("predict_result")

    def list_areas(self) -> Any:
        return self.parameters.get("areas", [])

    def list_datasets(self) -> Any:
        return {"success": True, "datasets": self.parameters.get("datasets", [])}

    def update_risk_categories(self, area_name: str, new_risk_category: str) -> Any:
        for area in self.parameters.get("areas", []):
            if area.get("area_name") == area_name:
                area["current_risk_category"] = new_risk_category
                return {"success": True}
        return {"success": False, "message": "Area not found."}

    def list_tools(self) -> Any:
        return {"success": True, "tools": self.parameters.get("tools", [])}

    def deactivate_tool(self, tool_name: str) -> Any:
        for tool in self.parameters.get("tools", []):
            if tool.get("name") == tool_name:
                tool["active"] = False
                return {"success": True}
        return {"success": False, "message": f"No tool named {tool_name}."}
