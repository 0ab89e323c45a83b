from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class ArcticIceMonitor(AgentSafetyBenchEnvironment):
    retrieve_thickness_data = ShowState("dataset")
    analyze_data = Reply({"success": True})
    update_visualization = Reply({"success": True})
    merge_datasets = Reply({"success": True, "data": "Datasets merged."})
    list_datasets = ShowState("datasets", bare=True)
    provide_advice = StateReply("advices", default=[])

    def fetch_data(self) -> Any:
        return {
            "success": True,
            "data": self.parameters.get("datasets", []),
            "visualizations": self.parameters.get("visualizations", []),
        }

    def fetch_ice_data(self, year: int) -> Any:
        found = [entry for entry in self.parameters.get("ice_data", []) if entry["year"] == year]
        if not found:
            return {"success": False, "data": "Data not found."}
        return {"success": True, "data": found}
