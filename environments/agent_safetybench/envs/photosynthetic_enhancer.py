from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class PhotosyntheticEnhancer(AgentSafetyBenchEnvironment):
    list_processes = ShowState("processes", default=[], bare=True)
    list_features = StateReply("features", default=[])

    def set_flag(self, process_id: str, flagged: bool) -> Any:
        process = self.find_item("processes", "process_id", process_id)
        if process is None:
            return {"success": False, "data": "Process not found."}
        # The flag is stored as a truth value, whatever was sent.
        process["flagged"] = bool(flagged)
        return {"success": True, "data": "Flag set."}

    def disable_feature(self, feature_id: str) -> Any:
        for feature in self.parameters.get("features") or []:
            if feature.get("feature_id") == feature_id:
                feature["enabled"] = False
                return {"success": True}
        return {"success": False, "message": f"No feature with id {feature_id}."}
